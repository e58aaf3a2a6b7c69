import type { Conversation, ReviewedCall } from './conversation.js';
import { errorResult } from './error-result.js';
import { argumentTree } from './world-consistency.js';

/**
 * Results that answer the call they came from (docs/harness.md, `results_match_call`):
 * (a) the items of a listing hold, in the field named for a filter (its own name, or `<filter>_symbol`,
 * `_name`, `_label`, `_code` when the filter sends that kind of value: symbols, names), a value the
 * filter asked for: scalar filters, lists of values and the fields of a JSON request body alike
 * (`{"target": ["KRAS", "IL6"]}` → no item of `target_symbol: "EGFR"`);
 * (b) a listing by one subject (`get_relation_by_efoid(disease)`) lists items of that subject (`subject`);
 * (c) a metrics, statistics, summary or forecast tool says more than the name of what it is about;
 * (d) two calls of one tool about different subjects (two cities) do not return the same measures;
 * (e) a summary of one place (`region: Europe`) names no block of the same shape for another place.
 */

type Fields = Record<string, unknown>;
type Scalar = string | number | boolean;
const isRecord = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const normalise = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Arguments that steer a call rather than filter it: never compared with the items. */
const STEERING =
  /^(q|query|search|term|terms|keyword|keywords|sort|sortby|order|orderby|direction|format|fields|facets|from|size|limit|offset|page|pagesize|perpage|cursor|key|apikey|token|lang|language|locale|units?|datastructure|include|expand|id|ids)$/;

/** What kind of value a filter sends: a code (`ENSG00000133703`), a symbol (`KRAS`) or words (`type 2 diabetes`). */
function valueClass(value: string): 'code' | 'symbol' | 'words' {
  if (/\s/.test(value.trim())) return 'words';
  if (/^[A-Z][A-Z0-9-]{1,9}$/.test(value) && !/\d{5,}/.test(value)) return 'symbol';
  if (/\d{3,}/.test(value)) return 'code';
  return 'words';
}
const SUFFIX: Record<string, RegExp> = { symbol: /^(symbol|code)$/, words: /^(name|label|title)$/, code: /^(id|code)$/ };

/** Words naming a class of things, not one of them: "breast cancer" and "lung cancer" share no subject. */
const CLASS_WORD = /^(disease|diseases|cancer|carcinoma|syndrome|disorder|city|county|state|region|district|type|group)$/;
const subjectWords = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9']+/)
    .filter((word) => word.length >= 4 && !CLASS_WORD.test(word));

/** Whether a listed value is one a filter asked for: the same, one inside the other, or names sharing a word. */
function agrees(stored: string, wanted: string[]): boolean {
  const value = stored.toLowerCase();
  return wanted.some((asked) => {
    const entry = asked.toLowerCase();
    if (value === entry || value.includes(entry) || entry.includes(value)) return true;
    if (valueClass(asked) !== 'words' || valueClass(stored) !== 'words') return false;
    const words = new Set(subjectWords(entry));
    return subjectWords(value).some((word) => words.has(word));
  });
}

/** The filters a call sends, a JSON body's fields opened: name → the string values asked for. */
function filtersOf(call: ReviewedCall): Map<string, string[]> {
  const filters = new Map<string, string[]>();
  const walk = (fields: Fields) => {
    for (const [key, value] of Object.entries(fields)) {
      if (isRecord(value)) walk(value);
      else if (!STEERING.test(normalise(key))) {
        const values = (Array.isArray(value) ? value : [value]).filter((entry): entry is string => typeof entry === 'string');
        if (values.length > 0 && values.every((entry) => entry.trim().length >= 2 && entry.length <= 60 && !/[*%?]/.test(entry)))
          filters.set(normalise(key), values);
      }
    }
  };
  walk(argumentTree(call));
  return filters;
}

/**
 * The items of a listing result: the objects of its longest list of objects that the result holds
 * itself (at its top or in objects around it, `{"pagination", "results": [...]}`), not a list a
 * listed record holds of its own parts (a person's `offices`); a result whose only lists are such
 * parts is read by its longest one.
 */
