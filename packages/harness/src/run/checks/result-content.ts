import type { ReviewedCall } from './conversation.js';

/**
 * Values in a result a domain expert would not believe (`results_plausible`), each judged from the
 * record alone with this file's own small tables, independent of the generator: a count out of range
 * for what it counts (2,410,579 genes), an instant in a block of counts (`{added: 17, updated:
 * 1761431880}`), a file size its type never has (a 69 MB `kernel32.dll`), a disease id outside its
 * ontology (`6303756`), a gene symbol recorded as a disease, a genetics evidence whose datatype is not
 * its datasource's, an ECDSA P-256 signature written as 32 bytes of hex, signed data that decodes to a sentence.
 */
type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

function objects(value: unknown, visit: (object: Json) => void): void {
  if (Array.isArray(value)) value.forEach((entry) => objects(entry, visit));
  else if (isObject(value)) {
    visit(value);
    Object.values(value).forEach((entry) => objects(entry, visit));
  }
}

/** The most of each noun any dataset holds: human genes and Open Targets' targets (~63k), diseases (~28k), approved and clinical drugs. */
const NOUN_MAX: Record<string, number> = {
  gene: 80_000,
  target: 80_000,
  disease: 40_000,
  phenotype: 40_000,
  drug: 25_000,
  datasource: 60,
  country: 250,
  continent: 7,
};
const nounOf = (key: string): string =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/^(num|number_of|total|count_of|n)_/, '')
    .replace(/_(count|total|number)$/, '')
    .replace(/^data_source$/, 'datasource')
    .replace(/s$/, '');
const isInstant = (value: number): boolean => (value >= 1e9 && value < 4e9) || (value >= 1e12 && value < 4e12);

function countProblems(object: Json): string[] {
  const problems: string[] = [];
  const tallies = Object.entries(object).filter(([key, value]) => /^[a-z]+ed$/i.test(key) && Number.isInteger(value));
  for (const [key, raw] of Object.entries(object)) {
    const value = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
    if (typeof value !== 'number' || !Number.isInteger(value)) continue;
    const max = NOUN_MAX[nounOf(key)];
    if (max !== undefined && value > max) problems.push(`${key} ${value} is more ${nounOf(key)}s than exist`);
    if (isInstant(value) && /^[a-z]+ed$/i.test(key) && tallies.some(([other, count]) => other !== key && (count as number) < 1e6))
      problems.push(`${key} ${value} is an instant among counts`);
  }
  return problems;
}

/** Sizes no file of the type has (lenient: a reviewer's eye, not a catalogue). */
const FILE_LIMITS: ReadonlyArray<readonly [RegExp, number, number]> = [
  [/\.(dll|sys|so(\.\d+)*|dylib)$/i, 1_000, 40_000_000],
  [/\.(min\.)?js$|\.css$/i, 100, 5_000_000],
  [/\.(pdf|docx?|xlsx?|pptx?)$/i, 1_000, 100_000_000],
];
function fileProblems(object: Json): string[] {
  const name = Object.entries(object).find(([key, value]) => /^(file_?name|filename|name)$/i.test(key) && typeof value === 'string')?.[1];
  const size = Object.entries(object).find(
    ([key, value]) => /^(file_?size|size|size_?bytes|bytes)$/i.test(key) && Number.isInteger(value),
  )?.[1];
  if (typeof name !== 'string' || typeof size !== 'number') return [];
  const limits = FILE_LIMITS.find(([pattern]) => pattern.test(name));
  return limits !== undefined && (size < limits[1] || size > limits[2]) ? [`${name} of ${size} bytes`] : [];
}

const GENE_SYMBOLS = new Set([
  'BRCA1',
  'BRCA2',
  'TP53',
  'EGFR',
  'KRAS',
  'BRAF',
  'APOE',
  'PCSK9',
  'IL6',
  'TNF',
  'CFTR',
  'ESR1',
  'ERBB2',
  'JAK2',
]);
/** What each Open Targets data source measures. */
const SOURCE_TYPE: Record<string, string> = {
  ot_genetics_portal: 'genetic_association',
  gwas_catalog: 'genetic_association',
  cancer_gene_census: 'somatic_mutation',
  intogen: 'somatic_mutation',
  chembl: 'known_drug',
  europepmc: 'literature',
  expression_atlas: 'rna_expression',
  impc: 'animal_model',
};
function ontologyProblems(object: Json): string[] {
  const problems: string[] = [];
  const kind = String(object['entity_type'] ?? object['entityType'] ?? '').toLowerCase();
  const id = object['id'];
  if (kind === 'disease' && /^\d+$/.test(String(id)))
    problems.push(`disease ${String(object['name'])} has id ${String(id)}, not an ontology id`);
  if (/^(target|gene)$/.test(kind) && /^(EFO|MONDO|Orphanet|HP)_\d+$/.test(String(id)))
    problems.push(`target ${String(object['name'])} has the disease ontology id ${String(id)}`);
  const name = typeof object['name'] === 'string' ? object['name'].toUpperCase() : '';
  if (GENE_SYMBOLS.has(name) && (kind === 'disease' || /^(EFO|MONDO)$/.test(String(object['ontology'])) || 'associated_targets' in object))
    problems.push(`gene ${name} recorded as a disease`);
  const source = object['datasource'] ?? object['datasourceId'];
  const type = object['datatype'] ?? object['datatypeId'];
  if (typeof source === 'string' && typeof type === 'string' && SOURCE_TYPE[source] !== undefined && SOURCE_TYPE[source] !== type)
    problems.push(`evidence from ${source} typed ${type}`);
  return problems;
}

