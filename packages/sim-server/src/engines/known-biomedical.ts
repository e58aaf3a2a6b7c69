/**
 * A few well-known biomedical entities and their real facts, so a result that names one of their
 * identifiers states what is true of it (ENSG00000157764 is BRAF on chromosome 7, not TP53). An
 * identifier of the same shape that is not listed gets an unremarkable name, never a famous one.
 */
export const KNOWN_GENES: Record<string, { symbol: string; chromosome: string }> = {
  ENSG00000157764: { symbol: 'BRAF', chromosome: '7' },
  ENSG00000141510: { symbol: 'TP53', chromosome: '17' },
  ENSG00000146648: { symbol: 'EGFR', chromosome: '7' },
  ENSG00000133703: { symbol: 'KRAS', chromosome: '12' },
  ENSG00000012048: { symbol: 'BRCA1', chromosome: '17' },
  ENSG00000139618: { symbol: 'BRCA2', chromosome: '13' },
  ENSG00000130203: { symbol: 'APOE', chromosome: '19' },
  ENSG00000169174: { symbol: 'PCSK9', chromosome: '1' },
  ENSG00000136244: { symbol: 'IL6', chromosome: '7' },
  ENSG00000232810: { symbol: 'TNF', chromosome: '6' },
  ENSG00000001626: { symbol: 'CFTR', chromosome: '7' },
  ENSG00000091831: { symbol: 'ESR1', chromosome: '6' },
  ENSG00000136997: { symbol: 'MYC', chromosome: '8' },
  ENSG00000171862: { symbol: 'PTEN', chromosome: '10' },
  ENSG00000171094: { symbol: 'ALK', chromosome: '2' },
  ENSG00000141736: { symbol: 'ERBB2', chromosome: '17' },
  ENSG00000096968: { symbol: 'JAK2', chromosome: '9' },
};

export const KNOWN_DISEASES: Record<string, string> = {
  EFO_0000676: 'psoriasis',
  EFO_0000685: 'rheumatoid arthritis',
  EFO_0000305: 'breast carcinoma',
  EFO_0000249: "Alzheimer's disease",
  EFO_0001360: 'type 2 diabetes mellitus',
  EFO_0000384: "Crohn's disease",
  EFO_0000270: 'asthma',
  EFO_0000537: 'hypertension',
  EFO_0001071: 'lung carcinoma',
  EFO_0000311: 'cancer',
  EFO_0003767: 'inflammatory bowel disease',
  EFO_0000692: 'schizophrenia',
  EFO_0000616: 'neoplasm',
  EFO_0000319: 'cardiovascular disease',
  EFO_0003885: 'multiple sclerosis',
  EFO_0000618: 'nervous system disease',
};

/** ChEMBL's record of each drug: preferred name, molecule type, first approval and max phase (4: approved). */
export const KNOWN_DRUGS: Record<string, { name: string; type: string; year: number; phase: number }> = {
  CHEMBL939: { name: 'GEFITINIB', type: 'Small molecule', year: 2003, phase: 4 },
  CHEMBL521686: { name: 'OLAPARIB', type: 'Small molecule', year: 2014, phase: 4 },
  CHEMBL1201580: { name: 'ADALIMUMAB', type: 'Antibody', year: 2002, phase: 4 },
  CHEMBL941: { name: 'IMATINIB', type: 'Small molecule', year: 2001, phase: 4 },
  CHEMBL1201585: { name: 'TRASTUZUMAB', type: 'Antibody', year: 1998, phase: 4 },
  CHEMBL3137343: { name: 'PEMBROLIZUMAB', type: 'Antibody', year: 2014, phase: 4 },
  CHEMBL553: { name: 'ERLOTINIB', type: 'Small molecule', year: 2004, phase: 4 },
  CHEMBL3353410: { name: 'OSIMERTINIB', type: 'Small molecule', year: 2015, phase: 4 },
  CHEMBL221959: { name: 'TOFACITINIB', type: 'Small molecule', year: 2012, phase: 4 },
  CHEMBL1431: { name: 'METFORMIN', type: 'Small molecule', year: 1995, phase: 4 },
  CHEMBL1487: { name: 'ATORVASTATIN', type: 'Small molecule', year: 1996, phase: 4 },
  CHEMBL1237022: { name: 'TOCILIZUMAB', type: 'Antibody', year: 2010, phase: 4 },
};

/** The names of the drugs the world knows, for records that name a drug: a named drug is one whose facts the world can state. */
export const KNOWN_DRUG_NAMES: readonly string[] = Object.values(KNOWN_DRUGS).map((drug) => drug.name);