function listedItems(data: unknown): Fields[] {
  let best: Fields[] = [];
  let anywhere: Fields[] = [];
  const visit = (value: unknown, own: boolean) => {
    if (Array.isArray(value)) {
      const records = value.filter(isRecord);
      if (own && records.length > best.length) best = records;
      if (records.length > anywhere.length) anywhere = records;
      value.forEach((entry) => visit(entry, false));
    } else if (isRecord(value)) Object.values(value).forEach((entry) => visit(entry, own));
  };
  visit(data, true);
  return best.length > 0 ? best : anywhere;
}

/** (a) Items whose field named for a filter holds a value of the filter's kind that the filter did not ask for. */
function itemsOutsideFilters(call: ReviewedCall): string[] {
  const filters = filtersOf(call);
  if (filters.size === 0) return [];
  const problems: string[] = [];
  listedItems(call.data).forEach((item, index) => {
    for (const [key, value] of Object.entries(item)) {
      if (typeof value !== 'string' || value === '') continue;
      const field = normalise(key);
      if (field === 'id') continue;
      const own = filters.get(field);
      const base = [...filters.keys()].find((name) => field.startsWith(name) && SUFFIX[valueClass(value)]?.test(field.slice(name.length)));
      const wanted = own ?? (base === undefined ? undefined : filters.get(base));
      if (wanted === undefined || !wanted.some((entry) => valueClass(entry) === valueClass(value))) continue;
      if (!agrees(value, wanted))
        problems.push(`${call.chatName}: item ${index + 1} has ${key} ${JSON.stringify(value)}, the call asked for ${wanted.join(' or ')}`);
    }
  });
  return problems;
}

/** (b) A listing by one subject (`…_by_<noun>` with one string argument) whose items' `subject` is another. */
function itemsOfAnotherSubject(call: ReviewedCall): string[] {
  if (!/_by_[a-z]+$/i.test(call.name ?? call.chatName) || typeof call.arguments !== 'object') return [];
  const sent = Object.entries(call.arguments).filter(([, value]) => typeof value === 'string');
  if (sent.length !== 1) return [];
  const [name, asked] = sent[0] as [string, string];
  return listedItems(call.data).flatMap((item, index) =>
    typeof item['subject'] === 'string' && item['subject'] !== asked
      ? [`${call.chatName}: item ${index + 1} has subject ${item['subject']}, the call asked for ${name} ${asked}`]
      : [],
  );
}

/** Words of a tool's name that promise measures. */
const MEASURE_WORD = /^(metrics?|stats?|statistics|summary|summaries|forecasts?|predictions?|analytics)$/;
/** Keys that name what a result is about or when it was written, not a measure of it. */
const SUBJECT_KEY =
  /^(id|name|title|label|symbol|subject|type|kind|description|url|link|href|createdat|updatedat|timestamp|date|generatedon|lastupdated|status|message)$/;

function leaves(value: unknown, key: string, visit: (key: string, value: unknown) => void): void {
  if (Array.isArray(value)) value.forEach((entry) => leaves(entry, key, visit));
  else if (isRecord(value)) for (const [child, entry] of Object.entries(value)) leaves(entry, child, visit);
  else visit(key, value);
}

/** (c) A measures tool whose result holds nothing but its subject's name, times and echoes of the call. */
function subjectOnly(call: ReviewedCall): string[] {
  const words = (call.name ?? call.chatName).toLowerCase().split(/[^a-z]+/);
  if (!words.some((word) => MEASURE_WORD.test(word)) || !isRecord(call.data)) return [];
  const echoed = new Set<string>();
  leaves(argumentTree(call), '', (_key, value) => echoed.add(String(value).toLowerCase()));
  let measured = 0;
  leaves(call.data, '', (key, value) => {
    if (value !== null && value !== '' && !SUBJECT_KEY.test(normalise(key)) && !echoed.has(String(value).toLowerCase())) measured += 1;
  });
  return measured === 0 ? [`${call.chatName}: the result names its subject and holds none of the measures the tool is named for`] : [];
}

