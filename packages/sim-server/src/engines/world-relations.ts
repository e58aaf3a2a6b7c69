import { sha256Hex, isJsonObject } from '@inftool/core';
import { KNOWN_DISEASES, KNOWN_GENES } from './known-biomedical.js';

type Json = Record<string, unknown>;

/**
 * Diseases by therapeutic area: a disease's related diseases are others of its area (psoriasis and
 * rheumatoid arthritis, never psoriasis and breast carcinoma), as Open Targets relates diseases that
 * share targets. Broad terms (`cancer`, `neoplasm`) name an area as a subject and are never a related one.
 */
const DISEASE_AREAS: readonly (readonly string[])[] = [
  [
    'psoriasis',
    'rheumatoid arthritis',
    "Crohn's disease",
    'inflammatory bowel disease',
    'ulcerative colitis',
    'psoriatic arthritis',
    'ankylosing spondylitis',
    'systemic lupus erythematosus',
    'multiple sclerosis',
  ],
  ['asthma', 'chronic obstructive pulmonary disease', 'allergic rhinitis', 'atopic eczema'],
  ['breast carcinoma', 'lung carcinoma', 'ovarian carcinoma', 'colorectal carcinoma', 'prostate carcinoma', 'melanoma'],
  ['type 2 diabetes mellitus', 'hypertension', 'obesity', 'coronary artery disease', 'hypercholesterolemia'],
  ["Alzheimer's disease", 'schizophrenia', "Parkinson's disease", 'bipolar disorder', 'major depressive disorder'],
];
/** Broad terms and the area each names. */
const BROAD_DISEASES: Record<string, number> = {
  cancer: 2,
  neoplasm: 2,
  'cardiovascular disease': 3,
  'nervous system disease': 4,
  'crohn disease': 0,
};
/** Targets by pathway: a target's related targets act with it (TP53 and BRCA1, IL6 and JAK2). */
const TARGET_GROUPS: readonly (readonly string[])[] = [
  ['TP53', 'BRCA1', 'BRCA2', 'PTEN', 'MYC', 'ATM'],
  ['EGFR', 'ERBB2', 'KRAS', 'BRAF', 'ALK', 'ESR1'],
  ['IL6', 'TNF', 'JAK2', 'IL17A', 'IL23A', 'STAT3'],
  ['APOE', 'PCSK9', 'LDLR', 'APOB', 'HMGCR'],
  ['CFTR', 'SCNN1A', 'SLC26A9', 'SLC9A3'],
];

type Subject = { kind: 'disease' | 'target'; name: string; group: readonly string[] };

/** The kind, name and table group of a subject: an EFO or Ensembl id the world knows, or a name of the tables. */
export function relationSubject(subject: string): Subject | undefined {
  const name = KNOWN_DISEASES[subject] ?? KNOWN_GENES[subject]?.symbol ?? subject;
  const lower = name.toLowerCase();
  const area = DISEASE_AREAS.findIndex((group) => group.some((entry) => entry.toLowerCase() === lower));
  const broad = BROAD_DISEASES[lower];
  if (area >= 0 || broad !== undefined) return { kind: 'disease', name, group: DISEASE_AREAS[area >= 0 ? area : (broad as number)] ?? [] };
  const pathway = TARGET_GROUPS.find((group) => group.includes(name.toUpperCase()));
  if (pathway !== undefined) return { kind: 'target', name, group: pathway };
  if (/^ENSG\d{11}$/.test(subject)) return { kind: 'target', name: subject, group: TARGET_GROUPS[0] ?? [] };
  if (/^(EFO|MONDO|Orphanet|DOID)_\d+$/.test(subject)) return { kind: 'disease', name: subject, group: DISEASE_AREAS[0] ?? [] };
  return undefined;
}

const RELATED_NAME = /^related_?(name|label)$/i;
const RELATED_TYPE = /^related_?(type|kind|entity_?type)$/i;
const RELATION_TYPE = /^relation_?(type|kind)$/i;

/** The key of `object` that `pattern` matches and holds a string, if any. */
const stringKey = (object: Json, pattern: RegExp): string | undefined =>
  Object.keys(object).find((key) => pattern.test(key) && typeof object[key] === 'string');

/**
 * Relations that make sense: each relation record (`subject`, `related_name`) of a subject the tables
 * know relates it to another entity of its own kind and group — a disease to a disease of its
 * therapeutic area (`similar_to`), a target to a target of its pathway (`interacts_with`) — never
 * to itself, each related entity once per subject; the choice is drawn from the subject and the
 * record's place, so a listing read again says the same. Works in place.
 */
export function plausibleRelations(value: unknown): void {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      const used = new Map<string, Set<string>>();
      for (const [index, entry] of node.entries()) {
        if (isJsonObject(entry)) relate(entry, index, used);
        visit(entry);
      }
    } else if (isJsonObject(node)) {
      if (typeof node['subject'] === 'string' && stringKey(node, RELATED_NAME) !== undefined) relate(node, 0, new Map());
      Object.values(node).forEach(visit);
    }
  };
  visit(value);
}

function relate(record: Json, index: number, used: Map<string, Set<string>>): void {
  const nameKey = stringKey(record, RELATED_NAME);
  const subjectText = record['subject'];
  if (nameKey === undefined || typeof subjectText !== 'string') return;
  const subject = relationSubject(subjectText);
  if (subject === undefined) return;
  const taken = used.get(subjectText) ?? new Set<string>([subject.name.toLowerCase()]);
  used.set(subjectText, taken);
  const current = String(record[nameKey]);
  const candidates = subject.group.filter((name) => !taken.has(name.toLowerCase()));
  if (candidates.length === 0) return;
  const fits = candidates.some((name) => name.toLowerCase() === current.toLowerCase());
  const chosen = fits
    ? (candidates.find((name) => name.toLowerCase() === current.toLowerCase()) as string)
    : (candidates[parseInt(sha256Hex(`${subjectText}\u0000${index}`).slice(0, 8), 16) % candidates.length] as string);
  record[nameKey] = chosen;
  taken.add(chosen.toLowerCase());
  const typeKey = stringKey(record, RELATED_TYPE);
  if (typeKey !== undefined) record[typeKey] = subject.kind;
  const relationKey = stringKey(record, RELATION_TYPE);
  if (relationKey !== undefined) record[relationKey] = subject.kind === 'disease' ? 'similar_to' : 'interacts_with';
}
