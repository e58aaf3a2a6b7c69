import { createRandom, seedFrom, type Persona } from '@inftool/core';
import { answerMessage, correctionMessage, type CorrectionReason } from '../phrasing/frames.js';
import { humanizeParameter } from '../phrasing/humanize.js';
import { hasNumberedSibling, ordinalLabel } from '../phrasing/numbered.js';
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
 * parameters' descriptions by name, which name a number's unit; `siblings`: the call's other parameter names, so `num1`
 * beside `num2` is "the first number"). `style` is the persona's; `seed` picks the words.
 */
export function answerText(
  values: Record<string, unknown>,
  style = 'chatty',
  seed: number | string = 0,
  descriptions: Readonly<Record<string, string | undefined>> = {},
  siblings: readonly string[] = [],
): string {
  // One of numbered siblings (`num1` beside `num2`) is named by its place: "The first number is 10.", never "The num1 is 10."
  const labelOf = (name: string) =>
    hasNumberedSibling(name, [...siblings, ...Object.keys(values)]) ? (ordinalLabel(name) as string) : humanizeParameter(name);
  const pairs = Object.entries(values).map(([name, value]) => {
    // A number in the unit its parameter counts: "The timeframe is 5 days.", never "The timeframe is 5."
    const unit =
      typeof value === 'number' || (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) ? unitOf(descriptions[name]) : undefined;
    const text = unit === undefined ? valueText(value) : withUnit(String(value), unit);
    return [GENERIC_NAMES.test(name) ? '' : labelOf(name), text] as const;
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
  'Can you transfer {amount} from my {account} to my {otherAccount}?',
  'Track my {carrier} parcel for me, the tracking number is {tracking}.',
  'Order a {pizza} pizza to {place}, please.',
  'Reserve a {seat} on the {train} {day}.',
  'Renew my {borrowed} at the {library}, please, they are due on {weekday}.',
  'Call a taxi to pick me up at {pickup} {soon}.',
  'Pay my {utility} bill of {bill} from my {card}.',
  'Check the status of flight {flight} {day}.',
  'Schedule {appointment} appointment for me next {weekday} {daytime}.',
  'Cancel my {membership} membership at {gym} from {start}.',
  'Send {flowers} to my {relative} at {street} for her birthday on {weekday}.',
  'Reserve {gadget} for pickup at the {store}.',
  'Book a {room} in {city} for the {checkin} to the {checkout} of next month, under {nightly} a night.',
  'Move my {time} meeting with {colleague} to {weekday} at the same time.',
  'Top up my phone with {topup} of credit; the number is {phone}.',
  'Get me {tickets} for {show} on {weekday} night.',
  'Return the {purchase} I bought last week and get my money back.',
  'Sign me up for the {course} course that starts {start}.',
  'Book {service} for my {vehicle} {day}.',
  'Order {groceries} from the supermarket for delivery {when}.',
  'Have my {garment} picked up for dry cleaning {day}.',
];

/** The values the out-of-reach requests are filled with, so that they are not a handful of fixed strings. */
const OUT_OF_REACH_SLOTS: Record<string, readonly string[]> = {
  party: ['two', 'three', 'four', 'five', 'six', 'eight'],
  borrowed: ['library books', 'two library books', 'borrowed DVDs', 'three novels', 'audiobooks', 'cookbook'],
  library: ['city library', 'university library', 'library on Elm Street', 'public library downtown', 'branch library on Oak Avenue'],
  restaurant: [
    'an Italian place near Union Square',
    'Nopa on Divisadero',
    'a sushi bar in Shibuya',
    'Le Comptoir du Relais',
    'a tapas bar in the Gothic Quarter',
    'the Thai place on King Street',
    'a steakhouse near the river',
  ],
  when: ['tonight at 8', 'tomorrow at 7:30 pm', 'on Saturday at 1 pm', 'on Friday at 6:30 pm', 'this Sunday at noon'],
  amount: ['250 euros', '80 dollars', '1,200 pounds', '40 francs', '500 dollars', '75 euros', '3,000 kronor'],
  account: ['checking account', 'current account', 'joint account', 'business account'],
  otherAccount: ['savings account', 'holiday savings', 'investment account', "daughter's account"],
  carrier: ['DHL', 'UPS', 'FedEx', 'USPS', 'Royal Mail', 'La Poste', 'PostNL'],
  tracking: [
    '1Z999AA10123456784',
    'JD014600006281434331',
    '7712 3456 7890',
    '9400 1000 0000 0000 0000 00',
    'RN123456785GB',
    'CX204981377DE',
  ],
  pizza: ['large pepperoni', 'medium margherita', 'vegetarian', 'four cheese', 'small Hawaiian', 'family-size mushroom', 'spicy salami'],
  place: ['my office', 'my flat', 'the front desk of my hotel', 'my parents’ house', 'the studio'],
  seat: ['window seat', 'aisle seat', 'quiet-coach seat', 'first-class seat', 'seat with a table'],
  train: [
    '7:15 train from Hamburg to Berlin',
    '9:40 Eurostar from London to Paris',
    '6:05 Shinkansen from Tokyo to Osaka',
    '8:20 train from Madrid to Seville',
    '10:10 train from Zurich to Milan',
  ],
  day: ['today', 'tomorrow', 'this afternoon', 'tomorrow morning', 'on Friday'],
  weekday: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  daytime: ['morning', 'afternoon', 'at 9', 'after lunch'],
  pickup: ['the central station', 'the Hilton on 6th Avenue', 'Terminal 2 arrivals', 'the corner of Main and 3rd', 'the conference centre'],
  soon: ['in ten minutes', 'in half an hour', 'at 6 tomorrow morning', 'right away'],
  utility: ['electricity', 'water', 'gas', 'internet', 'phone'],
  bill: ['84.20 dollars', '112.50 euros', '67 pounds', '43.90 euros', '129 dollars'],
  card: ['Visa card', 'Mastercard', 'debit card', 'Amex', 'credit card ending in 4421'],
  flight: [
    'LH 400 from Frankfurt to New York',
    'BA 117 from London to New York',
    'QF 1 from Sydney to London',
    'AF 276 from Paris to Tokyo',
    'EK 215 from Dubai to Los Angeles',
  ],
  appointment: ['a dentist', 'a haircut', 'an eye test', 'a physiotherapy', 'a car service', 'a vet', 'a massage'],
  membership: ['gym', 'yoga', 'swimming', 'climbing'],
  gym: ['FitLife', 'Gold’s Gym', 'Anytime Fitness', 'the leisure centre', 'PureGym on High Street'],
  start: ['next month', 'the first of next month', 'next week', 'the end of this month'],
  flowers: ['flowers', 'a bouquet of roses', 'a potted orchid', 'tulips'],
  relative: ['mother', 'grandmother', 'aunt', 'sister'],
  street: ['12 Elm Street', '4 Rue Cler', '221 Baker Street', '9 Calle Mayor', '31 Lindenstraße'],
  gadget: ['an iPhone 16', 'a pair of AirPods Pro', 'a Pixel 9', 'a Kindle Paperwhite', 'a Nintendo Switch'],
  store: [
    'Apple Store on Regent Street',
    'Best Buy on Union Square',
    'MediaMarkt at Alexanderplatz',
    'Fnac on the Champs-Élysées',
    'JB Hi-Fi in the city centre',
  ],
  room: ['double room', 'twin room', 'single room', 'family room', 'suite'],
  city: ['Lisbon', 'Vienna', 'Kyoto', 'Barcelona', 'Prague', 'Edinburgh', 'Montreal'],
  checkin: ['3rd', '9th', '14th', '21st'],
  checkout: ['6th', '12th', '17th', '24th'],
  nightly: ['150 euros', '200 dollars', '120 pounds', '90 euros', '180 francs'],
  time: ['3 pm', '10 am', '11:30', '4 pm'],
  colleague: ['Dana', 'Priya', 'Marco', 'Sven', 'Aiko', 'Tomás'],
  topup: ['20 dollars', '15 euros', '10 pounds', '25 euros', '30 dollars'],
  phone: ['+1 415 555 0132', '+44 20 7946 0958', '+49 30 901820', '+33 1 70 18 99 00', '+61 2 9374 4000', '+34 91 123 4567'],
  tickets: ['two tickets', 'a ticket', 'four tickets', 'two good seats', 'three tickets'],
  show: [
    'Hamilton',
    'Les Misérables',
    'the Berlin Philharmonic',
    'the open-air cinema',
    'the Coldplay concert',
    'the Philharmonic',
    'the new Almodóvar film',
    'the jazz night at Ronnie Scott’s',
  ],
  purchase: ['blue jacket', 'blender', 'running shoes', 'desk lamp', 'headphones'],
  course: ['Spanish for beginners', 'pottery', 'first aid', 'evening photography', 'salsa'],
  service: ['an oil change', 'a tyre change', 'a car wash', 'a brake check'],
  vehicle: ['car', 'van', 'motorbike'],
  groceries: ['milk, eggs and bread', 'a week of groceries', 'fruit and vegetables', 'coffee and oat milk'],
  garment: ['suit', 'winter coat', 'wedding dress', 'shirts'],
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
