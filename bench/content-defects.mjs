// Counts what a domain expert finds implausible in the VALUES of a run's ACCEPTED tool results:
// genetics associations whose source, type, class or score contradict the pair; ids outside their ontology; counts, sizes and instants out of range for what
// they measure; signatures and signed data that are not what they claim; language ids that are no
// codes; places a route cannot reach. Its own small tables, independent of the generator and the checks
// (but for Open Targets' datasource → datatype table, a published fact the three share).
// Run: node bench/content-defects.mjs RUN_DIR [--examples N] [--json]
import { EVIDENCE_SOURCE_TYPE, evidenceTypeClash } from '../packages/sim-server/dist/index.js';
import { readDefectRun, createDefects, isObject, objects, parseToolResult } from './defect-run.mjs';

const { args, exampleCount, lines, json } = readDefectRun('content-defects');
const { defects, note } = createDefects(exampleCount);
const norm = (key) => key.replace(/[^A-Za-z0-9]/g, '').toLowerCase();

/** What each Open Targets data source measures: their own table (shared with the generator and the check), and Reactome's pathways. */
const SOURCE_TYPE = { ...EVIDENCE_SOURCE_TYPE, reactome: 'affected_pathway' };
/** Target–disease pairs with a well-known link (a causal gene, a drug target, a GWAS locus). */
const LINKS = {
  BRCA1: ['breast carcinoma', 'ovarian carcinoma', 'breast cancer'],
  BRCA2: ['breast carcinoma', 'ovarian carcinoma', 'breast cancer'],
  TP53: ['breast carcinoma', 'lung carcinoma', 'colorectal carcinoma', 'ovarian carcinoma', 'breast cancer', 'cancer', 'neoplasm'],
  EGFR: ['lung carcinoma', 'non-small cell lung carcinoma', 'colorectal carcinoma', 'breast carcinoma'],
  KRAS: ['lung carcinoma', 'colorectal carcinoma', 'pancreatic carcinoma', 'non-small cell lung carcinoma'],
  BRAF: ['melanoma', 'colorectal carcinoma'],
  ERBB2: ['breast carcinoma', 'breast cancer'],
  APOE: ["alzheimer's disease", 'hypercholesterolemia', 'coronary artery disease'],
  PCSK9: ['hypercholesterolemia', 'coronary artery disease'],
  IL6: ['rheumatoid arthritis', "crohn's disease", 'crohn disease', 'asthma'],
  TNF: ['rheumatoid arthritis', 'psoriasis', "crohn's disease", 'crohn disease', 'ulcerative colitis', 'psoriatic arthritis'],
  CFTR: ['cystic fibrosis'],
  INS: ['type 2 diabetes mellitus', 'type 1 diabetes mellitus'],
  JAK2: ['rheumatoid arthritis', 'psoriasis', 'myelofibrosis'],
  ESR1: ['breast carcinoma', 'breast cancer'],
};
/** ChEMBL's protein class of each target the bench knows. */
const TARGET_CLASS = {
  BRCA1: 'Unclassified protein',
  BRCA2: 'Unclassified protein',
  TP53: 'Transcription factor',
  EGFR: 'Kinase',
  KRAS: 'Enzyme',
  BRAF: 'Kinase',
  ERBB2: 'Kinase',
  APOE: 'Secreted protein',
  PCSK9: 'Enzyme',
  IL6: 'Secreted protein',
  TNF: 'Secreted protein',
  CFTR: 'Ion channel',
  INS: 'Secreted protein',
  JAK2: 'Kinase',
  ESR1: 'Transcription factor',
};
const CANCER = /carcinoma|cancer|neoplasm|melanoma|leukemia|lymphoma|tumou?r|sarcoma|glioma/i;
const DISEASE_ID = /^(EFO|MONDO|Orphanet|HP|DOID|OTAR|GO|MP)_\d+$/;

const symbolOf = (object) =>
  Object.entries(object).find(
    ([key, value]) => /^(target_?symbol|symbol|approved_?symbol|gene)$/i.test(key) && typeof value === 'string',
  )?.[1];
const diseaseOf = (object) =>
  Object.entries(object).find(([key, value]) => /^disease_?(name|label)$/i.test(key) && typeof value === 'string')?.[1];

