import { nameWords } from '@inftool/core';
import { CLIENT_TOKEN, languagePhrase, mediaName } from '@inftool/user-sim';
import type { Conversation, ReviewedCall } from './conversation.js';
import { isLexiconWord } from './word-salad.js';

type Schema = Record<string, unknown>;

/** Paging that starts at the API's beginning: sent though nobody says it ("offset 0", "page 1", cursor "0"). */
const FIRST_PAGE =
  /^(cursor|offset|skip|start|from|page|page[-_]?(token|cursor|number|num|no)|continuation[-_]?token|next[-_]?(token|cursor))$/i;
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** The scalar values of an argument, at every depth (a JSON document typed as text too), with the key that holds each. */
function leaves(value: unknown, key: string, out: Array<[string, string | number]> = []): Array<[string, string | number]> {
  if (typeof value === 'string' && /^\s*[{[]/.test(value)) {
    try {
      return leaves(JSON.parse(value) as unknown, key, out);
    } catch {
      // text that only looks like JSON
    }
  }
  if (Array.isArray(value)) value.forEach((item) => leaves(item, key, out));
  else if (typeof value === 'object' && value !== null) for (const [inner, item] of Object.entries(value)) leaves(item, inner, out);
  else if (typeof value === 'string' || typeof value === 'number') out.push([key, value]);
  return out;
}

const plain = (text: string) => text.toLowerCase().replace(/[_\s-]+/g, ' ');

/**
 * Is `value` said in `text` (what the user wrote, or what an earlier result held)? As it is or in
 * words (`in_progress` as "in progress", a number with thousands separators or as a word up to
 * twelve, an ISO date by its year, month and day in any order, a longer text by most of its words).
 */
export function saidIn(text: string, value: string | number): boolean {
  if (typeof value === 'number') {
    const lower = text.toLowerCase();
    const written = (form: string) => new RegExp(`(?<![\\d.,])${form.replace(/[.,]/g, '\\$&')}(?![\\d]|[.,]\\d)`).test(lower);
    return (
      written(String(value)) ||
      written(value.toLocaleString('en-US')) ||
      (Number.isInteger(value) && value >= 0 && value <= 12 && new RegExp(`\\b${NUMBER_WORDS[value] as string}\\b`).test(lower))
    );
  }
  const lower = plain(text);
  const wanted = plain(value).trim();
  if (wanted.length < 2 || lower.includes(wanted)) return true;
  // A language code said as its language ("pl-PL" as "in Polish"), a media type as what the file is ("application/pdf" as "a PDF").
  const spoken = languagePhrase('language', value) ?? mediaName(value);
  if (spoken !== undefined && lower.includes(plain(spoken.replace(/^(?:in|an?) /, '')))) return true;
  // A plural kind said as one of its things (a JSON:API `type: "categories"` as "category 6887727").
  const kind = /(ss|us|is|ws)$/.test(wanted) ? null : /^([a-z]{3,}?)(ies|s)$/.exec(wanted);
  if (kind && new RegExp(`\\b${kind[1] as string}${kind[2] === 'ies' ? 'y' : ''}\\b`).test(lower)) return true;
  const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (date) return [date[1], date[2], date[3]].every((part) => lower.includes(part as string));
  if (/^-?\d+(\.\d+)?$/.test(wanted)) return saidIn(text, Number(wanted));
  const words = wanted.split(/[^a-z0-9]+/).filter((word) => word.length >= 3);
  return words.length >= 2 && words.filter((word) => lower.includes(word)).length >= Math.ceil(words.length * 0.6);
}

/** The value needs no one to say it: the schema's default, const or only enum value, the first page, a flag, a client token. */
function defaulted(name: string, property: Schema | undefined, value: unknown): boolean {
  if (typeof value === 'boolean') return true;
  // a client token is made up by the caller, as an SDK does (docs/harness.md)
  if (CLIENT_TOKEN.test(name)) return true;
  if (FIRST_PAGE.test(name) && (value === 0 || value === '0' || value === 1 || value === '1')) return true;
  if (property === undefined) return false;
  const same = (other: unknown) => JSON.stringify(other) === JSON.stringify(value);
  if ('default' in property && same(property['default'])) return true;
  if ('const' in property) return true;
  const choices = property['enum'];
  return Array.isArray(choices) && choices.length === 1;
}

/** Words that name the kind of thing a parameter takes. */
const PLACE_NAME = /^(city|town|village|municipality)$/;
const DURATION = /^(duration|interval|timeout|ttl|period|elapsed|delay|lifetime|age|expiry|expires_in|expiresin)$/;
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/**
 * A value of another kind than its parameter names: a country code as a city (`city: "FR"`), an id
 * whose prefix names another thing (`station: "call_63dkggkay6"`), a moment as a duration
 * (`duration: "2025-05-01T…"`, `ttl: 1746000000`).
 */
export function wrongKind(tool: string, name: string, value: unknown): string | undefined {
  const words = nameWords(name).map((word) => word.toLowerCase());
  const last = words.at(-1) ?? '';
  if (PLACE_NAME.test(last) && typeof value === 'string' && /^[A-Z]{2}$/.test(value) && !/^(LA|SF|DC)$/.test(value)) {
    const region = regionNames.of(value);
    if (region !== undefined && region !== value) return `the ${name} is the code of ${region}, not a city`;
  }
  if (DURATION.test(last) || DURATION.test(name.toLowerCase())) {
    if ((typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) || (typeof value === 'number' && value > 1e9))
      return `the ${name} is a moment, not a duration: ${String(value)}`;
  }
  // an id has a digit past its prefix (`call_63dkggkay6`); a snake_case word (`work_schedule`) is a key, no id
  const prefixed = typeof value === 'string' ? /^([a-z]{3,8})_(?=[a-z]*\d)[a-z0-9]{6,}$/.exec(value) : null;
  if (prefixed) {
    const prefix = prefixed[1] as string;
    const own = [...words, ...nameWords(tool).map((word) => word.toLowerCase())];
    const related = own.some((word) => word.startsWith(prefix) || prefix.startsWith(word.slice(0, 3)));
    if (!related && prefix.length >= 4 && isLexiconWord(prefix)) return `the ${name} is the id of a ${prefix}: ${value}`;
  }
  return undefined;
}

/**
 * Argument values no one gave (docs/harness.md, `arguments_grounded`): every scalar value a call sends
 * was said by the user before the call, or held by an earlier result (or the call's own turn's
 * earlier results), or needs no saying (a default, a const, the first page, a flag); and it is of the
 * kind its parameter names. The planned wrong first try of a `correct` fault is excused (`excused`).
 */
export function ungroundedArguments(conversation: Conversation, excused: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  let said = '';
  let results = '';
  let turnIndex = -1;
  // Calls in conversation order; a turn's user text is known before its calls.
  const ordered = [...conversation.calls].sort((a, b) => a.turn - b.turn || a.step - b.step);
  const seen = new Set<ReviewedCall>();
  for (const call of ordered) {
    while (turnIndex < call.turn) {
      turnIndex += 1;
      said += ` ${conversation.turns[turnIndex]?.user ?? ''}`;
    }
    // Results of earlier steps (and earlier turns) are known; this step's are not.
    for (const earlier of ordered)
      if (!seen.has(earlier) && (earlier.turn < call.turn || (earlier.turn === call.turn && earlier.step < call.step))) {
        seen.add(earlier);
        results += ` ${earlier.result}`;
      }
    if (call.rejected || typeof call.arguments !== 'object' || excused.has(`${call.turn}/${call.id}`)) continue;
    const properties = (conversation.tools.get(call.chatName)?.parameters['properties'] ?? {}) as Record<string, Schema>;
    for (const [name, value] of Object.entries(call.arguments)) {
      const kind = wrongKind(call.name ?? call.chatName, name, value);
      if (kind !== undefined) problems.push(`${call.chatName}: ${kind}`);
      if (defaulted(name, properties[name], value)) continue;
      const missing = leaves(value, name).filter(([, leaf]) => !saidIn(said, leaf) && !saidIn(results, leaf));
      if (missing.length > 0)
        problems.push(
          `${call.chatName}: ${missing.map(([key, leaf]) => `${key}=${JSON.stringify(leaf).slice(0, 40)}`).join(', ')} never given by the user nor by a result`,
        );
    }
  }
  return problems;
}
