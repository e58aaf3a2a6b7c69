// Counts what a reader finds in the tool results of a run's ACCEPTED records (docs/benchmarks.md,
// "Result defects"). Independent of the checks and of the generator: its own plain detectors and its
// own small table of real entities, so a check that hides a defect does not hide it here.
// Run: node bench/result-defects.mjs RUN_DIR [--examples N] [--json]
import { readDefectRun, createDefects, isObject, objects, parseToolResult, printDefects } from './defect-run.mjs';

const { args, exampleCount, file, lines } = readDefectRun('result-defects');

/** Real facts (ChEMBL: type, first approval, max phase 4 = approved); written here, not imported, so the generator cannot grade itself. */
const DRUGS = {
  imatinib: { type: 'small molecule', year: 2001 },
  gefitinib: { type: 'small molecule', year: 2003 },
  erlotinib: { type: 'small molecule', year: 2004 },
  osimertinib: { type: 'small molecule', year: 2015 },
  olaparib: { type: 'small molecule', year: 2014 },
  tofacitinib: { type: 'small molecule', year: 2012 },
  metformin: { type: 'small molecule', year: 1995 },
  atorvastatin: { type: 'small molecule', year: 1996 },
  adalimumab: { type: 'antibody', year: 2002 },
  trastuzumab: { type: 'antibody', year: 1998 },
  pembrolizumab: { type: 'antibody', year: 2014 },
  tocilizumab: { type: 'antibody', year: 2010 },
};
const GENES = new Set([
  'brca1',
  'brca2',
  'tp53',
  'egfr',
  'kras',
  'braf',
  'apoe',
  'pcsk9',
  'il6',
  'tnf',
  'cftr',
  'esr1',
  'myc',
  'pten',
  'alk',
  'erbb2',
  'jak2',
]);
const DISEASES = new Set([
  'asthma',
  'psoriasis',
  'rheumatoid arthritis',
  'breast carcinoma',
  "alzheimer's disease",
  'type 2 diabetes mellitus',
  "crohn's disease",
  'crohn disease',
]);
const norm = (key) => key.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
const TYPE_FIELD = /^(entitytype|type|kind|category|drugtype|moleculetype|objecttype|resulttype)$/;
const PHASE_FIELD = /^(maxphase|maxclinicalphase|maximumclinicaltrialphase|phase|clinicalphase)$/;
const YEAR_FIELD = /^(yearfirstapproved|firstapproval|approvalyear|firstapproved|yearapproved)$/;
const NAME_FIELD = /^(name|prefname|drugname|drug|symbol|targetsymbol|approvedsymbol|label|title|diseasename)$/;

const { defects, note } = createDefects(exampleCount);

function leaves(value, key, visit) {
  if (Array.isArray(value)) for (const entry of value) leaves(entry, key, visit);
  else if (isObject(value)) for (const [child, entry] of Object.entries(value)) leaves(entry, child, visit);
  else visit(key, value);
}

/** (1) An object that names a well-known drug, gene or disease and states a fact that is not its own. */
function entityContradictions(id, call, data) {
  objects(data, (object) => {
    const named = Object.entries(object).find(([key, value]) => NAME_FIELD.test(norm(key)) && typeof value === 'string');
    if (named === undefined) return;
    const name = named[1].toLowerCase();
    const drug = DRUGS[name];
    for (const [key, value] of Object.entries(object)) {
      const field = norm(key);
      const say = `${call}: ${named[1]} ${key}=${JSON.stringify(value)}`;
      if (drug !== undefined) {
        if (PHASE_FIELD.test(field) && typeof value === 'number' && value !== 4) note('approved drug not at phase 4', id, say);
        if (YEAR_FIELD.test(field) && Number(value) !== drug.year) note('drug first approved in another year', id, say);
        if (/^(drugtype|moleculetype|type)$/.test(field) && typeof value === 'string' && value.toLowerCase() !== drug.type)
          note('drug of another type', id, say);
        if (
          /^(entitytype|kind|category|objecttype|resulttype)$/.test(field) &&
          typeof value === 'string' &&
          /gene|target|disease|protein/i.test(value)
        )
          note('entity typed as another kind', id, say);
      } else if (
        GENES.has(name) &&
        TYPE_FIELD.test(field) &&
        typeof value === 'string' &&
        /disease|drug|compound|molecule|phenotype/i.test(value)
      )
        note('entity typed as another kind', id, say);
      else if (
        DISEASES.has(name) &&
        TYPE_FIELD.test(field) &&
        typeof value === 'string' &&
        /gene|target|drug|compound|molecule/i.test(value)
      )
        note('entity typed as another kind', id, say);
    }
  });
}

