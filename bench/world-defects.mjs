// Counts what a reader finds wrong with the world of a run's ACCEPTED records (docs/benchmarks.md,
// "World defects"): a provider and a service that do not belong together, an empty service name sent
// in a call, one headline told of several records or answering several different searches, and how
// the error_recovery scenario spreads over fault kinds (every 404 a swapped-character typo is a defect
// of the plan, not of one record), a record told two ways across turns (a list of two lengths, another
// record's description, a pick or a patched part that is not what was sent) and inputs told back as
// findings (a p-value that is the cutoff sent, a computation's result holding the data it was sent), a listing of
// everything that leaves out a record just read, and a read request answered by writes only. Independent of the generator: its own small table of real API
// directory providers, so a generator table that is wrong is caught here.
// Run: node bench/world-defects.mjs RUN_DIR [--examples N] [--json] [--with-rejected]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readDefectRun, createDefects, isObject, objects, parseToolResult } from './defect-run.mjs';

const { args, exampleCount, file, lines: accepted } = readDefectRun('world-defects');
// `--with-rejected`: the rejected records too (what the generator made, before the checks judged it)
const rejectedFile = join(dirname(file), 'rejected.jsonl');
const lines =
  args.includes('--with-rejected') && existsSync(rejectedFile)
    ? [...accepted, ...readFileSync(rejectedFile, 'utf8').split('\n').filter(Boolean)]
    : accepted;

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

// ---- one world across turns: entities, updates, asked days, the API directory ----
const WRITE_VERB =
  /(^|_)(update|edit|modify|patch|put|set|change|rename|move|assign|resolve|create|add|post|delete|remove|cancel|close|book)(_|$)/i;
const UPDATE_VERB = /(^|_)(update|edit|modify|patch|change|set)(_|$)/i;
/** Fields that change on their own (times of the write, counters, paging) or only echo the request. */
const RESTLESS =
  /^(updatedat|updated|modifiedat|lastmodified|lastupdated|timestamp|time|now|etag|version|message|count|total|page|limit|offset|cursor|next|score|rank|q|query|status)$/;
