import { parsedJsonText } from '@inftool/core';
import { diseaseId } from './world-content.js';
import { KNOWN_DISEASES, KNOWN_DRUGS, KNOWN_GENES } from './known-biomedical.js';
import { DOMAIN_NAMES } from './values/lexicon.js';
import { SERVICE_ID } from './values/service-ids.js';

type Json = Record<string, unknown>;

/** A tool that finds records by what the user typed (`post_best_hit_search`, `quick_search`, `lookup_by_name`, `autocomplete`). */
const SEARCH_NAME = /(^|_)(search|searches|best_?hit|hits?|lookup|find|match|matches|suggest|suggestions|autocomplete|quick_?search)(_|$)/i;
/** Keys a list of search terms sits under (also inside a JSON request body). */
const TERMS_KEY =
  /^(q|query|queries|search|searches|term|terms|keyword|keywords|query_?terms|query_?strings|strings|names|texts?|body|payload|request_?body)$/i;

export function isSearchTool(name: string): boolean {
  return SEARCH_NAME.test(name.replace(/([a-z0-9])([A-Z])/g, '$1_$2'));
}

const termList = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.length > 0 && value.every((entry) => typeof entry === 'string' && entry.trim() !== '')
    ? (value as string[]).map((entry) => entry.trim())
    : undefined;

/**
 * The terms a search asks for several of at once: an array argument under a query-like key, a JSON
 * body that is an array of strings (`["BRCA1","KRAS"]`), or such an array inside a JSON body
 * (`{"queryTerms": [...]}`). Undefined when the call asks for no list of terms.
 */
export function searchTerms(args: Json): string[] | undefined {
  for (const [key, raw] of Object.entries(args)) {
    const value = parsedJsonText(raw);
    const direct = TERMS_KEY.test(key) ? termList(value) : undefined;
    if (direct !== undefined) return [...new Set(direct)];
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, entry] of Object.entries(value as Json)) {
        const terms = TERMS_KEY.test(inner) ? termList(entry) : undefined;
        if (terms !== undefined) return [...new Set(terms)];
      }
    }
  }
  return undefined;
}

type Kind = 'gene' | 'disease' | 'drug';
const lower = (values: Iterable<string>): Set<string> => new Set([...values].map((value) => value.toLowerCase()));
const GENES = lower([...Object.values(KNOWN_GENES).map((gene) => gene.symbol), ...(DOMAIN_NAMES['genetics']?.['gene'] ?? [])]);
const DISEASES = lower([...Object.values(KNOWN_DISEASES), ...(DOMAIN_NAMES['genetics']?.['disease'] ?? [])]);
const DRUGS = lower([...Object.values(KNOWN_DRUGS).map((drug) => drug.name), ...(DOMAIN_NAMES['genetics']?.['drug'] ?? [])]);
const DISEASE_WORD =
  /(disease|cancer|carcinoma|syndrome|diabetes|disorder|tumou?r|asthma|psoriasis|fibrosis|arthritis|sclerosis|epilepsy|hypertension|schizophrenia|neoplasm|infection|\w+itis)\b/i;
const DRUG_WORD = /^[A-Za-z]{4,}(mab|nib|tinib|statin|formin|parib|prazole|olol|pril|sartan|vir|mycin|cillin)$/i;

/** What a biomedical name is, when it can be told: a gene symbol, a disease, a drug. */
export function kindOfName(name: string): Kind | undefined {
  const text = name.trim().toLowerCase();
  if (DRUGS.has(text) || DRUG_WORD.test(name.trim())) return 'drug';
  if (DISEASES.has(text) || DISEASE_WORD.test(text)) return 'disease';
  if (GENES.has(text)) return 'gene';
  return undefined;
}

/** The words a record's type field uses for each kind, aligned (`target` ↔ `disease` ↔ `drug`). */
const KIND_WORDS: Record<Kind, string[]> = {
  gene: ['target', 'gene', 'protein'],
  disease: ['disease', 'phenotype', 'condition'],
  drug: ['drug', 'molecule', 'compound'],
};
const TYPE_FIELD = /^(entity_?type|entity|type|kind|object_?type|category|result_?type)$/i;
/** The real identifier of each name the world knows facts of (`brca1` → `ENSG00000012048`). */
const REAL_ID_OF_NAME = new Map<string, string>([
  ...Object.entries(KNOWN_GENES).map(([id, gene]): [string, string] => [gene.symbol.toLowerCase(), id]),
  ...Object.entries(KNOWN_DISEASES).map(([id, name]): [string, string] => [name.toLowerCase(), id]),
  ...Object.entries(KNOWN_DRUGS).map(([id, drug]): [string, string] => [drug.name.toLowerCase(), id]),
]);
/** An id the world made up for want of a shape (`4829130`). */
const MADE_UP_ID = SERVICE_ID;
const NAME_OF = /^(name|title|label|symbol|approved_?symbol|term|display_?name)$/i;

/** Whether a record's type field speaks of genes, diseases and drugs (`entity: "target"`, `type: "disease"`). */
function saysKind(object: Json): boolean {
  return Object.entries(object).some(
    ([key, entry]) =>
      TYPE_FIELD.test(key) && typeof entry === 'string' && Object.values(KIND_WORDS).some((words) => words.includes(entry.toLowerCase())),
  );
}

/**
 * A record named by a gene, a disease or a drug says so in its type field (`entity_type: "target"` for
 * BRCA1, `disease` for psoriasis), when that field speaks of such kinds at all, and a made-up `id`
 * of a record named by one the world knows is its real identifier (a hit for BRCA1 is
 * `ENSG00000012048`, as the API's own search answers). Works in place.
 */
export function fitKinds(value: unknown, args: Json = {}): void {
  if (Array.isArray(value)) {
    value.forEach((entry) => fitKinds(entry, args));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const object = value as Json;
  const named = Object.entries(object).find(([key, entry]) => NAME_OF.test(key) && typeof entry === 'string');
  const kind = named === undefined ? undefined : kindOfName(named[1] as string);
  if (kind !== undefined) {
    // a disease the tables lack still has an id of EFO's style, never a serial (`breast cancer` → EFO's breast carcinoma)
    const real =
      REAL_ID_OF_NAME.get((named?.[1] as string).trim().toLowerCase()) ??
      (kind === 'disease' ? diseaseId(named?.[1] as string) : undefined);
    // (an id the call sent stays: the record is the one asked for; so does the id of a record that does not say it is
    // of such kinds — a symptom checker's risk factor "Diabetes" keeps the id its own read takes, never a made-up EFO_…)
    const sent = typeof object['id'] === 'string' && Object.values(args).some((entry) => entry === object['id']);
    if (real !== undefined && typeof object['id'] === 'string' && MADE_UP_ID.test(object['id']) && !sent && saysKind(object))
      object['id'] = real;
    for (const [key, entry] of Object.entries(object)) {
      if (!TYPE_FIELD.test(key) || typeof entry !== 'string') continue;
      const current = entry.toLowerCase();
      const style = Object.values(KIND_WORDS)
        .map((words) => words.indexOf(current))
        .find((index) => index >= 0);
      if (style === undefined) continue;
      const word = KIND_WORDS[kind][style] as string;
      object[key] = entry === entry.toUpperCase() ? word.toUpperCase() : word;
    }
  }
  Object.values(object).forEach((entry) => fitKinds(entry, args));
}