/** `eco_20c245c8ce`, `book_88l5gdkbf3`: a short prefix and ten random characters, a shape no real service uses. */
const PREFIX_HEX = /^[a-z]{2,5}_(?=[a-z0-9]*\d)[a-z0-9]{10}$/;
const distinctive = (value) => Number.isInteger(value) && value >= 11 && value % 10 !== 0 && !(value >= 1900 && value <= 2100);
const US_STATES = new Set([
  'alabama',
  'alaska',
  'arizona',
  'arkansas',
  'california',
  'colorado',
  'connecticut',
  'delaware',
  'florida',
  'georgia',
  'hawaii',
  'idaho',
  'illinois',
  'indiana',
  'iowa',
  'kansas',
  'kentucky',
  'louisiana',
  'maine',
  'maryland',
  'massachusetts',
  'michigan',
  'minnesota',
  'mississippi',
  'missouri',
  'montana',
  'nebraska',
  'nevada',
  'new hampshire',
  'new jersey',
  'new mexico',
  'new york',
  'north carolina',
  'north dakota',
  'ohio',
  'oklahoma',
  'oregon',
  'pennsylvania',
  'rhode island',
  'south carolina',
  'south dakota',
  'tennessee',
  'texas',
  'utah',
  'vermont',
  'virginia',
  'washington',
  'west virginia',
  'wisconsin',
  'wyoming',
]);
const SKIP_NUMBER_FIELD =
  /^(page|pages|limit|offset|size|pagesize|perpage|total|count|status|statuscode|code|version|year|month|day|hour|minute|second|adults|children|rooms|id|index)$/;

/** Real EFO codes of the table's diseases: an item that carries one beside another disease's name says two things. */
const EFO = {
  EFO_0000270: 'asthma',
  EFO_0000676: 'psoriasis',
  EFO_0000685: 'rheumatoid arthritis',
  EFO_0000305: 'breast carcinoma',
  EFO_0000249: "alzheimer's disease",
  EFO_0001360: 'type 2 diabetes mellitus',
  EFO_0000384: "crohn's disease",
};
/** The arguments a call filters by, body documents opened (`body: "{\"target\":[\"KRAS\"]}"`): normalised key → wanted values. */
function callFilters(sent) {
  const filters = new Map();
  const add = (key, value) => {
    if (typeof value === 'string' && value.trim().startsWith('{')) {
      try {
        const document = JSON.parse(value);
        if (isObject(document)) for (const [inner, entry] of Object.entries(document)) add(inner, entry);
      } catch {
        /* not a document */
      }
      return;
    }
    if (isObject(value)) {
      if (/^(body|filter|filters|query|where|criteria)$/i.test(key)) for (const [inner, entry] of Object.entries(value)) add(inner, entry);
      return;
    }
    const values = (Array.isArray(value) ? value : [value]).filter((entry) => typeof entry === 'string' && entry.trim() !== '');
    if (values.length > 0 && !/^(q|query|search|term|sort|order|format|fields|facets|from|size|limit|page|offset|key|apikey)$/i.test(key))
      filters.set(norm(key), values);
  };
  for (const [key, value] of Object.entries(sent)) add(key, value);
  return filters;
}
/** A value's kind: a code (`ENSG00000133703`), a symbol (`KRAS`) or words (`type 2 diabetes`); a filter and a field of one kind name the same kind of thing. */
const shape = (value) =>
  /\s/.test(value.trim())
    ? 'words'
    : /^[A-Z][A-Z0-9-]{1,9}$/.test(value) && !/\d{5,}/.test(value)
      ? 'symbol'
      : /\d{3,}/.test(value)
        ? 'code'
        : 'words';
const words = (text) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9']+/)
      .filter((word) => word.length >= 4),
  );
