import { createRandom, seedFrom, type PlannedCall, type Random, type ScenarioKind, type SchemaValidator, type Task } from '@inftool/core';
import { FakerEngine } from '@inftool/sim-server';
import { IRRELEVANT_REQUESTS, PERSONAS } from '@inftool/user-sim';
import type { IndexedTool, ToolIndex } from './tool-index.js';
import { isResultRef } from './result-refs.js';

export interface SampleOptions {
  kinds: readonly ScenarioKind[];
  count: number;
  seed: string;
  /** Average user turns of multi_turn tasks (the paper: 7–8); never more than 15. Defaults to 7.5. */
  multiTurnMean?: number;
}

const shuffle = <T>(items: readonly T[], random: Random): T[] => {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = random.int(0, index);
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
};

const requiredOf = (tool: IndexedTool): string[] => (tool.spec.inputSchema.required ?? []) as string[];

const CREATE = /^(create|add|book|new|post|register|insert|make|open|submit|upload)(_|$)/i;
const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/**
 * Pairs of tools of one server where a creating tool's result can feed another's required id
 * (`create_order` → `get_order(order_id)`, `book_flight` → `cancel_booking(booking_id)`): the
 * creator's result carries that id when its outputSchema names it, or has none (then it returns `id`).
 */
function dependencyPairs(tools: IndexedTool[]): Array<{ creator: IndexedTool; consumer: IndexedTool; parameter: string }> {
  const pairs: Array<{ creator: IndexedTool; consumer: IndexedTool; parameter: string }> = [];
  for (const creator of tools.filter((tool) => CREATE.test(snake(tool.spec.name)))) {
    const output = creator.spec.outputSchema?.properties as Record<string, unknown> | undefined;
    for (const consumer of tools) {
      if (consumer === creator) continue;
      const parameter = requiredOf(consumer).find((name) => /(^|_)id$|Id$/.test(name));
      if (!parameter) continue;
      if (output === undefined || parameter in output || 'id' in output) pairs.push({ creator, consumer, parameter });
    }
  }
  return pairs;
}

/**
 * Seeded, reproducible tasks: task `i` of a run depends only on the seed, the tree and `i`, so a
 * resumed run plans exactly the same tasks. Arguments are planned from each tool's inputSchema by
 * the faker engine (validated), so every planned call is valid.
 */
export class TaskSampler {
  private readonly faker: FakerEngine;

  constructor(private readonly index: ToolIndex, validator: SchemaValidator) {
    this.faker = new FakerEngine(validator);
  }

  private async args(tool: IndexedTool, seed: number): Promise<Record<string, unknown>> {
    const sampled = await this.faker.sampleObject(tool.spec.inputSchema as Record<string, unknown>, tool.spec.name, seed, 0.4);
    return sampled.ok ? sampled.value : {};
  }

  private async call(tool: IndexedTool, seed: number): Promise<PlannedCall> {
    return { tool: tool.spec.name, arguments: await this.args(tool, seed) };
  }

  private serverTools(tool: IndexedTool, limit: number, random: Random): IndexedTool[] {
    const siblings = (this.index.byServer.get(tool.server) ?? []).filter((other) => other !== tool);
    return [tool, ...shuffle(siblings, random).slice(0, limit - 1)];
  }