/** The measured numbers of a result (not times, pages or counts of pages), in order. */
function measures(data: unknown): number[] {
  const numbers: number[] = [];
  leaves(data, '', (key, value) => {
    if (typeof value === 'number' && !/(time|epoch|date|timestamp|page|limit|offset|total|count|id|year|status|code)$/.test(normalise(key)))
      numbers.push(value);
  });
  return numbers;
}

/** The subject of a call: its string arguments but credentials and formats. */
function subjectOf(call: ReviewedCall): string {
  if (typeof call.arguments !== 'object') return '';
  const named = Object.entries(call.arguments).filter(
    ([key, value]) => (typeof value === 'string' || typeof value === 'number') && !STEERING.test(normalise(key)),
  );
  return JSON.stringify(named.sort(([a], [b]) => a.localeCompare(b)) as Array<[string, Scalar]>);
}

/** (d) Two calls of one tool about different subjects with the same three or more measured numbers. */
function sameMeasures(calls: ReviewedCall[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, Array<{ subject: string; numbers: string; call: ReviewedCall }>>();
  for (const call of calls) {
    const numbers = measures(call.data);
    if (numbers.length < 3) continue;
    const tool = call.name ?? call.chatName;
    const earlier = seen.get(tool) ?? [];
    const entry = { subject: subjectOf(call), numbers: numbers.join(','), call };
    const same = earlier.find((other) => other.numbers === entry.numbers && other.subject !== entry.subject);
    if (same !== undefined)
      problems.push(`${call.chatName}: the same measures for ${entry.subject} as for ${same.subject} (${numbers.slice(0, 4).join(', ')}…)`);
    earlier.push(entry);
    seen.set(tool, earlier);
  }
  return problems;
}

/** Arguments that name the one place a summary is of. */
const PLACE_ARGUMENT = /^(region|country|state|province|continent|territory)$/;

/** (e) A summary of one place (`region: Europe`) whose blocks of one shape (outside lists) are named for another place too. */
function blocksOfAnotherPlace(call: ReviewedCall): string[] {
  if (typeof call.arguments !== 'object') return [];
  const problems: string[] = [];
  for (const [key, asked] of Object.entries(call.arguments)) {
    if (!PLACE_ARGUMENT.test(normalise(key)) || typeof asked !== 'string') continue;
    const blocks: Array<{ path: string; shape: string; name: string }> = [];
    const walk = (value: unknown, path: string) => {
      if (!isRecord(value)) return;
      const name = value['name'];
      // entries of a map keyed by their names (`regions: {Europe: {name: "Europe"}}`) are records of their own
      if (typeof name === 'string' && normalise(name) !== normalise(path.split('.').at(-1) ?? ''))
        blocks.push({ path, shape: Object.keys(value).sort().join(','), name });
      for (const [inner, entry] of Object.entries(value)) walk(entry, path === '' ? inner : `${path}.${inner}`);
    };
    walk(call.data, '');
    const own = blocks.filter((block) => block.name.toLowerCase() === asked.toLowerCase());
    for (const block of blocks)
      if (own.some((other) => other.shape === block.shape) && block.name.toLowerCase() !== asked.toLowerCase())
        problems.push(`${call.chatName}: ${block.path}.name is ${JSON.stringify(block.name)} in a summary of ${key} ${asked}`);
  }
  return problems;
}

/** Every way a conversation's results fail to answer the calls they came from. */
export function resultsMatchCall(conversation: Conversation): string[] {
  const answered = conversation.calls.filter((call) => !call.rejected && errorResult(call) === undefined && call.data !== undefined);
  return [
    ...answered.flatMap((call) => [
      ...itemsOutsideFilters(call),
      ...itemsOfAnotherSubject(call),
      ...subjectOnly(call),
      ...blocksOfAnotherPlace(call),
    ]),
    ...sameMeasures(answered),
  ];
}
