/** What each Open Targets data source measures (its datatype): the generator, the checks and the bench read this one table. */
export const EVIDENCE_SOURCE_TYPE: Readonly<Record<string, string>> = {
  ot_genetics_portal: 'genetic_association',
  gwas_catalog: 'genetic_association',
  gene_burden: 'genetic_association',
  eva: 'genetic_association',
  cancer_gene_census: 'somatic_mutation',
  intogen: 'somatic_mutation',
  chembl: 'known_drug',
  europepmc: 'literature',
  expression_atlas: 'rna_expression',
  impc: 'animal_model',
};

/** Whether an evidence record's datatype is not the one its datasource measures (a source the table does not know never clashes). */
export function evidenceTypeClash(source: unknown, type: unknown, table: Readonly<Record<string, string>> = EVIDENCE_SOURCE_TYPE): boolean {
  return typeof source === 'string' && typeof type === 'string' && table[source] !== undefined && table[source] !== type;
}
