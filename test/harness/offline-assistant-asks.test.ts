import { describe, expect, it } from 'vitest';
import type { Task } from '@inftool/core';
import { OfflineAssistant } from '@inftool/harness';

const task = (id: string): Task => ({
  id,
  kind: 'missing_param',
  seed: '1',
  servers: ['shop'],
  tools: ['get_order'],
  persona: { name: 'Ada', style: 'terse', background: '' },
  goal: 'Find an order.',
  known: { 'get_order.order_id': 'ord_7Hq2' },
  unknown: ['get_order.order_id'],
  difficulty: 'medium',
  expectedCalls: [[{ tool: 'get_order', arguments: { order_id: 'ord_7Hq2' } }]],
});

describe('the offline assistant asks for what is missing', () => {
  it('asks a question that names the missing value, worded differently across tasks and the same for one task', async () => {
    const ask = async (id: string) => (await new OfflineAssistant(task(id), (tool) => tool).complete({ messages: [{ role: 'user', content: 'Find my order.' }] })).content ?? '';
    const questions = await Promise.all(Array.from({ length: 20 }, (_, index) => ask(`t${index}`)));
    for (const question of questions) {
      expect(question).toMatch(/\?/);
      expect(question).toMatch(/order ID/i);
    }
    expect(new Set(questions).size).toBeGreaterThanOrEqual(3);
    expect(await ask('t3')).toBe(questions[3]);
  });
});
