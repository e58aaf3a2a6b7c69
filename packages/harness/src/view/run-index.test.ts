import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileIndex, INDEX_DIR } from './run-index.js';

/** A line with what the summary reads: a task, messages with a call, checks. */
function line(id: string, kind: string, options: { outcome?: string; failed?: string; tool?: string; ask?: string } = {}): string {
  return JSON.stringify({
    schemaVersion: 2,
    id,
    task: { kind, goal: `goal of ${id}`, servers: ['shop'] },
    messages: [
      { role: 'user', content: options.ask ?? `please do ${id}` },
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'call_1', type: 'function', function: { name: options.tool ?? 'get_order', arguments: '{}' } }],
      },
      { role: 'tool', tool_call_id: 'call_1', content: '{}' },
      { role: 'assistant', content: `done with ${id}` },
    ],
    checks: [{ id: options.failed ?? 'completed', ok: options.failed === undefined }],
    outcome: options.outcome ?? 'accepted',
    usage: { assistant: { promptTokens: 10, completionTokens: 2, calls: 1, cachedCalls: 0 } },
    models: { assistant: 'offline' },
    timings: { startedAt: '2026-01-01T00:00:00Z', ms: 120, turns: 1 },
  });
}

const runDir = () => mkdtempSync(join(tmpdir(), 'inftool-view-index-'));

describe('FileIndex (the byte-offset index of a run file)', () => {
  it('indexes each line by offset and reads any one back by it', async () => {
    const dir = runDir();
    const lines = [
      line('a', 'single'),
      line('b', 'parallel', { tool: 'list_orders' }),
      line('c', 'single', { failed: 'final_answer', outcome: 'rejected' }),
    ];
    writeFileSync(join(dir, 'trajectories.jsonl'), `${lines.join('\n')}\n`);
    const index = new FileIndex(dir, 'trajectories');
    await index.refresh();
    expect(index.entries.map((entry) => [entry.summary.id, entry.summary.line, entry.summary.kind, entry.summary.outcome])).toEqual([
      ['a', 1, 'single', 'accepted'],
      ['b', 2, 'parallel', 'accepted'],
      ['c', 3, 'single', 'rejected'],
    ]);
    expect(index.entries[1]!.summary).toMatchObject({ tools: ['list_orders'], calls: 1, userTurns: 1, ms: 120, preview: 'please do b' });
    expect(index.entries[2]!.summary.failed).toEqual(['final_answer']);
    for (const [position, entry] of index.entries.entries()) expect(await index.readLine(entry)).toBe(lines[position]);
  });

  it('keeps the index beside the run and reads it back instead of the run', async () => {
    const dir = runDir();
    writeFileSync(join(dir, 'trajectories.jsonl'), `${line('a', 'single')}\n${line('b', 'single')}\n`);
    await new FileIndex(dir, 'trajectories').refresh();
    const stored = join(dir, INDEX_DIR, 'trajectories.index.jsonl');
    // Mark the stored summary: a fresh index that shows the mark read the stored index, not the run.
    writeFileSync(stored, readFileSync(stored, 'utf8').replace('"preview":"please do a"', '"preview":"from the index"'));
    const reopened = new FileIndex(dir, 'trajectories');
    await reopened.refresh();
    expect(reopened.entries[0]!.summary.preview).toBe('from the index');
  });

  it('extends the index when the file grows, and leaves a torn last line out until it is complete', async () => {
    const dir = runDir();
    const file = join(dir, 'trajectories.jsonl');
    writeFileSync(file, `${line('a', 'single')}\n\n`);
    const index = new FileIndex(dir, 'trajectories');
    await index.refresh();
    expect(index.entries).toHaveLength(1);
    const torn = line('b', 'multi_turn');
    appendFileSync(file, torn.slice(0, 40));
    await index.refresh();
    expect(index.entries).toHaveLength(1);
    appendFileSync(file, `${torn.slice(40)}\n`);
    await index.refresh();
    expect(index.entries.map((entry) => [entry.summary.id, entry.summary.line])).toEqual([
      ['a', 1],
      ['b', 3],
    ]);
    expect(await index.readLine(index.entries[1]!)).toBe(torn);
    // The stored index was extended too: a fresh reader has both lines at the same places.
    const reopened = new FileIndex(dir, 'trajectories');
    await reopened.refresh();
    expect(reopened.entries.map((entry) => [entry.summary.id, entry.offset])).toEqual(
      index.entries.map((entry) => [entry.summary.id, entry.offset]),
    );
  });

  it('indexes a replaced file anew', async () => {
    const dir = runDir();
    const file = join(dir, 'trajectories.jsonl');
    writeFileSync(file, `${line('a', 'single')}\n`);
    await new FileIndex(dir, 'trajectories').refresh();
    writeFileSync(file, `${line('x', 'irrelevance')}\n${line('y', 'irrelevance')}\n`);
    const index = new FileIndex(dir, 'trajectories');
    await index.refresh();
    expect(index.entries.map((entry) => entry.summary.id)).toEqual(['x', 'y']);
    writeFileSync(file, `${line('z', 'single')}\n`);
    await index.refresh();
    expect(index.entries.map((entry) => entry.summary.id)).toEqual(['z']);
  });

  it('lists a line it cannot read, saying why', async () => {
    const dir = runDir();
    writeFileSync(join(dir, 'rejected.jsonl'), `{"id": "broken"\n${JSON.stringify({ id: 'no-task' })}\n`);
    const index = new FileIndex(dir, 'rejected');
    await index.refresh();
    expect(index.entries.map((entry) => entry.summary.outcome)).toEqual(['unreadable', 'unreadable']);
    expect(index.entries[0]!.summary.error).toMatch(/^not JSON/);
    expect(index.entries[1]!.summary.error).toBe('not a Trajectory line: it has no task or no messages');
    expect(index.entries[1]!.summary.id).toBe('rejected:2');
  });

  it('keeps the index in memory when it cannot be stored beside the run, and says so', async () => {
    const dir = runDir();
    writeFileSync(join(dir, 'trajectories.jsonl'), `${line('a', 'single')}\n`);
    writeFileSync(join(dir, INDEX_DIR), 'a file where the index folder would go');
    const warnings: string[] = [];
    const index = new FileIndex(dir, 'trajectories', { onWarning: (message) => warnings.push(message) });
    await index.refresh();
    expect(index.entries).toHaveLength(1);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/cannot keep the index .* it is kept in memory/);
  });
});