const READING_TIME = /^(date|datetime|time|timestamp|validdate|observationtime)$/;
const DATE_TEXT = /^\d{4}-\d{2}-\d{2}/;
const DOMAIN = /^(?=.*[a-z])[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i;
const scalar = (value) => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
let versionCalls = 0;
let exampleVersion = 0;

/** The top record of a result by the id argument of the call that names it (`bookingId`, `event_id`): [id, record]. */
function topById(sent, data) {
  if (!isObject(data)) return undefined;
  const named = Object.entries(sent).find(([key, value]) => /(^id$|_id$|Id$|^key$|_key$|Key$)/.test(key) && scalar(value));
  if (named === undefined) return undefined;
  const inner = Object.keys(data).length === 1 && isObject(data.data) ? data.data : data;
  return [String(named[1]), inner];
}

/** Every object of a result that carries an own id (`id`, `key`, `sid`…), with that id. */
function identified(data, visit) {
  objects(data, (object) => {
    const own = Object.entries(object).find(
      ([key, value]) => /^(id|key|sid|uuid|guid)$/i.test(key) && scalar(value) && String(value).length >= 3,
    );
    if (own !== undefined) visit(String(own[1]), object);
  });
}

/** Scalar facts of an object, the restless ones and ids left out. */
function factsOf(object) {
  return Object.entries(object).filter(
    ([key, value]) => scalar(value) && !RESTLESS.test(norm(key)) && !/^(id|key|sid|uuid|guid)$/i.test(key),
  );
}

/** Sent scalar values and the names they were sent under (nested bodies opened). */
function sentLeaves(sent) {
  const names = new Set();
  const values = new Set();
  const walk = (value, key) => {
    if (Array.isArray(value)) value.forEach((entry) => walk(entry, key));
    else if (isObject(value)) for (const [inner, entry] of Object.entries(value)) walk(entry, inner);
    else if (scalar(value)) {
      values.add(String(value).toLowerCase());
      if (key !== undefined) names.add(norm(key));
    }
  };
  walk(sent, undefined);
  return { names, values };
}

function worldAcrossTurns(id, steps) {
  const known = new Map(); // entity id → Map(field → {value, tool})
  const apis = new Map(); // provider[:service] → {preferred, versions, tool}
  const providers = new Set();
  const services = new Map(); // provider → Set of services shown
  for (const { name, sent, data } of steps) {
    const leaves = sentLeaves(sent);
    const writes = WRITE_VERB.test(name);
    const top = topById(sent, data);
    const views = [];
    identified(data, (own, object) => views.push([own, object]));
    if (top !== undefined && !views.some(([, object]) => object === top[1])) views.push(top);
    for (const [own, object] of views) {
      const before = known.get(own);
      const mine = writes && leaves.values.has(own.toLowerCase());
      if (before !== undefined)
        for (const [key, value] of factsOf(object)) {
          const earlier = before.get(key);
          if (earlier === undefined || earlier.value === value) continue;
          if (!mine && !writes)
            note(
              'one entity told two ways (turns)',
              id,
              `${name}: ${own} has ${key} ${JSON.stringify(value)}, ${earlier.tool} said ${JSON.stringify(earlier.value)}`,
            );
          else if (mine && UPDATE_VERB.test(name) && !leaves.names.has(norm(key)) && !leaves.values.has(String(value).toLowerCase()))
            note(
              'an update changed what it did not send',
              id,
              `${name}: ${own} ${key} ${JSON.stringify(earlier.value)} → ${JSON.stringify(value)}`,
            );
        }
      const facts = mine || before === undefined ? new Map() : before;
      for (const [key, value] of factsOf(object)) if (mine || !facts.has(key)) facts.set(key, { value, tool: name });
      if (mine && before !== undefined) for (const [key, entry] of before) if (!facts.has(key)) facts.set(key, entry);
      known.set(own, facts);
    }
    askedDay(id, name, sent, data);
    directory(id, name, sent, data, { apis, providers, services });
  }
}

// ---- drift across turns, and inputs told back as findings ----
const OWN_TEXT = /^(description|summary|bio|biography|about|overview|synopsis|abstract)$/;
const NAME_KEY = /^(name|title|headline|displayname|fullname)$/;
const PAGED = /^(items|results|data|hits|entries|records|rows|list|episodes|matches|suggestions|recommendations)$/;
const PAGING_ARG =
  /^(page|pagesize|perpage|offset|skip|cursor|limit|count|size|top|first|last|max|maxresults|after|before|since|until|sort|order|orderby)$|^next/;
const CUTOFF_ARG = /^(max)?(p|pval|pvalue|padj|adjpvalue|qvalue|fdr|alpha|significance|significancelevel)(cutoff|threshold|max)?$/;
const P_FIELD = /^(p|pval|pvalue|padj|adjp|adjpval|adjpvalue|adjustedpvalue|qvalue|fdr|fdrpvalue|pvaluecorrected)$/;
const COMPUTE_VERB =
  /(^|_)(calculate|compute|test|sum|average|mean|median|determine|evaluate|estimate|predict|analy[sz]e|solve|convert|count)(_|$)/i;

/** Sent arguments with JSON request bodies opened. */
function opened(sent) {
  const out = {};
  for (const [key, value] of Object.entries(sent)) {
    out[key] = value;
    if (typeof value === 'string' && /^\s*\{/.test(value))
      try {
        const body = JSON.parse(value);
        if (isObject(body)) Object.assign(out, body);
      } catch {
        // not JSON: a text argument, kept as sent
      }
  }
  return out;
}

/** One call's inputs told back as findings: a p-value that is the cutoff sent, a computation's result holding the data it was sent. */
function echoedInputs(id, name, sent, data) {
  const flat = opened(sent);
  const cutoffs = Object.entries(flat).filter(
    ([key, value]) => typeof value === 'number' && value > 0 && value <= 1 && CUTOFF_ARG.test(norm(key)),
  );
  objects(data, (object) => {
    for (const [key, value] of Object.entries(object))
      if (typeof value === 'number' && P_FIELD.test(norm(key)) && cutoffs.some(([sentKey, cut]) => cut === value && sentKey !== key))
        note('a p-value that is the cutoff sent', id, `${name}: ${key} ${value}`);
  });
  if (!isObject(data) || !COMPUTE_VERB.test(name.replace(/([a-z])([A-Z])/g, '$1_$2'))) return;
  for (const [key, value] of Object.entries(sent))
    if (Array.isArray(value) && value.length >= 2 && JSON.stringify(data[key]) === JSON.stringify(value))
      note('a computation tells back the data it was sent', id, `${name}: ${key} ${JSON.stringify(value).slice(0, 60)}`);
}

/** Across the turns of one conversation: a record's lists that change length, a text told of two records, picks and parts that are not what was sent. */
function driftAcrossTurns(id, steps) {
  const lists = new Map(); // record id → Map(field → {length, tool})
  const texts = new Map(); // long text → {id, name, tool}
  const removedValues = new Set(); // values removed from a list of the session
  for (const { name, sent, data } of steps) {
    const leaves = sentLeaves(sent);
    const writes = WRITE_VERB.test(name);
    if (writes) for (const own of [...lists.keys()]) if (leaves.values.has(own.toLowerCase())) lists.delete(own);
    const paged = Object.keys(sent).some((key) => PAGING_ARG.test(norm(key)));
    const views = [];
    identified(data, (own, object) => views.push([own, object]));
    const top = topById(sent, data);
    if (top !== undefined && !views.some(([, object]) => object === top[1])) views.push(top);
    for (const [own, object] of views) {
      const known = lists.get(own) ?? new Map();
      for (const [key, value] of Object.entries(object)) {
        if (Array.isArray(value) && !writes && !paged && !PAGED.test(norm(key))) {
          const before = known.get(key);
          if (before !== undefined && before.length !== value.length)
            note(
              'one record, a list of two lengths (turns)',
              id,
              `${name}: ${own}.${key} ${value.length}, ${before.tool} gave ${before.length}`,
            );
          known.set(key, { length: value.length, tool: name });
        }
      }
      lists.set(own, known);
    }
    objects(data, (object) => {
      const own = Object.entries(object).find(([key, value]) => /^(id|key|sid|uuid|guid)$/i.test(key) && scalar(value))?.[1];
      const title = Object.entries(object).find(([key, value]) => NAME_KEY.test(norm(key)) && typeof value === 'string')?.[1];
      if (own === undefined && title === undefined) return;
      for (const [key, value] of Object.entries(object)) {
        if (!OWN_TEXT.test(norm(key)) || typeof value !== 'string' || value.trim().length < 60) continue;
        const first = texts.get(value.trim());
        if (first === undefined) texts.set(value.trim(), { own: String(own ?? ''), title, tool: name });
        else if (first.own !== String(own ?? '') && first.title !== title)
          note(
            'one text told of two records (turns)',
            id,
            `${name}: ${key} of ${title ?? own} is ${first.title ?? first.own}'s (${first.tool})`,
          );
      }
    });
    // a pick from a list sent (`filtered_stocks` of `stocks`) holds only what was sent
    const sentLists = Object.entries(sent).filter(
      ([, value]) => Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string'),
    );
    objects(data, (object) => {
      for (const [key, value] of Object.entries(object)) {
        if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) continue;
        const list = sentLists.find(([sentKey]) => norm(key) !== norm(sentKey) && norm(key).endsWith(norm(sentKey)));
        const strays = list === undefined ? [] : value.filter((item) => !list[1].includes(item));
        if (strays.length > 0)
          note('a pick from a sent list holds what was not sent', id, `${name}: ${key} ${strays.join(',')} of ${list[1].join(',')}`);
      }
    });
    // a session's list of plain values (a watchlist): an add shows the value, a read after a removal does not
    const verb = name.toLowerCase().split(/[^a-z0-9]+/)[0] ?? '';
    const strings = Object.values(sent).filter((value) => typeof value === 'string' && value !== '' && value.length <= 40);
    const shownLists = isObject(data)
      ? Object.entries(data).filter(([, value]) => Array.isArray(value) && value.every((item) => typeof item === 'string'))
      : [];
    if (/^(add|append|insert|include|push|save|follow|watch)$/.test(verb) && strings.length === 1)
      for (const [key, value] of shownLists)
        if (!value.includes(strings[0]))
          note('a list of the session forgets a change (turns)', id, `${name}: ${key} lacks ${strings[0]}, just added`);
    if (/^(remove|delete|drop|unfollow|unwatch|exclude)$/.test(verb) && strings.length === 1) removedValues.add(strings[0]);
    if (/^(add|append|insert|include|push|save|follow|watch)$/.test(verb) && strings.length === 1) removedValues.delete(strings[0]);
    if (Object.keys(sent).length === 0)
      for (const [key, value] of shownLists)
        for (const item of value)
          if (removedValues.has(item))
            note('a list of the session forgets a change (turns)', id, `${name}: ${key} holds ${item}, removed before`);
    // an update that sends a part (`data: {id, type}`) answers with that part
    if (UPDATE_VERB.test(name) && isObject(data))
      for (const [key, value] of Object.entries(sent)) {
        const part = Object.entries(data).find(([field]) => norm(field) === norm(key))?.[1];
        if (!isObject(value) || !isObject(part)) continue;
        for (const [field, entry] of Object.entries(value))
          if (scalar(entry) && scalar(part[field]) && String(part[field]) !== String(entry))
            note('an update answers with another part than it sent', id, `${name}: ${key}.${field} ${entry} → ${part[field]}`);
      }
  }
}

/** A listing of every record of a kind (no arguments, not a full page) that leaves out a record the session read by its id. */
function forgottenReads(id, steps) {
  const read = new Map(); // tool noun → Map(id → tool)
  const noun = (name) =>
    name
      .toLowerCase()
      .replace(/(^|_)(get|fetch|read|list|all|one|by|id|key)(?=_|$)/g, '')
      .replace(/_+/g, '')
      .replace(/s$/, '');
  for (const { name, sent, data } of steps) {
    if (/(^|_)(delete|remove)(_|$)/i.test(name))
      for (const ids of read.values()) for (const value of Object.values(sent)) ids.delete(String(value));
    const named = Object.entries(sent).find(([key, value]) => /^(id|key|sid|uuid|guid)$/i.test(key) && scalar(value));
    if (named !== undefined && Object.keys(sent).length === 1 && isObject(data) && !WRITE_VERB.test(name)) {
      const ids = read.get(noun(name)) ?? new Map();
      ids.set(String(named[1]), name);
      read.set(noun(name), ids);
    }
    if (Object.keys(sent).length > 0 || !/(^|_)(all|list)(_|$)/i.test(name) || WRITE_VERB.test(name)) continue;
    const shown = new Set();
    identified(data, (own) => shown.add(own));
    const items = Object.values(isObject(data) ? data : {}).find((value) => Array.isArray(value)) ?? [];
    if (shown.size === 0 || items.length >= 20 || (typeof data.total === 'number' && data.total > items.length)) continue;
    for (const [own, tool] of read.get(noun(name)) ?? [])
      if (!shown.has(own))
        note('a listing of everything leaves out a record just read (turns)', id, `${name}: no ${own}, which ${tool} read`);
  }
}

/** Turns that ask to see something ("pull up the comment …") answered by writes only (`comment`, `create_booking`). */
const READ_ASK = /\b(pull up|show me|look up|fetch|display|get me|find me|let me see)\b/i;
const CHANGE_WORD =
  /(?:^|[.,;!?]\s*|\b(?:and|then|also|please|to|you|now)\s+)(add|book|cancel|change|comment|create|delete|edit|follow|like|post|remove|reply|retweet|save|send|set|share|submit|tweet|update|write)\b/i;
const WRITE_TOOL = /(^|_)(comment|retweet|reply|like|follow|send|submit)(_|$)/i;
function writesForReads(record) {
  let turn = -1;
  const calls = [];
  const judge = () => {
    const text = (record.messages.filter((message) => message.role === 'user')[turn]?.content ?? '').replace(/"[^"]*"/g, ' ').trim();
    if (
      calls.length > 0 &&
      READ_ASK.test(text) &&
      !CHANGE_WORD.test(text) &&
      calls.every(
        (name) => (/^post_tweet$/.test(name) || !/(^post_|_post$)/.test(name)) && (WRITE_VERB.test(name) || WRITE_TOOL.test(name)),
      )
    )
      note('a read request answered by writes only (turns)', record.id, `"${text.slice(0, 70)}" → ${calls.join(', ')}`);
  };
  for (const message of record.messages ?? []) {
    if (message.role === 'user') {
      if (turn >= 0) judge();
      turn += 1;
      calls.length = 0;
    }
    for (const call of message.tool_calls ?? []) calls.push(call.function.name);
  }
  if (turn >= 0) judge();
}

/** Readings of a call that asks for a day (`date: 2025-05-26`) dated another day. */
function askedDay(id, name, sent, data) {
  const day = Object.entries(sent).find(
    ([key, value]) => /^(date|day|on|asof|fordate)$/.test(norm(key)) && typeof value === 'string' && DATE_TEXT.test(value),
  )?.[1];
  if (day === undefined || WRITE_VERB.test(name)) return;
  const lists = [];
  const visit = (value) => {
    if (Array.isArray(value)) {
      if (value.every(isObject)) lists.push(value);
      value.forEach(visit);
    } else if (isObject(value)) Object.values(value).forEach(visit);
  };
  visit(data);
  for (const list of lists)
    for (const item of list)
      for (const [key, value] of Object.entries(item))
        if (READING_TIME.test(norm(key)) && typeof value === 'string' && DATE_TEXT.test(value) && value.slice(0, 10) !== day.slice(0, 10))
          note('a reading of another day than asked', id, `${name}: ${key} ${value}, the call asked for ${day}`);
}

/** An API directory (APIs.guru) across turns: an API's preferred version and versions, and listings that leave out what was shown. */
function directory(id, name, sent, data, state) {
  const provider = typeof sent.provider === 'string' && DOMAIN.test(sent.provider) ? sent.provider : undefined;
  const service = typeof sent.service === 'string' && sent.service !== '' ? sent.service : undefined;
  if (typeof sent.api === 'string' || typeof sent.version === 'string') {
    versionCalls += 1;
    if (sent.api === '2.1.0' || sent.version === '2.1.0') exampleVersion += 1;
  }
  if (!isObject(data)) return;
  const entries = [];
  if (isObject(data.versions) && provider !== undefined) entries.push([service === undefined ? provider : `${provider}:${service}`, data]);
  for (const [key, entry] of Object.entries(data))
    if (isObject(entry) && isObject(entry.versions) && DOMAIN.test(key.split(':')[0])) entries.push([key, entry]);
  // listings first, against what earlier turns showed
  const list = Array.isArray(data.data) && data.data.every((entry) => typeof entry === 'string') ? data.data : undefined;
  if (list !== undefined && /providers/i.test(name))
    for (const shown of state.providers)
      if (!list.includes(shown)) note('a directory listing leaves out what the session showed', id, `${name}: no ${shown}`);
  if (list !== undefined && /services/i.test(name) && provider !== undefined)
    for (const shown of state.services.get(provider) ?? [])
      if (!list.includes(shown)) note('a directory listing leaves out what the session showed', id, `${name}(${provider}): no ${shown}`);
  if (provider !== undefined && entries.length > 0 && entries.every(([key, entry]) => entry !== data && key.startsWith(`${provider}:`)))
    for (const shown of state.services.get(provider) ?? [])
      if (!(`${provider}:${shown}` in data))
        note('a directory listing leaves out what the session showed', id, `${name}(${provider}): no ${provider}:${shown}`);
  const remember = (owner, part) => {
    state.providers.add(owner);
    if (part !== undefined) state.services.set(owner, new Set([...(state.services.get(owner) ?? []), part]));
  };
  if (provider !== undefined) remember(provider, service);
  if (list !== undefined && /providers/i.test(name)) list.forEach((entry) => state.providers.add(entry));
  if (list !== undefined && /services/i.test(name) && provider !== undefined)
    list.filter(Boolean).forEach((entry) => remember(provider, entry));
  for (const [key, entry] of entries) {
    const [owner, part] = key.split(':');
    remember(owner, part);
    const versions = Object.keys(entry.versions).sort().join(',');
    const before = state.apis.get(key);
    if (before !== undefined && before.preferred !== entry.preferred)
      note('an API told two ways (directory)', id, `${name}: ${key} prefers ${entry.preferred}, ${before.tool} said ${before.preferred}`);
    else if (before !== undefined && before.versions !== versions && !(entry === data))
      note('an API told two ways (directory)', id, `${name}: ${key} has versions ${versions}, ${before.tool} said ${before.versions}`);
    state.apis.set(key, { preferred: entry.preferred, versions, tool: name });
  }
}

/**
 * Reports of one world across a conversation (a region's counts keyed by moment, `{summary, generated_on}`):
 * the same region at the same moment with two different totals, a report of an asked day generated before
 * it or 3+ days after, and a report asked for no place whose summary is named for a region.
 */
function reportWorld(id, steps) {
  const totals = new Map();
  for (const { name, sent, data } of steps) {
    const body = isObject(data) && isObject(data.data) ? data.data : data;
    if (!isObject(body)) continue;
    for (const [key, entry] of Object.entries(body)) {
      if (!DATE_TEXT.test(key) || !isObject(entry) || typeof entry.total_cases !== 'number') continue;
      const at = `${String(entry.name).toLowerCase()} ${key}`;
      const before = totals.get(at);
      if (before !== undefined && before.total !== entry.total_cases)
        note(
          'a region told two ways at one moment (reports)',
          id,
          `${at}: ${before.total} in ${before.name}, ${entry.total_cases} in ${name}`,
        );
      totals.set(at, { total: entry.total_cases, name });
    }
    if (!isObject(body.summary)) continue;
    const day = typeof sent.date === 'string' && DATE_TEXT.test(sent.date) ? Date.parse(sent.date.slice(0, 10)) : NaN;
    const made = typeof body.generated_on === 'number' ? body.generated_on * 1000 : NaN;
    if (made < day || made >= day + 3 * 86_400_000)
      note('a report generated away from its day', id, `${name}: of ${sent.date}, generated ${new Date(made).toISOString()}`);
    const scoped = Object.keys(sent).some((key) => /region|country/i.test(key));
    if (!scoped && typeof body.summary.name === 'string' && !/^(global|world|worldwide)$/i.test(body.summary.name))
      note('a report asked for no place named for a region', id, `${name}: summary of "${body.summary.name}"`);
  }
}

for (const line of lines) {
  const record = JSON.parse(line);
  const id = record.id;
  faultSpread(record);
  const steps = [];
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
    if (!/^(\d{3}\b|error)/i.test(String(message.content))) {
      steps.push({ name: fn?.name ?? '', sent: isObject(sent) ? sent : {}, data });
      echoedInputs(id, fn?.name ?? '', isObject(sent) ? sent : {}, data);
    }
  }
  worldAcrossTurns(id, steps);
  driftAcrossTurns(id, steps);
  forgottenReads(id, steps);
  reportWorld(id, steps);
  writesForReads(record);
}
if (versionCalls >= 5 && exampleVersion / versionCalls > 0.5)
  note("most versions asked are the spec's example (run)", 'api versions', `${exampleVersion} of ${versionCalls} calls ask for 2.1.0`);

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
  process.stdout.write(`${lines.length} ${lines === accepted ? 'accepted' : 'accepted and rejected'} records in ${file}\n`);
  process.stdout.write(`headlines: ${headlineIds.size} distinct of ${told} told (by record)\n`);
  process.stdout.write(
    `error_recovery: ${errorRecovery} records; fault kinds ${JSON.stringify(summary.faults.kinds)}; 404 by swapped characters ${notFound.swapped} of ${all404}\n`,
  );
  for (const [kind, entry] of Object.entries(summary.defects)) {
    process.stdout.write(`${kind}: ${entry.count} in ${entry.records} ${kind.endsWith('(run)') ? 'texts/kinds' : 'records'}\n`);
    for (const example of entry.examples) process.stdout.write(`    ${example}\n`);
  }
}