/** (1–4) a genetics association whose source, type, class or score the pair contradicts. */
function associationDefects(id, call, data) {
  objects(data, (object) => {
    const source = object.datasource ?? object.datasourceId ?? object.data_source;
    const type = object.datatype ?? object.datatypeId ?? object.data_type;
    const say = (text) => `${call}: ${text}`;
    if (evidenceTypeClash(source, type, SOURCE_TYPE)) note('evidence type apart from its data source', id, say(`${source} / ${type}`));
    const top = object.top_datatype;
    if (typeof top === 'string' && typeof type === 'string' && typeof source === 'string' && top !== type)
      note('top data type apart from the record’s only evidence', id, say(`top ${top}, ${source} / ${type}`));
    const symbol = symbolOf(object);
    const disease = diseaseOf(object);
    const cls = object.target_class ?? object.targetClass;
    if (typeof cls === 'string' && (/^CHEMBL\d+$/.test(cls) || (symbol && TARGET_CLASS[symbol] && TARGET_CLASS[symbol] !== cls)))
      note('target class that is not its target’s', id, say(`${symbol ?? '?'} ${cls}`));
    if (symbol === undefined || disease === undefined || LINKS[symbol] === undefined) return;
    const linked = LINKS[symbol].includes(disease.toLowerCase());
    const score = object.overall_score ?? object.score ?? object.association_score;
    if (!linked && typeof score === 'number' && score >= 0.5)
      note('strong association of an unlinked pair', id, say(`${symbol}–${disease} ${score}`));
    for (const kind of [source, type, top])
      if (!CANCER.test(disease) && (kind === 'somatic_mutation' || kind === 'cancer_gene_census'))
        note('somatic evidence for a disease that is no cancer', id, say(`${symbol}–${disease} ${kind}`));
  });
}

/** (5–6) a disease id outside its ontology's style; a gene named as a disease. */
function ontologyDefects(id, call, data) {
  objects(data, (object) => {
    const kind = String(object.entity_type ?? object.entityType ?? object.type ?? '').toLowerCase();
    for (const [key, value] of Object.entries(object)) {
      if (typeof value !== 'string' && typeof value !== 'number') continue;
      const field = norm(key);
      const diseaseId = /^(diseaseid|efoid|efo|mondoid)$/.test(field) || (field === 'disease' && /^\w+$/.test(String(value)));
      if ((diseaseId || (field === 'id' && kind === 'disease')) && !DISEASE_ID.test(String(value)))
        note('disease id outside its ontology', id, `${call}: ${key}=${value}`);
    }
    if (/^(target|gene)$/.test(kind) && /^(EFO|MONDO|Orphanet|HP)_/.test(String(object.id)))
      note('gene keyed by a disease ontology id', id, `${call}: ${object.name} ${object.id}`);
    const name = typeof object.name === 'string' ? object.name.toUpperCase() : '';
    if (TARGET_CLASS[name] && (kind === 'disease' || /^(EFO|MONDO)$/.test(String(object.ontology)) || 'associated_targets' in object))
      note('gene named as a disease', id, `${call}: ${JSON.stringify(object).slice(0, 100)}`);
  });
}

/** Largest plausible count of each noun (Open Targets: ~63k targets, ~28k diseases; ChEMBL ~15k drugs). */
const NOUN_MAX = {
  gene: 80_000,
  target: 80_000,
  protein: 250_000,
  disease: 40_000,
  phenotype: 40_000,
  drug: 20_000,
  datasource: 60,
  datatype: 12,
  country: 250,
  continent: 7,
  region: 500,
  language: 7_500,
  provider: 5_000,
  driver: 1_000,
};
const TIME_KEY = /(time|date|stamp|epoch|_?at$|^ts$|_ts$|since|until|expires?|started|ended|created|modified|seen|last|first|moment)/i;
const nounOfCount = (key) => {
  const snake = key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/^(num|number_of|n|total|count_of)_/, '')
    .replace(/_(count|total|number)$/, '')
    .replace(/s$/, '');
  return snake.replace(/^data_(source|type)$/, 'data$1');
};
/** (7–9) counts out of range for their noun, instants in count fields, moments that are no instant. */
function numberDefects(id, call, data, sent) {
  const asked = new Set(Object.values(sent).map(String));
  objects(data, (object) => {
    const entries = Object.entries(object);
    const counts = entries.filter(([key, value]) => Number.isInteger(value) && value >= 0 && value < 1e6 && !TIME_KEY.test(key));
    for (const [key, raw] of entries) {
      const value = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
      if (!Number.isInteger(value) || asked.has(String(raw))) continue;
      const max = NOUN_MAX[nounOfCount(key)];
      if (max !== undefined && value > max) note('count out of range for its noun', id, `${call}: ${key}=${value}`);
      const epoch = (value >= 1e9 && value < 4e9) || (value >= 1e12 && value < 4e12);
      const countLike =
        (!TIME_KEY.test(key) && !/(id|key|sid|number|code|size|bytes|amount|price|population|volume|total)$/i.test(key)) ||
        // `{added: 17, updated: 1761431880}`: one of a block of counts of what happened
        (/^[a-z]+ed$/i.test(key) && counts.some(([other]) => /^[a-z]+ed$/i.test(other)));
      if (epoch && countLike && counts.some(([other]) => other !== key)) note('instant in a count field', id, `${call}: ${key}=${value}`);
      if (/(started|ended|_at|At|timestamp|epoch|epochtime)$/.test(key) && value > 0 && !epoch)
        note('moment field holding no instant', id, `${call}: ${key}=${value}`);
    }
  });
}

