type Json = Record<string, unknown>;

/** One thing said about a record (the shape of `Fact` in result-facts.ts). */
interface Fact {
  kind: 'verb' | 'property';
  text: string;
  score: number;
  key?: string;
}

/** GoCardless (Nordigen) requisition status codes, in words said after the requisition ("is linked"). */
const REQUISITION_STATES: Record<string, string> = {
  CR: 'is created and waiting for the user',
  GC: 'is waiting for the user to give consent',
  UA: 'is undergoing authentication with the bank',
  RJ: 'was rejected',
  SA: 'is waiting for the user to select accounts',
  GA: 'is being granted access',
  LN: 'is linked',
  SU: 'is suspended',
  EX: 'has expired',
  ER: 'has failed with an error',
};

/**
 * The facts of a bank-data requisition (a record with a status code, an institution and an authorisation
 * link): its status in words, its institution, how many accounts it holds, when it was created and its link; undefined
 * for any other record. The agreement's uuid and the echoed redirect are left for the user to read in the result.
 */
export function requisitionFacts(record: Json): Fact[] | undefined {
  const status = record['status'];
  const institution = record['institution_id'];
  if (typeof status !== 'string' || typeof institution !== 'string' || !(status in REQUISITION_STATES)) return undefined;
  if (typeof record['link'] !== 'string' && !Array.isArray(record['accounts'])) return undefined;
  const found: Fact[] = [{ kind: 'verb', text: REQUISITION_STATES[status] as string, score: 10, key: 'status' }];
  found.push({ kind: 'property', text: `the institution is ${institution}`, score: 9, key: 'institution_id' });
  const accounts = record['accounts'];
  if (Array.isArray(accounts))
    found.push({
      kind: 'verb',
      text:
        accounts.length === 0 ? 'has no linked accounts yet' : `has ${accounts.length} linked account${accounts.length === 1 ? '' : 's'}`,
      score: 8,
      key: 'accounts',
    });
  const created = record['created'];
  if (typeof created === 'string' && /^\d{4}-\d{2}-\d{2}/.test(created))
    found.push({ kind: 'verb', text: `was created on ${created.slice(0, 10)}`, score: 6, key: 'created' });
  if (record['account_selection'] === true)
    found.push({ kind: 'verb', text: 'lets the user choose which accounts to share', score: 5, key: 'account_selection' });
  if (typeof record['link'] === 'string')
    found.push({ kind: 'property', text: `the authorisation link is ${record['link']}`, score: 7, key: 'link' });
  return found;
}
