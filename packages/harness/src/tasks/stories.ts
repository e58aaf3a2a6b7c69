import { canonicalJson, type PlannedCall, type Random } from '@inftool/core';
import { isResultRef, resultRef, type ResultRef } from './result-refs.js';
import { withinOptionalLimit } from './optional-arguments.js';
import type { IndexedTool } from './tool-index.js';
import { entityIdParameter } from '@inftool/sim-server';
import {
  scalar,
  parameterSchema,
  recordKey,
  related,
  resultSchema,
  roleOf,
  schemaFits,
  sharedNames,
  worldId,
  type ToolRole,
} from './tool-roles.js';
import { storyArcs, type Arc, type StoryStep } from './story-arcs.js';
import { followUpsFromLists } from './listed-follow-up.js';
import { withoutRepeatedReads } from './repeated-reads.js';
import { withoutUnseenContacts } from './unseen-contacts.js';

/** Tools of a server that belong with another, at least, for it to tell a multi-turn story. */
const STORY_TOOLS = 4;

/**
 * Whether a server's tools tell a multi-turn story: they make at least one arc, and turns enough to
 * fill belong together (four tools related to another): a server of unrelated tools (a benchmark's
 * bundle of a soccer score and a hotel booking) would cut every turn outside its arc.
 */
export function tellsStory(tools: IndexedTool[], random: Random): boolean {
  return storiesTold(tools, random) > 0;
}

/** How many arcs a server's tools make when they tell a story (`tellsStory`), else 0. */
export function storiesTold(tools: IndexedTool[], random: Random): number {
  return belongTogether(tools) ? storyArcs(tools, 'plan', random).length : 0;
}

/**
 * The servers a run's multi_turn conversations take in turn, and the arc each leads with: rounds in
 * `order`, a server in as many rounds as it has arcs (at most `rounds`), so a server with one arc
 * does not tell it as often as one with eight tell theirs; the `ordinal`-th conversation's server,
 * and its count of earlier turns on that server (the arc to lead with).
 */
export function storyTurn<T>(order: ReadonlyArray<{ item: T; arcs: number }>, ordinal: number, rounds = 3): { item: T; lead: number } {
  const cycle = Array.from({ length: rounds }, (_, round) => order.filter((entry) => Math.max(1, entry.arcs) > round)).flat();
  const position = ordinal % cycle.length;
  const entry = cycle[position] as { item: T; arcs: number };
  const before = cycle.slice(0, position).filter((other) => other === entry).length;
  const perCycle = cycle.filter((other) => other === entry).length;
  return { item: entry.item, lead: Math.floor(ordinal / cycle.length) * perCycle + before };
}

/** Whether enough of a server's tools belong with another for a conversation of several turns on it. */
export function belongTogether(tools: IndexedTool[]): boolean {
  return tools.filter((tool) => tools.some((other) => other !== tool && related(tool, other))).length >= STORY_TOOLS;
}

/** What planning a story draws on. */
export interface StoryContext {
  /** The world's seed (the task's seed). */
  world: string;
  random: Random;
  /** A valid call of the tool with sampled arguments (`salt` varies them; `optionalRate` is the share of optional ones given). */
  call: (tool: IndexedTool, salt: number, optionalRate?: number) => Promise<PlannedCall>;
  /** Whether arguments (without references) are valid for the tool. */
  valid: (call: PlannedCall) => boolean;
  /** Whether every argument is plausible for its parameter (a reviewer would not question it). */
  plausible?: (call: PlannedCall) => boolean;
  /**
   * Which of the server's arcs leads (taken modulo their number): a run's planner counts it up from
   * one conversation on the server to the next, so they lead with different arcs. Drawn at random when absent.
   */
  lead?: number;
}

/**
 * A conversation of `turns` user turns on one server, one call a turn: one or two arcs (in order,
 * later steps refer to earlier results as `{"$result": …}`), the other turns calls of the server's
 * other tools, with existing records' ids from the world.
 */
