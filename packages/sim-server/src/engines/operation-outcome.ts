import { nameWords } from './entity-rules.js';

type Json = Record<string, unknown>;

/**
 * What a change reports when its output is only the operation's status ("Status of the update
 * operation", "The result of the move operation", "A message describing the result of the send
 * attempt"): the change it made, in a sentence, as the real APIs do (`Ticket 4 updated: priority set
 * to 3.`, `report.txt moved to archive.`), never a label (`success`, `in_progress`) that says
 * nothing; and a flag "True if … successfully" is true, since a call that failed is an error result.
 */

/** A string field that reports an operation's outcome, by its description. */
export const OUTCOME_FIELD =
  /\b(status|result|outcome)\b[^.]{0,24}\b(operation|action|attempt)\b|\bstatus message\b|\bmessage describing the result\b/i;
/** A flag that says the call succeeded (`True if the message was sent successfully`). */
const SUCCESS_FLAG =
  /^\s*(?:the status of [^,]+,\s*)?true if\b[^.]*\b(success|successful|successfully|succeeded)\b|^\s*true if (followed|unfollowed)\b/i;

/** Past participles of the verbs changes are named by. */
const PARTICIPLES: Record<string, string> = {
  edit: 'updated',
  update: 'updated',
  modify: 'updated',
  change: 'updated',
  patch: 'updated',
  set: 'set',
  send: 'sent',
  put: 'put',
  reset: 'reset',
  cp: 'copied',
  copy: 'copied',
  mv: 'moved',
  rm: 'removed',
  rmdir: 'removed',
  login: 'logged in',
  logout: 'logged out',
  comment: 'commented on',
  mention: 'mentioned in',
  fund: 'funded',
  withdraw: 'withdrawn',
  tag: 'tagged',
  untag: 'untagged',
};

function participle(verb: string): string {
  const known = PARTICIPLES[verb];
  if (known !== undefined) return known;
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  return `${verb}ed`;
}

/** Arguments that hold what changed (`updates: {priority: 3}`), each field with its new value. */
const CHANGES = /^(updates?|changes|fields|patch|attributes|modifications|new_values)$/i;
const SOURCE = /^(source|src|from|file_?name|name|path)$/i;
const DESTINATION = /^(destination|dest|to|target|target_?path)$/i;

const words = (key: string): string =>
  nameWords(key)
    .map((word) => (word === 'id' ? 'ID' : word))
    .join(' ');
/** A value as a sentence quotes it: texts in quotes (cut at 80 characters), numbers and flags as they are. */
function quoted(value: unknown): string | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // a key-value pair (`{Key: "team", Value: "docs"}`, a tag) as `team=docs`
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const pair = Object.fromEntries(Object.entries(value).map(([key, entry]) => [key.toLowerCase(), entry]));
    return typeof pair['key'] === 'string' && (typeof pair['value'] === 'string' || typeof pair['value'] === 'number')
      ? `${pair['key']}=${String(pair['value'])}`
      : undefined;
  }
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const text = value.length > 80 ? `${value.slice(0, 77).trimEnd()}…` : value;
  return /\s/.test(text) ? `“${text}”` : text;
}

/** "description set to “X”, priority set to 3", "text “X”": what the call sent besides the record's id. */
function details(args: Json, idKey: string | undefined): string[] {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(args)) {
    if (key === idKey) continue;
    if (CHANGES.test(key) && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [field, sent] of Object.entries(value as Json)) {
        const shown = quoted(sent);
        if (shown !== undefined) parts.push(`${words(field)} set to ${shown}`);
      }
      continue;
    }
    const shown = Array.isArray(value) ? value.map(quoted).filter(Boolean).join(', ') || undefined : quoted(value);
    if (shown !== undefined) parts.push(labelled(words(key), shown));
  }
  return parts;
}

/** "resource arn:aws:…", never "resource arn arn:aws:…": a value that opens with its label's last word as a scheme says it. */
function labelled(label: string, shown: string): string {
  const head = label.split(' ');
  const last = head.at(-1)?.toLowerCase() ?? '';
  if (last === '' || !shown.toLowerCase().startsWith(`${last}:`)) return `${label} ${shown}`;
  return [...head.slice(0, -1), shown].join(' ');
}

const KNOWN_VERB =
  /^(add|append|insert|push|create|delete|remove|clear|close|resolve|update|edit|modify|change|patch|set|send|replace|reset|cp|copy|mv|move|rm|rmdir|login|logout|comment|retweet|mention|fund|withdraw|cancel|book|archive|rename|tag|untag)$/;
