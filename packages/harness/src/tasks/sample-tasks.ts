import { canonicalJson, createRandom, seedFrom, type PlannedCall, type PlannedFault, type Random, type ScenarioKind, type SchemaValidator, type Task } from '@inftool/core';
import { FakerEngine, toolHost } from '@inftool/sim-server';
import { IRRELEVANT_REQUESTS, isUnsaid, OUT_OF_REACH_REQUESTS, outOfReachRequest, PERSONAS, requestText } from '@inftool/user-sim';
import type { IndexedTool, ToolIndex } from './tool-index.js';
import { isResultRef } from './result-refs.js';
import { planStory, tellsStory, withWorldId } from './stories.js';
import { KNOBS, roleOf, sameEntity, worldIds } from './tool-roles.js';
import { goalText } from './goal-text.js';
import { contentWords } from './words.js';
import { mistyped, pickFault } from './fault-plan.js';
import { wrongAttempt } from './wrong-arguments.js';
import { implausibleArgument } from '../run/checks/plausibility.js';
import { aboutParameter, bodyWithoutFlags, keptOptional, orderedRanges, trimmedBody, withinOptionalLimit } from './optional-arguments.js';

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

/** How many samplings a call gets to find arguments a reviewer would not question. */
const PLAUSIBLE_ATTEMPTS = 6;

/** A text shaped like a date or a time that names none (`2868-57-34P50:23:31.400J`): no person types it. */
export function brokenDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const shape = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T\s]?(.*))?$/.exec(value.trim());
  if (shape === null) return false;
  const [, , month, day, rest] = shape;
  if (Number(month) < 1 || Number(month) > 12 || (day !== undefined && (Number(day) < 1 || Number(day) > 31))) return true;
  return rest !== undefined && rest !== '' && !/^\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i.test(rest);
}

/** The parameters whose planned values a reviewer would question (references to earlier results are not values yet). */
function implausibleNames(tool: IndexedTool, args: Record<string, unknown>): string[] {
  const properties = (tool.spec.inputSchema.properties ?? {}) as Record<string, Record<string, unknown>>;
  return Object.entries(args).flatMap(([name, value]) => (!isResultRef(value) && (implausibleArgument(name, properties[name], value) !== undefined || brokenDate(value)) ? [name] : []));
}

const requiredOf = (tool: IndexedTool): string[] => (tool.spec.inputSchema.required ?? []) as string[];

/** Credentials: a person does not type them into a chat (a tool that needs one is not used for a user's request). */
export const SECRET = /(^|[-_.\s])(password|passwd|passphrase|secret|client[-_]?secret|api[-_]?key|apikey|access[-_]?(token|key)|auth[-_]?token|bearer|private[-_]?key|credentials?|pin)($|[-_.\s])|^(secret|token|password|apikey|auth)$/i;
/** Paging and output plumbing a person does not say: left out of a plan when optional. */
const PAGING = /^(cursor|next|next[-_]?(page|token|cursor)|page[-_]?(token|cursor|number|num|no)?|continuation([-_]?token)?|offset|skip|start[-_]?(index|at)?|page[-_]?size|per[-_]?page|format|fields|callback|jsonp|pretty(print)?|alt|output)$/i;

/** Whether an optional argument is one no user would give: a secret, paging (a cursor, an offset; `from` or `start` as a number), output format. */
export function plumbing(name: string, property: Record<string, unknown> | undefined): boolean {
  if (SECRET.test(name)) return true;
  if (PAGING.test(name)) return true;
  // An output knob said in the description: "Type of data structure to return", "Fields you want to retrieve".
  if (/^(the\s+)?(type of data structure|data structure|(response|output|result) (format|structure)|format of the (response|output|result)|fields? (you want )?to (retrieve|return|include))/i.test(String(property?.['description'] ?? '').trim())) return true;
  const type = property?.['type'];
  return /^(from|start|after|before)$/i.test(name) && (type === 'integer' || type === 'number') && !/date|time|year/i.test(String(property?.['description'] ?? ''));
}