export async function planStory(tools: IndexedTool[], turns: number, context: StoryContext): Promise<PlannedCall[][]> {
  const arcs = storyArcs(tools, context.world, context.random);
  // A part named under its owner (a fax's medium) is only reached from its owner's read: no turn outside the arcs names one.
  const owned = new Set(arcs.flatMap((arc) => arc.flatMap((step) => (step.owner === undefined ? [] : [step.role.tool]))));
  const { chosen, reserved } = chooseArcs(arcs, turns, context.random, context.lead);
  const slots = storySlots(chosen, turns, context.random);
  const used = new Set([...chosen.flat().map((step) => step.role.tool), ...owned]);
  const state: StoryPlan = {
    tools,
    context,
    chosen,
    reserved,
    plan: [],
    deleted: new Set(),
    spare: tools.filter((tool) => !used.has(tool)),
    story: new Set(chosen.flat().map((step) => step.role.tool)),
    owned,
    turnOf: new Map(),
    arcIds: new Map(),
  };
  for (const slot of slots) {
    const planned = slot === undefined ? await spareTurn(state) : await arcTurn(state, slot);
    if (planned !== undefined) state.plan.push([planned]);
  }
  return withoutRepeatedReads(followUpsFromLists(state.plan, tools), tools, context.world);
}

/** Up to three arcs that fit in `turns` and stay on one story, and the records they work on (no other step reads, changes or removes them). */
function chooseArcs(arcs: Arc[], turns: number, random: Random, lead?: number): { chosen: Arc[]; reserved: Set<string> } {
  const chosen: Arc[] = [];
  let room = turns;
  const reserved = new Set<string>();
  const arcRecords = (arc: Arc) => arc.flatMap((step) => (step.id === undefined ? [] : [recordKey(step.role.entity, step.id)]));
  // An arc that carries a value the user never said (a created id, a listed record, a field of a read) goes first.
  const fresh = (arc: Arc) =>
    arc.some((step) => step.from !== undefined && (arc[0]?.id === undefined || step.from.field !== arc[0].role.idParameter));
  while (arcs.length > 0 && chosen.length < 3 && room >= 2) {
    const preferred = chosen.length === 0 ? arcs.flatMap((arc, index) => (fresh(arc) ? [index] : [])) : [];
    const index =
      chosen.length === 0 && lead !== undefined
        ? ((preferred.length > 0 ? preferred[lead % preferred.length] : lead % arcs.length) as number)
        : preferred.length > 0
          ? random.pick(preferred)
          : random.int(0, arcs.length - 1);
    const arc = arcs.splice(index, 1)[0] as Arc;
    if (arc.length > room || arcRecords(arc).some((key) => reserved.has(key))) continue;
    // An arc that starts with the lookup another chosen arc starts with (the same stocks of a sector) would ask it again.
    if (arc[0]?.id === undefined && chosen.some((other) => other[0]?.role.tool === arc[0]?.role.tool && other[0]?.id === undefined))
      continue;
    // A later arc stays on the story: a tool of it works on the same thing as one already chosen, or takes one of its values.
    // (A story of fewer than three tools so far, a list and a read of ministries, may go on to the server's next topic.)
    const told = new Set(chosen.flat().map((step) => step.role.tool));
    if (
      chosen.length > 0 &&
      told.size >= 3 &&
      !arc.some((step) => chosen.some((other) => other.some((earlier) => related(step.role.tool, earlier.role.tool))))
    )
      continue;
    chosen.push(arc);
    for (const key of arcRecords(arc)) reserved.add(key);
    room -= arc.length;
  }
  return { chosen, reserved };
}

/** An arc's step in a turn. */
interface ArcSlot {
  arc: number;
  step: number;
}

/** The turns' slots: arcs keep their order; the other turns (undefined) go between them at random. */
function storySlots(chosen: Arc[], turns: number, random: Random): Array<ArcSlot | undefined> {
  const slots: Array<ArcSlot | undefined> = [];
  for (const [index, arc] of chosen.entries()) for (let step = 0; step < arc.length; step += 1) slots.push({ arc: index, step });
  while (slots.length < turns) slots.splice(random.int(0, slots.length), 0, undefined);
  return slots;
}

