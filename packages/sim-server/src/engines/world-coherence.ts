import { eachObject, isJsonObject, squashKey } from '@inftool/core';
import { countedWholes } from './world-part-counts.js';
import { banksNamedLikeBanks, namesOfNestedRecords, oneNamePerRecord } from './world-name-fields.js';
import { oneStoryPerTransaction } from './world-transaction-texts.js';
import { uvRiskLabels } from './world-uv-risk.js';
import { statusPairs } from './world-status-pairs.js';
import { linksNameTheirRecord } from './world-own-links.js';
/**
 * One record drawn as one story (docs/sim-server.md, "Results that fit the call"), judged by field
 * names: a review's recommendation and texts agree with its star rating, a record's common name is a
 * name of the same thing, a list's `count` is the rows it holds when nothing pages it, and a
 * playlist's total audio is long enough for its episodes, and a final score is no goalless draw (nor a
 * draw after extra time). Each function works in place.
 */
type Json = Record<string, unknown>;

const RATING = /^(rating|stars|starrating|overallrating)$/;
/** Fields only a review has (who wrote it, whether it helped). */
const REVIEWISH = /review|recommend|helpful|customer|author|nickname/;
const RECOMMEND = /^(recommend|recommended|wouldrecommend|isrecommended)$/;
const REVIEW_TEXT = /^(title|headline|summary|text|body|description|comment|content|review|reviewtext)$/;
const NEGATIVE =
  /\b(came off|come off|came loose|broke|broken|fell apart|disappoint\w*|poor|terrible|awful|returned it|refund\w*|ripped|faded|stopped working|waste|worst|not worth)\b/i;
const POSITIVE =
  /\b(love[ds]?|great|excellent|perfect|comfortable|well made|sturdy|fantastic|happy with|good value|buy it again|exactly like)\b/i;
/** The tone of a review text: 1 praise, -1 complaint, 0 mixed or neither. */
export function reviewTone(text: string): -1 | 0 | 1 {
  const negative = NEGATIVE.test(text);
  const positive = POSITIVE.test(text);
  return negative === positive ? 0 : negative ? -1 : 1;
}
const TONED: Record<'title' | 'text', Record<'1' | '-1', readonly string[]>> = {
  title: {
    '1': ['Comfortable and well made', 'Perfect for everyday wear', 'Good value for the price', 'Great fit, true to size'],
    '-1': ['Returned it: the seams came loose', 'Fell apart after a few weeks', 'Disappointing quality'],
  },
  text: {
    '1': [
      'Fits true to size and the fabric feels sturdy.',
      'Comfortable from the first day; I would buy it again.',
      'Arrived quickly and looks exactly like the photos.',
    ],
    '-1': [
      'The sole started to come off after two months.',
      'The seams came loose after the second wash, so I returned it.',
      'The colour faded quickly; not worth the price.',
    ],
  },
};

/** A review's recommendation and texts follow its 1–5 star rating (4–5 praise and recommend, 1–2 complain and do not). */
export function coherentReviews(value: unknown): void {
  eachObject(value, (object) => {
    const ratingKey = Object.keys(object).find((key) => RATING.test(squashKey(key)));
    const rating = ratingKey === undefined ? undefined : object[ratingKey];
    if (typeof rating !== 'number' || rating < 1 || rating > 5) return;
    if (!Object.keys(object).some((key) => REVIEWISH.test(squashKey(key)))) return;
    const tone = rating >= 4 ? 1 : rating <= 2.5 ? -1 : 0;
    if (tone === 0) return;
    for (const [key, entry] of Object.entries(object)) {
      if (RECOMMEND.test(squashKey(key)) && typeof entry === 'boolean') object[key] = tone === 1;
      if (!REVIEW_TEXT.test(squashKey(key)) || typeof entry !== 'string' || reviewTone(entry) !== -tone) continue;
      const pool = TONED[/^(title|headline|summary)$/.test(squashKey(key)) ? 'title' : 'text'][tone === 1 ? '1' : '-1'];
      object[key] = pool[entry.length % pool.length];
    }
  });
}

