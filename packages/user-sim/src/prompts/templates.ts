import { createRandom, seedFrom, type Persona } from '@inftool/core';
import { answerMessage, correctionMessage, type CorrectionReason } from '../phrasing/frames.js';
import { humanizeParameter } from '../phrasing/humanize.js';
import { GENERIC_NAMES, unitOf, valueText, withUnit } from '../phrasing/values.js';

/** The offline user's word lists: personas, requests no tool serves, and answers to questions. */

export { requestText } from '../phrasing/request.js';

/** A value as a person types it (an earlier result's value as "that one"). */
export function formatValue(value: unknown): string {
  return valueText(value);
}

/**
 * The answer to the assistant's question for withheld values (by parameter name), in words:
 * "It's Clemens Fisher.", "Sure, the order number is 48213.", "The timeframe is 5 days." (`descriptions`: the
 * parameters' descriptions by name, which name a number's unit). `style` is the persona's; `seed` picks the words.
 */
export function answerText(
  values: Record<string, unknown>,
  style = 'chatty',
  seed: number | string = 0,
  descriptions: Readonly<Record<string, string | undefined>> = {},
): string {
  const pairs = Object.entries(values).map(([name, value]) => {
    // A number in the unit its parameter counts: "The timeframe is 5 days.", never "The timeframe is 5."
    const unit =
      typeof value === 'number' || (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) ? unitOf(descriptions[name]) : undefined;
    const text = unit === undefined ? valueText(value) : withUnit(String(value), unit);
    return [GENERIC_NAMES.test(name) ? '' : humanizeParameter(name), text] as const;
  });
  return answerMessage(style, pairs, createRandom(seedFrom('answer', seed, pairs)));
}

/** The user's correction of an id the service did not find: `{Sid: "FX…"}` → "Oops, I mistyped it! The SID is FX…." */
export function correctionText(
  values: Record<string, unknown>,
  style = 'chatty',
  seed: number | string = 0,
  reason: CorrectionReason = 'typo',
): string {
  const [name, value] = Object.entries(values)[0] ?? ['id', ''];
  return correctionMessage(style, humanizeParameter(name), valueText(value), createRandom(seedFrom('correction', seed, name)), reason);
}

export const IRRELEVANT_REQUESTS = [
  'Write me a short poem about the sea at night.',
  'What is the capital of Australia, and why is it not Sydney?',
  'Tell me a joke about programmers.',
  'Summarise the plot of Hamlet in two sentences.',
  'Explain the difference between weather and climate.',
  'Translate "good morning" into Italian.',
  'Can you suggest a name for my new puppy? She is a small, very loud terrier.',
  'How many minutes should I boil an egg for a runny yolk?',
  'Give me three tips for a job interview tomorrow.',
  "What's a good way to remember the order of the planets?",
  'Help me write a polite note to my neighbour about their barking dog.',
  'Why is the sky blue? Keep it simple, it is for my kid.',
  'Recommend a classic science fiction novel for a long train ride.',
  'What rhymes with "orange"?',
  'Draft a two-line birthday message for a colleague.',
  'Is a tomato a fruit or a vegetable?',
  'Explain recursion to me like I am ten.',
  'I need a quick stretching routine for after a run.',
  'What does "carpe diem" mean?',
  'Convert a recipe for four people to two: 300 g pasta, 2 eggs, 100 g cheese.',
];

/**
 * Requests no tool of most trees serves and no assistant can answer from what it knows: each needs a
 * live service or an action in the world (a booking, a payment, a parcel, a flight). The out-of-domain
 * share of the irrelevance scenario: the right answer is to say so, not to call a tool nor to make an
 * answer up. Chit-chat (IRRELEVANT_REQUESTS) is not this: an assistant can write a poem without tools.
 */
export const OUT_OF_REACH_REQUESTS = [
  'Book me a table for {party} at {restaurant} {when}.',
  'Can you transfer {amount} from my checking account to my savings account?',
  'Track my {carrier} parcel for me, the tracking number is {tracking}.',
  'Order a {pizza} pizza to my office, please.',
  'Reserve a window seat on the {train} tomorrow.',
  'Renew my {borrowed} at the {library}, please, they are due on {weekday}.',
  'Call a taxi to pick me up at {pickup} in ten minutes.',
  'Pay my electricity bill of {bill} from my {card}.',
  'Check the status of flight {flight} today.',
  'Schedule {appointment} appointment for me next {weekday} morning.',
  'Cancel my gym membership at {gym} from next month.',
  'Send flowers to my mother at {street} for her birthday on {weekday}.',
  'Reserve {gadget} for pickup at the {store}.',
  'Book a double room in {city} for the 14th to the 17th of next month, under {nightly} a night.',
  'Move my 3 pm meeting with {colleague} to {weekday} at the same time.',
  'Top up my phone with {topup} of credit; the number is {phone}.',
];