  async task(number: number, options: SampleOptions): Promise<Task> {
    const kind = options.kinds[number % options.kinds.length] as ScenarioKind;
    const seed = seedFrom(options.seed, number);
    const random = createRandom(seed);
    const tools = this.index.tools;
    if (tools.length === 0) throw new Error('the tree has no tools');
    const persona = random.pick(PERSONAS);
    const withArgs = tools.filter((tool) => Object.keys(tool.spec.inputSchema.properties ?? {}).length > 0);
    const pick = (pool: IndexedTool[]): IndexedTool => random.pick(pool.length > 0 ? pool : tools);
    const base = { id: `${options.seed}-${String(number).padStart(6, '0')}-${kind}`, kind, seed: String(seed), persona };
    let offered: IndexedTool[];
    let plan: PlannedCall[][];
    let unknown: string[] = [];
    let goal: string;
    let difficulty: Task['difficulty'] = 'easy';
    switch (kind) {
      case 'single': {
        const tool = pick(tools);
        offered = this.serverTools(tool, 6, random);
        plan = [[await this.call(tool, seed)]];
        goal = `Get this done: ${tool.spec.description ?? tool.spec.name}`;
        break;
      }
      case 'parallel': {
        const tool = pick(withArgs);
        offered = this.serverTools(tool, 6, random);
        const count = random.int(2, 3);
        plan = [await Promise.all(Array.from({ length: count }, (_, index) => this.call(tool, seed + 1 + index)))];
        goal = `The same request for several cases at once: ${tool.spec.description ?? tool.spec.name}`;
        difficulty = 'medium';
        break;
      }
      case 'multiple': {
        const tool = pick(tools);
        const distractors = shuffle(tools.filter((other) => other.server !== tool.server), random).slice(0, random.int(3, 5));
        offered = shuffle([tool, ...distractors], random);
        plan = [[await this.call(tool, seed)]];
        goal = `Get this done with the right tool: ${tool.spec.description ?? tool.spec.name}`;
        difficulty = 'medium';
        break;
      }
      case 'irrelevance': {
        offered = shuffle(tools, random).slice(0, random.int(3, 5));
        plan = [[]];
        goal = random.pick(IRRELEVANT_REQUESTS);
        break;
      }
      case 'missing_param': {
        const tool = pick(tools.filter((candidate) => requiredOf(candidate).length > 0));
        offered = this.serverTools(tool, 6, random);
        const call = await this.call(tool, seed);
        const required = requiredOf(tool).filter((name) => name in call.arguments);
        const withheld = required.length > 0 ? random.pick(required) : undefined;
        if (withheld) unknown = [`${tool.spec.name}.${withheld}`];
        plan = [[call]];
        goal = `Get this done (you will be asked for details): ${tool.spec.description ?? tool.spec.name}`;
        difficulty = 'medium';
        break;
      }
      case 'error_recovery': {
        // Placeholder until the scenario is built: a single call whose first attempt fails and is retried.
        const tool = pick(tools);
        offered = this.serverTools(tool, 6, random);
        plan = [[await this.call(tool, seed)]];
        goal = `Get this done: ${tool.spec.description ?? tool.spec.name}`;
        difficulty = 'medium';
        break;
      }
      case 'multi_turn': {
        const servers = [...this.index.byServer.values()].filter((list) => list.length >= 2);
        const serverTools = servers.length > 0 ? random.pick(servers) : tools;
        offered = serverTools.slice(0, 20);
        const mean = options.multiTurnMean ?? 7.5;
        const turns = Math.min(15, Math.max(2, Math.round(mean - 2.5 + random.next() * 5)));
        plan = [];
        for (let turn = 0; turn < turns; turn += 1) plan.push([await this.call(random.pick(offered), seed + 100 + turn)]);
        // A cross-tool dependency where the server has one: something created early, used later by its id.
        const chain = dependencyPairs(offered);
        if (chain.length > 0 && turns >= 3) {
          const { creator, consumer, parameter } = random.pick(chain);
          const at = random.int(0, turns - 2);
          const later = random.int(at + 1, turns - 1);
          plan[at] = [await this.call(creator, seed + 200)];
          const use = await this.call(consumer, seed + 300);
          plan[later] = [{ tool: use.tool, arguments: { ...use.arguments, [parameter]: { $result: { turn: at, call: 0, field: parameter } } } }];
        }
        goal = `Work through several related requests with ${serverTools[0]?.server ?? 'the service'}, one after another.`;
        difficulty = turns > 7 ? 'hard' : 'medium';
        break;
      }
    }
    const known: Record<string, unknown> = {};
    for (const step of plan) for (const call of step) for (const [name, value] of Object.entries(call.arguments)) if (!isResultRef(value)) known[`${call.tool}.${name}`] ??= value;
    return {
      ...base,
      servers: [...new Set(offered.map((tool) => tool.server))],
      tools: offered.map((tool) => tool.spec.name),
      goal,
      known,
      unknown,
      difficulty,
      expectedCalls: plan,
    };
  }
}
