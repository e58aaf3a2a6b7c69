import { describe, expect, it } from 'vitest';
import { createRandom, type Task } from '@inftool/core';
import { OfflineAssistant } from '@inftool/harness';
import { faultQuestion } from '../../packages/harness/src/roles/fault-questions.js';
import { correctionMessage } from '../../packages/user-sim/src/phrasing/frames.js';
import { answerFirstCall } from '../support/assistant-turns.js';

/** The share of the most common of `lines`. */
const topShare = (lines: string[]) => {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
  return Math.max(...counts.values()) / lines.length;
};

const ids = Array.from({ length: 40 }, (_, index) => `demo-9d80640807-${String(index * 7 + 6).padStart(6, '0')}-error_recovery`);

describe('recovery lines vary from task to task', () => {
  it('the question after another record’s id is worded several ways, the same way for one task', () => {
    const error = '404 Not Found: index "7870409" does not exist';
    const asks = ids.map((id) => faultQuestion('wrong_id', error, undefined, id));
    expect(new Set(asks).size).toBeGreaterThanOrEqual(5);
    expect(topShare(asks)).toBeLessThan(0.35);
    expect(faultQuestion('wrong_id', error, undefined, ids[3]!)).toBe(asks[3]);
    for (const ask of asks) expect(ask).toMatch(/\?/);
  });

  it('the question after a count over the cap says the request failed, in several wordings', () => {
    const asks = ids.map((id) =>
      faultQuestion('out_of_range', '422 Unprocessable Entity: count must be at most 250, got 300', undefined, id),
    );
    expect(new Set(asks).size).toBeGreaterThanOrEqual(3);
    for (const ask of asks) {
      // The final-answer check reads a failure by these words: a question without them reads as a success.
      expect(ask).toMatch(/could not|failed/);
      expect(ask).toContain('250');
      expect(ask).toMatch(/\?$/);
    }
  });

  it('the retry after a passing failure is worded several ways', async () => {
    const lines = await Promise.all(
      ids.map(async (id) => {
        const task: Task = {
          id,
          kind: 'error_recovery',
          seed: '1',
          servers: ['shop'],
          tools: ['get_order'],
          persona: { name: 'Ada', style: 'terse', background: '' },
          goal: 'Find an order.',
          known: {},
          unknown: [],
          difficulty: 'medium',
          faults: [{ turn: 0, call: 0, fault: 'timeout', recovery: 'retry' }],
          expectedCalls: [[{ tool: 'get_order', arguments: { order_id: 'ord_7Hq2' } }]],
        };
        const assistant = new OfflineAssistant(task, (tool) => tool);
        const messages: Parameters<OfflineAssistant['complete']>[0]['messages'] = [{ role: 'user', content: 'Show me order ord_7Hq2.' }];
        answerFirstCall(messages, await assistant.complete({ messages }), '504 Gateway Timeout: the server did not respond in time');
        const retry = await assistant.complete({ messages });
        expect(retry.toolCalls).toHaveLength(1);
        return retry.content ?? '';
      }),
    );
    expect(new Set(lines).size).toBeGreaterThanOrEqual(3);
    expect(topShare(lines)).toBeLessThan(0.5);
    for (const line of lines) expect(line).toMatch(/504/);
  });

  it('the user’s correction of another record’s id is worded several ways and always gives the value', () => {
    for (const style of ['terse', 'chatty', 'formal']) {
      const lines = ids.map((id) =>
        correctionMessage(style, 'index key', '4348341', createRandom(id.length * 31 + ids.indexOf(id)), 'wrong_id'),
      );
      expect(new Set(lines).size).toBeGreaterThanOrEqual(4);
      for (const line of lines) expect(line).toContain('4348341');
    }
  });
});
