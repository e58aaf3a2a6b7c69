import { baseVerb } from '../../roles/action-phrase.js';
import { doesWhatWasAsked, phraseParts, READ_VERBS, type Capability } from '../../roles/capability.js';
import { garbledOffer, offerVerb } from './garbled-offer.js';

/** Where a refusal says what it cannot do: "I can't X", "none of my tools can X", "I have no way to X". */
const CANNOT =
  /(?:can't|cannot|can not|not able to|unable to|no way to|have a tool to|tool here that can|tools I have here can|none of my tools can|none of the tools can)\s+(.+?)(?=[.;?!]|, I'm afraid| here\b| with the tools| with what|$)/i;
/** Where it says what it can do instead. */
const CAN =
  /(?:What (?:they|I) can do is|They only let me|I can, however,|The tools (?:available to me|I have) can|My tools can|I could|If it helps, I can|I can)\s+(.+?)(?=\.(?:\s+[A-Z]|\s*$)|[;?!]| instead\b| if that\b| if it\b|, if\b|$)/;
/** Verbs said as they are without an object. */
const INTRANSITIVE = /^(log in|log out|sign in|sign up|help|ping)$/i;
/** Objects that say nothing alone of what a tool is about. */
const VAGUE = /^(children|parents|items|entries|objects|things|results|keys|information|info|data|details)$/i;

/** A verb phrase ("look up posts") as its verb and object. */
function asCapability(phrase: string): Capability | undefined {
  const match = /^(look up|pull up|find information about|log in|log out|sign in|sign up|\S+)(?:\s+(.*))?$/i.exec(phrase.trim());
  if (!match) return undefined;
  return { verb: (match[1] as string).toLowerCase(), object: (match[2] ?? '').trim() };
}

/** A verb in its base form opens a new capability; a lone word is a thing unless it is a verb said alone ("register"). */
const isVerb = (piece: string) => {
  const words = piece.trim().split(/\s+/);
  const first = (words[0] ?? '').toLowerCase();
  if (words.length === 1) return /^(register|subscribe|unsubscribe|authenticate|login|logout|ping|refresh|sync)$/.test(first);
  return /^(look|pull|log|sign)$/.test(first) || baseVerb(first) === first || offerVerb(first) === first;
};

/** An offer ("look up metered readings and balances, and register") as one capability per thing, the verb carried over. */
export function offeredCapabilities(offer: string): Array<Capability & { carried?: boolean }> {
  const capabilities: Array<Capability & { carried?: boolean }> = [];
  let verb: string | undefined;
  for (const piece of offer.split(/,\s*(?:and\s+)?|\s+and\s+/)) {
    if (piece.trim() === '') continue;
    const own = isVerb(piece) ? asCapability(piece) : undefined;
    if (own !== undefined) {
      verb = own.verb;
      capabilities.push(own);
    } else if (verb !== undefined) capabilities.push({ verb, object: piece.trim(), carried: true });
  }
  return capabilities;
}

/** Verbs of an action in the world and the things an offer that does it names ("reserve a seat" ↔ "create bookings"). */
const DOINGS: Record<string, RegExp> = {
  reserve: /^(booking|reservation)$/,
  book: /^(booking|reservation)$/,
  order: /^(order|purchase)$/,
  buy: /^(order|purchase)$/,
  pay: /^(payment|bill)$/,
  renew: /^(renewal|loan)$/,
  schedule: /^(appointment|booking|meeting|event)$/,
  transfer: /^(transfer|payment)$/,
  cancel: /^(cancellation)$/,
};
/** Parts any record's details tell: a case's details tell its outcome. */
const DETAIL_PARTS = /^(outcome|result|judgement|judgment|verdict|ruling|status|date|year|name|address|hour|price|rating|owner|author)$/;

/**
 * Whether an offer does what was asked in ways its words alone do not show: a search of the thing by
 * criteria ("look up a recipe based on dietary preferences" for "search for a cooking recipe"), the
 * doing said as a thing created ("create bookings" for "reserve a window seat"), or the details of the
 * thing a part was asked of ("look up case details" for "show the outcome of a law case").
 */