/** Whether `stored` is one of the `wanted` values: the same, one inside the other, or (for names) a shared word of four letters. */
function agrees(stored, wanted) {
  const value = stored.toLowerCase();
  return wanted.some((asked) => {
    const entry = asked.toLowerCase();
    if (value === entry || value.includes(entry) || entry.includes(value)) return true;
    if (!/\s/.test(entry) && !/\s/.test(value)) return false;
    const shared = words(entry);
    return [...words(value)].some((word) => shared.has(word));
  });
}
/** The items of a listing result: the objects of its largest array of objects. */
function listedItems(data) {
  let best = [];
  const visit = (value) => {
    if (Array.isArray(value)) {
      const objectsOnly = value.filter(isObject);
      if (objectsOnly.length > best.length) best = objectsOnly;
      for (const entry of value) visit(entry);
    } else if (isObject(value)) for (const child of Object.values(value)) visit(child);
  };
  visit(data);
  return best;
}
/** (8) items of a listing whose field of a filter's name (or `<filter>_symbol`, `_name`) holds a value the call did not ask for. */
function filterViolations(id, call, sent, data) {
  const filters = callFilters(sent);
  if (filters.size === 0) return;
  for (const item of listedItems(data))
    for (const [key, value] of Object.entries(item)) {
      if (typeof value !== 'string' || value === '') continue;
      const field = norm(key);
      if (field === 'id') continue; // the items of a read by id are its parts, with ids of their own
      const base = field.replace(/(symbol|name|code|id)$/, '');
      const wanted = filters.get(field) ?? (base !== field ? filters.get(base) : undefined);
      if (wanted === undefined || !wanted.some((entry) => shape(entry) === shape(value))) continue;
      if (!agrees(value, wanted))
        note('listed item outside the filter', id, `${call}: ${key}=${JSON.stringify(value)}, asked ${wanted.join('|')}`);
    }
}
/** (9) a listing by one subject (`relation/disease/{disease}`) whose items name another subject, or whose code and name are two diseases. */
function subjectContradictions(id, call, name, sent, data) {
  const by = /_by_([a-z]+)$/.exec(name)?.[1];
  const scalar = Object.entries(sent).filter(([, value]) => typeof value === 'string');
  const subject = scalar.length === 1 && by !== undefined ? scalar[0][1] : undefined;
  for (const item of listedItems(data)) {
    if (subject !== undefined && typeof item.subject === 'string' && item.subject !== subject)
      note('listed item of another subject', id, `${call}: subject=${item.subject}`);
  }
  objects(data, (object) => {
    const code = Object.values(object).find((value) => typeof value === 'string' && EFO[value] !== undefined);
    const named = Object.entries(object).find(([key, value]) => /disease/i.test(key) && /name/i.test(key) && typeof value === 'string');
    if (code !== undefined && named !== undefined && !agrees(named[1], [EFO[code]]))
      note('code and name of two things', id, `${call}: ${code} beside ${named[0]}=${named[1]}`);
  });
}
/** Keys that name what a result is about or when it was written, not a measure of it. */
const SUBJECT_KEY =
  /^(id|name|title|label|symbol|subject|type|kind|description|url|link|href|createdat|updatedat|timestamp|date|generatedon|lastupdated|status)$/;
