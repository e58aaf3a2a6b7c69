import { sha256Hex } from '@inftool/core';
import { EVIDENCE_SOURCE_TYPE as SOURCE_TYPE } from './evidence-sources.js';
import { KNOWN_DISEASES, KNOWN_GENES } from './known-biomedical.js';

type Json = Record<string, unknown>;

/** The usual source of each datatype, for a record whose source must change with its type. */
const TYPE_SOURCE: Record<string, string> = {
  genetic_association: 'gwas_catalog',
  somatic_mutation: 'cancer_gene_census',
  known_drug: 'chembl',
  literature: 'europepmc',
  rna_expression: 'expression_atlas',
  animal_model: 'impc',
};
/** Evidence any pair may have: text mining, expression, mouse models. */
const WEAK_TYPES = new Set(['literature', 'rna_expression', 'animal_model']);

/** Well-known target–disease links and the evidence that makes them strong (a causal gene, a drug's target, a GWAS locus). */
const LINKS: Record<string, Record<string, string>> = {
  BRCA1: { 'breast carcinoma': 'somatic_mutation', 'ovarian carcinoma': 'genetic_association', 'breast cancer': 'somatic_mutation' },
  BRCA2: { 'breast carcinoma': 'somatic_mutation', 'ovarian carcinoma': 'genetic_association', 'breast cancer': 'somatic_mutation' },
  TP53: {
    'breast carcinoma': 'somatic_mutation',
    'lung carcinoma': 'somatic_mutation',
    'colorectal carcinoma': 'somatic_mutation',
    cancer: 'somatic_mutation',
    neoplasm: 'somatic_mutation',
  },
  EGFR: { 'lung carcinoma': 'known_drug', 'non-small cell lung carcinoma': 'known_drug', 'colorectal carcinoma': 'known_drug' },
  KRAS: { 'lung carcinoma': 'somatic_mutation', 'colorectal carcinoma': 'somatic_mutation', 'pancreatic carcinoma': 'somatic_mutation' },
  BRAF: { melanoma: 'known_drug', 'colorectal carcinoma': 'somatic_mutation' },
  ERBB2: { 'breast carcinoma': 'known_drug', 'breast cancer': 'known_drug' },
  ESR1: { 'breast carcinoma': 'known_drug', 'breast cancer': 'known_drug' },
  APOE: {
    "alzheimer's disease": 'genetic_association',
    hypercholesterolemia: 'genetic_association',
    'coronary artery disease': 'genetic_association',
  },
  PCSK9: { hypercholesterolemia: 'known_drug', 'coronary artery disease': 'genetic_association' },
  IL6: { 'rheumatoid arthritis': 'known_drug', "crohn's disease": 'genetic_association', 'crohn disease': 'genetic_association' },
  TNF: {
    'rheumatoid arthritis': 'known_drug',
    psoriasis: 'known_drug',
    "crohn's disease": 'known_drug',
    'crohn disease': 'known_drug',
    'ulcerative colitis': 'known_drug',
    'inflammatory bowel disease': 'known_drug',
  },
  JAK2: { 'rheumatoid arthritis': 'known_drug', psoriasis: 'known_drug' },
  CFTR: { 'cystic fibrosis': 'known_drug' },
  INS: { 'type 2 diabetes mellitus': 'known_drug', 'type 1 diabetes mellitus': 'known_drug' },
};
/** ChEMBL's protein class of each target the tables know (never a ChEMBL id, never a kinase for a cytokine). */
const TARGET_CLASS: Record<string, string> = {
  BRCA1: 'Unclassified protein',
  BRCA2: 'Unclassified protein',
  TP53: 'Transcription factor',
  MYC: 'Transcription factor',
  ESR1: 'Transcription factor',
  EGFR: 'Kinase',
  ERBB2: 'Kinase',
  BRAF: 'Kinase',
  ALK: 'Kinase',
  JAK2: 'Kinase',
  KRAS: 'Enzyme',
  PTEN: 'Enzyme',
  PCSK9: 'Enzyme',
  APOE: 'Secreted protein',
  IL6: 'Secreted protein',
  TNF: 'Secreted protein',
  INS: 'Secreted protein',
  CFTR: 'Ion channel',
};
const CANCER = /carcinoma|cancer|neoplasm|melanoma|leukemia|lymphoma|tumou?r|sarcoma|glioma/i;

const stringField = (object: Json, pattern: RegExp): string | undefined =>
  Object.keys(object).find((key) => pattern.test(key) && typeof object[key] === 'string');
const fraction = (seed: string): number => parseInt(sha256Hex(seed).slice(0, 8), 16) / 0x1_0000_0000;

/** The symbol and disease an association names, by name or by the id the tables know. */
function pairOf(object: Json): { symbol?: string; disease?: string } {
  const symbolKey = stringField(object, /^(target_?symbol|approved_?symbol|symbol)$/i);
  const targetKey = stringField(object, /^(target|target_?id|ensembl_?id)$/i);
  const diseaseKey = stringField(object, /^disease_?(name|label)$/i);
  const diseaseIdKey = stringField(object, /^(disease|disease_?id|efo_?id)$/i);
  const symbol =
    (symbolKey && String(object[symbolKey]).toUpperCase()) || (targetKey && KNOWN_GENES[String(object[targetKey])]?.symbol) || undefined;
  const disease = (diseaseKey && String(object[diseaseKey])) || (diseaseIdKey && KNOWN_DISEASES[String(object[diseaseIdKey])]) || undefined;
  return { symbol, disease: disease?.toLowerCase() };
}