/** Paging a person never types even when the API requires it: the plan asks for the first page. */
const START = /^(cursor|offset|skip|start|page|page[-_]?(token|cursor|number|num|no)|continuation[-_]?token|next[-_]?(token|cursor))$/i;

/** The first page's value of a required paging parameter (offset 0, page 1, the cursor the description names as the start), if known. */
export function firstPage(name: string, property: Record<string, unknown> | undefined): unknown {
  if (!START.test(name)) return undefined;
  const type = property?.['type'];
  const start = /^page/i.test(name) && !/token|cursor/i.test(name) ? 1 : 0;
  if (type === 'integer' || type === 'number') return typeof property?.['minimum'] === 'number' ? Math.max(start, property['minimum']) : start;
  const named = /\b(?:starting|start|first|initial)\s+(?:cursor|offset|page|token)\s+(?:is|=)\s+["'`]?([A-Za-z0-9_-]+)/i.exec(String(property?.['description'] ?? ''));
  return named?.[1];
}

/** A tool that needs a secret (a password, an API key) to work: not used for a user's request. */
const needsSecret = (tool: IndexedTool) => requiredOf(tool).some((name) => SECRET.test(name) || (START.test(name) && /token|cursor/i.test(name) && firstPage(name, startSchema(tool, name)) === undefined));
/** A parameter's schema, with the tool's description to read a starting cursor from ("The starting cursor is 0."). */
const startSchema = (tool: IndexedTool, name: string): Record<string, unknown> => {
  const property = ((tool.spec.inputSchema.properties ?? {}) as Record<string, Record<string, unknown>>)[name] ?? {};
  return { ...property, description: `${String(property['description'] ?? '')} ${tool.spec.description ?? ''}` };
};
const hasArguments = (tool: IndexedTool) => Object.keys(tool.spec.inputSchema.properties ?? {}).length > 0;
/** Near neighbours this similar could do the withheld tool's job themselves: not offered in irrelevance. */
const SAME_JOB = 0.6;

/** The kind of job a tool does: reading (one record or a list, also by a POST that looks records up), or a change. */
function jobKind(tool: IndexedTool): 'retrieve' | 'create' | 'update' | 'delete' | 'other' {
  const { action } = roleOf(tool);
  if (action === 'read' || action === 'list') return 'retrieve';
  const name = tool.spec.name.toLowerCase();
  const description = (tool.spec.description ?? '').toLowerCase();
  // `post_evidence_by_id` ("Get evidence for a list of IDs") creates nothing: it looks records up.
  if (action === 'create' && !/(create|add|new|register|insert|upload|submit)/.test(name) && (/(by_?id|search|filter|lookup|query|fetch|get|list|find)/.test(name) || /^(get|list|retrieve|return|search|find|look|fetch|query)/.test(description))) return 'retrieve';
  return action === 'create' || action === 'update' || action === 'delete' ? action : 'other';
}

/** A tool's name without its HTTP verb: `get_evidence_by_id` and `post_evidence_by_id` are one lookup. */
const stripVerb = (tool: IndexedTool) => tool.spec.name.toLowerCase().replace(/^(get|post|put|patch|fetch|list|read)[_.-]/, '');

/** A free-text search: a `q` / `query` / `search` / `term` / `keyword` parameter. */
const searches = (tool: IndexedTool) => Object.keys(tool.spec.inputSchema.properties ?? {}).some((name) => /^(q|query|search|term|keywords?|text)$/i.test(name));

/** Whether `other` could do `tool`'s job: the same entity and kind of action (one record or a list of them), or both free-text searches. */
export function sameJob(tool: IndexedTool, other: IndexedTool): boolean {
  if (stripVerb(tool) === stripVerb(other)) return true;
  if (sameEntity(tool, other) && jobKind(tool) === jobKind(other)) return true;
  return jobKind(tool) === 'retrieve' && jobKind(other) === 'retrieve' && searches(tool) && searches(other);
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
  private storyServers: IndexedTool[][] | undefined;

  constructor(private readonly index: ToolIndex, private readonly validator: SchemaValidator) {
    this.faker = new FakerEngine(validator);
  }

  /**
   * A valid call with sampled arguments; `optionalRate` is the share of optional parameters given.
   * Arguments a reviewer would question (`arguments_plausible`: a description's listed values, an id
   * with spaces…) are sampled again with other seeds; an optional one still implausible is left out.
   */
  private async call(tool: IndexedTool, seed: number, optionalRate = 0.4): Promise<PlannedCall> {
    const schema = tool.spec.inputSchema as Record<string, unknown>;
    let best: { arguments: Record<string, unknown>; bad: string[] } | undefined;
    // the server's name places the values in the API's domain too (`open_targets_platform` → genes and diseases)
    const text = [tool.spec.description ?? '', tool.server].join(' ').trim();
    const host = toolHost(tool.spec as { _meta?: Record<string, unknown> }, tool.server);
    const context = { ...(text === '' ? {} : { description: text }), ...(host === undefined ? {} : { host }) };
    for (let attempt = 0; attempt < PLAUSIBLE_ATTEMPTS; attempt += 1) {
      const sampled = await this.faker.sampleObject(schema, tool.spec.name, attempt === 0 ? seed : seedFrom(String(seed), tool.spec.name, attempt), optionalRate, context);
      const args = sampled.ok ? (sampled.value as Record<string, unknown>) : {};
      const bad = implausibleNames(tool, args);
      if (best === undefined || bad.length < best.bad.length) best = { arguments: args, bad };
      if (bad.length === 0) break;
    }
    const chosen = best as { arguments: Record<string, unknown>; bad: string[] };
    const required = new Set(requiredOf(tool));
    const properties = (tool.spec.inputSchema.properties ?? {}) as Record<string, Record<string, unknown>>;
    // An optional parameter the tool is about (`postKeys` of "Get posts with the keys in the list") is always given.
    const missing = Object.keys(properties).filter((name) => !required.has(name) && !(name in chosen.arguments) && aboutParameter(name, tool.spec.name, tool.spec.description));
    if (missing.length > 0) {
      const full = await this.faker.sampleObject(schema, tool.spec.name, seedFrom(String(seed), tool.spec.name, 'about'), 1, tool.spec.description);
      const values = full.ok ? (full.value as Record<string, unknown>) : {};
      for (const name of missing) if (name in values && implausibleNames(tool, { [name]: values[name] }).length === 0) chosen.arguments[name] = values[name];
    }
    // Optional plumbing (a cursor, an offset, an API key) is left out: the user would not say it, and the API has a default.
    // An empty optional value (`{}`, `[]`, `""`) says nothing: left out too.
    const empty = (value: unknown) => value === '' || (Array.isArray(value) && value.length === 0) || (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0);
    const sayable = Object.fromEntries(Object.entries(chosen.arguments).filter(([name, value]) => required.has(name) || (!chosen.bad.includes(name) && !plumbing(name, properties[name]) && !empty(value))));
    // A request carries the required values and at most two optional ones (never a flag, a sort key or an internal code); ranges in order.
    const limited = Object.fromEntries(Object.entries(orderedRanges(keptOptional(sayable, schema, tool.spec.name, tool.spec.description, seed))).map(([name, value]) => [name, bodyWithoutFlags(value)]));
    // Nested objects of a body too: their required values and at most one optional one.
    const trimmed = Object.fromEntries(Object.entries(limited).map(([name, value]) => [name, trimmedBody(value, properties[name], seed, name)]));
    const args = this.valid({ tool: tool.spec.name, arguments: trimmed }) ? trimmed : this.valid({ tool: tool.spec.name, arguments: limited }) ? limited : sayable;
    // Required paging asks for the first page (offset 0, the starting cursor): the user need not say it.
    const paged = { ...args };
    for (const name of required) {
      const first = name in paged ? firstPage(name, startSchema(tool, name)) : undefined;
      if (first !== undefined) paged[name] = typeof first === 'number' || properties[name]?.['type'] !== 'string' ? first : String(first);
    }
    if (this.valid({ tool: tool.spec.name, arguments: paged })) return { tool: tool.spec.name, arguments: paged };
    return { tool: tool.spec.name, arguments: args };
  }

  /** `call` with its record's id mistyped (two neighbouring characters swapped), still valid and naming no record of the world; else undefined. */
  private mistypedCall(call: PlannedCall, tool: IndexedTool, world: string): PlannedCall | undefined {
    const role = roleOf(tool);
    const id = role.idParameter === undefined ? undefined : call.arguments[role.idParameter];
    if (role.idParameter === undefined || typeof id !== 'string' || id.length < 6) return undefined;
    const existing = new Set(worldIds(role, world).map(String));
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const typo = mistyped(id, attempt);
      if (typo === undefined) return undefined;
      // Every argument that carries the id (`drug_id` and a spec's added `DRUG_ID`) carries the typo.
      const planned = { tool: call.tool, arguments: Object.fromEntries(Object.entries(call.arguments).map(([name, value]) => [name, value === id ? typo : value])) };
      if (!existing.has(typo) && this.valid(planned)) return planned;
    }
    return undefined;
  }

  private plausible(call: PlannedCall): boolean {
    const tool = this.index.byName.get(call.tool);
    return tool === undefined || implausibleNames(tool, call.arguments).length === 0;
  }

  private valid(call: PlannedCall): boolean {
    const tool = this.index.byName.get(call.tool);
    return tool !== undefined && this.validator.validate(tool.spec.inputSchema, call.arguments).valid;
  }

  /** A call planned against the world: a read, update or delete names a record that exists. */
  private async worldCall(tool: IndexedTool, seed: number, world: string, random: Random): Promise<PlannedCall> {
    return this.unified(withWorldId(await this.call(tool, seed), roleOf(tool), { world, random, valid: (call) => this.valid(call), plausible: (call) => this.plausible(call) }));
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

  /** What a parameter means, for matching it across tools: its type, description, examples, enum, pattern and format. */
  private meaning(tool: string, name: string): string {
    const schema = (this.index.byName.get(tool)?.spec.inputSchema.properties?.[name] ?? {}) as Record<string, unknown>;
    return canonicalJson([schema['type'], schema['description'], schema['examples'], schema['enum'], schema['pattern'], schema['format']]);
  }

  /** The parameters two tools share by name and meaning, paging and output knobs aside: the city, the account, the gene. */
  private sharedParameters(tool: IndexedTool, other: IndexedTool): string[] {
    const theirs = new Set(Object.keys(other.spec.inputSchema.properties ?? {}));
    return Object.keys(tool.spec.inputSchema.properties ?? {}).filter((name) => theirs.has(name) && !KNOBS.test(name) && this.meaning(tool.spec.name, name) === this.meaning(other.spec.name, name));
  }

  /**
   * Calls of different tools that serve one user need: tools of the server (else of the category) on
   * the same entity, or sharing a parameter that means the same (the weather and the time zone of one
   * city; the balance and the choices of one account). None: the same tool for several cases.
   */
  private partners(tool: IndexedTool): IndexedTool[] {
    const related = (other: IndexedTool) => other !== tool && hasArguments(other) && !needsSecret(other) && roleOf(other).action !== 'delete' && (sameEntity(tool, other) || this.sharedParameters(tool, other).length > 0);
    const siblings = (this.index.byServer.get(tool.server) ?? []).filter(related);
    if (siblings.length > 0) return siblings;
    return this.index.neighbours(tool, 3, (other) => other.category === tool.category && related(other) && this.index.similarity(tool, other) > 0);
  }

  /**
   * The second call of a parallel pair shares the first's values where their parameters are named alike
   * and mean the same (one city for weather and time zone; not one `body` for two different request bodies).
   */
  private align(call: PlannedCall, to: PlannedCall): PlannedCall {
    const aligned = { tool: call.tool, arguments: { ...call.arguments } };
    for (const [name, value] of Object.entries(to.arguments)) if (name in aligned.arguments && this.meaning(call.tool, name) === this.meaning(to.tool, name)) aligned.arguments[name] = value;
    return this.valid(aligned) ? aligned : call;
  }

  /** `call` with the values of `from` it shares a meaning with but left out (the ZIP a forecast did not give), where still valid. */
  private adopt(call: PlannedCall, from: PlannedCall): PlannedCall {
    const tool = this.index.byName.get(call.tool);
    const other = this.index.byName.get(from.tool);
    if (tool === undefined || other === undefined) return call;
    const added = Object.fromEntries(this.sharedParameters(tool, other).filter((name) => !(name in call.arguments) && name in from.arguments).map((name) => [name, from.arguments[name]]));
    const adopted = { tool: call.tool, arguments: { ...call.arguments, ...added } };
    return Object.keys(added).length > 0 && this.valid(adopted) && withinOptionalLimit(tool.spec.inputSchema as Record<string, unknown>, adopted.arguments) ? adopted : call;
  }

  /** Whether a partner's call serves the first call's need: the same entity, or a shared value (the same city, account, gene). */
  private sameNeed(call: PlannedCall, first: PlannedCall): boolean {
    const tool = this.index.byName.get(call.tool);
    const other = this.index.byName.get(first.tool);
    if (tool === undefined || other === undefined) return false;
    if (sameEntity(tool, other)) return true;
    return this.sharedParameters(tool, other).some((name) => name in call.arguments && canonicalJson(call.arguments[name]) === canonicalJson(first.arguments[name]));
  }

  /** A call as the user asks for it: its tool and the values they say (a default they leave unsaid does not tell two calls apart). */
  private saidKey(call: PlannedCall): string {
    const schema = this.index.byName.get(call.tool)?.spec.inputSchema as Record<string, unknown> | undefined;
    return `${call.tool} ${canonicalJson(Object.fromEntries(Object.entries(call.arguments).filter(([name, value]) => !isUnsaid(name, value, schema))))}`;
  }

  private async parallel(tool: IndexedTool, seed: number, world: string, random: Random): Promise<{ plan: PlannedCall[]; offered: IndexedTool[] }> {
    // Calls made at once must not depend on each other: only lookups go with other tools (never
    // "commit the receipt" beside "prepare it"); a change is made for several cases of its own tool.
    const partners = jobKind(tool) === 'retrieve' ? this.partners(tool).filter((other) => jobKind(other) === 'retrieve') : [];
    const plan: PlannedCall[] = [];
    const seen = new Set<string>();
    // Never the same call twice in one turn, nor two the user would ask for in the same words.
    const add = (call: PlannedCall): boolean => {
      const key = this.saidKey(call);
      if (seen.has(key)) return false;
      seen.add(key);
      plan.push(call);
      return true;
    };
    // Each case says what it is about: a call that came out with no arguments is sampled again with all of them.
    const caseOf = async (of: IndexedTool, salt: number): Promise<PlannedCall> => {
      const call = await this.worldCall(of, seed + salt, world, random);
      return Object.keys(call.arguments).length > 0 || !hasArguments(of) ? call : this.call(of, seed + salt, 1);
    };
    add(await caseOf(tool, 1));
    const offered = new Set<IndexedTool>([tool]);
    const withPartner = async (partner: IndexedTool, salt: number) => {
      let first = plan[0] as PlannedCall;
      const call = this.adopt(this.align(await caseOf(partner, salt), first), first);
      // The first call left a shared value out (the ZIP of a forecast): it takes the partner's, so both are about one thing.
      const joined = this.adopt(first, call);
      if (joined !== first && !this.sameNeed(call, first) && this.sameNeed(call, joined) && this.plausible(joined)) {
        first = joined;
        plan[0] = joined;
        seen.clear();
        for (const planned of plan) seen.add(this.saidKey(planned));
      }
      // A partner whose call does not share the first's value (its parameter was left out, or would not validate) serves another need.
      if (this.sameNeed(call, first) && add(call)) offered.add(partner);
    };
    if (partners.length > 0 && random.chance(0.7)) {
      // Different tools for one request (weather and time zone of one city), sometimes the first tool again.
      for (const [index, partner] of shuffle(partners, random).slice(0, random.int(1, Math.min(2, partners.length))).entries()) await withPartner(partner, 2 + index);
      if (random.chance(0.3)) add(await caseOf(tool, 10));
    } else {
      const count = random.int(2, 3);
      for (let attempt = 0; plan.length < count && attempt < 12; attempt += 1) add(await caseOf(tool, 20 + attempt));
    }
    // A tool with too few distinct values for two calls: a partner joins.
    for (const [index, partner] of partners.entries()) if (plan.length < 2) await withPartner(partner, 40 + index);
    // No partner serves the same need: the same tool for another case.
    for (let attempt = 0; plan.length < 2 && attempt < 12; attempt += 1) add(await caseOf(tool, 60 + attempt));
    for (const other of this.serverTools(tool, 6, random)) if (offered.size < 6) offered.add(other);
    return { plan, offered: shuffle([...offered], random) };
  }

  /**
   * Hard negatives: a tool withheld, its nearest neighbours offered; the request is one the withheld tool
   * would serve. A neighbour able to do the job is never offered: one on the same entity with the same
   * kind of action (getting one evidence record and getting a list of them both serve "show me evidence
   * X"), another free-text search, or one that needs nothing the request does not give and shares its words.
   */
  private irrelevance(tool: IndexedTool, random: Random): IndexedTool[] {
    const words = this.index.words(tool).join(' ');
    const takes = new Set(Object.keys(tool.spec.inputSchema.properties ?? {}).map((name) => name.toLowerCase()));
    // A tool on the same thing (a meter reading posted vs. looked up) may read as able to serve the request: never offered.
    const couldServe = (other: IndexedTool) =>
      sameJob(tool, other) ||
      sameEntity(tool, other) || (requiredOf(other).length > 0 && requiredOf(other).every((name) => takes.has(name.toLowerCase())) && this.index.similarity(tool, other) >= 0.25);
    const near = this.index.neighbours(tool, 12, (other) => this.index.similarity(tool, other) < SAME_JOB && !couldServe(other) && this.index.words(other).join(' ') !== words);
    const offered = near.slice(0, random.int(3, 5));
    if (offered.length >= 2) return shuffle(offered, random);
    return shuffle([...offered, ...shuffle(this.index.tools.filter((other) => other !== tool && !offered.includes(other) && !couldServe(other)), random).slice(0, 3)], random);
  }

  private servers(): IndexedTool[][] {
    if (this.storyServers) return this.storyServers;
    const random = createRandom(0);
    // A story is told with the tools a user can use: none that needs a secret.
    this.storyServers = [...this.index.byServer.values()].filter((list) => tellsStory(list.filter((tool) => !needsSecret(tool)), random));
    return this.storyServers;
  }

  async task(number: number, options: SampleOptions): Promise<Task> {
    const kind = options.kinds[number % options.kinds.length] as ScenarioKind;
    const seed = seedFrom(options.seed, number);
    const world = String(seed);
    const random = createRandom(seed);
    const all = this.index.tools;
    if (all.length === 0) throw new Error('the tree has no tools');
    // A tool that needs the user's password or API key is not asked for in a chat.
    const usable = all.filter((tool) => !needsSecret(tool));
    const tools = usable.length > 0 ? usable : all;
    const persona = random.pick(PERSONAS);
    const withArgs = tools.filter(hasArguments);
    const pick = (pool: IndexedTool[]): IndexedTool => random.pick(pool.length > 0 ? pool : tools);
    const base = { id: `${options.seed}-${String(number).padStart(6, '0')}-${kind}`, kind, seed: world, persona };
    let offered: IndexedTool[];
    let plan: PlannedCall[][];
    let unknown: string[] = [];
    let goal: string | undefined;
    let faults: PlannedFault[] | undefined;
    let difficulty: Task['difficulty'] = 'easy';
    const known: Record<string, unknown> = {};
    switch (kind) {
      case 'single': {
        const tool = pick(tools);
        offered = this.serverTools(tool, 6, random);
        plan = [[await this.worldCall(tool, seed, world, random)]];
        break;
      }
      case 'parallel': {
        const tool = pick(withArgs);
        const planned = await this.parallel(tool, seed, world, random);
        offered = planned.offered;
        plan = [planned.plan];
        difficulty = new Set(planned.plan.map((call) => call.tool)).size > 1 ? 'hard' : 'medium';
        break;
      }
      case 'multiple': {
        const tool = pick(tools);
        const distractors = shuffle(tools.filter((other) => other.server !== tool.server), random).slice(0, random.int(3, 5));
        offered = shuffle([tool, ...distractors], random);
        plan = [[await this.worldCall(tool, seed, world, random)]];
        difficulty = 'medium';
        break;
      }
      case 'irrelevance': {
        const tool = pick(withArgs);
        offered = this.irrelevance(tool, random);
        if (offered.length === 0) {
          // A one-tool tree has no neighbour to offer: the tool itself, and a request nothing here serves.
          offered = [tool];
          goal = random.pick(IRRELEVANT_REQUESTS);
          plan = [[]];
          break;
        }
        // One in four is out of reach: a request for a live service or an action in the world that shares no
        // word with the offered tools (booking a table next to fax tools), the rest hard negatives.
        if (random.int(0, 3) === 0) {
          const offeredWords = new Set(offered.flatMap((other) => this.index.words(other)));
          const outOfReach = OUT_OF_REACH_REQUESTS.map((template) => outOfReachRequest(template, random)).filter((request) => !contentWords(request).some((word) => offeredWords.has(word)));
          if (outOfReach.length > 0) {
            goal = random.pick(outOfReach);
            plan = [[]];
            difficulty = 'easy';
            break;
          }
        }
        let withheld = await this.worldCall(tool, seed, world, random);
        if (Object.keys(withheld.arguments).length === 0) withheld = await this.call(tool, seed, 1);
        // The user knows what they ask with; the request is the withheld tool's, in their words.
        for (const [name, value] of Object.entries(withheld.arguments)) known[`${withheld.tool}.${name}`] = value;
        goal = requestText(persona, [withheld], new Map([[tool.spec.name, { name: tool.spec.name, description: tool.spec.description ?? '' }]]));
        plan = [[]];
        difficulty = 'medium';
        break;
      }
      case 'missing_param': {
        const candidates = tools.filter((candidate) => requiredOf(candidate).length > 0);
        // The value left out is one the user would say (never the first page of a required cursor, nor a header's default):
        // a tool whose required values are all unsaid has nothing to ask for, and gives way to another.
        const sayable = (of: IndexedTool, planned: PlannedCall) => requiredOf(of).filter((name) => name in planned.arguments && !isUnsaid(name, planned.arguments[name], of.spec.inputSchema as Record<string, unknown>));
        let tool = pick(candidates);
        let call = await this.worldCall(tool, seed, world, random);
        for (let attempt = 1; attempt < 8 && sayable(tool, call).length === 0; attempt += 1) {
          tool = pick(candidates);
          call = await this.worldCall(tool, seed + attempt * 11, world, random);
        }
        offered = this.serverTools(tool, 6, random);
        const required = sayable(tool, call);
        const withheld = required.length > 0 ? random.pick(required) : undefined;
        if (withheld) unknown = [`${tool.spec.name}.${withheld}`];
        plan = [[call]];
        difficulty = 'medium';
        break;
      }
      case 'error_recovery': {
        // The failure is the planned one: a call whose arguments a reviewer would question anyway gives way to another tool.
        const correctableCall = (planned: PlannedCall, of: IndexedTool) => {
          const wrong = wrongAttempt(planned.arguments, of.spec.inputSchema as Record<string, unknown>);
          return wrong !== undefined && !this.validator.validate(of.spec.inputSchema, wrong.arguments).valid;
        };
        // About a quarter are the assistant's own slip (a wrong format, type or case): a call where one is plausible is looked for.
        const wantSlip = random.chance(0.3);
        let tool = pick(withArgs);
        let call = await this.worldCall(tool, seed, world, random);
        // About a quarter of the rest are a mistyped id (`not_found`): a call on a record of the world is looked for.
        const wantTypo = !wantSlip && random.chance(0.3);
        for (let attempt = 1; attempt < (wantSlip || wantTypo ? 12 : 4) && (!this.plausible(call) || (wantSlip && !correctableCall(call, tool)) || (wantTypo && this.mistypedCall(call, tool, world) === undefined)); attempt += 1) {
          tool = pick(withArgs);
          call = await this.worldCall(tool, seed + attempt * 7, world, random);
        }
        offered = this.serverTools(tool, 6, random);
        // Sometimes something else first, so the failure comes mid-conversation.
        const before = offered.filter((other) => other !== tool && roleOf(other).action !== 'delete' && !needsSecret(other));
        plan = before.length > 0 && random.chance(0.35) ? [[await this.worldCall(random.pick(before), seed + 1, world, random)], [call]] : [[call]];
        const correctable = correctableCall(call, tool);
        const typo = wantTypo ? this.mistypedCall(call, tool, world) : undefined;
        if (typo !== undefined) {
          // The user mistypes the record's id: 404, the assistant asks, the user corrects it, and the call succeeds.
          plan = [...plan.slice(0, -1), [typo], [call]];
          faults = [{ turn: plan.length - 2, call: 0, fault: 'not_found', recovery: 'ask' }];
        } else {
          const fault = wantSlip && correctable ? ({ turn: plan.length - 1, call: 0, fault: 'invalid_arguments', recovery: 'correct' } as const) : pickFault(random, plan.length - 1, 0, correctable);
          // A change that timed out may have happened: it is not sent again blindly (the user hears what is unknown).
          faults = [fault.fault === 'timeout' && ['create', 'other'].includes(jobKind(tool)) ? { ...fault, recovery: 'report' } : fault];
        }
        difficulty = 'medium';
        break;
      }
      case 'multi_turn': {
        const stories = this.servers();
        const servers = stories.length > 0 && random.chance(0.85) ? stories : [...this.index.byServer.values()].filter((list) => list.length >= 2);
        const serverTools = servers.length > 0 ? random.pick(servers) : tools;
        offered = serverTools.slice(0, 20);
        const mean = options.multiTurnMean ?? 7.5;
        const turns = Math.min(15, Math.max(2, Math.round(mean - 2.5 + random.next() * 5)));
        const storyTools = offered.filter((other) => !needsSecret(other));
        plan = await planStory(storyTools.length >= 2 ? storyTools : offered, turns, { world, random, call: (tool, salt, optionalRate) => this.call(tool, seed + 100 + salt, optionalRate), valid: (call) => this.valid(call), plausible: (call) => this.plausible(call) });
        difficulty = turns > 7 ? 'hard' : 'medium';
        break;
      }
    }
    for (const step of plan) for (const call of step) for (const [name, value] of Object.entries(call.arguments)) if (!isResultRef(value)) known[`${call.tool}.${name}`] ??= value;
    return {
      ...base,
      servers: [...new Set(offered.map((tool) => tool.server))],
      tools: offered.map((tool) => tool.spec.name),
      goal: goal ?? goalText(kind, plan, this.index.byName, unknown),
      known,
      unknown,
      difficulty,
      expectedCalls: plan,
      ...(faults ? { faults } : {}),
    };
  }
}

