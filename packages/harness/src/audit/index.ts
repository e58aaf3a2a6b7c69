export { readAuditRecords } from './read-records.js';
export type { AuditedRecord } from './read-records.js';
export { auditRecords } from './quality.js';
export type { QualityReport, QualityRow, Ratio } from './quality.js';
export { formatQualityReport } from './format-table.js';

import { auditRecords, type QualityReport } from './quality.js';
import { readAuditRecords } from './read-records.js';

/** Reads a run directory and audits it. */
export async function auditRun(runDir: string): Promise<QualityReport> {
  return auditRecords(runDir, await readAuditRecords(runDir));
}
