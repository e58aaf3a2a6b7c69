/** The quality audit of a run (`inftool audit`): the checks' own detectors, counted per scenario kind. */
export { auditRun } from './audit-run.js';
export { readAuditRecords } from './read-records.js';
export type { AuditedRecord } from './read-records.js';
export { auditRecords } from './quality.js';
export type { QualityReport, QualityRow, Ratio } from './quality.js';
export { formatQualityReport, qualityTables, QUALITY_COLUMNS_TEXT } from './format-table.js';
export type { QualityTable } from './format-table.js';
