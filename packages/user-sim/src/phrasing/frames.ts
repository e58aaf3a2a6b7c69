import type { Random } from '@inftool/core';
import { capitalize } from './humanize.js';

/**
 * The words around a request, by persona style: a frame puts the clause ("look up drug DB00945")
 * into a message ("Hey! Could you look up drug DB00945 for me? Thanks!"). Frames are
 * `[before, after, sign-off]`; details said after the request come between `after` and the sign-off.
 */
export type Frame = readonly [before: string, after: string, signOff: string];

/** Known styles; any other style is treated as chatty. */
export type Style = 'terse' | 'chatty' | 'formal';

export function styleOf(style: string): Style {
  return style === 'terse' || style === 'formal' ? style : 'chatty';
}

const OPENINGS: Record<Style, readonly Frame[]> = {
  terse: [
    ['', '.', ''],
    ['', ', please.', ''],
    ['Please ', '.', ''],
    ['Need you to ', '.', ''],
    ['Can you ', '?', ''],
    ['Quick one: ', '.', ''],
    ['Could you ', '?', ''],
    ['Pls ', '.', 'Thx.'],
    ['Real quick: ', '.', ''],
    ['Want you to ', '.', 'Thanks.'],
    ['Go ahead and ', '.', ''],
    ['Can you please ', '?', ''],
    ['Need this: ', '.', ''],
    ['Do me a favour and ', '.', ''],
    ['Could you quickly ', '?', ''],
  ],
  chatty: [
    ['Hi! Could you ', '?', 'Thanks!'],
    ['Hey there, can you ', ' for me?', 'Thanks a lot!'],
    ['Hello! I need you to ', '.', 'Would be a big help!'],
    ['Quick favour: could you ', '?', 'Cheers!'],
    ['So I was hoping you could ', '.', 'Thanks so much!'],
    ['Hey! ', ', if you can.', 'Thanks!'],
    ['Can you ', ' for me?', 'Much appreciated!'],
    ["I'm trying to sort something out: can you ", '?', ''],
    ['Morning! Would you ', '?', 'Thank you!'],
    ['Hiya, ', ', please!', ''],
    ['Okay, first thing: ', '.', 'Thanks!'],
    ['Would you mind if I asked you to ', '?', ''],
    ["Hi, hope you're well! I need you to ", '.', 'Can you help?'],
    ['Hello there! Please ', '.', 'Thanks in advance!'],
    ['Hey, could you help me out and ', '?', ''],
    ['Oh, before I forget: could you ', '?', 'Thanks!'],
    // No opener speaks of a trouble the request does not have ("Hey, I'm stuck. Can you get me all slides?").
    ['Hey, quick question. Can you ', '?', ''],
    ['Hi there! Any chance you could ', '?', 'Thank you!'],
  ],
  formal: [
    ['Good morning. Could you please ', '?', ''],
    ['Hello. I would like you to ', '.', 'Thank you.'],
    ['Would you kindly ', '?', ''],
    ['Could you ', ', please?', 'Thank you in advance.'],
    ['I would be grateful if you could ', '.', ''],
    ['Please ', '.', 'Many thanks.'],
    ['Good afternoon. Please ', '.', ''],
    ['May I ask you to ', '?', 'Thank you.'],
    ['Dear assistant, please ', '.', 'Kind regards.'],
    ['I must ask you to ', '.', 'Thank you.'],
    ['Good evening. Kindly ', '.', ''],
    ['For our records, would you ', '?', 'Thank you.'],
    ['Hello. Could you ', ' on my behalf?', ''],
    ['When convenient, please ', '.', 'Regards.'],
    ['Might I ask you to ', '?', ''],
    ['At your earliest convenience, ', '.', 'Thank you.'],
    ['Greetings. Please ', '.', ''],
  ],
};

/** What a user says after a turn was handled, before the next request (may be nothing). */
const ACKNOWLEDGEMENTS: Record<Style, readonly string[]> = {
  terse: ['', '', 'OK.', 'Thanks.', 'Good.', 'Got it.'],
  chatty: ['Great, thanks!', 'Perfect, thank you.', 'Awesome.', 'Nice, that helps.', 'Thanks!', 'Oh great.', 'Cool, thanks.'],
  formal: ['Thank you.', 'Thank you, that is helpful.', 'Very good.', 'Excellent, thank you.', 'Understood, thank you.'],
};

