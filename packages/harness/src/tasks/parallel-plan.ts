import { canonicalJson, type PlannedCall, type Random } from '@inftool/core';
import { isUnsaid } from '@inftool/user-sim';
import type { IndexedTool, ToolIndex } from './tool-index.js';
import { KNOBS, resultSchema, roleOf, sameEntity } from './tool-roles.js';
import { hasArguments, needsSecret, plumbing } from './tool-needs.js';
import { jobKind, SAME_JOB, sameJob } from './job-kind.js';
import { shuffle } from './shuffle.js';
import { withinOptionalLimit } from './optional-arguments.js';

/** How the sampler plans one case of a tool, and which tools of a server it offers beside one. */
export interface ParallelCases {
  /** A call of `tool` planned against the world, varied by `salt`. */
  caseOf: (tool: IndexedTool, salt: number) => Promise<PlannedCall>;
  /** The tool and up to `limit - 1` of its server's other tools. */
  serverTools: (tool: IndexedTool, limit: number) => IndexedTool[];
}

/** Paging, sorting and output knobs: how much comes back and in what shape, never what is asked for. */
const PAGING_OR_OUTPUT =
  /^(size|count|limit|top|first|last|offset|from|skip|page|pages|page_?(size|no|num|number|token)|per_?page|results_?per_?page|max_?(results|items|records|rows|hits|count)|num_?(results|items|rows)|rows|cursor|sort|sort_?(by|order|dir|direction)|order|order_?by|direction|asc|desc|ascending|fields|format|output|facets|verbose|pretty|include_?\w+)$/i;

/** Parameters naming whose things a call is about: one user's. */
const OWNER = /^(user_?name|owner|owner_?name|org|organi[sz]ation|workspace|tenant)$/i;

/** How many neighbours of the category a tool without partners on its own server looks among. */
const NEIGHBOURS = 6;

/** Whether a tool's call changes nothing, so it goes beside another's: a lookup, or a computation the world infers (an ROI, a unit conversion). */
const independent = (tool: IndexedTool) => jobKind(tool) === 'retrieve' || resultSchema(tool).kind === 'compute';

/** Parameters of a date or a time only: two APIs' tools sharing one are not about one thing (a battle and a concert of one year). */
const WHEN = /^(year|month|day|date|time|hour|week)$/i;

/** How similar (by name and description) a tool of another server must be to serve one request with a tool. */
const TOPICAL = 0.15;

type Schema = Record<string, unknown>;

/** One parallel turn being planned: its calls, what the user would say for each, the tools offered so far. */
interface ParallelTurn {
  plan: PlannedCall[];
  /** `saidKey` of each planned call: never the same call twice in one turn, nor two the user would ask for in the same words. */
  seen: Set<string>;
  offered: Set<IndexedTool>;
  caseOf: ParallelCases['caseOf'];
}

/**
 * Calls made at once, in one turn: several cases of one tool, or different tools that serve one
 * need (the weather and the UV index of one city, the balance and the choices of one account). A
 * server of one or two tools finds its partners among the tools of its category on other servers.
 */
export class ParallelPlanner {
  constructor(
    private readonly index: ToolIndex,
    private readonly valid: (call: PlannedCall) => boolean,
    private readonly plausible: (call: PlannedCall) => boolean,
  ) {}

  private schemaOf(tool: string, name: string): Schema {
    return (this.index.byName.get(tool)?.spec.inputSchema.properties?.[name] ?? {}) as Schema;
  }

  /** What a parameter means, for matching it across tools: its type, description, examples, enum, pattern and format. */
  private meaning(tool: string, name: string): string {
    const schema = this.schemaOf(tool, name);
    return canonicalJson([schema['type'], schema['description'], schema['examples'], schema['enum'], schema['pattern'], schema['format']]);
  }

  /** What values a parameter takes, its wording aside: its type, enum, pattern and format (`city` of two weather APIs). */
  private valueKind(tool: string, name: string): string {
    const schema = this.schemaOf(tool, name);
    return canonicalJson([schema['type'], schema['enum'], schema['pattern'], schema['format']]);
  }

  /**
   * The parameters two tools share by name and meaning, paging and output knobs aside: the city, the
   * account, the gene. Tools of one server share a meaning when their parameters are described alike;
   * tools of two servers (each API words its own descriptions) when they take the same kind of value,
   * a date or a year aside.
   */
  sharedParameters(tool: IndexedTool, other: IndexedTool): string[] {
    const theirs = new Set(Object.keys(other.spec.inputSchema.properties ?? {}));
    const same = tool.server === other.server ? this.meaning.bind(this) : this.valueKind.bind(this);
    const own = tool.server === other.server;
    return Object.keys(tool.spec.inputSchema.properties ?? {}).filter(
      (name) =>
        theirs.has(name) && !KNOBS.test(name) && (own || !WHEN.test(name)) && same(tool.spec.name, name) === same(other.spec.name, name),
    );
  }

