import {
  canonicalJson,
  createRandom,
  nameWords,
  seedFrom,
  type PlannedCall,
  type Persona,
  type PlannedFault,
  type Random,
  type ScenarioKind,
  type SchemaValidator,
  type Task,
} from '@inftool/core';
import { FakerEngine, onePlace, toolHost } from '@inftool/sim-server';
import { withResultEnums } from './result-enums.js';
import { IRRELEVANT_REQUESTS, isUnsaid, OUT_OF_REACH_REQUESTS, outOfReachRequest, PERSONAS, requestText } from '@inftool/user-sim';
import type { IndexedTool, ToolIndex } from './tool-index.js';
import { isResultRef } from './result-refs.js';
import { followUpsFromLists } from './listed-follow-up.js';
import { namesSubjectOf } from './named-subject.js';
import { belongTogether, planStory, storiesTold, storyOffer, storyTurn, withWorldId } from './stories.js';
import { roleOf, sameEntity, worldIds } from './tool-roles.js';
import { goalText } from './goal-text.js';
import { contentWords } from './words.js';
import { mistyped, pickFault } from './fault-plan.js';
import { userFaults, type UserFault } from './user-faults.js';
import { hasArguments, needsSecret, plumbing, requiredOf, startSchema, firstPage } from './tool-needs.js';
import { SAME_JOB, sameJob } from './job-kind.js';
import { coversRequest } from './capable-neighbour.js';
import { changesSomething } from './changes-something.js';
import { withoutChain } from './chained-cover.js';
import { shuffle } from './shuffle.js';
import { implausibleNames, sayableArguments, type Sampled } from './sayable-arguments.js';
import { textInItsLanguage } from './text-language.js';
import { productOfCompany } from './company-products.js';
import { ParallelPlanner } from './parallel-plan.js';
import { aboutParameter, bodyWithoutFlags, keptOptional, orderedRanges, technicalSwitch, trimmedBody } from './optional-arguments.js';
import { createsRecord } from '../run/checks/call-subject.js';
import { missingSubject, spokenSubjects, subjectParameters, subjectTool, unnameableCreate } from './subject-arguments.js';

/** Words of one doing: a request with one of them is served, or seems served, by a tool with another. */
const ALIKE = [
  'reserve reservation book booking',
  'pay payment bill invoice charge',
  'order purchase buy checkout',
  'transfer payment transaction',
  'track tracking parcel shipment delivery',
  'schedule appointment booking calendar meeting',
  'call taxi ride',
  'renew renewal loan',
  'cancel cancellation membership subscription',
  'flight airline',
  'top recharge credit',
].map((group) => contentWords(group));

/** The words and the words of the same doing. */
function alikeWords(words: readonly string[]): string[] {
  return [...new Set([...words, ...ALIKE.filter((group) => group.some((word) => words.includes(word))).flat()])];
}

export interface SampleOptions {
  kinds: readonly ScenarioKind[];
  count: number;
  seed: string;
  /** What task ids start with (`<prefix>-000007-parallel`): a run's `taskIdPrefix`, unique per tree. Defaults to the seed. */
  idPrefix?: string;
  /** Average user turns of multi_turn tasks (the paper: 7–8); never more than 15. Defaults to 7.5. */
  multiTurnMean?: number;
}

/** The last word of a parameter that names an id or a code a user types (`ticket_id`, `station`, `symbol`; not a postal code, which no API 404s). */
const CODE_WORDS = new Set(['id', 'sid', 'uuid', 'guid', 'key', 'slug', 'symbol', 'ticker', 'sku', 'isbn', 'station', 'stations']);

export { changesSomething } from './changes-something.js';

/** How many samplings a call gets to find arguments a reviewer would not question. */
const PLAUSIBLE_ATTEMPTS = 6;

/** What every kind's planner draws on for one task: its seed and random stream, its persona, the tools a user can use. */
interface TaskDraw {
  kind: ScenarioKind;
  /** The task's number in the run. */
  number: number;
  seed: number;
  /** The session world's seed. */
  world: string;
  random: Random;
  options: SampleOptions;
  persona: Persona;
  /** The tools a user can use (none that needs a secret, unless every one does). */
  tools: IndexedTool[];
  withArgs: IndexedTool[];
  /** One of `pool`, or of `tools` when `pool` is empty. */
  pick: (pool: IndexedTool[]) => IndexedTool;
}

/** What a kind plans: the tools offered, the calls by user turn, and what the task says beyond them. */
interface KindPlan {
  offered: IndexedTool[];
  plan: PlannedCall[][];
  difficulty: Task['difficulty'];
  unknown?: string[];
  goal?: string;
  faults?: PlannedFault[];
  /** Values the user knows beyond the plan's arguments (the withheld call's of an irrelevance task). */
  known?: Record<string, unknown>;
}

