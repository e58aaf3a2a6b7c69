// Counts what a reader finds wrong with the world of a run's ACCEPTED records (docs/benchmarks.md,
// "World defects"): a provider and a service that do not belong together, an empty service name sent
// in a call, one headline told of several records or answering several different searches, and how
// the error_recovery scenario spreads over fault kinds (every 404 a swapped-character typo is a defect
// of the plan, not of one record). Independent of the generator: its own small table of real API
// directory providers, so a generator table that is wrong is caught here.
// Run: node bench/world-defects.mjs RUN_DIR [--examples N] [--json]
import { readDefectRun, createDefects, isObject, objects, parseToolResult } from './defect-run.mjs';

const { args, exampleCount, file, lines } = readDefectRun('world-defects');

/** APIs.guru providers and services as the directory lists them (a provider of one API has none). */
const SERVICES = {
  'googleapis.com': ['drive', 'gmail', 'calendar', 'storage', 'compute', 'pubsub', 'translate', 'youtube', 'bigquery', 'sheets', 'docs'],
  'amazonaws.com': ['s3', 'ec2', 'lambda', 'dynamodb', 'sqs', 'sns', 'translate', 'pricing', 'iam', 'rds'],
  'azure.com': ['compute', 'network', 'storage', 'keyvault', 'monitor', 'web', 'sql'],
  'nytimes.com': ['article_search', 'books_api', 'most_popular_api', 'top_stories', 'archive'],
  'twilio.com': ['twilio_api_v2010', 'twilio_fax_v1', 'twilio_messaging_v1', 'twilio_verify_v2', 'twilio_video_v1'],
  'github.com': ['api.github.com', 'ghes-3.9', 'ghes-3.10', 'github.ae'],
  'microsoft.com': ['graph', 'cognitiveservices-NewsSearch', 'cognitiveservices-ComputerVision', 'cognitiveservices-Face'],
};
/** Providers that publish one API: no service name goes with them. */
const SINGLE = new Set([
  'apis.guru',
  'spotify.com',
  'stripe.com',
  'slack.com',
  'atlassian.com',
  'circl.lu',
  'corrently.io',
  'opentargets.io',
]);
const SERVICE_KEY = /^(service|servicename|x-servicename)$/i;
const PROVIDER_KEY = /^(provider|providername|x-providername)$/i;
const HEADLINE_KEY = /^(headline|pagetitle|title)$/;
const ID_KEY = /^(id|key|uuid|guid|sid|newsid|postid|articleid|atomid|storyid|slug)$/;
const QUERY_KEY = /^(q|query|search|keyword|keywords|term|text|topic)$/;
const norm = (key) => key.replace(/[^A-Za-z0-9-]/g, '').toLowerCase();

const { defects, note } = createDefects(exampleCount);

/** Why a provider and a service do not go together, or undefined when they do (or the provider is not known here). */
function mismatch(provider, service) {
  const key = provider.toLowerCase();
  if (SERVICES[key] !== undefined) return SERVICES[key].includes(service) ? undefined : `${service} is not a service of ${provider}`;
  if (SINGLE.has(key) && service !== '') return `${provider} publishes one API, with no service ${service}`;
  return undefined;
}

/** A provider/service pair in one object (call arguments or a result's record). */
function pairProblem(object) {
  const provider = Object.entries(object).find(([key, value]) => PROVIDER_KEY.test(key) && typeof value === 'string')?.[1];
  const service = Object.entries(object).find(([key, value]) => SERVICE_KEY.test(key) && typeof value === 'string')?.[1];
  return provider === undefined || service === undefined || service === '' ? undefined : mismatch(provider, service);
}

/** Whether `wrong` is `right` with two neighbouring characters swapped. */
function swapped(wrong, right) {
  if (wrong.length !== right.length || wrong === right) return false;
  const at = [...wrong].flatMap((character, index) => (character === right[index] ? [] : [index]));
  return at.length === 2 && at[1] === at[0] + 1 && wrong[at[0]] === right[at[1]] && wrong[at[1]] === right[at[0]];
}

const headlineIds = new Map(); // headline → Set of record ids it is told of (across the run)
const headlineQueries = new Map(); // headline → Set of different searches it answered
const faultKinds = new Map(); // fault kind → count over error_recovery records
const notFound = { swapped: 0, other: 0 }; // planned 404s: the wrong id a swap of the right one, or not
let errorRecovery = 0;

function faultSpread(record) {
  const task = record.task ?? {};
  if (task.kind !== 'error_recovery') return;
  errorRecovery += 1;
  for (const fault of task.faults ?? []) {
    faultKinds.set(fault.fault, (faultKinds.get(fault.fault) ?? 0) + 1);
    if (fault.fault !== 'not_found' && fault.fault !== 'wrong_id') continue;
    const wrong = task.expectedCalls?.[fault.turn]?.[fault.call]?.arguments ?? {};
    const right = task.expectedCalls?.[fault.turn + 1]?.[fault.call]?.arguments ?? {};
    const name = Object.keys(wrong).find((key) => JSON.stringify(wrong[key]) !== JSON.stringify(right[key]));
    if (name === undefined) continue;
    if (swapped(String(wrong[name]), String(right[name]))) notFound.swapped += 1;
    else notFound.other += 1;
  }
}

/** The id an object carries (`id`, `key`, `atomId`, `postId`; never a reference such as `languageId`), if any. */
function ownId(object) {
  const named = Object.entries(object).filter(
    ([key, value]) => ID_KEY.test(norm(key)) && (typeof value === 'string' || typeof value === 'number'),
  );
  // `id` and `key` before the others (`atomId` is a post's number in a feed, `key` its name)
  const found = named.find(([key]) => /^(id|key)$/i.test(key)) ?? named[0];
  return found === undefined ? undefined : String(found[1]);
}