/** A full stop, unless a quoted sentence already ends with one. */
const sentence = (text: string): string => (/[.!?]”?$/.test(text) ? text : `${text}.`);
const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The argument naming the record changed: its own id (`ticket_id` of a ticket tool, `vec_id`, `id`) or its name (`user_name`, `key`). */
function subjectKey(args: Json, noun: string[]): string | undefined {
  const keys = Object.keys(args).filter((key) => typeof args[key] === 'string' || typeof args[key] === 'number');
  const own = keys.find((key) => {
    const [prefix] = nameWords(key.replace(/_?(id|Id|ID)$/, ''));
    return (
      /(^|_)id$|Id$|ID$/.test(key) &&
      (prefix === undefined || noun.length === 0 || noun.includes(prefix) || /^(vec|entry|item|record)$/.test(prefix))
    );
  });
  return own ?? keys.find((key) => /^(key|name|title|user_?name)$/i.test(key));
}

/** The sentence a change reports: `Ticket 4 updated: priority set to 3.`, `a.txt moved to b.`, `Appended text “…” to the memory.` */
export function outcomeSentence(toolName: string, args: Json): string {
  const name = nameWords(toolName);
  const verbAt = Math.max(
    0,
    name.findIndex((word) => KNOWN_VERB.test(word)),
  );
  const verb = name[verbAt] ?? 'update';
  const done = participle(verb);
  if (verb === 'login' || verb === 'logout') return `${capital(done)}.`;
  // `remove_stock_from_watchlist`: the stock is removed from the watchlist
  const rest = name.filter((_, index) => index !== verbAt);
  const joint = rest.findIndex((word) => /^(from|to|into|on)$/.test(word));
  const nounWords = joint < 0 ? rest : rest.slice(0, joint);
  const place = joint < 0 ? '' : ` ${rest[joint] as string} the ${rest.slice(joint + 1).join(' ')}`;
  const source = Object.entries(args).find(([key, value]) => SOURCE.test(key) && typeof value === 'string')?.[1];
  const destination = Object.entries(args).find(([key, value]) => DESTINATION.test(key) && typeof value === 'string')?.[1];
  if (source !== undefined && destination !== undefined) return `${String(source)} ${done} to ${String(destination)}.`;
  const key = subjectKey(args, nounWords);
  // `retweet(tweet_id)`: the record is what the id names
  const noun = nounWords.join(' ') || (key === undefined ? verb : nameWords(key.replace(/_?(id|Id|ID)$/, '')).join(' ') || verb);
  const told = details(args, key);
  const after = `${place}${told.length > 0 ? `: ${told.join(', ')}` : ''}`;
  if (key !== undefined) return sentence(`${capital(noun)} ${quoted(args[key]) ?? ''} ${done}${after}`);
  if (/^(add|append|insert|push)$/.test(verb) && told.length > 0)
    return sentence(`${capital(done)} ${told.join(', ')} to the ${noun}${place}`);
  if (source !== undefined) return sentence(`${String(source)} ${done}${place}`);
  return sentence(`${capital(noun)} ${done}${after}`);
}

/**
 * A result of an explicit output schema with its outcome fields stating the change and its success
 * flags true, or, when the schema declares no field and the change answers with nothing, a `message`
 * stating it; the value unchanged (the same object) otherwise.
 */
export function stateOutcome(value: Json, schema: Json | undefined, toolName: string, args: Json): Json {
  const properties = (schema?.['properties'] ?? {}) as Record<string, Json>;
  // a change whose API answers with an empty body (`tag_resource` → `{}`) says what it changed
  if (
    schema !== undefined &&
    Object.keys(properties).length === 0 &&
    Object.keys(value).length === 0 &&
    nameWords(toolName).some((word) => KNOWN_VERB.test(word))
  )
    return { message: outcomeSentence(toolName, args) };
  let stated: Json | undefined;
  for (const [key, declared] of Object.entries(properties)) {
    const description = String(declared['description'] ?? '');
    // a field named as an argument (`send_message(message)` → `message`) carries what was sent
    if (declared['enum'] !== undefined || declared['const'] !== undefined || key in args) continue;
    if (declared['type'] === 'string' && OUTCOME_FIELD.test(description)) {
      stated ??= { ...value };
      stated[key] = outcomeSentence(toolName, args);
    } else if (declared['type'] === 'boolean' && SUCCESS_FLAG.test(description)) {
      stated ??= { ...value };
      stated[key] = true;
    }
  }
  return stated ?? value;
}