const P256_KEY = 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE';
const SENTENCE = /^[A-Z][a-z]+( [a-z0-9,'-]+){3,}[.!]$/;
function signatureProblems(object: Json): string[] {
  const problems: string[] = [];
  const key = Object.entries(object).find(([field, value]) => /public_?key|pubkey/i.test(field) && typeof value === 'string')?.[1];
  const signature = object['signature'];
  if (typeof key === 'string' && key.includes(P256_KEY) && typeof signature === 'string' && /^[0-9a-f]{64}$/i.test(signature))
    problems.push('an ECDSA P-256 signature of 32 bytes in hex (it has 64 bytes)');
  if (typeof key === 'string' || typeof signature === 'string')
    for (const field of ['raw', 'data', 'payload', 'signed_data']) {
      const value = object[field];
      if (typeof value !== 'string' || !/^[A-Za-z0-9+/]{16,}={0,2}$/.test(value)) continue;
      if (SENTENCE.test(Buffer.from(value, 'base64').toString('utf8'))) problems.push(`signed ${field} that decodes to a sentence`);
    }
  return problems;
}

/** Plan and ticket tiers: the kind of a plan, never of an organism, a fuel or a bill's action. */
const TIER = /^(standard|premium|general|business|personal)$/i;
/** Nouns whose kinds are things of their own (a fuel is diesel, an organism a bacterium, an action a passage). */
const KINDED =
  /^(organism|fuel|room|case|crime|complaint|cell|soil|plant|instrument|vehicle|car|property|building|incident|neuron|energy|paint|food|cuisine|meal|species|game|sport|event|attraction|artwork|scale|strategy|action|vote|motion|download|legislative_session|sponsorship|media|document|slope|sequence|oven|crop|insurance|flight|lawsuit|law|personality|root|enemy|participant|related_entity|related_bill)$/;
const singular = (noun: string): string => noun.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');
const snakeOf = (key: string): string =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_');

/** The noun whose kind `key` names: `fuel_type` → fuel; a bare `classification` of `actions[]` → action. */
function kindedNoun(key: string, holder: string): string | undefined {
  const snake = snakeOf(key);
  const own = /^(.+?)_(type|types|class|category|kind|classification)$/.exec(snake)?.[1]?.replace(/_(data|entity|relation)$/, '');
  const bare = /^(type|kind|classification|data_type|entity_type|relation_type|category)$/.test(snake);
  const noun = own !== undefined && !/^(data|entity|relation)$/.test(own) ? own : bare || own !== undefined ? snakeOf(holder) : undefined;
  return noun === undefined || noun === '' ? undefined : singular(noun);
}

/** Tier words (`premium`, `personal`) given as the kind of a thing that has kinds of its own, in a value sent or answered. */
export function tierWordsForKinds(value: unknown, holder = ''): string[] {
  const problems: string[] = [];
  if (Array.isArray(value)) for (const entry of value) problems.push(...tierWordsForKinds(entry, holder));
  else if (isObject(value))
    for (const [key, entry] of Object.entries(value)) {
      const words = (Array.isArray(entry) ? entry : [entry]).filter((word): word is string => typeof word === 'string' && TIER.test(word));
      const noun = words.length > 0 ? kindedNoun(key, holder) : undefined;
      if (noun !== undefined && KINDED.test(noun)) problems.push(`${key} "${words[0] as string}" is no kind of ${noun.replace(/_/g, ' ')}`);
      else if (typeof entry === 'object' && entry !== null) problems.push(...tierWordsForKinds(entry, key));
    }
  return problems;
}

/** The implausible values of one call's result, each named with the tool. */
export function implausibleContent(call: ReviewedCall): string[] {
  if (call.rejected) return [];
  // what was sent is judged too: `organism_type: "business"` is no more a request than a result
  const problems: string[] = typeof call.arguments === 'object' ? tierWordsForKinds(call.arguments) : [];
  if (call.isError || call.data === undefined) return [...new Set(problems)].map((problem) => `${call.chatName}: ${problem}`);
  problems.push(...tierWordsForKinds(call.data));
  objects(call.data, (object) => {
    problems.push(...countProblems(object), ...fileProblems(object), ...ontologyProblems(object), ...signatureProblems(object));
  });
  return [...new Set(problems)].map((problem) => `${call.chatName}: ${problem}`);
}
