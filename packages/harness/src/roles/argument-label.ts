/** A call's arguments said as what it was about: numbered operands together ("20 and 50"), an amount with its unit ("81.63 °C"). */
import { argumentWords, namedArgument, nameable, type CallOutcome } from './call-outcome.js';
import { formatValue, listing } from './format-value.js';
import { quantityArgument, unitAmount } from './record-units.js';
import { englishWord, humanKey, sayableKey } from './key-words.js';
import { isRecord } from './result-record.js';

/** Paging and size arguments: they set how much came back, not what it is about. */
export const PAGING =
  /^(count|limit|max_?(?:results|items|records|count)|page|per_?page|size|offset|cursor|from|start|facets|format|sort|order|units?|lang|language)$/i;

const NUMBERED = /^([a-z]+?)_?(\d)$/i;

/** Operands sent under one stem and a number (`num1`, `num2`), said together by their values: "20 and 50". */
export function operandsSaid(args: Record<string, unknown>): string | undefined {
  const stemOf = (key: string) => NUMBERED.exec(key)?.[1]?.toLowerCase();
  const stems = Object.keys(args).map(stemOf);
  const stem = stems.find((found) => found !== undefined && stems.filter((other) => other === found).length >= 2);
  if (stem === undefined) return undefined;
  const values = Object.entries(args)
    .filter(([key]) => stemOf(key) === stem)
    .map(([, value]) => value);
  if (!values.every((value) => typeof value === 'number')) return undefined;
  return listing(values.map((value) => formatValue(value) as string));
}

/** A call's arguments with the fields of an object argument (a request `body`) taken as arguments of their own. */
function flatArguments(args: Record<string, unknown>): Array<[string, unknown]> {
  return Object.entries(args).flatMap(([key, value]): Array<[string, unknown]> =>
    isRecord(value) ? Object.entries(value) : [[key, value]],
  );
}

/** A long path-like value (an ARN, a URL) said by its last part when that is a name: "support-replies". */
function tailOf(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length <= 40) return undefined;
  const tail = value.split(/[/:]/).at(-1) ?? '';
  return /^[a-z][\w.-]{2,39}$/i.test(tail) && /[a-z]{3}/i.test(tail) ? tail : undefined;
}

/** What sets a tool apart from the other tools of the turn, when that ends its name: `gsi_prediction` beside `gsi_marketdata` → "the prediction". */
function toolOwnWords(tool: string, others: CallOutcome[]): string | undefined {
  const words = humanKey(tool).split(' ');
  const shared = new Set(words.filter((word) => others.every((other) => humanKey(other.tool).split(' ').includes(word))));
  const own = words.filter((word) => !shared.has(word));
  if (own.length === 0 || own.length > 2 || own.at(-1) !== words.at(-1) || others.some((other) => other.tool === tool)) return undefined;
  return own.every((word) => /^[a-z]{3,}$/.test(word) && englishWord(word) !== undefined) ? `the ${own.join(' ')}` : undefined;
}

/** What a call with no arguments asks for, from its tool's name: `get_curated_podcasts` → "the curated podcasts". */
function toolThing(tool: string): string | undefined {
  const words = humanKey(tool).split(' ');
  const rest = /^(get|list|fetch|show|read|retrieve|search|find)$/.test(words[0] ?? '') ? words.slice(1) : [];
  return rest.length > 0 && rest.length <= 3 && rest.every((word) => /^[a-z]{3,}$/.test(word)) ? `the ${rest.join(' ')}` : undefined;
}

/** One argument as a user names it: "81.63 °C", "a weight of 3", "team Philadelphia Eagles"; undefined for a value with no words. */
export function argumentSaid(key: string, value: unknown): string | undefined {
  if (PAGING.test(key) || !/[a-z]{2}/i.test(key)) return undefined;
  if (!nameable(value)) return tailOf(value);
  const text = formatValue(value) ?? String(value);
  const unit = typeof value === 'number' ? unitAmount(key, text) : undefined;
  if (unit !== undefined) return unit;
  const words = sayableKey(key) ?? argumentWords(key);
  // A key that is no words ("zipcode", "vid") is never said as if it were: no label from it; a side of an "x vs y" choice is said as chosen.
  const choice = / (vs|versus) /.test(words) && namedArgument(words, text).includes(' over ');
  if (!choice && sayableKey(key) === undefined && !words.split(' ').every((word) => englishWord(word) !== undefined)) return undefined;
  return (typeof value === 'number' ? quantityArgument(words, text) : undefined) ?? namedArgument(words, text);
}

/**
 * The label of a call of a turn that its sayable inputs do not set apart from the `others`: its numbered operands
 * ("For 20 and 50"), the arguments whose values differ ("For 81.63 °C"), or one it goes without ("Without the team").
 */
export function looseLabel(outcome: CallOutcome, others: CallOutcome[]): string | undefined {
  const operands = operandsSaid(outcome.arguments);
  const twin = others.some((other) => other.tool === outcome.tool && operandsSaid(other.arguments) === operands);
  if (operands !== undefined && !twin) return `For ${operands}`;
  if (Object.keys(outcome.arguments).length === 0) {
    const thing = toolThing(outcome.tool);
    return thing !== undefined && !others.some((other) => other.tool === outcome.tool) ? `For ${thing}` : undefined;
  }
  const theirs = others.map((other) => new Map(flatArguments(other.arguments).map(([key, value]) => [key, JSON.stringify(value)])));
  const said = flatArguments(outcome.arguments)
    .filter(([key, value]) => !NUMBERED.test(key) && theirs.some((other) => other.get(key) !== JSON.stringify(value)))
    .map(([key, value]) => argumentSaid(key, value))
    .filter((text): text is string => text !== undefined);
  if (said.length > 0) return `For ${listing(said.slice(0, 2))}`;
  const own = toolOwnWords(outcome.tool, others);
  if (own !== undefined) return `For ${own}`;
  const lacking = others
    .filter((other) => other.tool === outcome.tool)
    .flatMap((other) => Object.keys(other.arguments))
    .find((key) => !(key in outcome.arguments) && !PAGING.test(key) && /^[a-z][a-z_ ]*$/i.test(key));
  return lacking === undefined ? undefined : `Without the ${argumentWords(lacking)}`;
}