  /**
   * Tools that serve one user need with `tool`: tools of its server on the same entity or sharing a
   * parameter that means the same; where its server has none, its nearest neighbours of the category
   * that do (another API's UV index beside a forecast, both for a city).
   */
  partners(tool: IndexedTool): IndexedTool[] {
    const related = (other: IndexedTool) =>
      other !== tool &&
      hasArguments(other) &&
      !needsSecret(other) &&
      roleOf(other).action !== 'delete' &&
      (sameEntity(tool, other) || this.sharedParameters(tool, other).length > 0);
    const siblings = (this.index.byServer.get(tool.server) ?? []).filter(related);
    if (siblings.length > 0) return siblings;
    // Another API's tool is about the same topic, yet does another job (never a second currency converter beside the first).
    const topical = (other: IndexedTool) => {
      const similarity = this.index.similarity(tool, other);
      return similarity >= TOPICAL && similarity < SAME_JOB && !sameJob(tool, other);
    };
    return this.index.neighbours(tool, NEIGHBOURS, (other) => other.category === tool.category && related(other) && topical(other));
  }

  /**
   * The second call of a parallel pair shares the first's values where their parameters are named alike
   * and mean the same (one city for weather and time zone; not one `body` for two different request bodies).
   */
  private align(call: PlannedCall, to: PlannedCall): PlannedCall {
    const tool = this.index.byName.get(call.tool);
    const other = this.index.byName.get(to.tool);
    if (tool === undefined || other === undefined) return call;
    const shared = new Set(this.sharedParameters(tool, other));
    const aligned = { tool: call.tool, arguments: { ...call.arguments } };
    for (const [name, value] of Object.entries(to.arguments))
      if (name in aligned.arguments && shared.has(name)) aligned.arguments[name] = value;
    return this.valid(aligned) ? aligned : call;
  }

  /** `call` with the values of `from` it shares a meaning with but left out (the ZIP a forecast did not give), where still valid. */
  private adopt(call: PlannedCall, from: PlannedCall): PlannedCall {
    const tool = this.index.byName.get(call.tool);
    const other = this.index.byName.get(from.tool);
    if (tool === undefined || other === undefined) return call;
    const added = Object.fromEntries(
      this.sharedParameters(tool, other)
        .filter((name) => !(name in call.arguments) && name in from.arguments)
        .map((name) => [name, from.arguments[name]]),
    );
    const adopted = { tool: call.tool, arguments: { ...call.arguments, ...added } };
    return Object.keys(added).length > 0 && this.valid(adopted) && withinOptionalLimit(tool.spec.inputSchema as Schema, adopted.arguments)
      ? adopted
      : call;
  }

  /** Whether a partner's call serves the first call's need: the same entity, or a shared value (the same city, account, gene). */
  private sameNeed(call: PlannedCall, first: PlannedCall): boolean {
    const tool = this.index.byName.get(call.tool);
    const other = this.index.byName.get(first.tool);
    if (tool === undefined || other === undefined) return false;
    if (sameEntity(tool, other)) return true;
    return this.sharedParameters(tool, other).some(
      (name) => name in call.arguments && canonicalJson(call.arguments[name]) === canonicalJson(first.arguments[name]),
    );
  }

  /**
   * A call as the user asks for it: its tool and the values that say what they want. A default they leave
   * unsaid does not tell two calls apart, nor does a page size, a sort order or an output format: two
   * calls of one tool that differ only there (`list_bookings(size=10)` beside `size=5`) ask for one thing.
   */
  private saidKey(call: PlannedCall): string {
    const schema = this.index.byName.get(call.tool)?.spec.inputSchema as Schema | undefined;
    const properties = (schema?.['properties'] ?? {}) as Record<string, Schema>;
    const asked = Object.entries(call.arguments).filter(
      ([name, value]) => !isUnsaid(name, value, schema) && !PAGING_OR_OUTPUT.test(name) && !plumbing(name, properties[name]),
    );
    return `${call.tool} ${canonicalJson(Object.fromEntries(asked))}`;
  }

  /**
   * Another case of one tool keeps the first case's owner (`username`, `owner`, `org`, `workspace`,
   * `tenant`): one person asks about their own things (two variables of their project, not of three
   * users' projects). Where still valid; a tool about the owner alone (nothing else required) is left as it is.
   */
  private sameOwner(call: PlannedCall, first: PlannedCall | undefined): PlannedCall {
    if (first === undefined || first.tool !== call.tool) return call;
    const required = (this.index.byName.get(call.tool)?.spec.inputSchema.required ?? []) as string[];
    const owners = Object.keys(call.arguments).filter((name) => OWNER.test(name) && name in first.arguments);
    if (owners.length === 0 || required.every((name) => OWNER.test(name))) return call;
    const owned = { tool: call.tool, arguments: { ...call.arguments } };
    for (const name of owners) owned.arguments[name] = first.arguments[name];
    return this.valid(owned) ? owned : call;
  }

