import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { InfToolError } from '@inftool/core';
import { ACCEPTED, REJECTED, ToolListReader, readSizedRecords, type SizedRecord } from '../run/read-run.js';

export type AuditedRecord = SizedRecord;

/** The records of a run directory, accepted and rejected (v1 or v2 lines), with the size of each line. */
export async function readAuditRecords(runDir: string): Promise<AuditedRecord[]> {
  const files = [ACCEPTED, REJECTED].map((name) => join(runDir, name)).filter((file) => existsSync(file));
  if (files.length === 0) throw new InfToolError('config', `${runDir} holds no run: neither ${ACCEPTED} nor ${REJECTED} is there`);
  const lists = new ToolListReader(runDir);
  const records: AuditedRecord[] = [];
  for (const file of files) records.push(...(await readSizedRecords(file, lists)));
  return records;
}
