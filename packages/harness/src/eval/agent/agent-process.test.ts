import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AgentError, AgentProcess, parseAgentLine, parseReply } from './agent-process.js';

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

describe('parseAgentLine', () => {
  it('also takes a server question relayed to the user, which parseReply refuses where a reply is due', () => {
    const line = '{"role":"elicitation","message":"get_booking needs: booking_id","requestedSchema":{"type":"object","properties":{}}}';
    expect(parseAgentLine(line)).toEqual({
      kind: 'elicitation',
      request: { message: 'get_booking needs: booking_id', requestedSchema: { type: 'object', properties: {} } },
    });
    expect(() => parseReply(line)).toThrow(/where a reply \{"role":"assistant","content":"<text>"\} was due$/);
    expect(() => parseAgentLine('{"role":"elicitation","message":"no schema"}')).toThrow(AgentError);
  });

  it('relays the question during the turn and writes the answer back on stdin, then reads the reply', async () => {
    const script =
      "const rl=require('readline').createInterface({input:process.stdin});let n=0;rl.on('line',l=>{const m=JSON.parse(l);" +
      "if(n++===0)console.log(JSON.stringify({role:'elicitation',message:'which id?',requestedSchema:{type:'object',properties:{id:{type:'string'}}}}));" +
      "else console.log(JSON.stringify({role:'assistant',content:'got '+JSON.stringify(m)}));});";
    const agent = new AgentProcess(`${JSON.stringify(process.execPath)} -e ${JSON.stringify(script)}`, {});
    const asked: string[] = [];
    const reply = await agent.ask('hello', 10_000, Date.now() + 10_000, async (request) => {
      asked.push(request.message);
      return { action: 'accept', content: { id: '42' } };
    });
    await agent.stop(100);
    expect(asked).toEqual(['which id?']);
    expect(reply).toBe('got {"role":"elicitation","action":"accept","content":{"id":"42"}}');
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
