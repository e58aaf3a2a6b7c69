/**
 * Text that stands in for a value instead of being one: what API specs put in their examples and
 * descriptions (`hello@example.com`, "Your super awesome message", "This fictional example hotel",
 * `lorem ipsum`, "string", "your message here", "A photo of an object", `Sample Avenue`) and what a
 * generator leaves when it knows nothing. A simulator never uses such text as data; a check rejects
 * a record that carries it in an argument, a result or an answer.
 */

/** Fields whose values are type names (`type`, `data_type`, `valueType`). */
const TYPE_FIELD = /(^|_)(type|data_?type|value_?type|kind|format)$|[a-z](Type|Kind|Format)$/i;

/** A whole value that names a type or a stand-in, never a thing (`string`, `foo`, `TODO`, `<name>`). */
const STAND_IN =
  /^(string|foo|bar|baz|qux|foobar|lorem|example|placeholder|dummy|xxx+|changeme|12345|123456|1234567|12345678|123456789|your[_-][\w-]+|<[^<>]+>|\{\{[^{}]+\}\})$/i;

/** Stand-in phrases anywhere in a value. */
const STAND_IN_PHRASES: ReadonlyArray<[RegExp, string]> = [
  // RFC 2606 names reserved for documentation: an address or link under them reaches nobody
  [/(^|[@./\s])example\.(com|org|net)\b|\.(example|invalid)\b(?![.-])|(^|@)test\.com\b/i, 'a documentation domain'],
  [/\blorem ipsum\b|\bipsum dolor\b|\bdolor sit amet\b/i, 'lorem ipsum'],
  [/\bsuper awesome\b/i, 'a spec sample phrase'],
  [/\b(fictional|fictitious|made-up) example\b|\bthis (fictional|fictitious|example|sample)\b/i, 'a fictional example'],
  [/^(your|insert|enter|put) [\w ]{1,30} here\.?$/i, 'a fill-in-here placeholder'],
  [/^(a|an) (photo|image|picture) of (a|an) (object|thing|item)\.?$/i, 'a generic image caption'],
];

/** A capitalised stand-in word in a name: a street, a firm or a person's (`Sample Avenue`, `Example Corp`, `Carreón Sample`). */
const STAND_IN_NAME =
  /(^|\s)(Sample|Example|Dummy|Placeholder) (Street|St|Avenue|Ave|Road|Rd|Lane|Drive|Way|Boulevard|Hotel|Company|Corp|Inc|Ltd|LLC|User|Person|City|Town)\.?$|^[A-Z][\p{L}'-]+ (Sample|Example|Dummy|Placeholder)$/u;

/**
 * Why `value` (of the field `key`, when known) is placeholder text, or undefined when it reads as data. Only whole-value stand-ins,
 * reserved documentation domains and known sample phrases count: a sentence that mentions "a test" or
 * "a blood sample" is data.
 */
export function placeholderText(value: string, key = ''): string | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  // a field that names a type (`type: "STRING"` of a filter) holds type words as data
  if (STAND_IN.test(text) && !TYPE_FIELD.test(key)) return `"${text}" is a stand-in, not a value`;
  for (const [pattern, what] of STAND_IN_PHRASES) if (pattern.test(text)) return `"${cut(text)}" is ${what}`;
  if (STAND_IN_NAME.test(text)) return `"${text}" is a sample name`;
  return undefined;
}

function cut(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
