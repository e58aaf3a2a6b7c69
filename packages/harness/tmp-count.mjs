// Counts, over ACCEPTED records, what the new detectors find: node tmp-count.mjs RUN_DIR
import { readAuditRecords } from './dist/audit/read-records.js';
import { readConversation } from './dist/run/checks/conversation.js';
import { wrongComputations } from './dist/run/checks/computed-results.js';
import { organisationFiller } from './dist/run/checks/organisation-filler.js';
import { toolContext } from './dist/run/checks/product-filler.js';
import { staleWrites, unechoedArguments, changedFacts } from './dist/run/checks/world-consistency.js';
const records = await readAuditRecords(process.argv[2]);
const counts = {
  accepted: 0,
  results: 0,
  companyFillerValues: 0,
  recordsWithCompanyFiller: 0,
  wrongComputations: 0,
  staleWrites: 0,
  unechoed: 0,
  changedFacts: 0,
};
const examples = {};
for (const { record } of records) {
  if (record.outcome !== 'accepted') continue;
  counts.accepted += 1;
  const conversation = readConversation(record);
  let company = 0;
  for (const call of conversation.calls) {
    if (call.rejected) continue;
    counts.results += 1;
    const found = organisationFiller(call, toolContext(call, conversation));
    company += found.length;
    const wrong = wrongComputations(call);
    counts.wrongComputations += wrong.length;
    for (const [kind, list] of [
      ['company', found],
      ['wrong', wrong],
    ])
      for (const item of list) (examples[kind] ??= []).length < 4 && examples[kind].push(item);
  }
  counts.companyFillerValues += company;
  if (company > 0) counts.recordsWithCompanyFiller += 1;
  const stale = staleWrites(conversation),
    unechoed = unechoedArguments(conversation),
    changed = changedFacts(conversation);
  counts.staleWrites += stale.length;
  counts.unechoed += unechoed.length;
  counts.changedFacts += changed.length;
  for (const [kind, list] of [
    ['stale', stale],
    ['unechoed', unechoed],
  ])
    for (const item of list) (examples[kind] ??= []).length < 4 && examples[kind].push(item);
}
console.log(JSON.stringify(counts));
for (const [kind, list] of Object.entries(examples)) for (const item of list) console.log(`  ${kind}: ${item.slice(0, 200)}`);