/** Words of a tool's name that promise measures. */
const MEASURE_WORD = /^(metrics?|stats?|statistics|summary|forecasts?|predictions?|counts?|analytics|scores?)$/i;
/** (10) a metrics, statistics, summary or forecast tool whose result names its subject and carries nothing measured. */
function subjectOnly(id, call, name, sent, data) {
  if (!name.split(/[^a-z]+/i).some((word) => MEASURE_WORD.test(word)) || !isObject(data)) return;
  const echoed = new Set();
  leaves(sent, '', (_key, value) => echoed.add(String(value).toLowerCase()));
  let informative = 0;
  leaves(data, '', (key, value) => {
    if (value === null || value === '' || SUBJECT_KEY.test(norm(key)) || echoed.has(String(value).toLowerCase())) return;
    informative += 1;
  });
  if (informative === 0) note('result carrying only its subject', id, `${call}: ${JSON.stringify(data).slice(0, 120)}`);
}
/** (12) a summary of one region or country with a block of the asked block's keys named for another place (`summary.name: "North America"` for Europe). */
function otherPlaceBlocks(id, call, sent, data) {
  for (const [key, asked] of Object.entries(sent)) {
    if (!/^(region|country|state|province|continent)$/i.test(key) || typeof asked !== 'string') continue;
    const blocks = [];
    const walk = (value, under) => {
      if (!isObject(value)) return;
      if (typeof value.name === 'string' && norm(value.name) !== norm(under))
        blocks.push([Object.keys(value).sort().join(','), value.name]);
      for (const [inner, entry] of Object.entries(value)) walk(entry, inner);
    };
    walk(data, '');
    const shapes = new Set(blocks.filter(([, name]) => name.toLowerCase() === asked.toLowerCase()).map(([keys]) => keys));
    for (const [keys, name] of blocks)
      if (shapes.has(keys) && name.toLowerCase() !== asked.toLowerCase())
        note('summary block of another place', id, `${call}: name=${name}`);
  }
}
/** The measured numbers of a result (not ids, counts of pages or times), in order. */
function measures(data) {
  const numbers = [];
  leaves(data, '', (key, value) => {
    if (typeof value === 'number' && !SKIP_NUMBER_FIELD.test(norm(key)) && !/(time|epoch|date|timestamp)$/.test(norm(key)))
      numbers.push(value);
  });
  return numbers;
}

/** Therapeutic areas of diseases and pathways of targets, the bench's own: a relation across them, or of a thing to itself, is no relation a reviewer keeps. */
const AREAS = [
  [
    'psoriasis',
    'rheumatoid arthritis',
    "crohn's disease",
    'crohn disease',
    'inflammatory bowel disease',
    'ulcerative colitis',
    'psoriatic arthritis',
    'multiple sclerosis',
    'systemic lupus erythematosus',
    'ankylosing spondylitis',
  ],
  ['asthma', 'chronic obstructive pulmonary disease', 'allergic rhinitis', 'atopic eczema'],
  [
    'breast carcinoma',
    'lung carcinoma',
    'ovarian carcinoma',
    'colorectal carcinoma',
    'prostate carcinoma',
    'melanoma',
    'cancer',
    'neoplasm',
  ],
  ['type 2 diabetes mellitus', 'hypertension', 'obesity', 'coronary artery disease', 'hypercholesterolemia', 'cardiovascular disease'],
  [
    "alzheimer's disease",
    'schizophrenia',
    "parkinson's disease",
    'bipolar disorder',
    'major depressive disorder',
    'nervous system disease',
  ],
];
const ENSEMBL = {
  ENSG00000141510: 'tp53',
  ENSG00000146648: 'egfr',
  ENSG00000133703: 'kras',
  ENSG00000012048: 'brca1',
  ENSG00000130203: 'apoe',
  ENSG00000169174: 'pcsk9',
  ENSG00000136244: 'il6',
  ENSG00000232810: 'tnf',
  ENSG00000157764: 'braf',
};
const areaOf = (name) => AREAS.findIndex((area) => area.includes(name));
/** (13) a relation of a subject to itself, a disease related to a disease of another area, or a relation type that does not fit its two sides. */
function relationDefects(id, call, data) {
  objects(data, (object) => {
    const related = Object.entries(object).find(([key, value]) => /^related_?(name|label)$/i.test(key) && typeof value === 'string')?.[1];
    if (typeof object.subject !== 'string' || related === undefined) return;
    const subject = (EFO[object.subject] ?? ENSEMBL[object.subject] ?? object.subject).toLowerCase();
    const other = related.toLowerCase();
    const say = `${call}: ${subject} ${object.relation_type ?? 'related to'} ${related}`;
    if (subject === other) note('relation to itself', id, say);
    else if (areaOf(subject) >= 0 && areaOf(other) >= 0 && areaOf(subject) !== areaOf(other))
      note('relation across therapeutic areas', id, say);
    const diseases = [subject, other].filter((name) => areaOf(name) >= 0).length;
    const genes = [subject, other].filter((name) => GENES.has(name)).length;
    if (
      (diseases === 2 && /interacts|part_of/.test(String(object.relation_type))) ||
      (diseases === 1 && genes === 1 && /similar|part_of/.test(String(object.relation_type)))
    )
      note('relation type that does not fit', id, say);
  });
}
const TIME_WORD = /^(time|times|stamp|timestamp|epoch|date|datetime|unix|utc|iso|ms|s|sec|seconds|millis|at|on|ts)$/;
const momentSubject = (key) =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/(time|stamp|epoch)/g, '_$1_')
    .split(/_+/)
    .filter((word) => word && !TIME_WORD.test(word))
    .join('_');