/** How a follow-up request connects to the conversation. */
const FOLLOW_UPS: Record<Style, readonly Frame[]> = {
  terse: [
    ['Now ', '.', ''],
    ['Next: ', '.', ''],
    ['Also ', '.', ''],
    ['Then ', '.', ''],
    ['', '.', ''],
    ['And ', ', please.', ''],
  ],
  chatty: [
    ['Now could you ', '?', ''],
    ['Next, can you ', '?', ''],
    ['Also, could you ', '?', ''],
    ['One more thing: ', ', please.', ''],
    ['And now ', '.', 'Thanks!'],
    ['While you are at it, can you ', '?', ''],
    ['Okay, next up: ', '.', ''],
  ],
  formal: [
    ['Next, please ', '.', ''],
    ['Could you now ', '?', ''],
    ['In addition, please ', '.', ''],
    ['I would also like you to ', '.', ''],
    ['Please also ', '.', 'Thank you.'],
    ['As a next step, could you ', '?', ''],
  ],
};

/** The closing request of a conversation may say so. */
const LAST_FOLLOW_UPS: Record<Style, readonly Frame[]> = {
  terse: [
    ['Last one: ', '.', ''],
    ['Finally ', '.', ''],
  ],
  chatty: [
    ['Last thing, I promise: can you ', '?', ''],
    ['And finally, could you ', '?', 'Thanks for all the help!'],
  ],
  formal: [
    ['Finally, could you ', '?', ''],
    ['Lastly, please ', '.', 'Thank you for your help.'],
  ],
};

function fill(frame: Frame, said: string, details: string | undefined): string {
  let clause = said;
  const [before, framed, signOff] = frame;
  // "can you get me the service for me?": a clause that already names the asker keeps the frame's ending without it.
  const after = /\bme\b/i.test(clause) ? framed.replace(/^ for me(?=[?.!])/, '') : framed;
  // A value that ends its own sentence ("partner organisations.") takes no second full stop.
  if (/[.!?]$/.test(clause) && /^[.!?]/.test(framed)) clause = clause.replace(/[.!?]+$/, '');
  const body =
    before === '' || (/[.!?:]\s$/.test(before) && !before.endsWith(': ')) ? `${before}${capitalize(clause)}` : `${before}${clause}`;
  return [`${body}${after}`, details, signOff].filter(Boolean).join(' ');
}

/** The first message of a conversation. */
export function openingMessage(style: string, clause: string, details: string | undefined, random: Random): string {
  return fill(random.pick(OPENINGS[styleOf(style)]), clause, details);
}

/**
 * A later request: an acknowledgement (sometimes), then the request, connected to what came before.
 * `cycle` (a task's offset plus the turn) walks the sayings in order, so consecutive turns differ;
 * `last` lets the closing request say so.
 */
export function followUpMessage(
  style: string,
  clause: string,
  details: string | undefined,
  random: Random,
  position: { last: boolean; cycle: number },
): string {
  const kind = styleOf(style);
  const acknowledgements = ACKNOWLEDGEMENTS[kind];
  const acknowledgement = random.chance(0.75) ? (acknowledgements[position.cycle % acknowledgements.length] as string) : '';
  const frames = position.last && random.chance(0.6) ? LAST_FOLLOW_UPS[kind] : FOLLOW_UPS[kind];
  return [acknowledgement, fill(frames[(position.cycle * 5) % frames.length] as Frame, clause, details)].filter(Boolean).join(' ');
}

const ANSWERS_ONE: Record<Style, readonly string[]> = {
  terse: ['{value}.', "It's {value}.", '{Label} is {value}.'],
  chatty: ["It's {value}.", 'Sure, the {label} is {value}.', "Right, it's {value}.", 'Oh, use {value}.'],
  formal: ['Certainly. The {label} is {value}.', 'The {label} is {value}.', 'It is {value}.'],
};
const ANSWERS_MANY: Record<Style, readonly string[]> = {
  terse: ['{pairs}.'],
  chatty: ['Sure: {pairs}.', 'Oh right, {pairs}.'],
  formal: ['Certainly: {pairs}.', 'Of course. {Pairs}.'],
};

/** A value that ends its own sentence takes no second full stop: "It's Covers the north only.." → "… only.". */
const stopOnce = (text: string) => text.replace(/(?<!\.)([.!?])\.(?!\.)(?=\s|$)/g, '$1');

