import { isJsonObject, parseJsonText } from '@inftool/core';
import type { CallOutcome } from './call-outcome.js';

/** Fields that hold a file's text as a file-system command answers it (`cat` → `file_content`, `tail` → `last_lines`). */
const TEXT_FIELD = /^(file_content|content|contents|last_lines|first_lines|sorted_content|text|output)$/;
const WHAT: Readonly<Record<string, string>> = {
  last_lines: 'The last lines of',
  first_lines: 'The first lines of',
  sorted_content: 'Sorted, the lines of',
};

/** A JSON document's top-level values said as a list (`quarter Q3, revenue 1840000 and region north`), if it is an object of plain values. */
function documentValues(text: string): string | undefined {
  const document = parseJsonText(text);
  if (!isJsonObject(document)) return undefined;
  const said = Object.entries(document)
    .filter(([, value]) => ['string', 'number', 'boolean'].includes(typeof value))
    .slice(0, 6)
    .map(([key, value]) => `${key.replace(/_/g, ' ')} ${String(value)}`);
  return said.length === 0 ? undefined : said.length === 1 ? said[0] : `${said.slice(0, -1).join(', ')} and ${said.at(-1) as string}`;
}

/**
 * A file's text as a file-system command returned it, said the way an assistant shows a file: the
 * lines quoted in order (a JSON file's values in words), with the file named. Undefined when the
 * result is not one text of several lines.
 */
export function describeFileText(outcome: CallOutcome, parsed: unknown): string | undefined {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const entries = Object.entries(parsed as Record<string, unknown>);
  const [key, value] = entries.length === 1 ? (entries[0] as [string, unknown]) : [undefined, undefined];
  if (key === undefined || !TEXT_FIELD.test(key) || typeof value !== 'string' || !value.includes('\n')) return undefined;
  const file = ['file_name', 'file', 'name', 'path'].map((name) => outcome.arguments[name]).find((name) => typeof name === 'string');
  const of = typeof file === 'string' ? file : 'the file';
  const values = documentValues(value);
  if (values !== undefined) return `${of} holds a JSON object with ${values}.`;
  // lines of a JSON document out of order (`sort`) are said without its quotes, commas and braces
  const lines = value
    .split('\n')
    .map((line) =>
      line
        .trim()
        .replace(/^"([^"]+)"\s*:/, '$1:')
        .replace(/,$/, ''),
    )
    .filter((line) => line !== '' && !/^[{}[\]]$/.test(line))
    .slice(0, 8)
    .map((line) => `“${line}”`);
  const lead = WHAT[key] ?? (typeof file === 'string' ? `The file ${file} reads` : 'The file reads');
  return WHAT[key] === undefined ? `${lead}: ${lines.join(' ')}` : `${lead} ${of} are: ${lines.join(' ')}`;
}
