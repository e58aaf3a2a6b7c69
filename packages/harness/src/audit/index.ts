/** The quality audit of a run (`inftool audit`): the checks' own detectors, counted per scenario kind. */
export { auditRun } from './audit-run.js';
export { readAuditRecords } from './read-records.js';
export type { AuditedRecord } from './read-records.js';
export { auditRecords } from './quality.js';
export type { QualityReport, QualityRow, Ratio } from './quality.js';
export { formatQualityReport } from './format-table.js';