/** The evidence types a pair may carry: weak ones for any pair, its own strong one for a known link, somatic mutations only in cancer. */
function typeFits(type: string, symbol: string | undefined, disease: string | undefined): boolean {
  if (WEAK_TYPES.has(type)) return true;
  if (type === 'somatic_mutation' && disease !== undefined && !CANCER.test(disease)) return false;
  if (symbol === undefined || disease === undefined || LINKS[symbol] === undefined) return true;
  const link = LINKS[symbol]?.[disease];
  return link !== undefined && (link === type || type === 'genetic_association' || (type === 'somatic_mutation' && CANCER.test(disease)));
}

/**
 * One association or evidence record that a geneticist believes: its datatype is its datasource's,
 * its evidence fits the pair (no somatic mutation for asthma, no ChEMBL drug for BRCA1 and
 * Alzheimer's disease), a pair with no known link scores low (a co-mention in the literature, not
 * KRAS–type 2 diabetes at 0.96), and a known target's class is its ChEMBL protein class. Values the
 * call asked for (`asked`) are kept. Works in place; depends on the record only, so it says the same when read again.
 */
export function plausibleAssociation(object: Json, asked: ReadonlySet<string>): void {
  targetOfClass(object, asked);
  const { symbol, disease } = pairOf(object);
  const sourceKey = stringField(object, /^(datasource|datasource_?id|data_?source)$/i);
  const typeKey = stringField(object, /^(datatype|datatype_?id|data_?type)$/i);
  const source = sourceKey === undefined ? undefined : String(object[sourceKey]);
  const fixedSource = source !== undefined && asked.has(source);
  const fixedType = typeKey !== undefined && asked.has(String(object[typeKey]));
  const linkType = symbol && disease ? LINKS[symbol]?.[disease] : undefined;
  // the record's own evidence type: the one asked for, else its datasource's, and one that fits the pair
  let type = fixedType ? String(object[typeKey as string]) : ((source && SOURCE_TYPE[source]) ?? (typeKey && String(object[typeKey])));
  if (type && !fixedType && !fixedSource && !typeFits(type, symbol, disease)) type = linkType ?? 'literature';
  if (type) {
    if (typeKey !== undefined && !fixedType) object[typeKey] = type;
    if (sourceKey !== undefined && !fixedSource && source !== undefined && SOURCE_TYPE[source] !== type)
      object[sourceKey] = TYPE_SOURCE[type] ?? source;
  }
  const topKey = stringField(object, /^top_?datatype$/i);
  if (topKey && !asked.has(String(object[topKey]))) {
    // one evidence record's top type is its own; a summary's, the strongest its pair can have
    const top = type || String(object[topKey]);
    object[topKey] = typeFits(top, symbol, disease) ? top : (linkType ?? 'literature');
  }
  weakScores(object, symbol, disease);
  const classKey = stringField(object, /^target_?class$/i);
  if (classKey && !asked.has(String(object[classKey])) && (symbol || /^CHEMBL\d+$/.test(String(object[classKey]))))
    object[classKey] =
      (symbol && TARGET_CLASS[symbol]) ?? (/^CHEMBL\d+$/.test(String(object[classKey])) ? 'Unclassified protein' : object[classKey]);
}

/** A pair with no known link scores as text mining does: low, on a few papers. */
function weakScores(object: Json, symbol: string | undefined, disease: string | undefined): void {
  if (symbol === undefined || disease === undefined || LINKS[symbol] === undefined || LINKS[symbol]?.[disease] !== undefined) return;
  for (const key of Object.keys(object)) {
    const value = object[key];
    if (typeof value !== 'number') continue;
    if (/^(overall_?score|association_?score|score)$/i.test(key) && value > 0.2)
      object[key] = Number((0.02 + 0.16 * fraction(`${symbol}\u0000${disease}\u0000${key}`)).toFixed(2));
    if (/^evidence_?count$/i.test(key) && value > 12) object[key] = 1 + Math.floor(11 * fraction(`${symbol}\u0000${disease}`));
  }
}

/** A listing filtered by a target class (`target_class: "Kinase"`) lists targets of that class: a target the call did not name is swapped for one of the class. */
function targetOfClass(object: Json, asked: ReadonlySet<string>): void {
  const classKey = stringField(object, /^target_?class$/i);
  const symbolKey = stringField(object, /^(target_?symbol|approved_?symbol|symbol)$/i);
  if (classKey === undefined || symbolKey === undefined || !asked.has(String(object[classKey]))) return;
  const symbol = String(object[symbolKey]).toUpperCase();
  const wanted = String(object[classKey]);
  const targetKey = stringField(object, /^(target|target_?id|ensembl_?id)$/i);
  const named = asked.has(String(object[symbolKey])) || (targetKey !== undefined && asked.has(String(object[targetKey])));
  if (named || TARGET_CLASS[symbol] === undefined || TARGET_CLASS[symbol] === wanted) return;
  const genes = Object.entries(KNOWN_GENES).filter(([, gene]) => TARGET_CLASS[gene.symbol] === wanted);
  if (genes.length === 0) return;
  const [id, gene] = genes[Math.floor(fraction(`${symbol}\u0000${wanted}`) * genes.length)] as [string, { symbol: string }];
  object[symbolKey] = gene.symbol;
  if (targetKey !== undefined && /^ENSG\d{11}$/.test(String(object[targetKey]))) object[targetKey] = id;
}
