import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AgentError, AgentProcess, parseReply } from './agent-process.js';

describe('parseReply', () => {
  it('takes {"role":"assistant","content":…} and names what else it got', () => {
    expect(parseReply('{"role":"assistant","content":"Hi."}')).toBe('Hi.');
    expect(() => parseReply('Hi.')).toThrow('the agent wrote a line that is not JSON: "Hi."');
    expect(() => parseReply('{"role":"user","content":"Hi."}')).toThrow(
      'the agent wrote "{\\"role\\":\\"user\\",\\"content\\":\\"Hi.\\"}"; a reply is one line {"role":"assistant","content":"<text>"}',
    );
    expect(() => parseReply('{"role":"assistant","content":3}')).toThrow(AgentError);
  });
});

describe('AgentProcess', () => {
  it('passes the turn as a JSON line and reads the reply; the environment reaches the agent', async () => {
    const agent = new AgentProcess(
      `node -e "require('readline').createInterface({input: process.stdin}).on('line', (l) => console.log(JSON.stringify({role: 'assistant', content: process.env.GREETING + ' ' + JSON.parse(l).content})))"`,
      { GREETING: 'echo:' },
    );
    expect(await agent.ask('hello', 60_000, Date.now() + 60_000)).toBe('echo: hello');
    await agent.stop(5000);
  });

  it('stops even when a process the agent detached from its group holds its output open', async () => {
    // `setsid` puts the sleeper in a session of its own: the group's SIGKILL does not reach it, and it keeps stdout open.
    const dir = await mkdtemp(join(tmpdir(), 'inftool-agent-process-'));
    const pidFile = join(dir, 'sleeper.pid');
    const agent = new AgentProcess(`setsid sh -c 'echo $$ > "${pidFile}"; exec sleep 300' & sleep 300`, {});
    while (!existsSync(pidFile) || readFileSync(pidFile, 'utf8').trim() === '') await new Promise((resolve) => setTimeout(resolve, 20));
    const sleeper = Number(readFileSync(pidFile, 'utf8').trim());
    try {
      await agent.stop(100);
      await expect(agent.ask('anyone?', 1000, Date.now() + 1000)).rejects.toMatchObject({ failure: 'crashed' });
      process.kill(sleeper, 0); // the detached sleeper is still there: stop() did not wait for it
    } finally {
      process.kill(sleeper, 'SIGKILL');
    }
  });
});
