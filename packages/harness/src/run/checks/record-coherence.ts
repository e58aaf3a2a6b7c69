import type { ReviewedCall } from './conversation.js';
import { partsOverWhole } from './part-counts.js';
import { contradictoryFields } from './record-fields.js';
import { clashingNames } from './record-names.js';
import { twoStoryTransactions } from './transaction-stories.js';
import { statusMismatches } from './status-pairs.js';
import { wrongKindSlots } from './slot-kinds.js';
import { eachObject, isJsonObject, squashKey } from '@inftool/core';

/**
 * Fields of one record that contradict each other or carry nothing (`results_plausible`), judged
 * from the call and its result with this file's own small tables, independent of the generator: a
 * review whose star rating, recommendation and text disagree (5 stars, "the sole came off", not
 * recommended), a common name of another thing (`Urinalysis` called `Lipid panel`), an unpaged
 * `count` that is not the rows beside it, episodes shorter than a minute on average, a list field
 * (`transactions`) that holds a bare number, a UUID with letters past `f`, and a name that is the
 * number the call sent (`jurisdiction: "1825645"` → `name: "1825645"`), a draw "final after extra time",
 * outcome counts above their whole (50 documents translated of 5 put in), a status the record's other
 * fields contradict (an inbound fax "sending", a submitted job with an end time).
 */
type Json = Record<string, unknown>;

const fieldOf = (object: Json, pattern: RegExp): [string, unknown] | undefined =>
  Object.entries(object).find(([key]) => pattern.test(squashKey(key)));

const COMPLAINT =
  /\b(came off|come off|came loose|fell apart|broke|broken|ripped|faded|stopped working|returned it|refund|disappointing|disappointed|waste of money|worst|not worth)\b/i;
const PRAISE = /\b(love it|great|excellent|perfect|comfortable|well made|sturdy|would buy it again|exactly like the photos|good value)\b/i;
function reviewProblems(object: Json): string[] {
  const rating = fieldOf(object, /^(rating|stars|starrating|overallrating)$/)?.[1];
  if (typeof rating !== 'number' || rating < 1 || rating > 5) return [];
  const problems: string[] = [];
  const recommend = fieldOf(object, /^(recommend|recommended|wouldrecommend|isrecommended)$/)?.[1];
  if (typeof recommend === 'boolean' && (rating >= 4 ? !recommend : rating <= 2 && recommend))
    problems.push(`a ${rating}-star review that says recommend: ${String(recommend)}`);
  for (const [key, text] of Object.entries(object)) {
    if (
      typeof text !== 'string' ||
      !/^(title|headline|summary|text|body|description|comment|content|review|reviewtext)$/.test(squashKey(key))
    )
      continue;
    const [complaint, praise] = [COMPLAINT.test(text), PRAISE.test(text)];
    if (rating >= 4 && complaint && !praise) problems.push(`a ${rating}-star review whose ${key} complains ("${text}")`);
    if (rating <= 2 && praise && !complaint) problems.push(`a ${rating}-star review whose ${key} praises ("${text}")`);
  }
  return problems;
}

/** Names of one test, symptom, condition or risk factor, each group one thing (lower case). */
const ONE_THING: ReadonlyArray<readonly string[]> = [
  ['complete blood count', 'cbc', 'full blood count'],
  ['hemoglobin a1c', 'haemoglobin a1c', 'hba1c', 'a1c', 'glycated hemoglobin'],
  ['lipid panel', 'lipid profile', 'cholesterol test'],
  ['thyroid-stimulating hormone', 'tsh', 'thyroid test'],
  ['c-reactive protein', 'crp'],
  ['basic metabolic panel', 'bmp'],
  ['comprehensive metabolic panel', 'cmp'],
  ['urinalysis', 'urine test'],
  ['shortness of breath', 'breathlessness', 'dyspnea'],
  ['abdominal pain', 'stomach ache', 'stomachache', 'belly pain'],
  ['fatigue', 'tiredness'],
  ['nausea', 'feeling sick'],
  ['headache'],
  ['fever', 'high temperature', 'pyrexia'],
  ['cough'],
  ['sore throat', 'pharyngitis'],
  ['dizziness', 'vertigo'],
  ['hypertension', 'high blood pressure'],
  ['influenza', 'flu'],
  ['gastroenteritis', 'stomach flu'],
  ['acute bronchitis', 'chest cold', 'bronchitis'],
  ['strep throat', 'streptococcal pharyngitis'],
  ['tension-type headache', 'tension headache'],
  ['migraine'],
  ['common cold', 'cold'],
  ['diabetes', 'diabetes mellitus'],
  ["alzheimer's disease", 'alzheimer disease', 'alzheimers', 'dementia'],
  ['asthma'],
  ['sudden severe headache', 'thunderclap headache'],
  ['chest pain'],
  ['loss of consciousness', 'fainting', 'syncope'],
  ['difficulty breathing', 'breathing difficulty'],
  ['coughing up blood', 'hemoptysis', 'haemoptysis'],
  ['high fever with stiff neck', 'fever and stiff neck'],
  ['smoking', 'tobacco use', 'smoker'],
  ['obesity'],
  ['recent travel abroad', 'travel abroad'],
  ['age over 60'],
  ['pregnancy'],
];
const thingOf = (name: string): number => ONE_THING.findIndex((group) => group.includes(name.trim().toLowerCase()));
function nameProblems(object: Json): string[] {
  const name = object['name'];
  const common = fieldOf(object, /^(commonname|layname|alsoknownas|alias|popularname)$/);
  if (typeof name !== 'string' || common === undefined || typeof common[1] !== 'string') return [];
  const [own, other] = [thingOf(name), thingOf(common[1])];
  return own >= 0 && other >= 0 && own !== other ? [`"${name}" has the ${common[0]} "${common[1]}", another thing`] : [];
}