/** The headline an object tells: a headline field, or the `value` of a `{key, value}` pair that reads as one. */
function headlineOf(object) {
  const entries = Object.entries(object);
  const field = entries.find(([key, value]) => HEADLINE_KEY.test(norm(key)) && typeof value === 'string' && /\s/.test(value))?.[1];
  if (field !== undefined) return field;
  const value = object.value;
  // four words or more: a newsletter's or a series' name ("BC Health Update") is shared by its editions
  return 'key' in object && typeof value === 'string' && /^[A-Z][^.]*\s\S+\s\S+\s\S+/.test(value) && !value.endsWith('.')
    ? value
    : undefined;
}

/** Every headline of a result with the record it is told of (an object's own id, else its nearest parent's). */
function headlines(node, parent, visit) {
  if (Array.isArray(node)) return node.forEach((entry) => headlines(entry, parent, visit));
  if (!isObject(node)) return;
  const id = ownId(node) ?? parent;
  const headline = headlineOf(node);
  if (headline !== undefined && id !== undefined) visit(headline, id);
  for (const child of Object.values(node)) headlines(child, id, visit);
}

function readResult(id, call, sent, data, seen) {
  objects(data, (object) => {
    const problem = pairProblem(object);
    if (problem) note('provider and service apart (result)', id, `${call}: ${problem}`);
  });
  const query = Object.entries(sent).find(([key, value]) => QUERY_KEY.test(norm(key)) && typeof value === 'string')?.[1];
  headlines(data, undefined, (headline, own) => {
    const ids = headlineIds.get(headline) ?? new Set();
    ids.add(`${id}/${own}`);
    headlineIds.set(headline, ids);
    const earlier = seen.get(headline);
    if (earlier !== undefined && earlier !== own)
      note('one headline, two records of a conversation', id, `"${headline}" on ${earlier} and ${own}`);
    seen.set(headline, own);
    if (query !== undefined) {
      const queries = headlineQueries.get(headline) ?? new Set();
      queries.add(query.toLowerCase().trim());
      headlineQueries.set(headline, queries);
    }
  });
}

for (const line of lines) {
  const record = JSON.parse(line);
  const id = record.id;
  faultSpread(record);
  const calls = new Map();
  const seen = new Map(); // headline → the id it was first told of in this conversation
  for (const message of record.messages ?? []) {
    for (const call of message.tool_calls ?? []) {
      calls.set(call.id, call.function);
      let sent;
      try {
        sent = JSON.parse(call.function.arguments ?? '{}');
      } catch {
        continue;
      }
      if (!isObject(sent)) continue;
      const problem = pairProblem(sent);
      if (problem)
        note('provider and service apart (call)', id, `${call.function.name}(${JSON.stringify(sent).slice(0, 100)}): ${problem}`);
      for (const [key, value] of Object.entries(sent))
        if (SERVICE_KEY.test(key) && typeof value === 'string' && value.trim() === '')
          note('empty service sent', id, `${call.function.name}(${JSON.stringify(sent).slice(0, 100)})`);
    }
    if (message.role !== 'tool') continue;
    const fn = calls.get(message.tool_call_id);
    const parsed = parseToolResult(message, fn);
    if (parsed === undefined) continue;
    const { data, sent } = parsed;
    readResult(id, `${fn?.name}(${JSON.stringify(sent).slice(0, 80)})`, isObject(sent) ? sent : {}, data, seen);
  }
}

// A headline told of three or more records across the run (each world's records are its own), or
// answering three or more different searches: a small pool of stories, not news.
for (const [headline, ids] of headlineIds)
  if (ids.size >= 3) note('one headline, many records (run)', headline, `told of ${ids.size} records`);
for (const [headline, queries] of headlineQueries)
  if (queries.size >= 3) note('one headline, many searches (run)', headline, `answers ${[...queries].slice(0, 4).join(' | ')}`);
const kindCount = faultKinds.size;
if (errorRecovery >= 10 && kindCount < 6)
  note('few fault kinds (run)', 'error_recovery', `${kindCount} kinds over ${errorRecovery} records`);
const all404 = notFound.swapped + notFound.other;
if (all404 >= 5 && notFound.swapped / all404 > 0.8)
  note('every 404 a swapped-character typo (run)', 'error_recovery', `${notFound.swapped} of ${all404}`);

const told = [...headlineIds.values()].reduce((sum, ids) => sum + ids.size, 0);
const summary = {
  records: lines.length,
  headlines: { distinct: headlineIds.size, told },
  faults: { records: errorRecovery, kinds: Object.fromEntries([...faultKinds].sort()), notFound },
  defects: {},
};
for (const [kind, entry] of [...defects].sort())
  summary.defects[kind] = { records: entry.records.size, count: entry.count, examples: entry.examples };
if (args.includes('--json')) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
else {
  process.stdout.write(`${lines.length} accepted records in ${file}\n`);
  process.stdout.write(`headlines: ${headlineIds.size} distinct of ${told} told (by record)\n`);
  process.stdout.write(
    `error_recovery: ${errorRecovery} records; fault kinds ${JSON.stringify(summary.faults.kinds)}; 404 by swapped characters ${notFound.swapped} of ${all404}\n`,
  );
  for (const [kind, entry] of Object.entries(summary.defects)) {
    process.stdout.write(`${kind}: ${entry.count} in ${entry.records} ${kind.endsWith('(run)') ? 'texts/kinds' : 'records'}\n`);
    for (const example of entry.examples) process.stdout.write(`    ${example}\n`);
  }
}
