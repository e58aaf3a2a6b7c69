import { createRandom, seedFrom, type Persona } from '@inftool/core';
import { answerMessage, correctionMessage } from '../phrasing/frames.js';
import { humanizeParameter } from '../phrasing/humanize.js';
import { GENERIC_NAMES, valueText } from '../phrasing/values.js';

/** The offline user's word lists: personas, requests no tool serves, and answers to questions. */

export { requestText } from '../phrasing/request.js';

/** A value as a person types it (an earlier result's value as "that one"). */
export function formatValue(value: unknown): string {
  return valueText(value);
}

/**
 * The answer to the assistant's question for withheld values (by parameter name), in words:
 * "It's Clemens Fisher.", "Sure, the order number is 48213.". `style` is the persona's; `seed` picks the words.
 */
export function answerText(values: Record<string, unknown>, style = 'chatty', seed: number | string = 0): string {
  const pairs = Object.entries(values).map(([name, value]) => [GENERIC_NAMES.test(name) ? '' : humanizeParameter(name), valueText(value)] as const);
  return answerMessage(style, pairs, createRandom(seedFrom('answer', seed, pairs)));
}

/** The user's correction of an id the service did not find: `{Sid: "FX…"}` → "Oops, I mistyped it! The SID is FX…." */
export function correctionText(values: Record<string, unknown>, style = 'chatty', seed: number | string = 0): string {
  const [name, value] = Object.entries(values)[0] ?? ['id', ''];
  return correctionMessage(style, humanizeParameter(name), valueText(value), createRandom(seedFrom('correction', seed, name)));
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
  'Book me a table for two at an Italian place near Union Square tonight at 8.',
  'Can you transfer 250 euros from my checking account to my savings account?',
  'Track my DHL parcel for me, the tracking number is 1Z999AA10123456784.',
  'Order a large pepperoni pizza to my office, please.',
  'Reserve a window seat on the 7:15 train from Hamburg to Berlin tomorrow.',
  'Renew my library books, please, they are due on Friday.',
  'Call a taxi to pick me up at the central station in ten minutes.',
  'Pay my electricity bill of 84.20 dollars from my Visa card.',
  'Check the status of flight LH 400 from Frankfurt to New York today.',
  'Schedule a dentist appointment for me next Tuesday morning.',
  'Cancel my gym membership at FitLife from next month.',
  'Send flowers to my mother at 12 Elm Street for her birthday on Saturday.',
  'Reserve an iPhone 16 for pickup at the Apple Store on Regent Street.',
  'Book a double room in Lisbon for the 14th to the 17th of next month, under 150 euros a night.',
  'Move my 3 pm meeting with Dana to Thursday at the same time.',
  'Top up my phone with 20 dollars of credit; the number is +1 415 555 0132.',
];

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
