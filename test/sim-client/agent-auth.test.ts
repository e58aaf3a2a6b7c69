/**
 * `inftool agent` as a client of an authenticated server: headers and bearer tokens, clean one-line
 * refusals, and elicitation answered by its policy (accept with the form's defaults, decline, cancel).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerElicitation, formDefaults, parseHeaders } from '@inftool/sim-client';
import { startServe, type RunningServe } from '../conformance/run-conformance.js';
import { startClosingServer } from '../support/closing-server.js';
import { callEachToolOnce, startFakeOpenAIServer, type FakeOpenAIServer } from '../support/fake-openai-server.js';
import { cliPath, fixture } from '../support/sim-client.js';

const run = promisify(execFile);
const TOKEN = 'agent-test-token';
let serve: RunningServe;
let fake: FakeOpenAIServer;
beforeAll(async () => {
  serve = await startServe(['--engine', 'pinned', '--auth-token', TOKEN], fixture('client-streams-tree.json'));
  fake = await startFakeOpenAIServer(callEachToolOnce());
});
afterAll(async () => {
  serve?.child.kill();
  await fake?.close();
});

function agent(args: string[], env: Record<string, string> = {}) {
  return run(
    process.execPath,
    [cliPath, 'agent', '--server', serve.url, '--prompt', 'Which city?', '--model', 'm', '--base-url', fake.baseURL, '--json', ...args],
    { env: { ...process.env, INFTOOL_BEARER_TOKEN: '', ...env } },
  );
}

function toolResult(stdout: string): string {
  const output = JSON.parse(stdout) as { calls: Array<Array<{ name: string; result: string }>> };
  return output.calls.flat().find((call) => call.name === 'close_then_ask')?.result ?? '';
}

describe('inftool agent: credentials', () => {
  it('sends --bearer-token, or $INFTOOL_BEARER_TOKEN, or an Authorization --header', async () => {
    for (const [args, env] of [
      [['--bearer-token', TOKEN], {}],
      [[], { INFTOOL_BEARER_TOKEN: TOKEN }],
      [['--header', `Authorization: Bearer ${TOKEN}`, '--header', 'X-Trace: 1'], {}],
    ] as const) {
      const { stdout } = await agent([...args], env);
      expect(toolResult(stdout)).toContain('Oslo');
    }
  }, 60_000);

  it('without the token: exit 2 and one line naming the server and the 401, no stack trace', async () => {
    const failure = await agent([]).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2 });
    const stderr = (failure as { stderr: string }).stderr;
    expect(stderr).toBe(
      `inftool: MCP server ${serve.url} requires credentials (HTTP 401 Unauthorized) and none were given: pass --bearer-token (or INFTOOL_BEARER_TOKEN), --header 'Authorization: …', --oauth-client-id or --oauth-login\n`,
    );
    const wrong = await agent(['--bearer-token', 'wrong']).catch((error: { code: number; stderr: string }) => error);
    expect(wrong).toMatchObject({ code: 2, stderr: `inftool: MCP server ${serve.url} refused the credentials (HTTP 401 Unauthorized)\n` });
  }, 30_000);

  it('a 401 after connecting (on tools/list) is the same one line', async () => {
    const server = await startClosingServer(405, 401);
    try {
      const failure = await run(process.execPath, [
        cliPath,
        'agent',
        '--server',
        server.url,
        '--prompt',
        'x',
        '--model',
        'm',
        '--base-url',
        fake.baseURL,
      ]).catch((error: { code: number; stderr: string }) => error);
      expect(failure).toMatchObject({
        code: 2,
        stderr: expect.stringMatching(
          /^inftool: MCP server \S+ requires credentials \(HTTP 401 Unauthorized\) and none were given: pass --bearer-token[^\n]*\n$/,
        ),
      });
    } finally {
      await server.close();
    }
  }, 30_000);

  it('refuses bad credential flags in one line each', async () => {
    for (const [args, message] of [
      [['--header', 'no colon'], /a header is 'Name: value'/],
      [['--bearer-token', ''], /--bearer-token is empty/],
      [['--oauth-client-secret', 's'], /--oauth-client-secret needs --oauth-client-id/],
      [
        ['--oauth-client-id', 'c', '--oauth-private-key', '/nonexistent/key.pem'],
        /cannot read the OAuth private key \/nonexistent\/key.pem/,
      ],
      [['--oauth-open', 'xdg-open'], /--oauth-open needs --oauth-login/],
      [['--oauth-client-metadata-url', 'https://x.example/c.json'], /--oauth-client-metadata-url needs --oauth-login/],
      [
        ['--oauth-login', '--oauth-client-metadata-url', 'http://x.example/c.json'],
        /--oauth-client-metadata-url must be an HTTPS URL with a path .*got "http:\/\/x.example\/c.json"/,
      ],
      [['--oauth-login', '--oauth-client-metadata-url', 'https://x.example/'], /must be an HTTPS URL with a path/],
    ] as const) {
      const failure = await agent([...args]).catch((error: { code: number; stderr: string }) => error);
      expect(failure).toMatchObject({ code: 2, stderr: expect.stringMatching(message) });
      expect((failure as { stderr: string }).stderr.trim().split('\n')).toHaveLength(1);
    }
  }, 60_000);
});

describe('inftool agent: elicitation', () => {
  it('declares form elicitation and accepts with the defaults by default; --elicitation decline and cancel say no', async () => {
    const accepted = await agent(['--bearer-token', TOKEN]);
    expect(toolResult(accepted.stdout)).toContain('Oslo');
    expect(accepted.stderr).toContain('elicitation: Which city? → accepted with the defaults {"city":"Oslo"}');
    const output = JSON.parse(accepted.stdout) as { wire: Array<{ message: { method?: string; params?: { capabilities?: unknown } } }> };
    expect(output.wire.find((record) => record.message.method === 'initialize')?.message.params?.capabilities).toEqual({
      elicitation: { form: { applyDefaults: true } },
    });
    for (const policy of ['decline', 'cancel']) {
      const refused = await agent(['--bearer-token', TOKEN, '--elicitation', policy]);
      expect(refused.stderr).toContain(`→ ${policy === 'decline' ? 'declined' : 'cancelled'} (--elicitation ${policy})`);
      expect(toolResult(refused.stdout)).not.toContain('Oslo');
    }
  }, 60_000);
});

describe('elicitation and header helpers', () => {
  it('accepts with every default when they cover the required fields, else declines naming the missing ones', () => {
    const schema = {
      type: 'object',
      properties: {
        name: { type: 'string', default: 'John Doe' },
        age: { type: 'integer', default: 30 },
        score: { type: 'number', default: 95.5 },
        status: { type: 'string', enum: ['active', 'inactive'], default: 'active' },
        verified: { type: 'boolean', default: true },
        note: { type: 'string' },
      },
      required: ['name'],
    };
    expect(answerElicitation({ message: 'm', requestedSchema: schema }, 'accept-defaults').result).toEqual({
      action: 'accept',
      content: { name: 'John Doe', age: 30, score: 95.5, status: 'active', verified: true },
    });
    expect(answerElicitation({ message: 'm', requestedSchema: { ...schema, required: ['name', 'note'] } }, 'accept-defaults')).toEqual({
      result: { action: 'decline' },
      note: 'declined: no default for the required field(s) note',
    });
    expect(answerElicitation({ message: 'm', mode: 'url' }, 'accept-defaults').result).toEqual({ action: 'decline' });
    expect(formDefaults({ properties: { bad: { default: { nested: 1 } } } })).toEqual({ content: {}, missing: [] });
  });

  it('parses --header values and refuses a line break in a value', () => {
    expect(parseHeaders(['X-Api-Key:  abc ', 'Accept-Language: nb'])).toEqual({ 'X-Api-Key': 'abc', 'Accept-Language': 'nb' });
    expect(() => parseHeaders(['X-A: a\r\nInjected: 1'])).toThrow(/line break/);
    expect(() => parseHeaders([': value'])).toThrow(/a header is 'Name: value'/);
    expect(() => parseHeaders(['X-A: 1', 'x-a: 2'])).toThrow(/header x-a is given twice/);
  });
});
