/** Answers that recite a record's field names instead of telling it: "with city as the type", "with 452865 as its weekend contact number". */

/** The "with …" clause of a sentence up to a field named after "as": what such a recital is glued to. */
const WITH = String.raw`\bwith (?:(?!\bwith\b)[^;.])*?`;

const PATTERNS: ReadonlyArray<{ pattern: RegExp; what: string }> = [
  // A record's sort is bookkeeping ("with city as the type" for a city, "its kind is personal" for a sector).
  { pattern: new RegExp(`${WITH}\\bas (?:its|the|their) (?:type|kind|sort)\\b`, 'i'), what: "a record's sort read out as a field" },
  { pattern: /\b(?:its|the) kind is\b/i, what: "a record's kind read out as a field" },
  // A field named as the record ("Name SENTRY_DSN was deleted"): the thing is the environment variable, not its name.
  {
    pattern: /(?:^|[.:!?] )(?:Name|Id|ID|Key|Value) \S+ (?:was|were|is) (?:deleted|created|updated|removed)\b/,
    what: 'a field named as the record',
  },
  // A number or a code "as the X" is a field name recited: "with 452865 as its weekend contact number", "with 5 as the rank".
  {
    pattern: new RegExp(`${WITH}(?<![\\w“@./:-])[\\w@./:-]*\\d[\\w@./:-]* as (?:its|the|their) [a-z]`, 'i'),
    what: 'a number or a code read out as a field',
  },
  // Several values "as the mentions", "as the tags": a plural key recited.
  {
    pattern: new RegExp(`${WITH}\\bas (?:its|the|their) (?:(?!(?:as|and|with)\\b)[a-z]+ ){0,2}[a-z]+s(?<!ss|us|is)(?=[.;,]| and |$)`, 'i'),
    what: 'values read out under a plural field name',
  },
];

/** A field name recited in an answer, said with the words that show it, or undefined. */
export function recitedField(answer: string): string | undefined {
  for (const { pattern, what } of PATTERNS) {
    const match = pattern.exec(answer);
    if (match !== null) return `${what}: "${match[0].length > 90 ? `…${match[0].slice(-90)}` : match[0]}"`;
  }
  return undefined;
}
