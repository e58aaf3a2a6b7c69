import type { QualityReport, QualityRow, Ratio } from './quality.js';

const percent = (ratio: Ratio): string => (ratio.of === 0 ? '—' : `${(ratio.share * 100).toFixed(1)}%`);

const COLUMNS: Array<[string, (row: QualityRow) => string]> = [
  ['records', (row) => String(row.records)],
  ['accepted', (row) => percent({ count: row.accepted, of: row.records, share: row.records === 0 ? 0 : row.accepted / row.records })],
  ['error', (row) => percent(row.unplannedError)],
  ['json/cut', (row) => percent(row.badAnswers)],
  ['bad arg', (row) => percent(row.implausibleCalls)],
  ['empty', (row) => percent(row.uninformativeResults)],
  ['filler', (row) => percent(row.placeholderResults)],
  ['other id', (row) => percent(row.readsOtherId)],
  ['world', (row) => percent(row.worldInconsistent)],
  ['label', (row) => percent(row.unreadableLabels)],
  ['request', (row) => percent(row.plumbingRequests)],
  ['dup', (row) => percent(row.duplicateTurns)],
  ['open3', (row) => percent(row.templatedOpenings)],
  ['bytes', (row) => String(row.meanBytes)],
];

/** One table of the report as cells: a header, a row per kind and overall, and the notes under it (the viewer draws it as HTML). */
export interface QualityTable {
  title: string;
  header: string[];
  rows: string[][];
  notes: string[];
}

function cells(title: string, scope: QualityReport['all']): QualityTable {
  const rows: Array<[string, QualityRow]> = [...Object.entries(scope.byKind), ['overall', scope.overall]];
  const notes: string[] = [];
  const overall = scope.overall;
  if (overall.irrelevance)
    notes.push(
      `irrelevance: ${overall.irrelevance.distinct} distinct requests; ${percent(overall.irrelevance.hardNegatives)} share words with the offered tools (hard negatives)`,
    );
  if (overall.parallelDistinctTools) notes.push(`parallel: ${percent(overall.parallelDistinctTools)} call 2+ different tools in one turn`);
  if (overall.multiTurn)
    notes.push(
      `multi_turn: ${overall.multiTurn.meanUserTurns.toFixed(1)} user turns on average; ${percent(overall.multiTurn.reusesResult)} reuse a value from an earlier result`,
    );
  if (overall.templatedOpenings.words)
    notes.push(
      `most common opening: "${overall.templatedOpenings.words}" (${overall.templatedOpenings.count} of ${overall.templatedOpenings.of})`,
    );
  const failed = Object.entries(overall.failedChecks).sort((a, b) => b[1] - a[1]);
  notes.push(`failed checks: ${failed.length === 0 ? 'none' : failed.map(([id, count]) => `${id} ×${count}`).join(', ')}`);
  return {
    title,
    header: ['kind', ...COLUMNS.map(([name]) => name)],
    rows: rows.map(([kind, row]) => [kind, ...COLUMNS.map(([, cell]) => cell(row))]),
    notes,
  };
}

function table(title: string, scope: QualityReport['all']): string[] {
  const { header, rows, notes } = cells(title, scope);
  const widths = header.map((name, index) => Math.max(name.length, ...rows.map((cell) => cell[index]!.length)));
  const line = (values: string[]) =>
    values.map((value, index) => (index === 0 ? value.padEnd(widths[index]!) : value.padStart(widths[index]!))).join('  ');
  return [title, line(header), ...rows.map(line), ...notes];
}

/** What each column of the table means. */
export const QUALITY_COLUMNS_TEXT =
  'columns: accepted share; records with an unplanned error result; answers that are raw JSON or cut; calls with an implausible argument; results with only generic keys and echoes; results with filler, a value that only restates its field or tool name or a name made of the tool noun (rejected); reads by id returning another id; records whose results contradict each other, the filters or themselves (world); answers reading out an unreadable field name or counting with a wrong noun (label); first requests with a cursor, a secret or a raw parameter name (request); turns with a duplicate call; first messages opening with the most common 3 words; mean record bytes';

/** The two tables of the report (all records, accepted records) as cells. */
export function qualityTables(report: QualityReport): QualityTable[] {
  return [cells('ALL records (the generator):', report.all), cells('ACCEPTED records (the data set):', report.accepted)];
}

/** The audit as text: a table over all records and one over the accepted ones, with what each column means. */
export function formatQualityReport(report: QualityReport): string {
  return [
    `quality audit of ${report.runDir}`,
    QUALITY_COLUMNS_TEXT,
    '',
    ...table('ALL records (the generator):', report.all),
    '',
    ...table('ACCEPTED records (the data set):', report.accepted),
  ].join('\n');
}
