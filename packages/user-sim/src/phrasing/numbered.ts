/**
 * Parameters numbered among their siblings (`num1`/`num2`, `array_1`/`array_2`, `function1`/`function2`):
 * a person says their values together ("the GCD of two numbers 5 and 20", "a triangle with sides 3 and 4") or by place ("25 as the second number"),
 * never by the spec's numbering ("number 1 = 5", "function1 3x+2").
 */
import { humanizeParameter, naturalList } from './humanize.js';
import { isResultReference, valueText, type SpokenArgument } from './values.js';

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];

/** A name that ends in its place among siblings: `num1` → { stem: "num", place: 1 }; undefined without one. */
export function numberedName(name: string): { stem: string; place: number } | undefined {
  const match = /^(.*[A-Za-z])[-_ ]?([1-5])$/.exec(name.trim());
  if (match === null) return undefined;
  return { stem: (match[1] as string).toLowerCase(), place: Number(match[2]) };
}

/** Whether `name` has a sibling among `names` with the same stem and another place (`num1` beside `num2`). */
export function hasNumberedSibling(name: string, names: Iterable<string>): boolean {
  const own = numberedName(name);
  if (own === undefined) return false;
  for (const other of names) {
    const sibling = numberedName(other);
    if (sibling !== undefined && sibling.stem === own.stem && sibling.place !== own.place) return true;
  }
  return false;
}

/** A numbered name by its place: `num1` → "first number", `array_2` → "second array"; undefined for a name without one. */
export function ordinalLabel(name: string): string | undefined {
  const numbered = numberedName(name);
  if (numbered === undefined) return undefined;
  return `${ORDINALS[numbered.place - 1] as string} ${humanizeParameter(numbered.stem)}`;
}

/** "sides", "bodies", "matches": the stem's noun for all the siblings. */
function plural(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return /(s|x|z|ch|sh)$/.test(noun) ? `${noun}es` : `${noun}s`;
}

/** A value said among its siblings: a list in brackets ("[99, 9]") so two lists do not run together. */
function sibling(argument: SpokenArgument): string {
  const value = argument.value;
  return Array.isArray(value) ? `[${value.map((item) => valueText(item)).join(', ')}]` : valueText(value);
}

const sayable = (argument: SpokenArgument): boolean =>
  !argument.several &&
  !isResultReference(argument.value) &&
  (typeof argument.value === 'number' ||
    (typeof argument.value === 'string' && argument.value.trim() !== '') ||
    (Array.isArray(argument.value) && argument.value.every((item) => typeof item === 'number' || typeof item === 'string')));

/**
 * Numbered siblings among `spoken` said the way a person says them: those given together, in order ("5 and
 * 20", "[99, 9] and [67, 16, 94]"), one whose sibling is withheld by its place ("25 as the second number").
 * Returns the phrases (`nouns`: the noun each phrase of `together` opens with) and the arguments still to be said one by one.
 */
export function numberedPhrases(
  spoken: readonly SpokenArgument[],
  withheld: ReadonlySet<string>,
): { together: string[]; nouns: string[]; byPlace: string[]; rest: SpokenArgument[] } {
  const groups = new Map<string, SpokenArgument[]>();
  for (const argument of spoken) {
    const numbered = numberedName(argument.name);
    if (numbered === undefined || !sayable(argument)) continue;
    groups.set(numbered.stem, [...(groups.get(numbered.stem) ?? []), argument]);
  }
  const together: string[] = [];
  const nouns: string[] = [];
  const byPlace: string[] = [];
  const taken = new Set<SpokenArgument>();
  for (const members of groups.values()) {
    const place = (argument: SpokenArgument) => numberedName(argument.name)?.place ?? 0;
    if (new Set(members.map(place)).size >= 2) {
      const ordered = [...members].sort((a, b) => place(a) - place(b));
      const noun = plural(humanizeParameter(numberedName(ordered[0]!.name)!.stem));
      nouns.push(noun);
      together.push(`${noun} ${naturalList(ordered.map(sibling))}`);
    } else if (members.length === 1 && hasNumberedSibling((members[0] as SpokenArgument).name, withheld)) {
      const only = members[0] as SpokenArgument;
      byPlace.push(`${sibling(only)} as the ${ordinalLabel(only.name) as string}`);
    } else continue;
    for (const member of members) taken.add(member);
  }
  return { together, nouns, byPlace, rest: spoken.filter((argument) => !taken.has(argument)) };
}
