import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedFailures, runSuite, startServe, summary, type RunningServe } from './run-conformance.js';

/** Scenarios of the official suite that must pass (see docs/sim-server.md for the others). */
const REQUIRED = [
  'server-initialize',
  'ping',
  'logging-set-level',
  'tools-list',
  'tools-call-simple-text',
  'tools-call-image',
  'tools-call-audio',
  'tools-call-embedded-resource',
  'tools-call-mixed-content',
  'tools-call-with-logging',
  'tools-call-error',
  'tools-call-with-progress',
  'tools-call-sampling',
  'tools-call-elicitation',
  'elicitation-sep1034-defaults',
  'elicitation-sep1330-enums',
  'server-sse-multiple-streams',
  'dns-rebinding-protection',
];

let serve: RunningServe;
beforeAll(async () => {
  serve = await startServe(['--engine', 'pinned']);
});
afterAll(() => {
  serve?.child.kill();
});

describe('@modelcontextprotocol/conformance against inftool serve --transport http', () => {
  it('passes every initialize, ping, logging, tools, elicitation, SSE and DNS-rebinding scenario of the active suite', async () => {
    const run = await runSuite(serve.url, ['--expected-failures', expectedFailures]);
    const results = summary(run.output);
    for (const scenario of REQUIRED) expect({ scenario, passed: results[scenario] }).toEqual({ scenario, passed: true });
    expect(run.code, run.output.slice(-3000)).toBe(0);
  }, 240_000);

  it('passes json-schema-2020-12 and server-sse-polling', async () => {
    for (const scenario of ['json-schema-2020-12', 'server-sse-polling']) {
      const run = await runSuite(serve.url, ['--scenario', scenario]);
      expect(run.output).toMatch(/Passed: \d+\/\d+, 0 failed/);
      expect(run.code, run.output.slice(-2000)).toBe(0);
    }
  }, 120_000);
});