const PAGING =
  /^(page|pages|next|nextpage|hasnext|hasmore|cursor|nextcursor|offset|limit|perpage|pagesize|totalpages|pagenumber|nextpagenumber|pagination|links|maxpage|lasttimestampms|continuation|nexttoken|pagetoken)$/;
function countProblems(object: Json, paged: boolean): string[] {
  const count = object['count'];
  if (paged || !Number.isInteger(count) || Object.keys(object).some((key) => PAGING.test(squashKey(key)))) return [];
  const lists = Object.entries(object).filter(([, entry]) => Array.isArray(entry) && entry.length > 0 && entry.every(isJsonObject));
  if (lists.length !== 1) return [];
  const [key, rows] = lists[0] as [string, unknown[]];
  return (count as number) > rows.length ? [`count is ${String(count)}, but ${key} holds ${rows.length} and nothing pages it`] : [];
}

function durationProblems(object: Json): string[] {
  const episodes = fieldOf(object, /^(episodecount|numepisodes|totalepisodes)$/)?.[1];
  const seconds = fieldOf(object, /^(totalaudiolengthsec|totaldurationsec|totaldurationseconds)$/)?.[1];
  if (typeof episodes !== 'number' || episodes < 1 || typeof seconds !== 'number' || seconds / episodes >= 60) return [];
  return [`${episodes} episodes in ${seconds} seconds of audio`];
}

const RECORD_LISTS =
  /^(transactions|items|results|records|entries|orders|events|articles|reviews|users|accounts|products|comments|posts|messages|members|episodes|tracks|payments|invoices|bookings)$/;
function listProblems(object: Json): string[] {
  return Object.entries(object)
    .filter(
      ([key, entry]) =>
        RECORD_LISTS.test(key.toLowerCase()) && (typeof entry === 'number' || (typeof entry === 'string' && /^\d+$/.test(entry))),
    )
    .map(([key, entry]) => `${key} should list records but holds the bare number ${JSON.stringify(entry)}`);
}

const UUID_SHAPE = /^[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}$/i;
function uuidProblems(value: unknown, problems: string[]): void {
  if (Array.isArray(value)) value.forEach((entry) => uuidProblems(entry, problems));
  else if (isJsonObject(value)) Object.values(value).forEach((entry) => uuidProblems(entry, problems));
  else if (typeof value === 'string' && UUID_SHAPE.test(value) && /[g-z]/i.test(value))
    problems.push(`${value} is no UUID (letters past f)`);
}

/** A match that went to extra time and still ended level (it would have gone to penalties, or on), or won by more than two. */
function matchProblems(object: Json): string[] {
  const status = object['status'];
  const scores = Object.entries(object).filter(
    ([key, entry]) => /^(team_?[12]_?score|home_?score|away_?score)$/i.test(key) && Number.isInteger(entry),
  );
  if (typeof status !== 'string' || !/after extra time|\baet\b/i.test(status) || scores.length !== 2) return [];
  const [a, b] = [scores[0]![1] as number, scores[1]![1] as number];
  if (a === b) return [`a ${a}–${b} draw "${status}"`];
  // extra time starts level: thirty minutes rarely give more than two goals between the sides
  return Math.abs(a - b) > 2 ? [`a ${a}–${b} "${status}": extra time starts level`] : [];
}

/** A record named by a number the call sent to pick it (`jurisdiction: "1825645"` → `name: "1825645"`): a name is words, the number is an id. */
function echoedNumbers(args: Json): Set<string> {
  return new Set(
    Object.entries(args)
      .filter(([key, value]) => typeof value === 'string' && /^\d{6,}$/.test(value) && !/(zip|post|code|number|phone|date|year)/i.test(key))
      .map(([, value]) => value as string),
  );
}

/** The fields of `call`'s records that contradict each other or carry nothing. */
export function incoherentRecords(call: ReviewedCall): string[] {
  const problems: string[] = contradictoryFields(call);
  uuidProblems(call.arguments, problems);
  if (call.isError || call.data === undefined) return problems;
  uuidProblems(call.data, problems);
  const paged = typeof call.arguments === 'object' && Object.keys(call.arguments).some((key) => PAGING.test(squashKey(key)));
  const numbers = typeof call.arguments === 'object' ? echoedNumbers(call.arguments) : new Set<string>();
  eachObject(call.data, (object) => {
    if (typeof object['name'] === 'string' && numbers.has(object['name']))
      problems.push(`name "${object['name']}" is the number the call sent`);
    problems.push(...reviewProblems(object), ...nameProblems(object), ...countProblems(object, paged));
    problems.push(...durationProblems(object), ...listProblems(object), ...matchProblems(object));
  });
  // outcomes that add up to more than their whole (50 documents translated of 5 put in)
  problems.push(...partsOverWhole(call.data), ...clashingNames(call.data), ...twoStoryTransactions(call.data));
  // a status its direction, its stage or its own link contradicts (`status-pairs.ts`)
  problems.push(...statusMismatches(call.data));
  // a field holding another kind of thing than its name says (`slot-kinds.ts`)
  problems.push(...wrongKindSlots(call.data));
  return problems;
}