/** Plausible byte sizes of files by extension. */
const FILE_SIZES = [
  [/\.dll$/i, 4_000, 12_000_000],
  [/\.so(\.\d+)*$/i, 4_000, 12_000_000],
  [/\.(min\.)?js$/i, 200, 3_000_000],
  [/\.(pdf|docx?|xlsx?)$/i, 2_000, 40_000_000],
  [/\.(jpe?g|png|gif)$/i, 1_000, 30_000_000],
  [/\.(txt|csv|json|xml|md)$/i, 1, 50_000_000],
];
/** (10) a file size implausible for the file's type. */
function sizeDefects(id, call, data) {
  objects(data, (object) => {
    const name = Object.entries(object).find(
      ([key, value]) => /^(file_?name|name|filename|path)$/i.test(key) && typeof value === 'string',
    )?.[1];
    const size = Object.entries(object).find(
      ([key, value]) => /^(file_?size|size|size_?bytes|bytes|length)$/i.test(key) && Number.isInteger(value),
    )?.[1];
    if (name === undefined || size === undefined) return;
    const range = FILE_SIZES.find(([pattern]) => pattern.test(name));
    if (range !== undefined && (size < range[1] || size > range[2]))
      note('file size implausible for its type', id, `${call}: ${name} ${size} bytes`);
  });
}

const BASE64 = /^[A-Za-z0-9+/]{16,}={0,2}$/;
const PROSE = /^[A-Z][a-z]+( [a-z0-9,'-]+){3,}[.!]?$/;
/** (11–13) signatures, signed data and keys that are not what they claim. */
function encodedDefects(id, call, data) {
  objects(data, (object) => {
    const key = Object.entries(object).find(([field, value]) => /public_?key|pubkey/i.test(field) && typeof value === 'string')?.[1];
    const ecdsa = typeof key === 'string' && key.includes('MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE');
    for (const [field, value] of Object.entries(object)) {
      if (typeof value !== 'string') continue;
      if (/^signature$/i.test(field) && ecdsa && /^[0-9a-f]{64}$/i.test(value))
        note('P-256 signature of 32 bytes in hex', id, `${call}: ${field}=${value.slice(0, 24)}…`);
      if (/^(raw|data|payload|signed_?data)$/i.test(field) && BASE64.test(value)) {
        const decoded = Buffer.from(value, 'base64').toString('utf8');
        if (PROSE.test(decoded)) note('signed data that decodes to a sentence', id, `${call}: ${field} → ${decoded.slice(0, 60)}`);
        else if (/^[A-Za-z0-9]{20,}$/.test(decoded) && key !== undefined)
          note('signed data that decodes to random letters', id, `${call}: ${field} → ${decoded.slice(0, 30)}`);
      }
    }
  });
}

/** (14–15) language ids that are no codes; a route through an inland place. */
const INLAND_BC =
  /\b(Kelowna|Kamloops|Chilliwack|Prince George|Penticton|Vernon|Abbotsford|Cranbrook|Fort St\. John|Williams Lake|Merritt|Hope|Quesnel|Terrace|Smithers|Revelstoke|Nelson)\b/;
function textDefects(id, call, data) {
  objects(data, (object) => {
    for (const [field, value] of Object.entries(object)) {
      if (/^(language_?id|lang_?id|lcid)$/i.test(field) && Number(value) > 200)
        note('language id that is no code', id, `${call}: ${field}=${value}`);
      if (typeof value === 'string' && /\b(ferr(y|ies)|sailings?)\b/i.test(value) && /route|terminal/i.test(value) && INLAND_BC.test(value))
        note('ferry route to an inland town', id, `${call}: ${field}=${value.slice(0, 80)}`);
    }
  });
}

const ids = new Set();
for (const line of lines) {
  const record = JSON.parse(line);
  const calls = new Map();
  ids.add(record.id);
  for (const message of record.messages ?? []) {
    for (const call of message.tool_calls ?? []) calls.set(call.id, call.function);
    if (message.role !== 'tool') continue;
    const fn = calls.get(message.tool_call_id);
    const parsed = parseToolResult(message, fn);
    if (parsed === undefined || !(isObject(parsed.data) || Array.isArray(parsed.data))) continue;
    const call = `${fn?.name}(${JSON.stringify(parsed.sent).slice(0, 60)})`;
    for (const detect of [associationDefects, ontologyDefects, numberDefects, sizeDefects, encodedDefects, textDefects])
      detect(record.id, call, parsed.data, parsed.sent);
  }
}
const rows = [...defects.entries()].sort((a, b) => b[1].records.size - a[1].records.size);
if (json) {
  process.stdout.write(
    JSON.stringify({
      accepted: ids.size,
      defects: Object.fromEntries(rows.map(([kind, entry]) => [kind, { records: entry.records.size, count: entry.count }])),
    }) + '\n',
  );
} else {
  const total = new Set(rows.flatMap(([, entry]) => [...entry.records]));
  process.stdout.write(`accepted records: ${ids.size}; with a content defect: ${total.size}\n`);
  for (const [kind, entry] of rows) {
    process.stdout.write(`  ${kind}: ${entry.records.size} records, ${entry.count} values\n`);
    for (const example of entry.examples) process.stdout.write(`      ${example}\n`);
  }
}
void args;
