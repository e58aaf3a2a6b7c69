import { nameWords, type FaultKind, type PlannedCall, type Random } from '@inftool/core';
import { capBelow } from '@inftool/sim-server';
import { isUnsaid } from '@inftool/user-sim';
import { isResultRef } from './result-refs.js';

/** A value the user gets wrong, as the plan's first attempt: the call with it, and the fault the service answers with. */
export interface UserFault {
  call: PlannedCall;
  fault: FaultKind;
  /** The corrected call (the plan's next step): the original call, or one with the value the service allows. */
  corrected: PlannedCall;
}

/** What the planner knows of the call's tool and world, to keep a wrong value well-formed and a right one real. */
export interface UserFaultContext {
  schema: Record<string, unknown>;
  /** The argument the user types as an id or a code (`mistypable`), if any. */
  idName?: string | undefined;
  /** Ids the world holds for that argument: a wrong id must name none of them. */
  existing: ReadonlySet<string>;
  valid: (call: PlannedCall) => boolean;
  plausible: (call: PlannedCall) => boolean;
}

/** Counts a user sets and a service caps (`limit`, `per_page`, `max_results`). */
const COUNT_WORDS = /^(limit|count|size|pagesize|perpage|maxresults|maxitems|maxrecords|max|num|numresults|results|rows|top)$/;
/** What a user asks for when they want "all of them": more than any service hands out at once. */
const ASKED_COUNTS = [200, 300, 500, 1000, 2000];

const norm = (name: string) => name.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
const withValue = (call: PlannedCall, name: string, value: unknown): PlannedCall => ({
  tool: call.tool,
  arguments: { ...call.arguments, [name]: value },
});

/**
 * Another id of the same shape (`4829130` → `7310582`, `FX18eb` → `FX93ca`): each letter and digit
 * replaced by another of its class, a short letter prefix kept; differs in at least half its characters,
 * so it reads as another record's id (an old note, another account), not as a typo.
 */
export function otherIdOfShape(id: string, random: Random): string | undefined {
  const cut = id.search(/[_\-:/.]/);
  // a letter prefix before a separator (`ord-`, `FX_`) and a hex number's `0x` are kept
  const keep = /^0x[0-9a-f]/i.test(id) ? 2 : cut > 0 && cut <= 6 && /^[A-Za-z]+$/.test(id.slice(0, cut)) ? cut + 1 : 0;
  // a hex id (a UUID among them, its dashes kept) stays hex
  const hex = /^[0-9a-f_:.-]+$/.test(id.slice(keep)) && /[a-f]/.test(id.slice(keep));
  const draw = (from: string, not: string) => {
    const choices = [...from].filter((character) => character !== not);
    return choices[Math.floor(random.next() * choices.length)] as string;
  };
  let out = id.slice(0, keep);
  for (const [index, character] of [...id.slice(keep)].entries()) {
    const first = index === 0 && keep === 0;
    if (hex && /[0-9a-f]/.test(character)) out += draw('0123456789abcdef', character);
    else if (/[0-9]/.test(character)) out += draw(first ? '123456789' : '0123456789', character);
    else if (/[a-z]/.test(character)) out += draw('abcdefghijklmnopqrstuvwxyz', character);
    else if (/[A-Z]/.test(character)) out += draw('ABCDEFGHIJKLMNOPQRSTUVWXYZ', character);
    else out += character;
  }
  const differs = [...out].filter((character, index) => character !== id[index]).length;
  return out !== id && differs * 2 >= id.length - keep ? out : undefined;
}

/** The id of a record that is not the one meant: well-formed, of the world's shape, naming no record. */
function wrongId(call: PlannedCall, context: UserFaultContext, random: Random): UserFault | undefined {
  const name = context.idName;
  if (name === undefined) return undefined;
  const id = call.arguments[name];
  if (typeof id !== 'string' && typeof id !== 'number') return undefined;
  for (let attempt = 0; attempt < 4; attempt += 1) {
    const text = otherIdOfShape(String(id), random);
    if (text === undefined || context.existing.has(text)) continue;
    const value = typeof id === 'number' ? Number(text) : text;
    // every argument that carries the id (`drug_id` and a spec's added `DRUG_ID`) carries the wrong one
    const wrong = {
      tool: call.tool,
      arguments: Object.fromEntries(Object.entries(call.arguments).map(([key, entry]) => [key, entry === id ? value : entry])),
    };
    if (context.valid(wrong) && context.plausible(wrong)) return { call: wrong, fault: 'wrong_id', corrected: call };
  }
  return undefined;
}

/** A count above what the service hands out at once (`limit: 1000`): 422 naming the most it takes, which the user accepts. */
function overCap(call: PlannedCall, context: UserFaultContext, random: Random): UserFault | undefined {
  const properties = (context.schema['properties'] ?? {}) as Record<string, Record<string, unknown>>;
  const name = Object.keys(properties).find((key) => {
    const property = properties[key] ?? {};
    const value = call.arguments[key];
    return (
      COUNT_WORDS.test(norm(nameWords(key).join(''))) &&
      property['type'] === 'integer' &&
      !isResultRef(value) &&
      (value === undefined || typeof value === 'number')
    );
  });
  if (name === undefined) return undefined;
  const asked = random.pick(ASKED_COUNTS);
  const cap = capBelow(asked);
  if (cap === undefined) return undefined;
  const wrong = withValue(call, name, asked);
  const corrected = withValue(call, name, cap);
  return context.valid(wrong) && context.valid(corrected) && context.plausible(corrected)
    ? { call: wrong, fault: 'out_of_range', corrected }
    : undefined;
}

/** A day written the user's way (`2025-03-04` → `03/04/2025`, in doubt which is the month), where the schema does not fix the format: 400 naming it. */
function localDate(call: PlannedCall, context: UserFaultContext): UserFault | undefined {
  const properties = (context.schema['properties'] ?? {}) as Record<string, Record<string, unknown>>;
  for (const [name, value] of Object.entries(call.arguments)) {
    const property = properties[name] ?? {};
    if (typeof value !== 'string' || property['format'] !== undefined || property['pattern'] !== undefined) continue;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    // only a day the user's way leaves in doubt (`03/04/2025`: March 4 or April 3) is worth asking about;
    // `05/17/2025` can only be read one way, and an assistant converts it without asking
    if (match === null || isUnsaid(name, value, context.schema) || Number(match[3]) > 12 || match[2] === match[3]) continue;
    const wrong = withValue(call, name, `${match[2]}/${match[3]}/${match[1]}`);
    // a description that states the format ("in YYYY-MM-DD") makes forwarding the user's way the assistant's slip: not planned
    if (context.valid(wrong) && context.plausible(wrong)) return { call: wrong, fault: 'bad_format', corrected: call };
  }
  return undefined;
}

/**
 * The values of `call` a user can get wrong in ways a service refuses, each with the fault it meets
 * and the corrected call: another record's id (`wrong_id`), a count above the service's cap
 * (`out_of_range`), a date in the user's own format (`bad_format`). The mistyped id (`not_found`) is
 * the sampler's own (it knows the world's ids).
 */
export function userFaults(call: PlannedCall, context: UserFaultContext, random: Random): UserFault[] {
  return [wrongId(call, context, random), overCap(call, context, random), localDate(call, context)].filter(
    (fault): fault is UserFault => fault !== undefined,
  );
}
