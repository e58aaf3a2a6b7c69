import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { readRun, runLoop } from '@inftool/harness';
import { bfclDataDir } from '../support/bfcl.js';
import { reply, startFakeOpenAIServer, type RecordedRequest } from '../support/fake-openai-server.js';
import { fixture } from '../support/sim-client.js';

const assistant = (request: RecordedRequest) => {
  const messages = request.body['messages'] as Array<{ role: string }>;
  const tools = (request.body['tools'] as Array<{ function: { name: string } }> | undefined) ?? [];
  if (messages.at(-1)?.role === 'tool' || tools.length === 0) return reply.text('Done.');
  return reply.toolCalls({ name: tools[0]!.function.name, arguments: {} });
};

describe('the closed loop (a plumbing test: a stand-in trainer that trains nothing)', () => {
  it('runs two rounds: every stage, the next endpoint, hard tasks regenerated, a report per round, resumable', async () => {
    const before = await startFakeOpenAIServer(assistant);
    const after = await startFakeOpenAIServer(assistant);
    const out = await mkdtemp(join(tmpdir(), 'inftool-loop-'));
    const trainerLog = join(out, 'trainer.jsonl');
    const dir = bfclDataDir();
    try {
      const options = {
        tree: fixture('clock-tree.json'),
        out,
        rounds: 2,
        trainer: `${JSON.stringify(process.execPath)} ${JSON.stringify(fixture('stand-in-trainer.mjs'))} ${JSON.stringify(trainerLog)} ${after.baseURL}`,
        model: 'student',
        modelEndpoint: before.baseURL,
        kinds: ['single', 'irrelevance', 'multi_turn'] as const,
        count: 6,
        rollouts: 2,
        seed: 'loop-test',
        concurrency: 4,
        hardThreshold: 0.75,
        ...(dir ? { bfcl: { data: dir, categories: ['simple_python', 'irrelevance'], limit: 3 } } : {}),
      };
      const state = await runLoop(options);
      expect(state.rounds).toHaveLength(2);
      const [first, second] = state.rounds;
      const expectedStages = ['synthesize', 'filter', 'export', 'train', ...(dir ? ['evaluate'] : []), 'stratify', 'regenerate'];
      expect(first!.stages).toEqual(expectedStages);
      expect(second!.stages).toEqual(expectedStages);
      // Round 1 played against the first endpoint; the trainer named the second, which round 2 (and its BFCL evaluation) used.
      expect(first!.endpoint).toBe(after.baseURL);
      expect(before.requests.length).toBeGreaterThan(0);
      expect(after.requests.length).toBeGreaterThan(0);
      expect(first!.synth.accepted + first!.synth.rejected).toBe(12);
      expect(first!.difficulty.hard).toBeGreaterThan(0);
      expect(second!.synth.regenerated).toBe(first!.difficulty.hard);
      expect(second!.synth.accepted + second!.synth.rejected).toBe((6 + second!.synth.regenerated) * 2);
      // The round's reward figures are those of its trajectories on disk.
      const roundRun = await readRun(join(out, 'round-1', 'run'));
      const totals = [...roundRun.accepted, ...roundRun.rejected].map((record) => record.reward?.['total'] ?? Number.NaN);
      expect(totals).toHaveLength(12);
      expect(first!.reward.mean).toBeCloseTo(totals.reduce((sum, value) => sum + value, 0) / totals.length);
      if (dir) expect(first!.bfcl?.categories['irrelevance']).toBeDefined();
      // The trainer saw the SFT data, the Parquet prompts and a live reward server.
      const seen = readFileSync(trainerLog, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { round: number; sft: boolean; parquet: boolean; endpoint: string; reward: { total: number } });
      expect(seen.map((entry) => [entry.round, entry.sft, entry.parquet])).toEqual([
        [1, true, true],
        [2, true, true],
      ]);
      expect(seen[1]!.endpoint).toBe(after.baseURL);
      expect(typeof seen[0]!.reward.total).toBe('number');
      const bytes = readFileSync(join(out, 'round-1', 'rl-prompts.parquet'));
      const rows = await parquetReadObjects({
        file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      });
      expect(rows).toHaveLength(6);
      expect(Object.keys(rows[0]!).sort()).toEqual(['difficulty', 'id', 'kind', 'prompt', 'task', 'tools']);
      // A finished loop asked again does nothing more; the state says where it is.
      const again = await runLoop(options);
      expect(again.rounds).toHaveLength(2);
      expect(readFileSync(trainerLog, 'utf8').trim().split('\n')).toHaveLength(2);
      expect(JSON.parse(readFileSync(join(out, 'round-2', 'report.json'), 'utf8'))).toMatchObject({ round: 2 });
    } finally {
      await before.close();
      await after.close();
    }
  });
});
