import { auditRecords, type QualityReport } from './quality.js';
import { readAuditRecords } from './read-records.js';

/** Reads a run directory and audits it. */
export async function auditRun(runDir: string): Promise<QualityReport> {
  return auditRecords(runDir, await readAuditRecords(runDir));
}