/** A moment field's instant and encoding: epoch seconds or milliseconds under a moment's name, or ISO text. */
function momentIn(key, value) {
  if (typeof value === 'number' && /time|stamp|epoch|date|_at$|At$/.test(key)) {
    if (value >= 1e9 && value < 4e9) return { encoding: 's', time: value * 1000 };
    if (value >= 1e12 && value < 4e12) return { encoding: 'ms', time: value };
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) && !Number.isNaN(Date.parse(value)))
    return { encoding: 'iso', time: Date.parse(value) };
  return undefined;
}
const DATED_KEY = /^(\d{4})(\d{2})(\d{2})-\d{6}$/;
const RECORD_DATE = /^(timestamp|date|datetime|published(at|on|date)?|publishdate|publicationdate|createdat|created|releasedate)$/;
const datedKeyOf = (object) =>
  Object.entries(object).find(([key, value]) => /^(id|key)$/i.test(key) && typeof value === 'string' && DATED_KEY.test(value))?.[1];
/** (14) two encodings of one instant that disagree; (15) a dated key and its record's date apart; (16) a child keyed before its parent. */
function momentDefects(id, call, data) {
  objects(data, (object) => {
    const moments = Object.entries(object).flatMap(([key, value]) => {
      const moment = momentIn(key, value);
      return moment ? [{ key, subject: momentSubject(key), ...moment }] : [];
    });
    for (const [index, a] of moments.entries())
      for (const b of moments.slice(index + 1))
        if (a.subject === b.subject && a.encoding !== b.encoding && Math.abs(a.time - b.time) > 1000)
          note('two encodings of one instant disagree', id, `${call}: ${a.key}=${object[a.key]} ${b.key}=${object[b.key]}`);
    const key = datedKeyOf(object);
    if (key === undefined) return;
    const day = key.replace(DATED_KEY, '$1-$2-$3');
    for (const [field, value] of Object.entries(object))
      if (RECORD_DATE.test(norm(field)) && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) && value.slice(0, 10) !== day)
        note("dated key and its record's date apart", id, `${call}: key ${key}, ${field} ${value}`);
    for (const child of Object.values(object))
      objects(child, (inner) => {
        const own = datedKeyOf(inner);
        if (own !== undefined && own.slice(0, 8) < key.slice(0, 8))
          note('child keyed before its parent', id, `${call}: ${own} under ${key}`);
      });
  });
}
const IMAGE_MAGIC = ['89504e470d0a1a0a', 'ffd8ff', '47494638', '52494646'];
const SOCIAL = /(twitter|flickr|youtube|instagram|facebook|tiktok|linkedin)/i;
const PERSON_FIELD = /^(firstname|lastname|fullname|givenname|familyname|author|authorname|displayname|person)$/;
/** (17) an HTML field of plain text; (18) an image whose bytes open as no image, or whose file is no image's; (19) a size that is not its content's; (20) a made-up person's handle as an organisation's account; (21) a post of counters only. */
function contentDefects(id, call, data) {
  objects(data, (object) => {
    const keys = Object.keys(object);
    for (const [key, value] of Object.entries(object)) {
      if (typeof value !== 'string') continue;
      if (/html/i.test(key) && !/(url|uri|link|path|file)$/i.test(key) && /\s/.test(value) && !/<[a-z]/i.test(value))
        note('HTML field without HTML', id, `${call}: ${key}=${JSON.stringify(value.slice(0, 80))}`);
      if (/^(image|picture|photo|logo|thumbnail)(bytes|data|base64)?$/i.test(key) && /^[A-Za-z0-9+/]{12,}={0,2}$/.test(value)) {
        const hex = Buffer.from(value, 'base64').toString('hex');
        if (!IMAGE_MAGIC.some((magic) => hex.startsWith(magic)))
          note(
            'image bytes that are no image',
            id,
            `${call}: ${key} opens as ${JSON.stringify(Buffer.from(value, 'base64').toString('latin1').slice(0, 40))}`,
          );
        const file = keys.find((other) => /^(filename|name|file)$/i.test(other) && /\.\w{2,5}$/.test(String(object[other])));
        if (file !== undefined && !/\.(png|jpe?g|gif|webp)$/i.test(String(object[file])))
          note('image file named as no image', id, `${call}: ${file}=${object[file]}`);
      }
      if (SOCIAL.test(key) && !keys.some((other) => PERSON_FIELD.test(norm(other)))) {
        const handle = value.replace(/^https?:\/\/[^/]+\/(photos\/|c\/|company\/)?/, '').replace(/\/$/, '');
        if (/^[a-z]+_[a-z]+\d{0,3}$|^[a-z]{3,}[a-z]+\d{2,3}$/.test(handle))
          note("made-up person's handle as an account", id, `${call}: ${key}=${value}`);
      }
    }
    const size = keys.find(
      (key) => /^(size|sizebytes|filesize|bytesize|contentlength)$/.test(norm(key)) && typeof object[key] === 'number',
    );
    const content = keys.find(
      (key) =>
        /^(content|document|body|xml|html|filecontent)$/.test(norm(key)) && typeof object[key] === 'string' && object[key].length >= 16,
    );
    if (size !== undefined && content !== undefined) {
      const bytes = Buffer.byteLength(object[content]);
      if (Math.abs(object[size] - bytes) > Math.max(16, bytes * 0.1))
        note('size that is not its content', id, `${call}: ${size}=${object[size]} for ${bytes} bytes of ${content}`);
    }
    const counters = keys.filter(
      (key) => /(likes|shares|comments|retweets|reactions|views)$/i.test(key) && typeof object[key] === 'number' && !/^poster/i.test(key),
    );
    const text = keys.some(
      (key) =>
        /(content|message|text|body|caption|title|story|headline|description)$/i.test(key) &&
        typeof object[key] === 'string' &&
        object[key].trim() !== '',
    );
    if (counters.length >= 2 && !text && /post|status|tweet/i.test(call))
      note('post of counters only', id, `${call}: ${JSON.stringify(object).slice(0, 120)}`);
  });
}