/**
 * Seeded, reproducible tasks: task `i` of a run depends only on the seed, the tree and `i`, so a
 * resumed run plans exactly the same tasks. Arguments are planned from each tool's inputSchema by
 * the faker engine (validated); reads, updates and deletes of existing records name ids the session's
 * world starts with (the task's seed is the world's seed).
 */
export class TaskSampler {
  private readonly faker: FakerEngine;
  /** Servers whose tools make a story (an id or value carried from one call to a later one). */
  private storyServers: Array<{ item: IndexedTool[]; arcs: number }> | undefined;

  constructor(
    private readonly index: ToolIndex,
    private readonly validator: SchemaValidator,
  ) {
    this.faker = new FakerEngine(validator);
  }

  /**
   * A valid call with sampled arguments; `optionalRate` is the share of optional parameters given.
   * Arguments a reviewer would question (`arguments_plausible`: a description's listed values, an id
   * with spaces…) are sampled again with other seeds; an optional one still implausible is left out.
   */
  private async call(tool: IndexedTool, seed: number, optionalRate = 0.4): Promise<PlannedCall> {
    // a filter the result declares values for (`targetGroup`: ALL, WOMEN, MEN, KIDS) takes one of them
    const schema = withResultEnums(tool.spec.inputSchema as Record<string, unknown>, tool.spec.outputSchema);
    const chosen = await this.leastImplausible(tool, schema, seed, optionalRate);
    await this.addAboutParameters(tool, schema, seed, chosen.arguments);
    // a parameter added from another sampling (a `state` beside the city) speaks of the place the others do
    const valid = (args: Record<string, unknown>) => this.valid({ tool: tool.spec.name, arguments: args });
    // an English text is said to be in English, never "from Swahili" (`textInItsLanguage`)
    // … and a company's product is one it sells (`productOfCompany`)
    const placed = productOfCompany(
      textInItsLanguage(onePlace(chosen.arguments, seed, valid, schema), valid, /translat/i.test(tool.spec.description ?? '')),
      seed,
      valid,
    );
    const planned = this.requestCall(tool, schema, seed, sayableArguments(tool, { ...chosen, arguments: placed }));
    return Object.keys(planned.arguments).length > 0 ? planned : await this.describedCreate(tool, schema, seed, planned);
  }

  /**
   * A create that takes values though none is required (`create_booking`: dates, rooms, a contact) is never
   * planned with none (`create_booking({})` makes a record of nothing the user said): it carries up to three of
   * its plain values (dates, names, counts), drawn all at once, as far as they are plausible and the call valid.
   */
  private async describedCreate(
    tool: IndexedTool,
    schema: Record<string, unknown>,
    seed: number,
    planned: PlannedCall,
  ): Promise<PlannedCall> {
    const properties = (tool.spec.inputSchema.properties ?? {}) as Record<string, Record<string, unknown>>;
    if (!createsRecord(subjectTool(tool)) || Object.keys(properties).length === 0) return planned;
    const values = await this.allValues(tool, schema, seed, 'create');
    const plain = Object.entries(values).filter(
      ([name, value]) =>
        ['string', 'number'].includes(typeof value) &&
        !plumbing(name, properties[name]) &&
        !technicalSwitch(name, properties[name], value) &&
        implausibleNames(tool, { [name]: value }).length === 0,
    );
    // What names the record first: its dates (a start with its end), then its names; a payment type or a flag last.
    const rank = (name: string) =>
      /(start|end|from|until|check_?in|check_?out|date)/i.test(name) ? 0 : /(name|title)/i.test(name) ? 1 : 2;
    const args = Object.fromEntries([...plain].sort(([a], [b]) => rank(a) - rank(b)).slice(0, 3));
    const described = { tool: tool.spec.name, arguments: args };
    return Object.keys(args).length > 0 && this.valid(described) ? described : planned;
  }

  /** Every parameter of `tool` sampled once (none left out) under a seed of its own for `purpose`; nothing when sampling fails. */
  private async allValues(
    tool: IndexedTool,
    schema: Record<string, unknown>,
    seed: number,
    purpose: string,
  ): Promise<Record<string, unknown>> {
    const full = await this.faker.sampleObject(
      schema,
      tool.spec.name,
      seedFrom(String(seed), tool.spec.name, purpose),
      1,
      tool.spec.description,
    );
    return full.ok ? (full.value as Record<string, unknown>) : {};
  }