/** A story as it is planned, turn by turn. */
interface StoryPlan {
  tools: IndexedTool[];
  context: StoryContext;
  chosen: Arc[];
  /** The records the arcs work on. */
  reserved: Set<string>;
  plan: PlannedCall[][];
  /** Records a step removed: nothing later reads, changes or removes them again. */
  deleted: Set<string>;
  /** Tools no arc uses and no turn has used yet. */
  spare: IndexedTool[];
  /** The tools the story so far is about: a turn outside the arcs takes one related to them (else it is cut). */
  story: Set<IndexedTool>;
  /** The turn of each arc step played (`arc.step`). */
  turnOf: Map<string, number>;
  /** Parts reached only from their owner's read (`fetch_fax_media`): never a turn outside the arcs. */
  owned: Set<IndexedTool>;
  /** The id each arc that starts from the world works on. */
  arcIds: Map<number, string | number>;
}

/** The records no later step may name: the arcs' and the removed ones. */
const avoided = (state: StoryPlan): Set<string> => new Set([...state.reserved, ...state.deleted]);

/** Notes the record a delete removes. */
function remember(state: StoryPlan, planned: PlannedCall, role: ToolRole): void {
  if (role.action !== 'delete' || !role.idParameter) return;
  const value = planned.arguments[role.idParameter];
  const id = isResultRef(value) ? value.$result.value : value;
  if (typeof id === 'string' || typeof id === 'number') state.deleted.add(recordKey(role.entity, id));
}

/** A turn outside the arcs: a call of a tool related to the story; undefined when the turn is cut. */
async function spareTurn(state: StoryPlan): Promise<PlannedCall | undefined> {
  const { tools, spare, story, plan, context } = state;
  const onStory = (tool: IndexedTool) => [...story].some((other) => related(tool, other));
  // A story that starts outside the arcs starts with a tool others relate to (a region several counts take).
  const hubs = spare.filter((tool) => tools.filter((other) => other !== tool && related(tool, other)).length >= 2);
  const fresh = story.size === 0 ? (hubs.length > 0 ? hubs : spare) : spare.filter(onStory);
  // A tool of the story again (another date of the same region) when no other one is left; at most twice a conversation.
  const uses = (tool: IndexedTool) => plan.flat().filter((call) => call.tool === tool.spec.name).length;
  // A tool an arc calls with nothing to say (`ministries_get_all`) would make the very same call twice.
  const bare = new Set(
    state.chosen
      .flat()
      .flatMap((step) => (Object.keys(step.role.tool.spec.inputSchema.properties ?? {}).length === 0 ? [step.role.tool] : [])),
  );
  const pool = (
    fresh.length > 0 ? fresh : tools.filter((tool) => story.size > 0 && onStory(tool) && roleOf(tool).action !== 'delete' && uses(tool) < 2)
  ).filter((tool) => !bare.has(tool) && !state.owned.has(tool));
  if (pool.length === 0) return undefined; // nothing here belongs to the story: the turn is cut, not filled
  const planned = await spareCall(tools, pool, plan.length, context, avoided(state), (call, role) => remember(state, call, role));
  const tool = tools.find((candidate) => candidate.spec.name === planned.tool);
  if (tool) {
    if (spare.includes(tool)) spare.splice(spare.indexOf(tool), 1);
    story.add(tool);
  }
  const kept = sameValues(planned, plan, tools, context);
  // The same call again says nothing new: the turn is cut (a value carried from a result is the value it stands for:
  // `get_webhooks_id(id)` fed the id the earlier read was asked with is that read again).
  const said = (call: PlannedCall) => canonicalJson(carriedValues(call.arguments));
  if (plan.flat().some((earlier) => earlier.tool === kept.tool && said(earlier) === said(kept))) return undefined;
  return kept;
}

/** Arguments with each carried reference replaced by the value it stands for, where the plan knows it. */
export function carriedValues(args: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(args).map(([name, value]) => [
      name,
      isResultRef(value) && value.$result.value !== undefined ? value.$result.value : value,
    ]),
  );
}