/** Each group names one test, symptom, condition or risk factor: its formal name first, then the names people use. */
const SAME_THING: ReadonlyArray<readonly string[]> = [
  ['Complete blood count', 'CBC', 'Full blood count'],
  ['Hemoglobin A1c', 'HbA1c', 'A1c'],
  ['Lipid panel', 'Cholesterol test', 'Lipid profile'],
  ['Thyroid-stimulating hormone', 'TSH', 'Thyroid test'],
  ['C-reactive protein', 'CRP'],
  ['Basic metabolic panel', 'BMP'],
  ['Urinalysis', 'Urine test'],
  ['Shortness of breath', 'Breathlessness'],
  ['Abdominal pain', 'Stomach ache'],
  ['Fatigue', 'Tiredness'],
  ['Nausea', 'Feeling sick'],
  ['Headache'],
  ['Fever', 'High temperature'],
  ['Cough'],
  ['Sore throat'],
  ['Dizziness'],
  ['Hypertension', 'High blood pressure'],
  ['Influenza', 'Flu'],
  ['Gastroenteritis', 'Stomach flu'],
  ['Acute bronchitis', 'Chest cold'],
  ['Strep throat', 'Streptococcal pharyngitis'],
  ['Tension-type headache', 'Tension headache'],
  ['Migraine'],
  ['Common cold', 'Cold'],
  ['Sudden severe headache', 'Thunderclap headache'],
  ['Chest pain'],
  ['Loss of consciousness', 'Fainting'],
  ['Difficulty breathing', 'Breathing difficulty'],
  ['Coughing up blood', 'Hemoptysis'],
  ['High fever with stiff neck', 'Fever and stiff neck'],
  // risk factors: each is its own thing ("Smoking" is never called "Age over 60")
  ['Smoking', 'Tobacco use'],
  ['Obesity'],
  ['Recent travel abroad', 'Travel abroad'],
  ['Diabetes', 'Diabetes mellitus'],
  ['Age over 60'],
  ['Pregnancy'],
];
const groupOf = (name: string): readonly string[] | undefined =>
  SAME_THING.find((group) => group.some((entry) => entry.toLowerCase() === name.toLowerCase()));
const COMMON_NAME = /^(commonname|layname|alsoknownas|alias|popularname)$/;

/** A record's common name names the thing its `name` does (`Urinalysis` → `Urine test`, never `Lipid panel`). */
export function commonNames(value: unknown): void {
  eachObject(value, (object) => {
    if (typeof object['name'] !== 'string') return;
    const group = groupOf(object['name']);
    if (group === undefined) return;
    for (const [key, entry] of Object.entries(object))
      if (
        COMMON_NAME.test(squashKey(key)) &&
        typeof entry === 'string' &&
        !group.some((known) => known.toLowerCase() === entry.toLowerCase())
      )
        object[key] = group[1] ?? group[0];
  });
  // A name not on record: a common name drawn from the table names another thing, so it is the name itself.
  eachObject(value, (object) => {
    const name = object['name'];
    if (typeof name !== 'string' || groupOf(name) !== undefined) return;
    for (const [key, entry] of Object.entries(object))
      if (COMMON_NAME.test(squashKey(key)) && typeof entry === 'string' && groupOf(entry) !== undefined) object[key] = name;
  });
}

/**
 * A record's `question` (a symptom checker's "Do you have a headache?") asks about the record: a last-resort
 * label ("team question") or any text that is no question becomes one about its common name or its name.
 */
export function recordQuestions(value: unknown): void {
  eachObject(value, (object) => {
    const question = object['question'];
    const common = Object.entries(object).find(([key, entry]) => COMMON_NAME.test(squashKey(key)) && typeof entry === 'string')?.[1];
    const subject = (common ?? object['name']) as unknown;
    if (typeof question !== 'string' || question.trim().endsWith('?') || typeof subject !== 'string' || subject.length === 0) return;
    const lower = /^[A-Z][a-z]/.test(subject) ? subject.charAt(0).toLowerCase() + subject.slice(1) : subject;
    // "Do you have obesity?"; a state or an event is asked as such ("Does “Recent travel abroad” apply to you?")
    object['question'] = /^(\w+ing|recent|frequent|previous|prior|history)\b/i.test(subject)
      ? `Does “${subject}” apply to you?`
      : `Do you have ${lower}?`;
  });
}

