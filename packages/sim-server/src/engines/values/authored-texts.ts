import type { ValueRequest } from './entities.js';
import * as lexicon from './lexicon.js';

/**
 * Texts a person writes into a tool (a message, a ticket, a post, a text to analyse), by what the text
 * is: a ticket's description says what is wrong, a message says something to its reader. Never a
 * remark on a record ("Translated from the German original.") nor a number ("10").
 */
const AUTHORED: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [
    /^(ticket|tickets|issue|issues|bug|bugs|incident|incidents|support|helpdesk)$/,
    [
      'The shared drive asks for my password every time I open it.',
      'My laptop will not connect to the office Wi-Fi since this morning.',
      'The printer on the third floor jams on every double-sided job.',
      'I cannot log in to the expense portal; it says my account is locked.',
      'Outlook keeps crashing when I open attachments from external senders.',
      'Please give me edit access to the marketing folder on the team drive.',
      'The VPN drops every few minutes when I work from home.',
    ],
  ],
  [
    /^(message|messages|sms|chat|dm|reply|replies|email|emails|mail|inbox)$/,
    [
      'Running ten minutes late, please start without me.',
      'Can we move our call to Thursday at 3 pm?',
      'Thanks for the notes from yesterday, they were really helpful.',
      'The report is ready; I have put it in the shared folder.',
      'Are you free for lunch on Friday?',
      'Just landed, I will be at the office in an hour.',
      'Please remember to bring the signed contract tomorrow.',
    ],
  ],
  [
    /^(tweet|tweets|post|posts|status|statuses|toot|comment|comments|retweet)$/,
    [
      'Just finished my first half marathon, legs are tired but I am so happy!',
      'Our new store opens downtown this Saturday. Come say hi!',
      'Reading a great book on the history of coffee this weekend.',
      'Huge thanks to everyone who came to the meetup last night.',
      'Trying out a new sourdough recipe today, fingers crossed.',
      'The sunset over the harbour tonight was unreal.',
    ],
  ],
];

/** Sentences sent to a text tool (sentiment, word count, summary, spelling): a few words of a person's opinion or news. */
const PROSE = [
  'The hotel staff were friendly, but the room was smaller than the photos suggested.',
  'I absolutely loved the new album; every track is better than the last.',
  'The delivery arrived two days late and the box was damaged.',
  'Our quarterly revenue grew by twelve percent thanks to strong online sales.',
  'The movie started slowly, yet the ending made the whole evening worth it.',
  'Customer service solved my problem within minutes, which I really appreciated.',
  'The park was crowded, the coffee was cold, and it rained all afternoon.',
];

const TICKET = /^(ticket|tickets|issue|issues|incident|incidents|support|helpdesk)$/;
/** How a support ticket was solved. */
const RESOLUTIONS = [
  'Reset the password and cleared the cached credentials.',
  'Replaced the printer drum; double-sided printing works again.',
  'Reinstalled the VPN client and updated the network profile.',
  'Granted edit access to the marketing folder.',
  'Unlocked the account after verifying the user by phone.',
];

/** Names of a field that holds a person's free text. */
const TEXT_FIELD = /^(text|texts|message|msg|content|body|description|details|comment|note|notes|sentence|paragraph|input_text|document)$/;
/** A tool that reads a text it is given: it counts, rates, sums up, checks or translates it. */
const TEXT_TOOL =
  /\b(sentiment|word count|count (?:the )?(?:number of )?words|words in|summar|spell|grammar|readability|tone|emotion|detect (?:the )?language|language detection|keyword|paraphras|proofread|classify (?:the )?text|text analysis)/;

/** A person's free text for `request`'s field, by what it is; undefined where no kind of text fits. */
export function authoredText(request: ValueRequest): string | undefined {
  const things = [request.topic.entity, ...(request.topic.own ?? request.topic.words)];
  // a ticket's resolution says how it was solved, never a bill's title or a label
  if (/^(resolution|solution|resolution_notes)$/.test(request.snake) && things.some((thing) => TICKET.test(thing)))
    return request.faker.helpers.arrayElement(RESOLUTIONS);
  if (!TEXT_FIELD.test(request.snake)) return undefined;
  if (TEXT_TOOL.test(request.topic.text)) return request.faker.helpers.arrayElement(PROSE);
  for (const [pattern, texts] of AUTHORED)
    if (things.some((thing) => pattern.test(thing))) return request.faker.helpers.arrayElement(texts);
  return undefined;
}

/** Whether a field is a person's free text (a count in its description, "the number of words", is what is done with it). */
export function isAuthoredField(snake: string): boolean {
  return TEXT_FIELD.test(snake);
}

const REMARKS = lexicon.SENTENCES.map(
  (sentence) => new RegExp(`^${sentence.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{thing\\?\}/g, '[a-z ]+')}$`, 'i'),
);

/** Whether a text is one of the remarks on a record (`lexicon.SENTENCES`: "Translated from the German original."): no words of a message, a post or a ticket. */
export function isRecordRemark(value: unknown): boolean {
  return typeof value === 'string' && REMARKS.some((remark) => remark.test(value.trim()));
}