  /** Of up to `PLAUSIBLE_ATTEMPTS` samplings, the first with the fewest implausible arguments (named in `bad`). */
  private async leastImplausible(tool: IndexedTool, schema: Record<string, unknown>, seed: number, optionalRate: number): Promise<Sampled> {
    let best: Sampled | undefined;
    // the server's name places the values in the API's domain too (`open_targets_platform` → genes and diseases)
    const text = [tool.spec.description ?? '', tool.server].join(' ').trim();
    const host = toolHost(tool.spec as { _meta?: Record<string, unknown> }, tool.server);
    const context = { ...(text === '' ? {} : { description: text }), ...(host === undefined ? {} : { host }) };
    for (let attempt = 0; attempt < PLAUSIBLE_ATTEMPTS; attempt += 1) {
      const sampled = await this.faker.sampleObject(
        schema,
        tool.spec.name,
        attempt === 0 ? seed : seedFrom(String(seed), tool.spec.name, attempt),
        optionalRate,
        context,
      );
      const args = sampled.ok ? (sampled.value as Record<string, unknown>) : {};
      const bad = implausibleNames(tool, args);
      if (best === undefined || bad.length < best.bad.length) best = { arguments: args, bad };
      if (bad.length === 0) break;
    }
    return best as Sampled;
  }

  /** An optional parameter the tool is about (`postKeys` of "Get posts with the keys in the list") is always given: added to `args` when plausible. */
  private async addAboutParameters(
    tool: IndexedTool,
    schema: Record<string, unknown>,
    seed: number,
    args: Record<string, unknown>,
  ): Promise<void> {
    const required = new Set(requiredOf(tool));
    const properties = tool.spec.inputSchema.properties ?? {};
    const missing = Object.keys(properties).filter(
      (name) => !required.has(name) && !(name in args) && aboutParameter(name, tool.spec.name, tool.spec.description),
    );
    // the value naming the call's subject (a forecast's place, a webhook's URL) too, though the schema makes it optional
    const subjects = missingSubject(subjectTool(tool), args) === undefined ? [] : subjectParameters(subjectTool(tool));
    if (missing.length === 0 && subjects.length === 0) return;
    const values = await this.allValues(tool, schema, seed, 'about');
    for (const name of missing)
      if (name in values && implausibleNames(tool, { [name]: values[name] }).length === 0) args[name] = values[name];
    // one subject is enough (a place, not a place and its coordinates); a latitude brings its longitude
    const subject = subjects.find((name) => name in values && implausibleNames(tool, { [name]: values[name] }).length === 0);
    if (subject === undefined || missingSubject(subjectTool(tool), args) === undefined) return;
    const partner = /^lat(itude)?$/i.test(subject) ? subjects.find((name) => /^(lon|lng|longitude)$/i.test(name)) : undefined;
    for (const name of [subject, ...(partner === undefined ? [] : [partner])]) if (name in values) args[name] = values[name];
  }

  /**
   * The call a request carries: the required values and at most two optional ones (never a flag, a sort key or an
   * internal code), ranges in order, nested bodies trimmed, as far as the call stays valid; required paging at its first page.
   */
  private requestCall(tool: IndexedTool, schema: Record<string, unknown>, seed: number, sayable: Record<string, unknown>): PlannedCall {
    const properties = (tool.spec.inputSchema.properties ?? {}) as Record<string, Record<string, unknown>>;
    // the value naming the subject (a forecast's place) stays when the cut would leave the call without one
    const subject = subjectTool(tool);
    const cut = keptOptional(sayable, schema, tool.spec.name, tool.spec.description, seed);
    const kept =
      missingSubject(subject, cut) === undefined
        ? cut
        : keptOptional(sayable, schema, tool.spec.name, tool.spec.description, seed, subjectParameters(subject));
    const limited = Object.fromEntries(
      Object.entries(orderedRanges(spokenSubjects(subject, kept))).map(([name, value]) => [name, bodyWithoutFlags(value)]),
    );
    // Nested objects of a body too: their required values and at most one optional one.
    const trimmed = Object.fromEntries(
      Object.entries(limited).map(([name, value]) => [name, trimmedBody(value, properties[name], seed, name)]),
    );
    const args = this.valid({ tool: tool.spec.name, arguments: trimmed })
      ? trimmed
      : this.valid({ tool: tool.spec.name, arguments: limited })
        ? limited
        : sayable;
    // Required paging asks for the first page (offset 0, the starting cursor): the user need not say it.
    const paged = { ...args };
    for (const name of requiredOf(tool)) {
      const first = name in paged ? firstPage(name, startSchema(tool, name)) : undefined;
      if (first !== undefined) paged[name] = typeof first === 'number' || properties[name]?.['type'] !== 'string' ? first : String(first);
    }
    if (this.valid({ tool: tool.spec.name, arguments: paged })) return { tool: tool.spec.name, arguments: paged };
    return { tool: tool.spec.name, arguments: args };
  }