  /** The calls of one parallel turn starting with `tool`, and the tools offered (the partners used, and the tool's server). */
  async plan(tool: IndexedTool, random: Random, cases: ParallelCases): Promise<{ plan: PlannedCall[]; offered: IndexedTool[] }> {
    const { caseOf } = cases;
    // Calls made at once must not depend on each other: only lookups and computations go with other
    // tools (never "commit the receipt" beside "prepare it"); a change is made for several cases of its own tool.
    const partners = independent(tool) ? this.partners(tool).filter(independent) : [];
    const turn: ParallelTurn = { plan: [], seen: new Set(), offered: new Set([tool]), caseOf };
    const { plan } = turn;
    this.add(turn, await caseOf(tool, 1));
    if (partners.length > 0 && random.chance(0.8)) {
      // Different tools for one request (weather and time zone of one city), sometimes the first tool again.
      for (const [index, partner] of this.distinctPartners(partners, random).entries()) await this.withPartner(turn, partner, 2 + index);
      if (random.chance(0.3)) this.add(turn, this.sameOwner(await caseOf(tool, 10), plan[0]));
    } else {
      const count = random.int(2, 3);
      for (let attempt = 0; plan.length < count && attempt < 12; attempt += 1)
        this.add(turn, this.sameOwner(await caseOf(tool, 20 + attempt), plan[0]));
    }
    // A tool with too few distinct values for two calls: a partner joins.
    for (const [index, partner] of partners.entries()) if (plan.length < 2) await this.withPartner(turn, partner, 40 + index);
    // No partner serves the same need: the same tool for another case.
    for (let attempt = 0; plan.length < 2 && attempt < 12; attempt += 1)
      this.add(turn, this.sameOwner(await caseOf(tool, 60 + attempt), plan[0]));
    for (const other of cases.serverTools(tool, 6)) if (turn.offered.size < 6) turn.offered.add(other);
    return { plan, offered: shuffle([...turn.offered], random) };
  }

  /** One or two of the partners, shuffled, never two that do one job (two APIs' final-velocity calculators). */
  private distinctPartners(partners: IndexedTool[], random: Random): IndexedTool[] {
    const chosen: IndexedTool[] = [];
    for (const partner of shuffle(partners, random))
      if (!chosen.some((other) => sameJob(other, partner) || this.index.similarity(other, partner) >= SAME_JOB)) chosen.push(partner);
    return chosen.slice(0, random.int(1, Math.min(2, chosen.length)));
  }

  /**
   * Adds `call` to the turn unless the user would ask for it in the same words as a planned one, or it
   * reads a planned call's record again under another path (one article through two newsletters). True when added.
   */
  private add(turn: ParallelTurn, call: PlannedCall): boolean {
    const key = this.saidKey(call);
    if (turn.seen.has(key) || this.sameRecord(turn.plan, call)) return false;
    turn.seen.add(key);
    turn.plan.push(call);
    return true;
  }

  /** Whether a planned call of the same tool names the same record (its own id parameter has the same value). */
  private sameRecord(plan: readonly PlannedCall[], call: PlannedCall): boolean {
    const of = this.index.byName.get(call.tool);
    const id = of === undefined ? undefined : roleOf(of).idParameter;
    return (
      id !== undefined &&
      call.arguments[id] !== undefined &&
      plan.some((other) => other.tool === call.tool && canonicalJson(other.arguments[id]) === canonicalJson(call.arguments[id]))
    );
  }

  /** A partner's case about the first call's thing; the first call takes a shared value it left out from it. The partner is offered when its call is added. */
  private async withPartner(turn: ParallelTurn, partner: IndexedTool, salt: number): Promise<void> {
    const { plan, seen } = turn;
    let first = plan[0] as PlannedCall;
    const call = this.adopt(this.align(await turn.caseOf(partner, salt), first), first);
    // The first call left a shared value out (the ZIP of a forecast): it takes the partner's, so both are about one thing.
    const joined = this.adopt(first, call);
    if (joined !== first && !this.sameNeed(call, first) && this.sameNeed(call, joined) && this.plausible(joined)) {
      first = joined;
      plan[0] = joined;
      seen.clear();
      for (const planned of plan) seen.add(this.saidKey(planned));
    }
    // A partner whose call does not share the first's value (its parameter was left out, or would not validate) serves another need.
    if (this.sameNeed(call, first) && this.add(turn, call)) turn.offered.add(partner);
  }
}