/** The values the out-of-reach requests are filled with, so that they are not a handful of fixed strings. */
const OUT_OF_REACH_SLOTS: Record<string, readonly string[]> = {
  party: ['two', 'three', 'four', 'five', 'six'],
  borrowed: ['library books', 'two library books', 'borrowed DVDs', 'three novels'],
  library: ['city library', 'university library', 'library on Elm Street'],
  restaurant: ['an Italian place near Union Square', 'Nopa on Divisadero', 'a sushi bar in Shibuya', 'Le Comptoir du Relais'],
  when: ['tonight at 8', 'tomorrow at 7:30 pm', 'on Saturday at 1 pm'],
  amount: ['250 euros', '80 dollars', '1,200 pounds', '40 francs'],
  carrier: ['DHL', 'UPS', 'FedEx', 'USPS', 'Royal Mail'],
  tracking: ['1Z999AA10123456784', 'JD014600006281434331', '7712 3456 7890', '9400 1000 0000 0000 0000 00', 'RN123456785GB'],
  pizza: ['large pepperoni', 'medium margherita', 'vegetarian', 'four cheese', 'small Hawaiian'],
  train: ['7:15 train from Hamburg to Berlin', '9:40 Eurostar from London to Paris', '6:05 Shinkansen from Tokyo to Osaka'],
  weekday: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  pickup: ['the central station', 'the Hilton on 6th Avenue', 'Terminal 2 arrivals'],
  bill: ['84.20 dollars', '112.50 euros', '67 pounds'],
  card: ['Visa card', 'Mastercard', 'debit card'],
  flight: ['LH 400 from Frankfurt to New York', 'BA 117 from London to New York', 'QF 1 from Sydney to London'],
  appointment: ['a dentist', 'a haircut', 'an eye test', 'a physiotherapy', 'a car service'],
  gym: ['FitLife', 'Gold’s Gym', 'Anytime Fitness'],
  street: ['12 Elm Street', '4 Rue Cler', '221 Baker Street'],
  gadget: ['an iPhone 16', 'a pair of AirPods Pro', 'a Pixel 9'],
  store: ['Apple Store on Regent Street', 'Best Buy on Union Square', 'MediaMarkt at Alexanderplatz'],
  city: ['Lisbon', 'Vienna', 'Kyoto', 'Barcelona'],
  nightly: ['150 euros', '200 dollars', '120 pounds'],
  colleague: ['Dana', 'Priya', 'Marco'],
  topup: ['20 dollars', '15 euros', '10 pounds'],
  phone: ['+1 415 555 0132', '+44 20 7946 0958', '+49 30 901820'],
};

/** An out-of-reach request: a template of OUT_OF_REACH_REQUESTS with its slots filled. */
export function outOfReachRequest(template: string, random: { pick<T>(items: readonly T[]): T }): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (OUT_OF_REACH_SLOTS[name] ? random.pick(OUT_OF_REACH_SLOTS[name]) : slot));
}

/** Whether a text is one of the out-of-reach requests (any filling of a template). */
export function isOutOfReachRequest(text: string): boolean {
  return OUT_OF_REACH_REQUESTS.some((template) =>
    new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{\w+\\?\}/g, '.+')}$`).test(text),
  );
}

export const PERSONAS: Persona[] = [
  { name: 'Ana', style: 'chatty', background: 'a small-business owner who likes to double-check things' },
  { name: 'Ben', style: 'terse', background: 'a developer in a hurry' },
  { name: 'Chloé', style: 'formal', background: 'an operations manager at a large company' },
  { name: 'Dev', style: 'chatty', background: 'a student trying the service for the first time' },
  { name: 'Eun-ji', style: 'terse', background: 'a travel agent handling many clients' },
  { name: 'Farid', style: 'formal', background: 'a researcher collecting data' },
  { name: 'Grace', style: 'chatty', background: 'a retired teacher who is new to these tools' },
  { name: 'Hiro', style: 'terse', background: 'a support engineer on call' },
  { name: 'Inès', style: 'formal', background: 'a compliance officer who keeps careful records' },
];