export function offerDoesIt(asked: Capability, offered: Capability): boolean {
  // "search for a cooking recipe", "search for parks": the preposition is the verb's.
  // "the final velocity" is "the final speed".
  const bare = (capability: Capability) => ({
    verb: capability.verb,
    object: capability.object.replace(/^(for|about)\s+/i, '').replace(/\bvelocit(y|ies)\b/gi, 'speed'),
  });
  const want = bare(asked);
  const offer = bare(offered);
  if (doesWhatWasAsked(want, offer)) return true;
  const criteria = { ...offer, object: offer.object.replace(/\s+(?:based on|according to|matching|that match)\b.*$/i, '') };
  const wanted = phraseParts(want.object);
  const have = phraseParts(criteria.object);
  if (wanted === undefined || have === undefined) return false;
  // A search by criteria serves a request that names the thing and none of its own particulars.
  if (wanted.particulars.length === 0 && criteria.object !== offer.object && doesWhatWasAsked(want, criteria)) return true;
  const doing = DOINGS[asked.verb.toLowerCase()];
  if (doing !== undefined && /^(create|make|add|place|book|submit)$/i.test(offered.verb) && doing.test(have.head)) return true;
  const said = new Set([wanted.head, ...wanted.modifiers, ...wanted.of, ...wanted.particulars]);
  const saysNoMore = have.modifiers.every((word) => said.has(word));
  // A change or a computation of the thing ("book a hotel room given the city" for "book a room in hotel X"): its inputs are the user's to give.
  const stem = (verb: string) => verb.toLowerCase().slice(0, 5);
  const core = phraseParts(offer.object.replace(/\s+(?:given|using|based on|according to|for|with|in|by|from)\b.*$/i, ''));
  const sameThing = core !== undefined && core.head === wanted.head && core.modifiers.every((word) => said.has(word));
  if (!READ_VERBS.test(want.verb) && stem(want.verb) === stem(offer.verb) && sameThing) return true;
  if (!READ_VERBS.test(asked.verb) || !DETAIL_PARTS.test(wanted.head) || !wanted.of.includes(have.head)) return false;
  // A part of a thing ("the outcome of a law case"): told by the thing's details, or by a read of such things ("search law cases").
  return /\b(details?|information|info)\b/i.test(offered.object) || (READ_VERBS.test(offered.verb) && saysNoMore);
}

/**
 * An irrelevance refusal that does not hold together (docs/harness.md, `scenario_irrelevance`): what it
 * offers instead does what it says it cannot ("I can't get the latest posts for index 4 … I can look up
 * posts"; "I can't collect data … I can finish a collection of data"), or the offer is garbled: a verb
 * with nothing after it ("look up balances, and register") or a thing that says nothing alone ("I can
 * look up children").
 */
export function refusalProblems(answer: string, goal?: string): string[] {
  const cannot = CANNOT.exec(answer);
  if (!cannot) return [];
  const asked = asCapability(cannot[1] as string);
  // The request in its own words ("book a room in hotel The Langham London"): the refusal may have said less of it.
  const at = asked === undefined || goal === undefined || asked.object === '' ? -1 : goal.toLowerCase().indexOf(asked.object.toLowerCase());
  const request =
    at < 0 || asked === undefined ? undefined : `${asked.verb} ${(goal as string).slice(at).split(/[?!]|\.(?:\s|$)/)[0] as string}`;
  const requested = request === undefined ? undefined : asCapability(request);
  const can = CAN.exec(answer.slice(cannot.index + cannot[0].length));
  if (!can) return [];
  const problems: string[] = [];
  // "I can compresse a file": an offer that opens with no verb a person says.
  if (!isVerb((can[1] as string).split(/,\s*(?:and\s+)?|\s+and\s+/)[0] ?? ''))
    problems.push(`the refusal offers "${can[1] as string}", which opens with no verb`);
  const offers = offeredCapabilities(can[1] as string);
  for (const [index, offered] of offers.entries()) {
    const said = `${offered.verb} ${offered.object}`.trim();
    const does = (wanted: Capability | undefined) => wanted !== undefined && wanted.object !== '' && offerDoesIt(wanted, offered);
    // "estimated preparation and cooking times": a thing before "and" may share the head of the thing after.
    // "search for parks based on facilities and location": a thing after "and" may end the particulars before it.
    const shared =
      (offers[index + 1]?.carried === true && /s$/.test(offers[index + 1]?.object ?? '')) ||
      (offered.carried === true && /\s(?:on|of|for|by|with|in|at|from|near|about)\s/.test(` ${offers[index - 1]?.object ?? ''} `));
    const garbled = garbledOffer(offered, shared);
    if (does(asked) || does(requested))
      problems.push(`the refusal cannot "${(does(asked) ? cannot[1] : request) as string}" yet offers "${said}", which does it`);
    else if (offered.object === '' && !INTRANSITIVE.test(offered.verb)) problems.push(`the refusal offers "${said}" without saying what`);
    else if (VAGUE.test(offered.object)) problems.push(`the refusal offers "${said}", which says nothing of what`);
    // "list of supported currencies", "… and of all the projects": a heading's noun read as a verb ("search for parks" is English).
    else if (/^of\b/i.test(offered.object)) problems.push(`the refusal offers "${said}", a heading read as a verb`);
    else if (garbled !== undefined) problems.push(`the refusal offers ${garbled}`);
  }
  return problems;
}