/** An arc's step: its call, chained to the arc's earlier result or naming the arc's record. */
async function arcTurn(state: StoryPlan, slot: ArcSlot): Promise<PlannedCall> {
  const { context } = state;
  const step = (state.chosen[slot.arc] as Arc)[slot.step] as StoryStep;
  const turn = state.plan.length;
  state.turnOf.set(`${slot.arc}.${slot.step}`, turn);
  // A list that feeds a later step is asked without filters, so it lists what the world holds.
  const planned = await context.call(step.role.tool, turn, step.role.action === 'list' && slot.step === 0 ? 0 : undefined);
  let final: PlannedCall;
  if (step.from) final = chainedStep(state, slot.arc, step, step.from, planned);
  else {
    if (step.id !== undefined && step.role.idParameter) {
      const withId = { tool: planned.tool, arguments: { ...planned.arguments, [step.role.idParameter]: step.id } };
      if (context.valid(withId)) planned.arguments = withId.arguments;
      // The id the arc works on, whichever was planned: later steps fall back to it.
      const used = planned.arguments[step.role.idParameter];
      if (typeof used === 'string' || typeof used === 'number') state.arcIds.set(slot.arc, used);
    }
    final = step.id !== undefined ? planned : withWorldId(planned, step.role, { ...context, avoid: avoided(state) });
  }
  remember(state, final, step.role);
  return final;
}

/** A step fed by an earlier one of its arc: the reference to that result, or (where it does not fit) a record of its own. */
function chainedStep(
  state: StoryPlan,
  arc: number,
  step: StoryStep,
  from: NonNullable<StoryStep['from']>,
  planned: PlannedCall,
): PlannedCall {
  const { context, plan, tools } = state;
  // A step chained by another value (units of the article a review names) still names its own record from the world.
  if (from.parameter !== step.role.idParameter)
    planned.arguments = withWorldId(planned, step.role, { ...context, avoid: avoided(state) }).arguments;
  const source = state.turnOf.get(`${arc}.${from.step}`) as number;
  // What the arc's first call named besides the record (the fax a media item belongs to) stays the same.
  const first = plan[source]?.[0];
  for (const [name, value] of Object.entries(first?.arguments ?? {})) {
    if (name === from.parameter || !(name in planned.arguments) || isResultRef(value)) continue;
    const same = { tool: planned.tool, arguments: { ...planned.arguments, [name]: value } };
    if (context.valid(same)) planned.arguments = same.arguments;
  }
  // The arc's record id stands in where the result does not repeat it; another field (a podcast's `rss`) has no stand-in.
  const ref = resultRef(source, 0, from.field, step.id !== undefined ? state.arcIds.get(arc) : undefined);
  const producerTool = tools.find((candidate) => candidate.spec.name === first?.tool);
  // A chained value that does not fit the parameter (an object for a string, an integer id for a string one) is not chained: the call names a record of its own.
  if (!chainFits(ref, producerTool, step.role.tool, from.parameter, planned, context))
    return withWorldId(planned, step.role, { ...context, avoid: avoided(state) });
  // A coordinate comes with its partner from the same result (a latitude typed beside a carried longitude names no place)
  if (!partnerCarried(planned, from, ref, producerTool)) return withWorldId(planned, step.role, { ...context, avoid: avoided(state) });
  planned.arguments[from.parameter] = ref;
  // A part's owner is the record the arc's first step read (the fax whose medium it is), as the user named it.
  const ownerId = producerId(state, arc, first);
  if (step.owner !== undefined && ownerId !== undefined) planned.arguments[step.owner] = ownerId;
  dropOptionalsOverLimit(planned, step.role.tool, from.parameter);
  return withoutUnseenContacts(planned, step.role.tool, plan);
}

const LATITUDE = /^(lat|latitude)$/i;
const LONGITUDE = /^(lon|lng|long|longitude)$/i;

/**
 * Whether a carried coordinate (`lon` from an earlier result) has its partner carried from that result too:
 * the partner parameter then refers to the partner field beside it; a call with no partner parameter needs none.
 */