const fieldValues = new Map(); // tool.field → Map(value → count)
for (const line of lines) {
  const record = JSON.parse(line);
  const id = record.id;
  const calls = new Map();
  const deleted = new Map();
  const measured = new Map(); // tool → [{ sent, numbers }]
  const confirmations = new Map(); // code → ids of the records it confirms
  for (const message of record.messages ?? []) {
    for (const call of message.tool_calls ?? []) calls.set(call.id, call.function);
    if (message.role !== 'tool') continue;
    const fn = calls.get(message.tool_call_id);
    const parsed = parseToolResult(message, fn);
    if (parsed === undefined) continue;
    const { data, sent } = parsed;
    const call = `${fn?.name}(${JSON.stringify(sent).slice(0, 80)})`;
    entityContradictions(id, call, data);
    filterViolations(id, call, sent, data);
    subjectContradictions(id, call, fn?.name ?? '', sent, data);
    subjectOnly(id, call, fn?.name ?? '', sent, data);
    otherPlaceBlocks(id, call, sent, data);
    relationDefects(id, call, data);
    momentDefects(id, call, data);
    contentDefects(id, call, data);
    // (11) two calls of one tool about different subjects with the same measured values
    const numbers = measures(data);
    if (numbers.length >= 3) {
      const earlier = measured.get(fn?.name) ?? [];
      const subjectOf = (args) =>
        JSON.stringify(
          Object.entries(args)
            .filter(([key, value]) => typeof value === 'string' && !/^(key|apikey|token|format|lang|language|units?)$/i.test(key))
            .sort(),
        );
      const same = earlier.find((entry) => entry.numbers === numbers.join(',') && entry.subject !== subjectOf(sent));
      if (same !== undefined) note('same measures for another subject', id, `${call} and ${same.call}: ${numbers.slice(0, 6).join(', ')}`);
      earlier.push({ numbers: numbers.join(','), subject: subjectOf(sent), call });
      measured.set(fn?.name, earlier);
    }
    // (2) ids in an invented `prefix_hex` shape
    leaves(data, '', (key, value) => {
      if (typeof value === 'string' && PREFIX_HEX.test(value)) note('prefix_hex id', id, `${call}: ${key}=${value}`);
    });
    // (3) one integer (not 0/1, not a year) in two or more unrelated numeric fields of one result, none of them sent
    const sentValues = new Set();
    leaves(sent, '', (_key, value) => sentValues.add(String(value)));
    const byValue = new Map();
    leaves(data, '', (key, value) => {
      if (typeof value !== 'number' || !distinctive(value)) return;
      if (SKIP_NUMBER_FIELD.test(norm(key)) || sentValues.has(String(value))) return;
      const fields = byValue.get(value) ?? new Set();
      fields.add(norm(key));
      byValue.set(value, fields);
      const slot = `${fn?.name}.${norm(key)}`;
      const counts = fieldValues.get(slot) ?? new Map();
      counts.set(value, (counts.get(value) ?? 0) + 1);
      fieldValues.set(slot, counts);
    });
    for (const [value, fields] of byValue)
      if (fields.size >= 2) note('one integer in unrelated fields', id, `${call}: ${value} in ${[...fields].join(', ')}`);
    // (4) a record deleted in the conversation shown again as alive under another parent
    const text = message.content;
    for (const [gone, where] of deleted)
      if (!text.startsWith('404') && text.includes(`"${gone}"`) && !/"deleted"\s*:\s*true/.test(text))
        note('deleted record reused', id, `${call} shows ${gone}, deleted by ${where}`);
    if (/^(delete|remove)/i.test(fn?.name ?? '') && isObject(data) && data.deleted === true && typeof data.id === 'string')
      deleted.set(data.id, fn.name);
    // (5) a plural request option as one record field (`scorevalue_types: "overall"`)
    objects(data, (object) => {
      for (const [key, value] of Object.entries(object))
        if (/[a-z]_?types$/i.test(key) && typeof value === 'string')
          note('request option as a record field', id, `${call}: ${key}=${JSON.stringify(value)}`);
    });
    // (6) a place or a body classed as another kind of thing (a US state as a country, a legislature's session as a committee)
    objects(data, (object) => {
      const name = typeof object.name === 'string' ? object.name : undefined;
      const kind = typeof object.classification === 'string' ? object.classification : undefined;
      if (name === undefined || kind === undefined) return;
      if (US_STATES.has(name.toLowerCase()) && /^(country|municipality|committee|subcommittee)$/.test(kind))
        note('thing of another class', id, `${call}: ${name} classification=${kind}`);
      if (/\b(session|senate|assembly|house|legislature)\b/i.test(name) && /^(committee|subcommittee|country|municipality)$/.test(kind))
        note('thing of another class', id, `${call}: ${name} classification=${kind}`);
    });
    // (7) a directory's services of another provider (Google's pubsub under apis.guru)
    if (typeof sent.provider === 'string' && sent.provider !== 'googleapis.com' && /service/i.test(fn?.name ?? '') && isObject(data))
      for (const list of Object.values(data))
        if (Array.isArray(list) && list.some((entry) => ['pubsub', 'gmail', 'drive', 'bigquery', 'youtube'].includes(entry)))
          note("another provider's service", id, `${call}: ${JSON.stringify(list)}`);
    // (8) numbers that break arithmetic: case counts that do not add up, one act id twice in a list, untitled news
    sumDefects(id, call, data);
    objects(data, (object) => {
      const own = object.bookingId ?? object.booking_id ?? object.reservation_id ?? object.id;
      for (const [key, code] of Object.entries(object))
        if (/confirmation|^reference$|^bookingreference$/i.test(norm(key)) && typeof code === 'string' && own !== undefined)
          confirmations.set(code, (confirmations.get(code) ?? new Set()).add(String(own)));
    });
    if (/population/i.test(fn?.name ?? '') && typeof sent.rate === 'number' && typeof sent.years === 'number')
      objects(data, (object) => {
        const growth = (1 + sent.rate / 100) ** sent.years;
        for (const [key, value] of Object.entries(object))
          if (/growth/i.test(key) && !/rate/i.test(key) && typeof value === 'number')
            if (![(growth - 1) * 100, growth - 1, growth].some((right) => Math.abs(value - right) <= Math.max(0.05, right * 0.01)))
              note('population growth not compounded', id, `${call}: ${key} ${value}, compounded ${((growth - 1) * 100).toFixed(1)} %`);
      });
  }
  for (const [code, owners] of confirmations)
    if (owners.size > 1) note('one confirmation code on several records', id, `${code} confirms ${[...owners].join(', ')}`);
}
/** (8) Confirmed cases that are not active + dead + recovered, critical cases beyond the active ones, an act id twice in a list, a news article with no title. */
function sumDefects(id, call, data) {
  const pick = (object, pattern) => Object.keys(object).find((key) => pattern.test(norm(key)) && Number.isInteger(object[key]));
  objects(data, (object) => {
    const whole = pick(object, /^(totalcases|totalconfirmed|confirmed|cases)$/);
    const [active, deaths, recovered] = [/^(active|activecases)$/, /^(deaths?|totaldeaths)$/, /^(recovered|totalrecovered)$/].map((p) =>
      pick(object, p),
    );
    const critical = pick(object, /^(critical|serious|seriouscritical)$/);
    if (whole !== undefined && active !== undefined && deaths !== undefined && recovered !== undefined) {
      const sum = object[active] + object[deaths] + object[recovered];
      if (sum !== object[whole])
        note('case counts that do not add up', id, `${call}: ${whole} ${object[whole]} vs active+deaths+recovered ${sum}`);
    }
    const open =
      active !== undefined
        ? object[active]
        : whole !== undefined
          ? object[whole] - (object[deaths] ?? 0) - (object[recovered] ?? 0)
          : undefined;
    if (critical !== undefined && open !== undefined && object[critical] > open)
      note('case counts that do not add up', id, `${call}: ${critical} ${object[critical]} above the ${open} open cases`);
    const keys = Object.keys(object).map(norm);
    if (
      keys.some((key) => /^(datepublished|publishedat|pubdate)$/.test(key)) &&
      keys.some((key) => /^(provider|source|category|author|publisher)$/.test(key)) &&
      !Object.entries(object).some(
        ([key, value]) => /^(name|title|headline|description|summary|text)$/.test(norm(key)) && typeof value === 'string',
      )
    )
      note('news article without a title', id, `${call}: ${JSON.stringify(object).slice(0, 100)}`);
    const price = Object.entries(object).find(([key, value]) => /^(price|close|last|currentprice)$/.test(norm(key)) && value > 0)?.[1];
    for (const [key, value] of Object.entries(object))
      if (price !== undefined && /^[sew]?ma\(?\d{1,3}\)?$/i.test(key.replace(/[\s_-]/g, '')) && Math.abs(value / price - 1) > 0.25)
        note('moving average far from its price', id, `${call}: ${key} ${value} at price ${price}`);
    for (const list of Object.values(object)) {
      if (!Array.isArray(list) || list.length < 2 || !list.every(isObject)) continue;
      for (const key of Object.keys(list[0]).filter((name) =>
        /^(hold|reservation|booking|order|transaction|payment|invoice|ticket|confirmation|receipt)_?(id|number)$/i.test(name),
      )) {
        const handles = list.map((row) => row[key]).filter((value) => value !== undefined && value !== null);
        if (new Set(handles.map(String)).size < handles.length)
          note('one act id twice in a list', id, `${call}: ${key} ${handles.join(', ')}`);
      }
    }
  });
}

// (6) a field that holds the same integer in most results of its tool (the spec's example, repeated)
for (const [slot, counts] of fieldValues) {
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  const [value, most] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (distinctive(value) && total >= 5 && most / total >= 0.5)
    note('field stuck on one integer', slot, `${slot}: ${value} in ${most} of ${total} values`);
}

printDefects(defects, {
  count: lines.length,
  file,
  args,
  unitOf: (kind) => (kind === 'field stuck on one integer' ? 'tool fields' : 'records'),
});
