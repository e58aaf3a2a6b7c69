import { appendFileSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeViewRun, startView, type RunningView, type ViewRun } from '../support/view-run.js';

let run: ViewRun;
let view: RunningView;

beforeAll(async () => {
  run = await makeViewRun();
  view = await startView(run.dir);
});
afterAll(() => view?.stop());

/** A raw request, so Host and Origin can be set (fetch does not let a caller set Host). */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; body: string }> {
  const url = new URL(path, view.url);
  return new Promise((resolve, reject) => {
    const sent = request(url, { method, headers }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    sent.on('error', reject);
    sent.end();
  });
}
const json = async (path: string) => JSON.parse((await get(path)).body);

describe('inftool view: the server', () => {
  it('refuses a foreign Host or Origin (DNS rebinding), as serve does, and anything but reading', async () => {
    const host = await get('/api/runs', { host: 'attacker.example' });
    expect(host.status).toBe(403);
    expect(host.body).toMatch(/Host header "attacker.example" is not allowed/);
    const origin = await get('/api/runs', { origin: 'http://attacker.example' });
    expect(origin.status).toBe(403);
    expect((await get('/api/runs', {}, 'POST')).status).toBe(405);
  });

  it('counts the run from its index and lists unreadable lines apart', async () => {
    const [info] = await json('/api/runs');
    const lines = (name: string) => readFileSync(join(run.dir, name), 'utf8').split('\n').filter(Boolean).length;
    expect(info.stats.records).toBe(lines('trajectories.jsonl') + lines('rejected.jsonl'));
    expect(info.stats.accepted).toBe(lines('trajectories.jsonl'));
    expect(info.stats.unreadable).toBe(1);
    expect(info.stats.failedChecks.final_answer).toBeGreaterThanOrEqual(1);
  });

  it('serves filtered pages, and names a bad query parameter', async () => {
    const parallel = await json('/api/runs/0/records?kind=parallel&size=500');
    expect(parallel.total).toBeGreaterThan(0);
    expect(parallel.items.every((item: { kind: string }) => item.kind === 'parallel')).toBe(true);
    const failed = await json('/api/runs/0/records?check=final_answer');
    expect(failed.items.map((item: { id: string }) => item.id)).toContain(run.rejected.id);
    const bad = await get('/api/runs/0/records?size=0');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error).toBe('size must be an integer from 1 to 500, got "0"');
    expect((await get('/api/runs/3')).status).toBe(404);
  });

  it('sends one record in full with its calls checked against the offered tools, or why a line cannot be read', async () => {
    const record = await json(`/api/runs/0/records/rejected/${run.rejected.line}`);
    expect(record.record.id).toBe(run.rejected.id);
    expect(record.record.tools.length).toBeGreaterThan(0); // the stored tool list, resolved
    expect(record.argumentIssues[run.rejected.callId]).toEqual([{ path: '$', message: expect.stringMatching(/object/) }]);
    const unreadable = await json(`/api/runs/0/records/rejected/${run.unreadableLine}`);
    expect(unreadable.record).toBeNull();
    expect(unreadable.error).toMatch(/rejected\.jsonl line \d+ is not JSON/);
    expect(unreadable.raw).toBe('{"id": "torn by hand"');
    expect((await get('/api/runs/0/records/rejected/999')).status).toBe(404);
  });

  it('audits with the audit module', async () => {
    const audit = await json('/api/runs/0/audit');
    expect(audit.audited).toBe(audit.of - 1); // the unreadable line is not audited
    expect(audit.tables.map((table: { title: string }) => table.title)).toEqual([
      'ALL records (the generator):',
      'ACCEPTED records (the data set):',
    ]);
    expect(audit.tables[0].header.slice(0, 3)).toEqual(['kind', 'records', 'accepted']);
    expect(audit.tables[0].rows.at(-1)[0]).toBe('overall');
  });

  it('picks up records appended while it runs', async () => {
    const before = (await json('/api/runs/0')).stats.records;
    const file = join(run.dir, 'trajectories.jsonl');
    const first = readFileSync(file, 'utf8').split('\n')[0]!;
    appendFileSync(file, `${first.replace(/"id":"([^"]+)"/, '"id":"$1-again"')}\n`);
    expect((await json('/api/runs/0')).stats.records).toBe(before + 1);
  });
});