function partnerCarried(
  planned: PlannedCall,
  from: NonNullable<StoryStep['from']>,
  ref: ResultRef,
  producer: IndexedTool | undefined,
): boolean {
  const own = LATITUDE.test(from.parameter) ? LONGITUDE : LONGITUDE.test(from.parameter) ? LATITUDE : undefined;
  if (own === undefined) return true;
  const partner = Object.keys(planned.arguments).find((name) => own.test(name));
  if (partner === undefined) return true;
  if (producer === undefined) return false;
  const path = ref.$result.field.split('.');
  path.pop();
  const holder = path.length === 0 ? resultSchema(producer).schema : outputFieldSchema(producer, path.join('.'));
  const properties = (holder?.['properties'] ?? {}) as Record<string, unknown>;
  const field = Object.keys(properties).find((name) => own.test(name));
  if (field === undefined) return false;
  planned.arguments[partner] = resultRef(ref.$result.turn, ref.$result.call, [...path, field].join('.'));
  return true;
}

/** The id of the record an arc's first call read (`Sid` of `fetch_fax`), as that call gives it. */
function producerId(state: StoryPlan, arc: number, first: PlannedCall | undefined): string | number | undefined {
  const parameter = state.chosen[arc]?.[0]?.role.idParameter;
  const value = parameter === undefined ? undefined : first?.arguments[parameter];
  return typeof value === 'string' || typeof value === 'number' ? value : undefined;
}

/** The chained value counts among the request's optional ones: others give way to it, last first. */
function dropOptionalsOverLimit(planned: PlannedCall, tool: IndexedTool, chained: string): void {
  const schema = tool.spec.inputSchema as Record<string, unknown>;
  const required = new Set((schema['required'] ?? []) as string[]);
  for (const name of Object.keys(planned.arguments).reverse()) {
    if (withinOptionalLimit(schema, planned.arguments)) break;
    if (name === chained || required.has(name)) continue;
    const { [name]: _dropped, ...rest } = planned.arguments;
    planned.arguments = rest;
  }
}

/** The schema of a result's field along a reference's path (`faxes.0.sid`, `podcast.id`), from the producer's outputSchema; undefined where it declares none. */
export function outputFieldSchema(tool: IndexedTool | undefined, path: string): Record<string, unknown> | undefined {
  let schema = tool === undefined ? undefined : resultSchema(tool).schema;
  for (const part of path.split('.')) {
    if (schema === undefined) return undefined;
    if (/^\d+$/.test(part)) {
      schema = schema['items'] as Record<string, unknown> | undefined;
      continue;
    }
    const properties = (schema['properties'] ?? {}) as Record<string, Record<string, unknown>>;
    const key =
      Object.keys(properties).find((name) => name === part) ??
      Object.keys(properties).find((name) => name.toLowerCase() === part.toLowerCase());
    schema = key === undefined ? undefined : properties[key];
  }
  return schema;
}

/**
 * Whether a reference fits its parameter, as the server's validator would see it: the producer's
 * declared field is one value that fits the parameter's schema, and the call validates with the
 * reference standing for a value (its known one, else the sampled one where the field fits).
 */
function chainFits(
  ref: ResultRef,
  producer: IndexedTool | undefined,
  consumer: IndexedTool,
  parameter: string,
  planned: PlannedCall,
  context: StoryContext,
): boolean {
  const field = outputFieldSchema(producer, ref.$result.field);
  const target = parameterSchema(consumer, parameter);
  if (field !== undefined && (!scalar(field) || !schemaFits(field, target))) return false;
  const known = ref.$result.value;
  const standIn = known !== undefined ? known : planned.arguments[parameter];
  // An optional parameter the sampled call left out: the declared field's fit stands; the rest of the call must validate.
  if (standIn === undefined) return context.valid(planned);
  return context.valid({ tool: planned.tool, arguments: { ...planned.arguments, [parameter]: standIn } });
}

/**
 * A story's value kept: where a turn outside the arcs takes a parameter an earlier call of the story
 * gave (the same name and type: `region`, `account`, `sha1`), it takes the latest such value, so the
 * conversation stays on one region, account or hash. Record ids are left as planned (the world's).
 */