/**
 * An answer to the assistant's question: the withheld values, in words. `pairs` are [label, value].
 * Nobody apologises for a value they were asked for: the user just gives it ("It's 4421.").
 */
export function answerMessage(style: string, pairs: ReadonlyArray<readonly [string, string]>, random: Random): string {
  const kind = styleOf(style);
  if (pairs.length === 1) {
    const [label, value] = pairs[0] as readonly [string, string];
    // A name that says nothing ("body") is not said: "It's genes A and B."
    const sayings = label === '' ? ANSWERS_ONE[kind].filter((saying) => !/\{label\}/i.test(saying)) : ANSWERS_ONE[kind];
    return stopOnce(
      capitalize(random.pick(sayings).replaceAll('{label}', label).replaceAll('{Label}', capitalize(label)).replaceAll('{value}', value)),
    );
  }
  const said = pairs.map(([label, value]) => (label === '' ? value : `the ${label} is ${value}`));
  const joined = `${said.slice(0, -1).join(', ')} and ${said.at(-1) as string}`;
  return stopOnce(random.pick(ANSWERS_MANY[kind]).replaceAll('{pairs}', joined).replaceAll('{Pairs}', capitalize(joined)));
}

/** Why the value the user gave was refused: a typo, another record's id, a count above the cap, a date written their way. */
export type CorrectionReason = 'typo' | 'wrong_id' | 'out_of_range' | 'bad_format';

const CORRECTIONS: Record<CorrectionReason, Record<Style, readonly string[]>> = {
  typo: {
    terse: [
      'Typo. The {label} is {value}.',
      'Wrong {label}, sorry: {value}.',
      'My bad, it should be {value}.',
      'Mistyped. {value}.',
      'Should be {value}.',
    ],
    chatty: [
      'Oops, I mistyped it! The {label} is {value}.',
      "Ah, sorry, my typo. It's {value}.",
      'Oh no, I swapped two characters. The right {label} is {value}.',
      'Whoops, fat fingers. It should be {value}.',
      "Ugh, sorry about that. Try {value}, that's the one.",
    ],
    formal: [
      'My apologies, I made a typing error. The correct {label} is {value}.',
      'I am sorry; the {label} should read {value}.',
      'Apologies for the error. The {label} is {value}.',
      'Thank you for checking. I mistyped it; it is {value}.',
      'Please excuse the slip; the correct {label} is {value}.',
    ],
  },
  wrong_id: {
    terse: [
      'Wrong one. The {label} is {value}.',
      'Old number, sorry. Use {value}.',
      'Not that one. {value}.',
      'Mixed them up. It is {value}.',
    ],
    chatty: [
      "Oh, I read that off the wrong line of my notes. It's {value}.",
      'Sorry, that was an old one! The {label} I meant is {value}.',
      'Ah, I pasted the wrong one. The {label} is {value}.',
      "Oops, that's from something else. Use {value} instead.",
      'Hmm, I must have mixed two up. It should be {value}.',
    ],
    formal: [
      'I gave you the wrong reference; the {label} is {value}.',
      'My mistake, that was another record. The {label} is {value}.',
      'Apologies, I quoted a different record. The correct {label} is {value}.',
      'That one belongs to something else, I am afraid. Please use {value}.',
    ],
  },
  out_of_range: {
    terse: ['{value} is fine.', 'OK, {value} then.'],
    chatty: ['Sure, {value} is plenty, go ahead.', "Oh, I didn't know there was a cap. {value} works for me."],
    formal: ['Very well, please use {value}.', 'That is fine; {value} will do.'],
  },
  bad_format: {
    terse: ['I meant {value}.', 'It is {value}.'],
    chatty: ['Sorry, I meant {value}.', 'Ah, I write dates the other way. It should be {value}.'],
    formal: ['I meant {value}; apologies for the ambiguity.', 'The date I intended is {value}.'],
  },
};

/** The user's reply when a value they gave was refused: the right one, owning the mistake (`reason`: which one). */
export function correctionMessage(style: string, label: string, value: string, random: Random, reason: CorrectionReason = 'typo'): string {
  return stopOnce(
    capitalize(
      random
        .pick(CORRECTIONS[reason][styleOf(style)])
        .replaceAll('{label}', label || 'ID')
        .replaceAll('{value}', value),
    ),
  );
}