  /**
   * The argument a user may mistype in `call`: the id of the record it names, else an id or a code the
   * user types (`stations: "KVNY"`, `symbol`, `ticket_id: 4821`) — never a secret, a paging knob or free text.
   */
  private mistypable(call: PlannedCall, tool: IndexedTool): string | undefined {
    const role = roleOf(tool);
    const properties = (tool.spec.inputSchema.properties ?? {}) as Record<string, Record<string, unknown>>;
    const typeable = (name: string) => {
      const value = call.arguments[name];
      if (isResultRef(value) || plumbing(name, properties[name])) return false;
      if (typeof value === 'number') return Number.isInteger(value) && value >= 1000;
      return typeof value === 'string' && value.length >= 4 && /^[A-Za-z0-9][\w.:-]*$/.test(value);
    };
    if (role.idParameter !== undefined && role.idParameter in call.arguments)
      return typeable(role.idParameter) ? role.idParameter : undefined;
    return Object.keys(call.arguments).find((name) => CODE_WORDS.has(nameWords(name).at(-1) ?? '') && typeable(name));
  }

  /**
   * `call` with the id or code the user gives mistyped (two neighbouring characters swapped), still valid and
   * plausible and naming no record of the world; else undefined.
   */
  private mistypedCall(call: PlannedCall, tool: IndexedTool, world: string): PlannedCall | undefined {
    const name = this.mistypable(call, tool);
    if (name === undefined) return undefined;
    const id = call.arguments[name] as string | number;
    const role = roleOf(tool);
    const existing = new Set(name === role.idParameter ? worldIds(role, world).map(String) : []);
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const text = mistyped(String(id), attempt);
      if (text === undefined) return undefined;
      if (typeof id === 'number' && text.startsWith('0')) continue;
      const typo = typeof id === 'number' ? Number(text) : text;
      // Every argument that carries the id (`drug_id` and a spec's added `DRUG_ID`) carries the typo.
      const planned = {
        tool: call.tool,
        arguments: Object.fromEntries(Object.entries(call.arguments).map(([key, value]) => [key, value === id ? typo : value])),
      };
      if (!existing.has(text) && this.valid(planned) && this.plausible(planned)) return planned;
    }
    return undefined;
  }

  /** The ways the user can get a value of `call` wrong that a service refuses (`user-faults.ts`), the mistyped id among them. */
  private userFaults(call: PlannedCall, tool: IndexedTool, world: string, seed: number): UserFault[] {
    const typo = this.mistypedCall(call, tool, world);
    const idName = this.mistypable(call, tool);
    const role = roleOf(tool);
    const existing = new Set(idName !== undefined && idName === role.idParameter ? worldIds(role, world).map(String) : []);
    const others = userFaults(
      call,
      {
        schema: tool.spec.inputSchema as Record<string, unknown>,
        idName,
        existing,
        valid: (planned) => this.valid(planned),
        plausible: (planned) => this.plausible(planned),
      },
      createRandom(seedFrom(String(seed), 'user-fault', call.tool)),
    );
    return [...(typo === undefined ? [] : [{ call: typo, fault: 'not_found' as const, corrected: call }]), ...others];
  }

  /** No argument a reviewer would question, and no create that no argument can name (its result would make the name up). */
  private plausible(call: PlannedCall): boolean {
    const tool = this.index.byName.get(call.tool);
    return tool === undefined || (!unnameableCreate(tool) && implausibleNames(tool, call.arguments).length === 0);
  }

  private valid(call: PlannedCall): boolean {
    const tool = this.index.byName.get(call.tool);
    return tool !== undefined && this.validator.validate(tool.spec.inputSchema, call.arguments).valid;
  }

  /**
   * A tool drawn by `draw` and its call against the world; a tool no plausible value can be planned
   * for (a required `treaty_name` only the generator's last resort fills) gives way to another, up
   * to four times. The first draw is kept when every one is implausible.
   */
  private async plausibleCall(draw: () => IndexedTool, seed: number, world: string, random: Random): Promise<[IndexedTool, PlannedCall]> {
    const first = draw();
    const firstCall = await this.worldCall(first, seed, world, random);
    for (let attempt = 1; attempt < 5 && !this.plausible(firstCall); attempt += 1) {
      const tool = draw();
      const call = await this.worldCall(tool, seed + attempt * 13, world, random);
      if (this.plausible(call)) return [tool, call];
    }
    return [first, firstCall];
  }

  /** A call planned against the world: a read, update or delete names a record that exists. */
  private async worldCall(tool: IndexedTool, seed: number, world: string, random: Random): Promise<PlannedCall> {
    return this.unified(
      withWorldId(await this.call(tool, seed), roleOf(tool), {
        world,
        random,
        valid: (call) => this.valid(call),
        plausible: (call) => this.plausible(call),
      }),
    );
  }

  /**
   * Parameters one name apart only in case or separators (`drug_id` and a spec's "Automatically added"
   * `DRUG_ID`) are one value: the first one's, so the user names one drug, once.
   */
  private unified(call: PlannedCall): PlannedCall {
    const norm = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
    const first = new Map<string, string>();
    const args = { ...call.arguments };
    for (const name of Object.keys(args)) {
      const key = norm(name);
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, name);
      else args[name] = args[earlier];
    }
    const unified = { tool: call.tool, arguments: args };
    return canonicalJson(args) !== canonicalJson(call.arguments) && this.valid(unified) ? unified : call;
  }

  private serverTools(tool: IndexedTool, limit: number, random: Random): IndexedTool[] {
    const siblings = (this.index.byServer.get(tool.server) ?? []).filter((other) => other !== tool);
    return [tool, ...shuffle(siblings, random).slice(0, limit - 1)];
  }

  /**
   * Hard negatives: a tool withheld, its nearest neighbours offered; the request is one the withheld tool
   * would serve. A neighbour able to do the job is never offered: one on the same entity with the same
   * kind of action (getting one evidence record and getting a list of them both serve "show me evidence
   * X"), another free-text search, one whose description says it does the same thing ("search for parks
   * based on facilities" for "locate nearby parks", `coversRequest`), or one that needs nothing the request
   * does not give and shares its words.
   */
  private irrelevance(tool: IndexedTool, random: Random): IndexedTool[] {
    const words = this.index.words(tool).join(' ');
    const takes = new Set(Object.keys(tool.spec.inputSchema.properties ?? {}).map((name) => name.toLowerCase()));
    // A tool on the same thing (a meter reading posted vs. looked up) may read as able to serve the request: never offered.
    const couldServe = (other: IndexedTool) =>
      sameJob(tool, other) ||
      sameEntity(tool, other) ||
      namesSubjectOf(tool, other) ||
      coversRequest(tool, other) ||
      (requiredOf(other).length > 0 &&
        requiredOf(other).every((name) => takes.has(name.toLowerCase())) &&
        this.index.similarity(tool, other) >= 0.25);
    const near = this.index.neighbours(
      tool,
      12,
      (other) => this.index.similarity(tool, other) < SAME_JOB && !couldServe(other) && this.index.words(other).join(' ') !== words,
    );
    // Nor a set of tools that do the job together (a derivative and a zeros tool find critical points).
    const asked = `${tool.spec.name} ${tool.spec.description ?? ''}`;
    const offered = withoutChain(asked, near.slice(0, random.int(3, 5)));
    if (offered.length >= 2) return shuffle(offered, random);
    const others = shuffle(
      this.index.tools.filter((other) => other !== tool && !offered.includes(other) && !couldServe(other)),
      random,
    ).slice(0, 3);
    return shuffle(withoutChain(asked, [...offered, ...others]), random);
  }

  /** Servers whose tools tell a story (none that needs a secret), with how many arcs they make. */
  private servers(): Array<{ item: IndexedTool[]; arcs: number }> {
    if (this.storyServers) return this.storyServers;
    const random = createRandom(0);
    // A story is told with the tools a user can use: none that needs a secret.
    this.storyServers = [...this.index.byServer.values()]
      .map((list) => ({
        item: list,
        arcs: storiesTold(
          list.filter((tool) => !needsSecret(tool)),
          random,
        ),
      }))
      .filter((entry) => entry.arcs > 0);
    return this.storyServers;
  }

  async task(number: number, options: SampleOptions): Promise<Task> {
    const draw = this.taskDraw(number, options);
    const planned = await this.planKind(draw);
    const { kind, world, persona } = draw;
    const known: Record<string, unknown> = { ...planned.known };
    for (const step of planned.plan)
      for (const call of step)
        for (const [name, value] of Object.entries(call.arguments)) if (!isResultRef(value)) known[`${call.tool}.${name}`] ??= value;
    const unknown = planned.unknown ?? [];
    return {
      id: `${options.idPrefix ?? options.seed}-${String(number).padStart(6, '0')}-${kind}`,
      kind,
      seed: world,
      persona,
      servers: [...new Set(planned.offered.map((tool) => tool.server))],
      tools: planned.offered.map((tool) => tool.spec.name),
      goal: planned.goal ?? goalText(kind, planned.plan, this.index.byName, unknown),
      known,
      unknown,
      difficulty: planned.difficulty,
      expectedCalls: planned.plan,
      ...(planned.faults ? { faults: planned.faults } : {}),
    };
  }

  /** Task `number`'s kind, seed, random stream and persona, and the tools a user can use. */
  private taskDraw(number: number, options: SampleOptions): TaskDraw {
    const kind = options.kinds[number % options.kinds.length] as ScenarioKind;
    const seed = seedFrom(options.seed, number);
    const random = createRandom(seed);
    const all = this.index.tools;
    if (all.length === 0) throw new Error('the tree has no tools');
    // A tool that needs the user's password or API key is not asked for in a chat.
    const usable = all.filter((tool) => !needsSecret(tool));
    const tools = usable.length > 0 ? usable : all;
    const persona = random.pick(PERSONAS);
    return {
      kind,
      number,
      seed,
      world: String(seed),
      random,
      options,
      persona,
      tools,
      withArgs: tools.filter(hasArguments),
      pick: (pool) => random.pick(pool.length > 0 ? pool : tools),
    };
  }

  private async planKind(draw: TaskDraw): Promise<KindPlan> {
    switch (draw.kind) {
      case 'single': {
        const [tool, call] = await this.plausibleCall(() => draw.pick(draw.tools), draw.seed, draw.world, draw.random);
        return { offered: this.serverTools(tool, 6, draw.random), plan: [[call]], difficulty: 'easy' };
      }
      case 'parallel':
        return this.planParallel(draw);
      case 'multiple':
        return this.planMultiple(draw);
      case 'irrelevance':
        return this.planIrrelevance(draw);
      case 'missing_param':
        return this.planMissingParam(draw);
      case 'error_recovery':
        return this.planErrorRecovery(draw);
      case 'multi_turn':
        return this.planMultiTurn(draw);
    }
  }

  private async planParallel({ seed, world, random, withArgs, pick }: TaskDraw): Promise<KindPlan> {
    // a tool only a last-resort label can fill gives way to another (its call is planned from the seed alone)
    let tool = pick(withArgs);
    for (let attempt = 1; attempt < 5 && !this.plausible(await this.call(tool, seed)); attempt += 1) tool = pick(withArgs);
    const planner = new ParallelPlanner(
      this.index,
      (call) => this.valid(call),
      (call) => this.plausible(call),
    );
    const planned = await planner.plan(tool, random, {
      caseOf: async (of, salt) => {
        // Each case says what it is about: a call that came out with no arguments is sampled again with all of them.
        const call = await this.worldCall(of, seed + salt, world, random);
        return Object.keys(call.arguments).length > 0 || !hasArguments(of) ? call : this.call(of, seed + salt, 1);
      },
      serverTools: (of, limit) => this.serverTools(of, limit, random),
    });
    return {
      offered: planned.offered,
      plan: [planned.plan],
      difficulty: new Set(planned.plan.map((call) => call.tool)).size > 1 ? 'hard' : 'medium',
    };
  }

  private async planMultiple({ seed, world, random, tools, pick }: TaskDraw): Promise<KindPlan> {
    const [tool, call] = await this.plausibleCall(() => pick(tools), seed, world, random);
    const distractors = shuffle(
      tools.filter((other) => other.server !== tool.server),
      random,
    ).slice(0, random.int(3, 5));
    return { offered: shuffle([tool, ...distractors], random), plan: [[call]], difficulty: 'medium' };
  }

  private async planIrrelevance(draw: TaskDraw): Promise<KindPlan> {
    const { random } = draw;
    const tool = draw.pick(draw.withArgs);
    const offered = this.irrelevance(tool, random);
    if (offered.length === 0)
      // A one-tool tree has no neighbour to offer: the tool itself, and a request nothing here serves.
      return { offered: [tool], goal: random.pick(IRRELEVANT_REQUESTS), plan: [[]], difficulty: 'easy' };
    // One in four is out of reach: a request for a live service or an action in the world that shares no
    // word with the offered tools (booking a table next to fax tools), the rest hard negatives.
    if (random.int(0, 3) === 0) {
      // Drawn by the offered servers too: trees planned with one seed do not ask the same things in the same places.
      const topical = createRandom(
        seedFrom(String(draw.seed), 'out-of-reach', ...[...new Set(offered.map((other) => other.server))].sort()),
      );
      const outOfReach = this.outOfReachRequests(offered, topical);
      if (outOfReach.length > 0) return { offered, goal: topical.pick(outOfReach), plan: [[]], difficulty: 'easy' };
    }
    return { offered, ...(await this.withheldRequest(tool, draw)), plan: [[]], difficulty: 'medium' };
  }

  /**
   * Requests for a live service or an action in the world that share no word with the `offered` tools,
   * nor a word of the same doing ("reserve a seat" next to "create bookings", "pay my bill" next to payments).
   */
  private outOfReachRequests(offered: IndexedTool[], random: Random): string[] {
    const offeredWords = new Set(offered.flatMap((other) => this.index.words(other)));
    return OUT_OF_REACH_REQUESTS.map((template) => outOfReachRequest(template, random)).filter(
      (request) => !alikeWords(contentWords(request)).some((word) => offeredWords.has(word)),
    );
  }

  /** The withheld tool's request in the persona's words, and the values the user asks with. */
  private async withheldRequest(
    tool: IndexedTool,
    { seed, world, random, persona }: TaskDraw,
  ): Promise<{ goal: string; known: Record<string, unknown> }> {
    let withheld = await this.worldCall(tool, seed, world, random);
    // A value only a last-resort label fills (`case_name: "personal outcome"`) is drawn again: the user says it.
    for (let attempt = 1; attempt < 4 && !this.plausible(withheld); attempt += 1)
      withheld = await this.worldCall(tool, seed + attempt * 13, world, random);
    // Still a label: the user leaves that value out rather than say it.
    const implausible = new Set(implausibleNames(tool, withheld.arguments));
    if (implausible.size > 0)
      withheld = {
        ...withheld,
        arguments: Object.fromEntries(Object.entries(withheld.arguments).filter(([name]) => !implausible.has(name))),
      };
    if (Object.keys(withheld.arguments).length === 0) withheld = await this.call(tool, seed, 1);
    // The user knows what they ask with; the request is the withheld tool's, in their words.
    const known: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(withheld.arguments)) known[`${withheld.tool}.${name}`] = value;
    const description = tool.spec.description ?? '';
    const namesakes = (this.index.byServer.get(tool.server) ?? [])
      .filter((other) => other !== tool && description !== '' && other.spec.description === description)
      .map((other) => other.spec.name);
    const goal = requestText(
      persona,
      [withheld],
      new Map([
        [tool.spec.name, { name: tool.spec.name, description, inputSchema: tool.spec.inputSchema as Record<string, unknown>, namesakes }],
      ]),
    );
    return { goal, known };
  }

  private async planMissingParam({ seed, world, random, tools, pick }: TaskDraw): Promise<KindPlan> {
    const candidates = tools.filter((candidate) => requiredOf(candidate).length > 0);
    // The value left out is one the user would say (never the first page of a required cursor, nor a header's default):
    // a tool whose required values are all unsaid has nothing to ask for, and gives way to another.
    const sayable = (of: IndexedTool, planned: PlannedCall) =>
      requiredOf(of).filter(
        (name) => name in planned.arguments && !isUnsaid(name, planned.arguments[name], of.spec.inputSchema as Record<string, unknown>),
      );
    let tool = pick(candidates);
    let call = await this.worldCall(tool, seed, world, random);
    for (let attempt = 1; attempt < 8 && (sayable(tool, call).length === 0 || !this.plausible(call)); attempt += 1) {
      tool = pick(candidates);
      call = await this.worldCall(tool, seed + attempt * 11, world, random);
    }
    const offered = this.serverTools(tool, 6, random);
    const required = sayable(tool, call);
    // the value held back is one that names the call's subject when the tool has one (the place, the name): what a user forgets to say
    const subjects = subjectParameters(subjectTool(tool)).filter((name) => required.includes(name));
    const withheld = subjects.length > 0 ? random.pick(subjects) : required.length > 0 ? random.pick(required) : undefined;
    return { offered, plan: [[call]], difficulty: 'medium', ...(withheld ? { unknown: [`${tool.spec.name}.${withheld}`] } : {}) };
  }

  /**
   * The error comes from the world or the user, never from the assistant's own slip (a model trained on
   * a type error it then corrects learns to make it). About half: the user gets a value wrong (an id with
   * two characters swapped or another record's id: 404; a count above the service's cap: 422; a date
   * written their own way: 400), the assistant asks, the user corrects it; else a 429, 500, 503 or timeout.
   */
  private async planErrorRecovery(draw: TaskDraw): Promise<KindPlan> {
    const { seed, world, random } = draw;
    const wantUser = random.chance(0.55);
    const [tool, call] = await this.failingCall(draw, wantUser);
    const offered = this.serverTools(tool, 6, random);
    // Sometimes something else first, so the failure comes mid-conversation.
    const before = offered.filter((other) => other !== tool && roleOf(other).action !== 'delete' && !needsSecret(other));
    const first = before.length > 0 && random.chance(0.35) ? random.pick(before) : undefined;
    let plan: PlannedCall[][] = first !== undefined ? [[await this.worldCall(first, seed + 1, world, random)], [call]] : [[call]];
    const options = wantUser ? this.userFaults(call, tool, world, seed) : [];
    let faults: PlannedFault[];
    if (options.length > 0) {
      // The user's value is refused: the service says why, the assistant asks, the user corrects it, and the call succeeds.
      const chosen = random.pick(options);
      // A list first would show records the user's own ids are none of (a fax listed, then another fax's media): it starts with the request.
      const lead = first !== undefined && roleOf(first).action === 'list' ? [] : plan.slice(0, -1);
      plan = [...lead, [chosen.call], [chosen.corrected]];
      faults = [{ turn: plan.length - 2, call: 0, fault: chosen.fault, recovery: 'ask' }];
    } else {
      // A read after a list reads a record it showed (the world's fault comes all the same).
      plan = followUpsFromLists(plan, offered);
      const fault = pickFault(random, plan.length - 1, 0);
      // A change that timed out may have happened: it is not sent again blindly (the user hears what is unknown).
      faults = [fault.fault === 'timeout' && changesSomething(tool) ? { ...fault, recovery: 'report' } : fault];
    }
    return { offered, plan, faults, difficulty: 'medium' };
  }

  /** The call that is to fail: a plausible one, and one the user can get wrong when `wantUser` (drawn again up to 15 times). */
  private async failingCall({ seed, world, random, withArgs, pick }: TaskDraw, wantUser: boolean): Promise<[IndexedTool, PlannedCall]> {
    let tool = pick(withArgs);
    let call = await this.worldCall(tool, seed, world, random);
    for (
      let attempt = 1;
      attempt < (wantUser ? 16 : 4) && (!this.plausible(call) || (wantUser && this.userFaults(call, tool, world, seed).length === 0));
      attempt += 1
    ) {
      tool = pick(withArgs);
      call = await this.worldCall(tool, seed + attempt * 7, world, random);
    }
    return [tool, call];
  }

  private async planMultiTurn({ number, seed, world, random, tools, options }: TaskDraw): Promise<KindPlan> {
    const stories = this.servers();
    // Else a server whose tools belong together, with no arc (a bundle of unrelated tools would cut every turn but one).
    const several = [...this.index.byServer.values()].filter((list) => list.length >= 2);
    const together = several.filter((list) => belongTogether(list.filter((tool) => !needsSecret(tool))));
    const servers =
      stories.length > 0 && random.chance(0.85)
        ? stories
        : (together.length > 0 ? together : several).map((list) => ({ item: list, arcs: 1 }));
    // The run's multi_turn conversations take the servers in turn (a seeded order, a server with more arcs more
    // often), each leading with its next arc: no one story fills the run. Task `number` depends only on the seed and `number`.
    const order = shuffle([...servers], createRandom(seedFrom(options.seed, 'multi_turn servers', servers.length)));
    const next = order.length > 0 ? storyTurn(order, kindOrdinal(options.kinds, 'multi_turn', number)) : { item: tools, lead: 0 };
    const serverTools = next.item;
    const lead = next.lead;
    const usable = serverTools.filter((tool) => !needsSecret(tool));
    const offered = storyOffer(
      serverTools,
      usable.length >= 2 ? usable : serverTools,
      20,
      world,
      createRandom(seedFrom(String(seed), 'offer')),
    );
    const mean = options.multiTurnMean ?? 7.5;
    const turns = Math.min(15, Math.max(2, Math.round(mean - 2.5 + random.next() * 5)));
    const storyTools = offered.filter((other) => !needsSecret(other));
    const plan = await planStory(storyTools.length >= 2 ? storyTools : offered, turns, {
      world,
      random,
      call: (tool, salt, optionalRate) => this.call(tool, seed + 100 + salt, optionalRate),
      valid: (call) => this.valid(call),
      plausible: (call) => this.plausible(call),
      lead,
    });
    return { offered, plan, difficulty: turns > 7 ? 'hard' : 'medium' };
  }
}

/** How many tasks of `kind` come before task `number` of a run (the kinds take turns). */
export function kindOrdinal(kinds: readonly ScenarioKind[], kind: ScenarioKind, number: number): number {
  const per = kinds.filter((other) => other === kind).length;
  return Math.floor(number / kinds.length) * per + kinds.slice(0, number % kinds.length).filter((other) => other === kind).length;
}