function sameValues(call: PlannedCall, plan: PlannedCall[][], tools: IndexedTool[], context: StoryContext): PlannedCall {
  const tool = tools.find((candidate) => candidate.spec.name === call.tool);
  if (tool === undefined) return call;
  const own = roleOf(tool).idParameter;
  let kept = call;
  const taken = new Set<string>();
  for (const earlier of [...plan.flat()].reverse()) {
    const other = tools.find((candidate) => candidate.spec.name === earlier.tool);
    if (other === undefined) continue;
    for (const name of sharedNames(tool, other)) {
      const value = earlier.arguments[name];
      if (name === own || taken.has(name) || value === undefined || isResultRef(value)) continue;
      const same = { tool: kept.tool, arguments: { ...kept.arguments, [name]: value } };
      // A value carried over replaces one the call gives, or adds one within the request's two optional values.
      if (
        context.valid(same) &&
        context.plausible?.(same) !== false &&
        (name in kept.arguments || withinOptionalLimit(tool.spec.inputSchema as Record<string, unknown>, same.arguments))
      ) {
        kept = same;
        taken.add(name);
      }
    }
  }
  return kept;
}

/**
 * A turn outside the arcs: a call of a tool the arcs do not use (else any), on a record the world
 * holds that no arc works on and no step removed. A read, change or removal for which no such record
 * can be named, or a call whose arguments a reviewer would question, gives way to another tool.
 */
async function spareCall(
  tools: IndexedTool[],
  spare: IndexedTool[],
  turn: number,
  context: StoryContext,
  avoid: ReadonlySet<string>,
  remember: (call: PlannedCall, role: ToolRole) => void,
): Promise<PlannedCall> {
  const { random, call } = context;
  let fallback: { call: PlannedCall; role: ToolRole } | undefined;
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const tool =
      spare.length > 1
        ? (spare.splice(random.int(0, spare.length - 1), 1)[0] as IndexedTool)
        : ((spare[0] ?? random.pick(tools)) as IndexedTool);
    const role = roleOf(tool);
    const planned = await call(tool, turn);
    const placed = withWorldId(planned, role, { ...context, avoid });
    const needsRecord = role.idParameter !== undefined && ['read', 'update', 'delete'].includes(role.action);
    if ((!needsRecord || placed !== planned) && context.plausible?.(placed) !== false) {
      remember(placed, role);
      return placed;
    }
    fallback ??= { call: placed, role };
  }
  const last = fallback as { call: PlannedCall; role: ToolRole };
  remember(last.call, last.role);
  return last.call;
}

/** A read, update or delete of an existing record names one the world starts with (where the id fits the parameter's schema), never one in `avoid`. */
export function withWorldId(
  call: PlannedCall,
  given: ToolRole,
  context: Pick<StoryContext, 'world' | 'random' | 'valid' | 'plausible'> & { avoid?: ReadonlySet<string> },
): PlannedCall {
  // An optional id of the tool's own record (`feedId` of a feed status), when the call gives it, names a record of the world too: the server looks it up.
  const own = entityIdParameter(given.tool.spec);
  const role =
    given.idParameter === undefined && own !== undefined && own in call.arguments && !isResultRef(call.arguments[own])
      ? { ...given, idParameter: own }
      : given;
  const id = worldId(role, context.world, context.random.pick.bind(context.random), context.avoid);
  if (id === undefined || !role.idParameter) return call;
  const planned = { tool: call.tool, arguments: { ...call.arguments, [role.idParameter]: id } };
  return context.valid(planned) && context.plausible?.(planned) !== false ? planned : call;
}

/**
 * Up to `limit` of a server's tools for a conversation on it: every tool an arc uses first, then the
 * tools related to them, then the rest, in the server's order (a server of 30 tools offers the ones
 * its stories are told with, not merely its first 20).
 */
export function storyOffer(tools: IndexedTool[], usable: IndexedTool[], limit: number, world: string, random: Random): IndexedTool[] {
  if (tools.length <= limit) return tools;
  const arcTools = new Set(storyArcs(usable, world, random).flatMap((arc) => arc.map((step) => step.role.tool)));
  const near = tools.filter((tool) => !arcTools.has(tool) && [...arcTools].some((other) => related(tool, other)));
  const kept = new Set([...arcTools, ...near, ...tools].slice(0, limit));
  return tools.filter((tool) => kept.has(tool));
}