const PAGING =
  /^(page|pages|next|nextpage|hasnext|hasmore|cursor|nextcursor|offset|limit|perpage|pagesize|totalpages|pagenumber|nextpagenumber|pagination|links|maxpage|lasttimestampms|continuation|nexttoken|pagetoken)$/;
/** A `count` beside the one list of records it counts, with no paging in the result or the call, is that list's length. */
export function countedRows(value: unknown, args: Json): void {
  if (Object.keys(args).some((key) => PAGING.test(squashKey(key)))) return;
  eachObject(value, (object) => {
    if (Object.keys(object).some((key) => PAGING.test(squashKey(key)))) return;
    const lists = Object.values(object).filter((entry) => Array.isArray(entry) && entry.length > 0 && entry.every(isJsonObject));
    if (lists.length !== 1 || !Number.isInteger(object['count'])) return;
    object['count'] = (lists[0] as unknown[]).length;
  });
}

const EPISODES = /^(episodecount|numepisodes|totalepisodes)$/;
const TOTAL_AUDIO = /^(totalaudiolengthsec|totaldurationsec|totaldurationseconds)$/;
/** A playlist's total audio gives its episodes 20–60 minutes each (never 25 episodes in 27 seconds). */
export function episodeLengths(value: unknown): void {
  eachObject(value, (object) => {
    const episodes = Object.entries(object).find(([key, entry]) => EPISODES.test(squashKey(key)) && Number.isInteger(entry))?.[1];
    const total = Object.keys(object).find((key) => TOTAL_AUDIO.test(squashKey(key)) && typeof object[key] === 'number');
    if (typeof episodes !== 'number' || episodes < 1 || total === undefined) return;
    const seconds = object[total] as number;
    if (seconds / episodes >= 20 * 60 && seconds / episodes <= 3 * 3600) return;
    object[total] = episodes * (1200 + (Math.round(seconds) % 2400));
  });
}

const SIDE_SCORE = /^(team_?1_?score|home_?score|score_?home|home_?goals)$|^(team_?2_?score|away_?score|score_?away|away_?goals)$/;
/** A finished match has a winner by a goal or two when it went to extra time, and no goalless final (rare in football, never in baseball or American football). */
export function decidedMatches(value: unknown): void {
  eachObject(value, (object) => {
    const status = object['status'];
    const sides = Object.keys(object).filter((key) => SIDE_SCORE.test(key.toLowerCase()) && Number.isInteger(object[key]));
    if (typeof status !== 'string' || !/^final|finished|full.?time/i.test(status) || sides.length !== 2) return;
    const [first, second] = sides as [string, string];
    const [a, b] = [object[first] as number, object[second] as number];
    if (a === 0 && b === 0) object[(status.length + sides.join('').length) % 2 === 0 ? first : second] = 1;
    else if (a === b && /extra/i.test(status)) object[first] = a + 1;
    // level after ninety minutes, then a goal or two in thirty more: never 0–5 after extra time
    else if (/extra/i.test(status) && Math.abs(a - b) > 2) object[a > b ? first : second] = Math.min(a, b) + 1 + (Math.abs(a - b) % 2);
  });
}

/** The rules above, in order. */
export function coherentRecords(value: unknown, args: Json): void {
  decidedMatches(value);
  coherentReviews(value);
  commonNames(value);
  recordQuestions(value);
  countedRows(value, args);
  episodeLengths(value);
  countedWholes(value);
  uvRiskLabels(value);
  oneNamePerRecord(value);
  namesOfNestedRecords(value);
  banksNamedLikeBanks(value);
  oneStoryPerTransaction(value);
  statusPairs(value, args);
  linksNameTheirRecord(value);
}
