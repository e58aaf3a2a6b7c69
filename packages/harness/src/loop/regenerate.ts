import { createRandom, seedFrom, type Task } from '@inftool/core';
import type { FakerEngine } from '@inftool/sim-server';
import { PERSONAS } from '@inftool/user-sim';
import { isResultRef } from '../tasks/result-refs.js';
import type { ToolIndex } from '../tasks/tool-index.js';

/**
 * A hard task seeds the next round: the same tools, a new persona and new argument values, and for
 * multi-turn a longer chain (two more turns, never more than 15). References to earlier results are
 * kept as they are.
 */
export async function regenerateTask(task: Task, round: number, index: ToolIndex, faker: FakerEngine): Promise<Task> {
  const seed = seedFrom(task.id, 'round', round);
  const random = createRandom(seed);
  const persona = random.pick(PERSONAS.filter((candidate) => candidate.name !== task.persona.name));
  const fresh = async (tool: string, salt: number): Promise<Record<string, unknown>> => {
    const spec = index.byName.get(tool)?.spec;
    if (!spec) return {};
    const sampled = await faker.sampleObject(spec.inputSchema as Record<string, unknown>, tool, seed + salt, 0.4);
    return sampled.ok ? sampled.value : {};
  };
  let salt = 0;
  const plan = await Promise.all(
    (task.expectedCalls ?? []).map((step) =>
      Promise.all(
        step.map(async (call) => {
          const args = await fresh(call.tool, (salt += 1));
          for (const [name, value] of Object.entries(call.arguments)) if (isResultRef(value)) args[name] = value;
          return { tool: call.tool, arguments: args };
        }),
      ),
    ),
  );
  if (task.kind === 'multi_turn') {
    for (let extra = 0; extra < 2 && plan.length < 15; extra += 1) {
      const tool = random.pick(task.tools);
      plan.push([{ tool, arguments: await fresh(tool, (salt += 1)) }]);
    }
  }
  const known: Record<string, unknown> = {};
  for (const step of plan)
    for (const call of step)
      for (const [name, value] of Object.entries(call.arguments)) if (!isResultRef(value)) known[`${call.tool}.${name}`] ??= value;
  return { ...task, id: `${task.id}-v${round}`, seed: String(seed), persona, known, expectedCalls: plan, difficulty: 'hard' };
}
