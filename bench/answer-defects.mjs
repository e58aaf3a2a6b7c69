// Counts thin final answers in a run's ACCEPTED records (docs/benchmarks.md, "Thin answers"). Its own
// plain detectors, independent of the `final_answer` check, so a check that hides a defect does not hide
// it here. Per call of an answered turn (a successful JSON result):
//   thin        the result holds 3+ informative values and the answer states at most one of them
//   tautology   "the X is V" where V is what the same sentence is about ("As for KRAS, the related name is KRAS")
//   list-one    a list of 2–5 records with 2+ informative values each, where the answer gives a value
//               beyond its name for some items but not for all ("3 results: A, B and C. For A, …")
//   repeated    one "(field value)" aside said for 2+ items ("(content type image/tiff)" three times)
//   bare status the whole answer for a call is a name and a status word ("Climate is active.")
//   pasted failure  "I could not <tool description>:" — a failure said by pasting the tool's description or
//               name ("I could not handle prediction:", "… delete a specific fax and its associated media:")
//   lookup filler    "the lookup turned up …", a count that says nothing of what was found
//   ordinal list     "the first: …; the second: …", items told by their place, not by what they are
// Garbled templates and values without unit or subject (per answer, each kind once):
//   plumbing fact    paging/query fields said as facts ("has next", "the filter is failed", "a page of 1", "2 total elements")
//   keys as entries  a count whose items are the result's own field names ("4 entries: …, DataLocation, …")
//   said none        an empty list said as a value ("its accounts are none")
//   share counted    a share said as a count of things ("97 clouds")
//   bare temperature a temperature without a unit when every call returning temperatures sent a `units` argument
//   bare percent     a ratio returned in percent (100 × a/b of two numbers sent) said without "%" ("ROA 0.28")
//   subjectless count  "it has 10 stores" with no name said for "it"
//   id as subject    "the created <uuid> is …"
//   garbled failure  "I could not get 2 <id>" (a version token read as the thing)
//   bytes off-file   "N bytes" where no result key is a file's, content's or bytes field
//   content omitted  a result holding a text (content, text, body, message of 20+ characters) whose words the answer never says
//   bare distance    "the distance is N" with no unit (informative: the tool may not say its unit)
// Subjects and units (per answer, each kind once):
//   record unit left out  a number said without the unit its own record gives (`distance_unit: "km"`, `unit: "celsius"`)
//   unit as thing    "the liter is 154.86": the unit said as what was measured
//   lookups for writes  "Both lookups succeeded" / "I got answers to both" for deletions, creations, updates
//   name altered     a slug the user sent (`api-parallel-prod`) re-capitalised or without its hyphens
//   local as UTC     a `*_local` time said with "UTC" beside a different UTC time
//   owner as subject a record's status given to the person named in it ("Garrett O'Conner is discovered")
//   list by contents a list counted by what its items hold ("2 podcasts" for `curated_lists`)
//   subjects mixed   items of 2+ things the call sent (relations of two genes) said without the thing each belongs to
// What was asked, told (per answer, each kind once; see salientKinds): asked left out, headline skipped, members
// uncounted, secret read out, own kind, requested field untold.
// Shapes and nouns (per answer, each kind once):
//   record as entries  one record's fields listed as items ("There are 2 records: 1455053 (id) and Restaurants & Cafes (name)")
//   container counted  a list's items counted by their container ("These 4 watch lists", "3 order history records", "One inbox matches")
//   verb counted       the tool's verb counted as a thing ("one book find" from `book_find`)
//   field as record    a field named after its record ("The structure 30978 has a structure of 55.87")
//   part as record     a part changed said as a record by an id ("I updated contact 9361597" for `update_booking_contact`)
// Run: node bench/answer-defects.mjs RUN_DIR [--examples N] [--json]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readDefectRun, createDefects, readRecords, words, objects } from './defect-run.mjs';

const { args, exampleCount, file, lines } = readDefectRun('answer-defects');

const { defects, note } = createDefects(exampleCount, 300);

const FIELD_KEY =
  /^(id|name|title|label|description|summary|type|kind|status|state|url|uri|href|email|phone|created|updated|date|time)$|[a-z](At|_at|Id|_id|ID|Key|_key|Url|_url|Date|_date|Time|_time|Name|_name|Type|_type|Status|_status|Code|_code)$/;
const CONTAINER =
  /^(inbox|outbox|mailbox|watchlist|watch list|wishlist|wish list|playlist|cart|basket|history|order history|library|folder|portfolio|catalog|archive)$/;
const escapeText = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const nameWords = (name) =>
  name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
const pluralWord = (noun) => (/(x|s|sh|ch)$/.test(noun) ? `${noun}es` : /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`);

/** Keys whose values tell a user nothing on their own: ids, links, bookkeeping moments. */
const UNINFORMATIVE =
  /(^|_)(id|sid|uuid|guid|key|url|uri|href|link|etag|ttl)$|(Id|Sid|Uuid|Key|Url|Uri)$|^(_.*|timestamp|timeStamp|created_at|updated_at|date_created|date_updated|api_version|status_code|type|kind|object)$/;

/** The scalar values of a record worth telling: not ids, links, bookkeeping, blobs, or echoes of the call's arguments. */
function informative(record, sent) {
  const out = [];
  for (const [key, value] of Object.entries(record)) {
    if (UNINFORMATIVE.test(key) || !/[a-z]{2}/i.test(key) || value === null) continue;
    if (typeof value === 'string') {
      const text = value.trim();
      if (text === '' || text.length > 80 || /^https?:/.test(text) || /^[A-Za-z0-9+/=]{40,}$/.test(text) || sent.has(text.toLowerCase()))
        continue;
      if (/^(?:[a-z]{2,5}_[0-9a-z]{6,}|[0-9a-f]{16,}|0x[0-9a-f]+)$/i.test(text)) continue;
      out.push([key, text]);
    } else if (typeof value === 'number' || typeof value === 'boolean') {
      if (sent.has(String(value).toLowerCase())) continue;
      out.push([key, value]);
    }
  }
  return out;
}

/** Whether the answer states a value: its text, its number in some rounding, a boolean by its key's word. */
function stated(answer, key, value) {
  const lower = answer.toLowerCase();
  if (typeof value === 'boolean') {
    const last = words(key).split(' ').at(-1).replace(/^is/, '');
    return last.length >= 3 && lower.includes(last.replace(/(ies|es|s)$/, ''));
  }
  if (typeof value === 'number') {
    if (lower.includes(String(value)) || lower.includes(value.toLocaleString('en-US'))) return true;
    for (const digits of [0, 1, 2, 3]) {
      const rounded = Number(value.toFixed(digits));
      if (lower.includes(rounded.toLocaleString('en-US')) && Math.abs(rounded - value) <= Math.abs(value) * 0.05) return true;
    }
    return spokenValues(lower).some((said) => Math.abs(said - value) <= Math.abs(value) * 0.005);
  }
  const text = value.toLowerCase().replace(/[.;:,!]+$/, '');
  if (lower.includes(text)) return true;
  const date = /^(\d{4}-\d{2}-\d{2})/.exec(text);
  if (date) return lower.includes(date[1]);
  const parts = text.split(/[^a-z0-9]+/).filter((part) => part.length >= 3);
  return parts.length > 0 && parts.filter((part) => lower.includes(part)).length >= Math.ceil(parts.length * 0.6);
}

/** Numbers said in words of scale or time: "670 billion" → 670000000000, "18 hours 57 minutes" → 68220 s and 1137 min. */
function spokenValues(text) {
  const out = [];
  const scale = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
  for (const match of text.matchAll(/(\d+(?:\.\d+)?) (thousand|million|billion|trillion)\b/g)) out.push(Number(match[1]) * scale[match[2]]);
  for (const match of text.matchAll(
    /\b(?:(\d+) hours?(?:,? (\d+) minutes?)?(?:,? (\d+) seconds?)?|(\d+) minutes?(?:,? (\d+) seconds?)?)\b/g,
  )) {
    const seconds = Number(match[1] ?? 0) * 3600 + Number(match[2] ?? match[4] ?? 0) * 60 + Number(match[3] ?? match[5] ?? 0);
    out.push(seconds, seconds / 60);
  }
  return out;
}

/** The records a result is about: a top-level list, a list under one key, or a `data` payload. */
function recordsOf(result) {
  let value = result;
  if (value && typeof value === 'object' && !Array.isArray(value) && value.data !== undefined && typeof value.data === 'object')
    value = value.data;
  if (Array.isArray(value)) return { list: value.filter((item) => item && typeof item === 'object' && !Array.isArray(item)) };
  if (!value || typeof value !== 'object') return {};
  const lists = Object.entries(value).filter(([, inner]) => Array.isArray(inner) && inner.length > 0 && typeof inner[0] === 'object');
  if (lists.length === 1) return { list: lists[0][1] };
  return { record: value };
}

/** The tools a record offers, read from the run's `tools/` files by reference. */
const toolFiles = new Map();
function toolsOf(record) {
  const ref = record.tools?.$ref;
  if (ref === undefined) return Array.isArray(record.tools) ? record.tools : [];
  if (!toolFiles.has(ref)) {
    const path = join(dirname(file), ref);
    toolFiles.set(ref, existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : []);
  }
  return toolFiles.get(ref);
}

/** Lower-case words of a name or a sentence, articles aside. */
const plainWords = (text) =>
  words(text)
    .split(' ')
    .filter((word) => !/^(a|an|the|its|all)$/.test(word));

/** Whether a failure clause pastes a tool's description or name: "handle X", 3+ of their words in a row, or all its name's words. */
function pastesTool(clause, tools) {
  if (/^handle /i.test(clause)) return true;
  const said = ` ${plainWords(clause).join(' ')} `;
  return tools.some((tool) =>
    [tool.name, (tool.description ?? '').split(/(?<=[.!?])\s/)[0]].some((text) => {
      const own = plainWords(text ?? '');
      for (let at = 0; at + 3 <= own.length; at += 1) if (said.includes(` ${own.slice(at, at + 3).join(' ')} `)) return true;
      // A name said with its verb moved first ("get posts all keys" from `posts_get_all_keys`).
      // "create the quittung" says the name's words as a sentence, with its article.
      return own.length >= 2 && !/\b(the|a|an)\b/i.test(clause) && [...own].sort().join(' ') === plainWords(clause).sort().join(' ');
    }),
  );
}

const NAME = /^(name|title|headline|label|display_?name|full_?name)$|(_name|Name|_symbol|Symbol)$/;

/** Stems of words, for matching a request's words against a key's. */
const stemWord = (word) =>
  word
    .toLowerCase()
    .replace(/(ies|es|s)$/, '')
    .slice(0, 7);
const keyParts = (key) =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 3);
/** Keys whose value is a secret no answer reads out. */
const SECRET =
  /(^|_)(ssn|social_?security(_?number)?|password|passwd|secret|pin|cvv|cvc|api_?key|access_?token|refresh_?token)$|(Ssn|SSN|Password|Secret|ApiKey|AccessToken)$/;
/** Keys of a headline total: `numAPIs`, `total_count`, `numberOfSpecs`. */
const HEADLINE = /^(num[A-Z_]|number_?of|total($|[A-Z_]))/;
/** Keys too general to be what a request names. */
const GENERAL =
  /^(name|data|info|list|type|kind|value|result|detail|record|item|entry|code|number|page|limit|size|count|response|content|text|description|message|object|format|version|id|url|link|status|date|time|start|end|from|to)$/;

let answers = 0;
let calls = 0;
const { records, byKind } = readRecords(lines);
for (const { record, id, messages } of records) {
  let turnCalls = [];
  let request = '';
  for (const message of messages) {
    if (message.role === 'user') {
      turnCalls = [];
      request = typeof message.content === 'string' ? message.content : '';
    }
    if (message.role === 'assistant' && Array.isArray(message.tool_calls))
      for (const call of message.tool_calls) turnCalls.push({ id: call.id, name: call.function.name, arguments: call.function.arguments });
    if (message.role === 'tool') {
      const call = turnCalls.find((entry) => entry.id === message.tool_call_id);
      if (call) call.result = message.content;
    }
    if (message.role !== 'assistant' || typeof message.content !== 'string' || turnCalls.length === 0) continue;
    const answer = message.content;
    answers += 1;
    for (const call of turnCalls) {
      let result;
      let sent = {};
      try {
        result = JSON.parse(call.result);
        sent = JSON.parse(call.arguments);
      } catch {
        continue;
      }
      if (result === null || typeof result !== 'object') continue;
      if (result.error !== undefined || result.success === false) continue;
      calls += 1;
      const echoes = new Set(Object.values(sent).map((value) => String(value).toLowerCase()));
      const { list, record: single } = recordsOf(result);
      if (single !== undefined) {
        const values = informative(single, echoes);
        const told = values.filter(([key, value]) => stated(answer, key, value));
        if (values.length >= 3 && told.length <= 1) note('thin: one value or none of 3+', id, `${answer} || ${JSON.stringify(result)}`);
      }
      if (list !== undefined && list.length >= 2 && list.length <= 5) {
        const rich = list.map((item) => informative(item, echoes).filter(([key]) => !NAME.test(key)));
        if (rich.every((values) => values.length >= 2)) {
          const detailed = rich.filter((values) => values.some(([key, value]) => stated(answer, key, value))).length;
          if (detailed > 0 && detailed < list.length) note('list-one: values for some items only', id, answer);
        }
      }
    }
    for (const sentence of answer.split(/(?<=[.!?])\s+/)) {
      // What the sentence is about: the words before its first colon or comma, lead words aside.
      const about = /^(?:for|as for|about|looking at|what i see for|here is what i have on)?\s*([^:,]+)[:,]/i.exec(
        sentence.replace(/[“”]/g, ''),
      );
      if (about === null) continue;
      const subject = about[1].trim().toLowerCase();
      for (const match of sentence.matchAll(/\bthe [a-z ]+? (?:is|are) (“[^”]+”|.+?)(?= and |, |; |\.\s|\.?$)/g))
        if (match[1].replace(/[“”]/g, '').trim().toLowerCase() === subject) note('tautology: says its subject as its value', id, sentence);
    }
    const asides = answer.match(/\([a-z][a-z ]+ [^()]+\)/g) ?? [];
    const repeated = asides.find((aside, index) => asides.indexOf(aside) !== index);
    if (repeated) note('repeated: one aside for several items', id, `${repeated} | ${answer}`);
    if (/^[^.;:,]{1,60} is (?:not )?(?:active|inactive|available|enabled|disabled|valid|ok)\.$/i.test(answer.trim()))
      note('bare status: a name and a status word', id, answer);
    for (const failure of answer.matchAll(/\bI could not ([^.:;]{3,120}):/g))
      if (pastesTool(failure[1], toolsOf(record))) note('pasted failure: "I could not <tool description>:"', id, failure[0]);
    if (/\bthe lookup turned up\b/i.test(answer)) note('lookup filler: "the lookup turned up …"', id, answer);
    if (/\bthe first: .*\bthe second: /i.test(answer)) note('ordinal list: items told as "the first: …"', id, answer);
    readOuts(answer).forEach((kind) => note(kind, id, answer));
    garbles(answer, turnCalls).forEach((kind) => note(kind, id, answer));
    for (const [kind, detail] of salientKinds(answer, request, turnCalls))
      note(kind, id, `[${detail}] ${answer} || ${request.slice(0, 100)}`);
  }
}

/**
 * What the user asked to be told, left out or said by its label (per answer, each kind once):
 *   asked left out   a result key whose every word the request uses before its first value (`ratification_date` for
 *                    "the ratification date of …"), none of whose values the answer says
 *   headline skipped a record's headline totals (`numAPIs`, `total_count`) none said while its side numbers are
 *   members uncounted "has 2 memberships": a list of named records counted, none of its names said
 *   secret read out  the value of an SSN, password, secret or access token said in the answer
 *   own kind         "its classification is committee": a sort said as the very thing the tool is about
 *   requested field untold  a field a call asked for by an argument (`info_requested: ["ratification date"]`) neither
 *                    said nor said to be missing
 */
function salientKinds(answer, request, turnCalls) {
  const kinds = new Map();
  const add = (kind, detail) => kinds.has(kind) || kinds.set(kind, detail);
  const lower = answer.toLowerCase();
  for (const call of turnCalls) {
    let data;
    let sent = {};
    try {
      data = JSON.parse(call.result);
      sent = JSON.parse(call.arguments);
    } catch {
      continue;
    }
    if (data === null || typeof data !== 'object' || data.error !== undefined) continue;
    const sentValues = new Set((JSON.stringify(sent).match(/[^"{}[\],:]+/g) ?? []).map((value) => value.toLowerCase()));
    const sentKeys = new Set(Object.keys(sent).flatMap(keyParts).map(stemWord));
    const firstValue = Math.min(
      request.length,
      ...[...sentValues]
        .filter((value) => value.length >= 2)
        .map((value) => request.toLowerCase().indexOf(value))
        .filter((at) => at >= 0),
    );
    const asked = new Set((request.slice(0, firstValue).match(/[A-Za-z]{3,}/g) ?? []).map(stemWord));
    for (const word of sentKeys) asked.delete(word);
    objects(data, (record) => {
      for (const [key, value] of Object.entries(record)) {
        const parts = keyParts(key);
        const scalar = typeof value === 'string' || typeof value === 'number';
        if (scalar && SECRET.test(key) && String(value).length >= 4 && lower.includes(String(value).toLowerCase()))
          add('secret read out: an SSN, password or token said', key);
        if (
          scalar &&
          parts.length > 0 &&
          parts.length <= 3 &&
          !GENERAL.test(parts.at(-1)) &&
          !/(id|key|uuid)$/i.test(key) &&
          parts.every((part) => asked.has(stemWord(part))) &&
          !sentValues.has(String(value).toLowerCase()) &&
          !/^[A-Za-z0-9+/]{16,}={0,2}$/.test(String(value)) &&
          !stated(answer, key, value)
        )
          add('asked left out: a value the request names, not said', key);
        if (Array.isArray(value) && value.length >= 1 && value.length <= 5 && value.every((item) => item && typeof item === 'object')) {
          const names = value.flatMap((item) => namesOf(item));
          if (
            names.length > 0 &&
            new RegExp(`\\b${value.length} ${parts.join(' ')}`, 'i').test(answer) &&
            !names.some((name) => lower.includes(name.toLowerCase()))
          )
            add('members uncounted: "has N <things>" without their names', key);
        }
      }
      const numbers = Object.entries(record).filter(([, value]) => typeof value === 'number' && !Number.isNaN(value));
      const heads = numbers.filter(([key]) => HEADLINE.test(key));
      const sides = numbers.filter(([key]) => !HEADLINE.test(key));
      if (
        heads.length >= 2 &&
        sides.some(([key, value]) => value !== 0 && stated(answer, key, value)) &&
        !heads.some(([key, value]) => stated(answer, key, value))
      )
        add('headline skipped: side numbers said, the headline totals not', heads.map(([key]) => key).join(' '));
    });
    // A field the call asked for by an argument (`info_requested: ["ratification date"]`): said, or said to be missing.
    for (const [argument, wanted] of Object.entries(sent)) {
      if (!/^(info(rmation)?_?requested|requested_?\w+|fields|include|data_?points?|attributes)$/i.test(argument)) continue;
      for (const field of (Array.isArray(wanted) ? wanted : [wanted]).filter((item) => typeof item === 'string' && item.length <= 40)) {
        const want = keyParts(field).map(stemWord);
        const held = [];
        objects(data, (record) => {
          for (const [key, value] of Object.entries(record))
            if (want.length > 0 && want.every((word) => keyParts(key).map(stemWord).includes(word))) held.push([key, value]);
        });
        const said = held.some(([key, value]) => typeof value === 'object' || stated(answer, key, value));
        const missingSaid = want.every((word) => lower.includes(word)) && /\b(no|not|without|lacks?|missing)\b/.test(lower);
        if (held.length > 0 ? !said : !missingSaid)
          add('requested field untold: a field the call asked for, not said (or not said missing)', field);
      }
    }
    const object = new Set(keyParts(call.name).map(stemWord));
    for (const match of answer.matchAll(/\b(?:its|the) (?:classification|kind|type|category|object) is ([a-z]+)\b/gi))
      if (object.has(stemWord(match[1]))) add('own kind: a sort said as what the tool is about', match[0]);
  }
  return [...kinds];
}

/** The names a record goes by: its own name fields, or the name of the one record it holds (`person.name`); of several, none. */
function namesOf(item) {
  const out = [];
  for (const [key, value] of Object.entries(item))
    if (typeof value === 'string' && value.length >= 3 && (NAME.test(key) || /^person_?name$/i.test(key))) out.push(value);
  const inner = Object.values(item).filter((value) => value && typeof value === 'object' && !Array.isArray(value));
  if (inner.length === 1)
    for (const [key, text] of Object.entries(inner[0])) if (typeof text === 'string' && text.length >= 3 && NAME.test(key)) out.push(text);
  return out;
}

/**
 * Read-outs: a record's fields said one after another instead of told. Per answer, each kind once:
 *   three or more field clauses in one sentence ("the X is V", "its X is V", "with V as its X", "with a X of V");
 *   a status word glued after "with" ("with delivered as its status"); a duration with no unit ("its duration is 300");
 *   a subject said twice ("The service reports that the service is"); a colon heading on a noun and an id
 *   ("The file banner.jpg: the image type is image/jpeg.").
 */
function readOuts(answer) {
  const kinds = [];
  const clauses = (sentence) =>
    (sentence.match(/\b(?:the|its|their) [a-z][a-z '’-]{0,40}? (?:is|are) /gi) ?? []).length +
    (sentence.match(/ as (?:its|the|their) [a-z][a-z ]{0,30}(?=[,;.]| and |$)/gi) ?? []).length +
    (sentence.match(/\bwith an? [a-z][a-z ]{0,30}? of /gi) ?? []).length;
  if (answer.split(/(?<=[.!?])\s+/).some((sentence) => clauses(sentence) >= 3)) kinds.push('read-out: 3+ field clauses in a sentence');
  if (/\bwith [^;.]*? as (?:its|the|their) (?:status|state)\b/i.test(answer)) kinds.push('read-out: status after "with … as its status"');
  // A field name recited after "with": a sort ("city as the type"), a number or a code ("452865 as its weekend contact number"),
  // values under a plural key ("urgent as the tags"); and a record's kind said as a fact ("its kind is personal").
  if (
    /\bwith [^;.]*? as (?:its|the|their) (?:type|kind|sort)\b/i.test(answer) ||
    /\bwith [^;.]*?(?<![\w“@./:-])[\w@./:-]*\d[\w@./:-]* as (?:its|the|their) [a-z]/i.test(answer) ||
    /\bwith [^;.]*? as (?:its|the|their) (?:(?!(?:as|and|with)\b)[a-z]+ ){0,2}[a-z]+s(?<!ss|us|is)(?=[.;,]| and |$)/i.test(answer) ||
    /\b(?:its|the) kind is\b/i.test(answer)
  )
    kinds.push('read-out: field name recited ("with city as the type", "452865 as its number", "its kind is")');
  if (
    /\bduration (?:is |of )?\d[\d,.]*(?![\d.,]*\s*(?:%|seconds?|secs?|s|ms|milliseconds?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?|years?|nights?)\b)/i.test(
      answer,
    )
  )
    kinds.push('read-out: duration without unit');
  if (
    /\b(?:reports|says) that the (\w+) is\b/i.test(answer) &&
    /^the (service|result|response)$/i.test(/that (the \w+)/.exec(answer)?.[1] ?? '')
  )
    kinds.push('read-out: subject said twice');
  if (/(?:^|\. )The (?!(?:first|second|third|fourth|fifth) request:)[a-z]+ [^\s:]+: the [a-z ]+ (?:is|are) /.test(answer))
    kinds.push('read-out: colon heading on a noun and an id');
  return kinds;
}

/** Every key of a value (objects at every depth, the first items of lists). */
function keysOf(value, out = new Set(), depth = 0) {
  if (depth > 4) return out;
  if (Array.isArray(value)) value.slice(0, 5).forEach((item) => keysOf(item, out, depth + 1));
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) {
      out.add(key);
      keysOf(inner, out, depth + 1);
    }
  return out;
}

/** The garbled-template and unit/subject kinds an answer shows, given its turn's calls ({arguments, result} as text). */
function garbles(answer, turnCalls) {
  const kinds = [];
  const calls = turnCalls
    .map((call) => {
      try {
        return { name: call.name, args: JSON.parse(call.arguments), data: JSON.parse(call.result) };
      } catch {
        return undefined;
      }
    })
    .filter((call) => call !== undefined && call.data !== null && typeof call.data === 'object');
  if (
    /\b(?:has next|does not have (?:next|previous)|has (?:a )?previous\b|the filter is \w+|a page of \d|\d+ total (?:elements?|pages?)\b|(?:the|its) (?:next|previous) page number is|the cursor is)/i.test(
      answer,
    )
  )
    kinds.push('plumbing fact: paging/query fields said as facts');
  const listed = /\b(\d+|two|three|four|five) (?:entries|results|items|records)\b[^.]*?:([^.]+)/i.exec(answer);
  if (listed) {
    const keys = [...new Set(calls.flatMap((call) => [...keysOf(call.data)]))].filter((key) => key.length >= 6 && /[a-z][A-Z]|_/.test(key));
    if (keys.filter((key) => new RegExp(`(^|[\\s,“(])${key}(?=$|[\\s,.;”)])`).test(listed[2])).length >= 2)
      kinds.push('keys as entries: result keys counted as items');
  }
  if (/\b(?:the|its|their) [a-z][a-z ]{0,40}? (?:is|are) none\b/i.test(answer)) kinds.push('said none: an empty list said as a value');
  if (/\b\d+(?:\.\d+)? clouds\b/i.test(answer)) kinds.push('share counted: "97 clouds"');
  const warm = calls.filter((call) => /"[a-z_]*temp[a-z_]*"\s*:/i.test(JSON.stringify(call.data)));
  const asksUnits = (call) =>
    Object.entries(call.args ?? {}).some(
      ([key, value]) =>
        /^(units?|unit_?system|temperature_?unit)$/i.test(key) && /^(i|m|s|imperial|metric|standard|f|c|k)$/i.test(String(value)),
    );
  if (
    warm.length > 0 &&
    warm.every(asksUnits) &&
    /\btemperature(?: is| of)? -?\d+(?:\.\d+)?(?!\d|\.\d)(?!\s*(?:°|K\b|degrees|%))/i.test(answer)
  )
    kinds.push('bare temperature: no unit though the call asked for units');
  for (const call of calls) {
    const sent = Object.values(call.args ?? {}).filter((value) => typeof value === 'number' && value !== 0);
    const near = (a, b) => Math.abs(a - b) <= 0.006 + Math.abs(b) * 0.002;
    for (const [key, value] of Object.entries(call.data))
      if (
        typeof value === 'number' &&
        /(return|ratio|margin|rate|yield|roa|roe|roi|growth|percent|pct)/i.test(key) &&
        sent.some((a) => sent.some((b) => a !== b && near(value, (100 * a) / b) && !near(value, a / b))) &&
        new RegExp(`(?<![\\d.])${String(value).replace('.', '\\.')}(?![\\d.]*\\s*(?:%|percent))`).test(answer)
      )
        kinds.push('bare percent: a ratio returned in percent said without %');
  }
  // "it" with nothing named before it: the answer (or a request's part) opens on it.
  if (
    /(?:^|request: )(?:(?:The service reports that|According to the service,|Here is what came back:|The result:|It says)\s+)?it has \d/i.test(
      answer,
    )
  )
    kinds.push('subjectless count: "it has N …"');
  if (/\bthe (?:created|updated|deleted|added|[a-z]+ed) [0-9a-f]{8}-[0-9a-f]{4}-/i.test(answer))
    kinds.push('id as subject: "the created <uuid>"');
  if (/\bI could not \w+ (?:\d{1,2}|v\d+) /.test(answer)) kinds.push('garbled failure: "I could not get 2 <id>"');
  if (
    /\d bytes\b/.test(answer) &&
    !calls.some((call) => [...keysOf(call.data)].some((key) => /file|content|body|bytes|image|attachment|media|document|blob/i.test(key)))
  )
    kinds.push('bytes off-file: bytes for a size that is no file');
  for (const call of calls) {
    const text = Object.entries(call.data).find(
      ([key, value]) =>
        /^(content|text|body|message|caption)$/i.test(key) && typeof value === 'string' && value.length >= 20 && /\s/.test(value),
    );
    const echoed = text && Object.values(call.args ?? {}).some((value) => String(value).trim() === text[1].trim());
    if (text && !echoed && !text[1].split(/\W+/).some((word) => word.length >= 5 && answer.includes(word)))
      kinds.push('content omitted: a text result answered without its text');
  }
  if (
    /\bdistance (?:is |of )?\d[\d,.]*(?!\d|\.\d)(?!\s*(?:km|kilometers?|kilometres?|mi|miles?|m|meters?|metres?|ft|feet)\b)/i.test(answer)
  )
    kinds.push('bare distance: a distance without a unit');
  kinds.push(...formKinds(answer, calls, turnCalls));
  kinds.push(...subjectKinds(answer, calls, turnCalls));
  kinds.push(...shapeKinds(answer, calls, turnCalls));
  return [...new Set(kinds)];
}

/**
 * Answers that read like forms filled from field names (per answer, each kind once):
 *   id subject       "the record 2051117" / "The enrichment analysis 8732224 has …": a record named by an id no call sent or made
 *   hedged flag      "is not maybe audio invalid"
 *   adjective count  "50 helpfuls"
 *   key as noun      "its access valid for is 90 days", "the maximum historical is 3 days"
 *   split suffix     "is contract able"
 *   code as name     "Us has a total of 325" (a code the call sent, capitalised as a name)
 *   wrong list       a search answered from a list that does not hold what was searched, while another list does
 *   echoed prefix    "the ontology is ECO" for a sent ECO_0000131: the code's prefix said as a finding
 *   bare weather     a temperature, wind speed or precipitation said with no unit (informative: the tool may not say its unit)
 *   counted mass noun  "2 data", "2 qualities", "3 order histories": a mass noun counted as things
 *   key opener       "For hours 17:", "For weight kg 22.5,": a request introduced by its argument's key, not as a phrase
 */
function formKinds(answer, calls, turnCalls) {
  const kinds = [];
  const sent = JSON.stringify(calls.map((call) => call.args)).toLowerCase();
  const made = turnCalls.some((call) =>
    /(^|[_-])(create|add|make|start|submit|register|book|new|open|issue|generate|upload|send|place)/i.test(call.name ?? ''),
  );
  const lead = String.raw`(?:^|[.!?;:]\s+|\b(?:For|As for|About|Looking at|What I see for|Here is what I have on|created|found|returned|updated)\s+)`;
  for (const match of answer.matchAll(
    new RegExp(
      `${lead}[Tt]he ((?:[a-z]+ ){0,2}(?!(?:is|are|was|were|of|to|by|at|and|or|has|have|for|in|on|with|from|about|than|be|been)\\b)[a-z]+) (\\d{5,}|[0-9a-f]{8}-[0-9a-f-]{27})\\b(?![.,]\\d)(?! \\()`,
      'g',
    ),
  ))
    if (
      match[1] === 'record' ||
      (!made &&
        !/^\W*created\b/i.test(match[0]) &&
        !sent.includes(match[2].toLowerCase()) &&
        // kept under its noun's key (`batchid` for "the batch 7656256")
        !calls.some((call) =>
          Object.entries(call.data).some(
            ([key, value]) => String(value) === match[2] && new RegExp(`^${match[1].split(' ').at(-1)}[_-]?(id|sid|uuid)$`, 'i').test(key),
          ),
        ))
    )
      kinds.push('id subject: a record named by an id nobody gave');
  if (/\b(?:is|are)(?: not)? (?:maybe|possibly|probably|perhaps|potentially) [a-z]+/i.test(answer))
    kinds.push('hedged flag: "is not maybe audio invalid"');
  if (/\b\d[\d,]* (?!(?:hand|mouth|spoon|cup|arm|room|box|bag|bucket|basket|pocket)fuls\b)[a-z]{3,}fuls\b/i.test(answer))
    kinds.push('adjective count: "50 helpfuls"');
  if (
    /\b(?:the|its|their) (?:[a-z]+ )*?(?:[a-z]+ (?:for|to|of|in|within|after|until|per)|[a-z]{3,}(?:ical|ful|less))(?: is| are) \d/i.test(
      answer,
    )
  )
    kinds.push('key as noun: "its access valid for is 90 days"');
  if (
    /\b(?:is|are|all|not|be) (?!(?:still|often|always|never|quite|again|later|even|thus|also|once|more|most|less|much|very|well|just|then|fully|better)\b)(?![a-z]+(?:ly|er)\b)[a-z]{4,} (?:able|ible)\b/i.test(
      answer,
    )
  )
    kinds.push('split suffix: "contract able"');
  for (const match of answer.matchAll(
    /(?:^|[.!?]\s+)(?!(?:It|He|We|She|You|Its|His|Her|Our|One|Two|All|Any|Few|Now|The|Who|Why|How|Yes)\b)([A-Z][a-z]{1,2}) (?:has|is|are|have)\b/g,
  ))
    if (calls.some((call) => Object.values(call.args ?? {}).includes(match[1].toLowerCase()))) kinds.push('code as name: "Us has …"');
  if (wrongList(answer, calls)) kinds.push('wrong list: the searched-for items left out');
  if (
    /\b(?:\d(?:[\d,]*\d)?|two|three|four|five|six|seven|eight|nine|ten) (?:[a-z]+ )?(?:data|datas|informations?|metadatas?|histories|qualities|weathers|feedbacks|advices|softwares|evidences|researches|knowledges|equipments|furnitures)\b(?! (?:records?|entries|entry|items?|points?|sets?|sources?|files?)\b)/i.test(
      answer,
    )
  )
    kinds.push('counted mass noun: "2 data", "2 qualities"');
  for (const match of answer.matchAll(
    /(?:^|[.!?;:]\s+)For (?!(?:the|a|an|each|all|both|every|at)\b)((?:[a-z]+ ){0,2}[a-z]+) (-?\d[\d,]*(?:\.\d+)?)(?=[,:]\s| and [a-z]| \()/g,
  ))
    if (
      !/\b(?:id|ids|code|zip|key|no|year|page|user|account|order|item|record|version|room|floor|level|step|day|week|month)$|[a-z] number$/i.test(
        match[1],
      )
    ) {
      kinds.push('key opener: "For hours 17:", "For weight kg 22.5,"');
      break;
    }
  // "the ontology is ECO" for ECO_0000131: the prefix of a code the call sent, said as a fact
  for (const match of answer.matchAll(/\b(?:is|are) ([A-Z]{2,10})\b(?![_:])/g))
    if (calls.some((call) => Object.values(call.args ?? {}).some((value) => typeof value === 'string' && value.startsWith(`${match[1]}_`))))
      kinds.push('echoed prefix: "the ontology is ECO" for ECO_0000131');
  if (
    /\b(?:temperature|feels like|dew point|wind speed|wind gusts?|precipitation)(?: is| of)? -?\d+(?:\.\d+)?(?![\d.])(?!\s*(?:°|K\b|degrees|%|mph|km\/h|kph|m\/s|mm|in\b|cm|knots?))/i.test(
      answer,
    )
  )
    kinds.push('bare weather: a weather number without its unit');
  return kinds;
}

/** A record and its inner records, two levels down. */
function recordsIn(data, depth = 0, out = []) {
  if (depth > 2) return out;
  if (Array.isArray(data)) data.slice(0, 10).forEach((item) => recordsIn(item, depth + 1, out));
  else if (data && typeof data === 'object') {
    out.push(data);
    Object.values(data).forEach((value) => recordsIn(value, depth + 1, out));
  }
  return out;
}

/** Numbers of a record with the unit the record keeps for them, as a pattern of what follows the number. */
function ownUnits(record) {
  const SCALE_AFTER = [
    [/^(°?c|celsius)$/i, /^\s*(°\s?C|degrees? C|C\b|celsius)/i],
    [/^(°?f|fahrenheit)$/i, /^\s*(°\s?F|degrees? F|F\b|fahrenheit)/i],
    [/^(k|kelvin)$/i, /^\s*(K\b|kelvin)/i],
  ];
  const squash = (key) => key.replace(/[^a-z0-9]/gi, '').toLowerCase();
  const out = [];
  const numbers = Object.keys(record).filter((key) => typeof record[key] === 'number');
  for (const [key, value] of Object.entries(record)) {
    if (typeof value !== 'string' || /^[A-Z]{3}$/.test(value) || !/^[a-zµ°%/²³\d. ]{1,12}$/i.test(value)) continue;
    const scale = SCALE_AFTER.find(([name]) => name.test(value.trim()));
    const after = scale ? scale[1] : new RegExp(`^\\s*${value.trim().replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`, 'i');
    const base = /^(.+?)[_-]?(?:unit|Unit|units|Units)$/.exec(key)?.[1];
    const targets =
      base !== undefined && numbers.some((other) => squash(other) === squash(base))
        ? numbers.filter((other) => squash(other) === squash(base))
        : /^units?$/i.test(key) && scale
          ? numbers.filter((other) => /temp|dew|feels/i.test(other))
          : [];
    for (const target of targets) out.push({ key: target, value: record[target], after });
  }
  return out;
}

/** Answers that give a value the wrong subject or leave out its unit (see the header). */
function subjectKinds(answer, calls, turnCalls) {
  const kinds = [];
  const records = calls.flatMap((call) => recordsIn(call.data));
  outer: for (const record of records)
    for (const { key, value, after } of ownUnits(record)) {
      const word = key
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .split(/[^A-Za-z]+/)
        .filter((part) => part.length >= 3)
        .at(-1);
      if (word === undefined) continue;
      for (const said of new Set([
        String(value),
        value.toLocaleString('en-US'),
        String(Number(value.toFixed(1))),
        String(Number(value.toFixed(2))),
      ])) {
        const at = new RegExp(`\\b${word}[a-z]*\\b[^.;:\\d]{0,24}?(?<![\\d.,])${said.replace(/[.,]/g, '\\$&')}(?![\\d.,]*\\d)`, 'i').exec(
          answer,
        );
        if (at !== null && !after.test(answer.slice(at.index + at[0].length))) {
          kinds.push("record unit left out: a number without its record's unit");
          break outer;
        }
      }
    }
  if (
    /\bthe (liters?|litres?|gallons?|miles?|kilometers?|meters?|celsius|fahrenheit|kelvin|pounds?|kilograms?|grams?|ounces?|feet|inch(?:es)?) (?:is|are|of) -?\d/i.test(
      answer,
    )
  )
    kinds.push('unit as thing: "the liter is 154.86"');
  if (
    /\b(?:lookups|searches) (?:succeeded|worked|went through)|\bI got answers to (?:both|all)\b/i.test(answer) &&
    turnCalls.length > 0 &&
    turnCalls.every((call) => /(^|[_\s-])(delete|remove|cancel|create|add|update|post|put|patch|send)/i.test(call.name ?? ''))
  )
    kinds.push('lookups for writes: changes called lookups');
  for (const call of calls)
    for (const [key, value] of Object.entries(call.args ?? {})) {
      if (typeof value !== 'string' || /(status|state|type|kind|sort|order|mode|format|level|category|direction|unit)/i.test(key)) continue;
      if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/.test(value)) continue;
      const capitalised = value.charAt(0).toUpperCase() + value.slice(1);
      if (
        new RegExp(`(?<![\\w-])${capitalised.replace(/-/g, '\\-')}(?![\\w-])`).test(answer) ||
        (!answer.includes(value) && answer.toLowerCase().includes(value.replace(/-/g, ' ')))
      )
        kinds.push('name altered: a typed name re-capitalised or de-hyphenated');
    }
  for (const record of records)
    for (const [key, value] of Object.entries(record)) {
      const time = /local/i.test(key) && typeof value === 'string' ? /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value) : null;
      if (
        time &&
        answer.includes(`${time[1]} ${time[2]} UTC`) &&
        Object.entries(record).some(([other, inner]) => /utc/i.test(other) && inner !== value)
      )
        kinds.push('local as UTC: a local time labelled UTC');
    }
  for (const record of records) {
    const status = record.status ?? record.state;
    const party = Object.entries(record).find(
      ([key, value]) =>
        /^(owner|author|creator|user|customer|holder|sender|recipient|contact|manager|assignee|member|client)[_ ]?name$/i.test(key) &&
        typeof value === 'string',
    )?.[1];
    if (typeof status !== 'string' || party === undefined || Object.keys(record).some((key) => /^(name|title|display_?name)$/i.test(key)))
      continue;
    if (
      new RegExp(
        `${party.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (?:is|was) (?:now )?${status.toLowerCase().replace(/[_-]+/g, ' ')}\\b`,
        'i',
      ).test(answer)
    )
      kinds.push("owner as subject: a record's status given to its owner");
  }
  for (const call of calls) {
    const lists =
      call.data && !Array.isArray(call.data)
        ? Object.entries(call.data).filter(
            ([, value]) => Array.isArray(value) && value.length > 1 && value.every((item) => item && typeof item === 'object'),
          )
        : [];
    if (lists.length !== 1) continue;
    const [listKey, items] = lists[0];
    if (/^(data|items|results?|records|entries|list|latest|hits|response|payload)$/i.test(listKey)) continue;
    const inner = Object.keys(items[0]).filter(
      (key) => Array.isArray(items[0][key]) && /^[a-z]+s$/.test(key) && !listKey.toLowerCase().includes(key),
    );
    if (inner.some((key) => new RegExp(`(?<!\\()\\b${items.length} ${key}\\b`, 'i').test(answer)))
      kinds.push('list by contents: a list counted by what its items hold');
  }
  for (const call of calls) {
    const sent = new Set(JSON.stringify(call.args ?? {}).match(/[A-Za-z0-9_.:-]{4,}/g) ?? []);
    const items = recordsOf(call.data).list ?? [];
    if (items.length < 2) continue;
    const key = Object.keys(items[0]).find(
      (field) =>
        !/(id|key|keys|code|uuid|sid|url|uri)$/i.test(field) &&
        items.every((item) => typeof item[field] === 'string' && item[field].length >= 4 && sent.has(item[field])) &&
        new Set(items.map((item) => String(item[field]))).size >= 2,
    );
    if (key !== undefined && !items.some((item) => answer.includes(String(item[key]))))
      kinds.push('subjects mixed: items of several sent things without the one each belongs to');
  }
  return kinds;
}

/** Every key of a result with its text value, at any depth. */
function keyValues(data, out = [], depth = 0) {
  if (depth > 4) return out;
  if (Array.isArray(data)) data.slice(0, 10).forEach((item) => keyValues(item, out, depth + 1));
  else if (data && typeof data === 'object')
    for (const [key, value] of Object.entries(data)) {
      if (typeof value === 'string' || typeof value === 'number') out.push([key, String(value)]);
      else keyValues(value, out, depth + 1);
    }
  return out;
}

/** Answers that describe a result by the wrong shape or noun (see the header). */
function shapeKinds(answer, calls, turnCalls) {
  const kinds = [];
  const listed =
    /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten) ([a-z][a-z ]{1,40}?)(?: came back| match(?:es)?)?: ([^\n]+)/i.exec(answer);
  if (
    listed &&
    calls.some((call) => {
      const said = keyValues(call.data).filter(
        ([key, value]) => value.length > 0 && new RegExp(`${escapeText(value.slice(-20))}\\s*\\(${escapeText(key)}\\)`).test(listed[3]),
      );
      return said.length >= 2 && said.some(([key]) => FIELD_KEY.test(key));
    })
  )
    kinds.push("record as entries: one record's fields listed as items");
  const named = turnCalls.map((call) => call.name ?? '');
  const listsOf = (data) =>
    Array.isArray(data)
      ? [['', data.length]]
      : Object.entries(data)
          .filter(([, value]) => Array.isArray(value))
          .map(([key, value]) => [key, value.length]);
  // a list of the containers themselves (`{"playlists": [1 item]}`) is counted by them
  const held = new Set(calls.flatMap((call) => listsOf(call.data).map(([key, length]) => `${length} ${nameWords(key).join('')}`)));
  calls.forEach((call) => {
    const lists = Array.isArray(call.data)
      ? [['', call.data.length]]
      : Object.entries(call.data)
          .filter(([, value]) => Array.isArray(value))
          .map(([key, value]) => [key, value.length]);
    for (const [key, length] of lists) {
      const own = nameWords(key).join(' ');
      const nouns = new Set([own, own.replace(' ', ''), ...nameWords(call.name ?? '')].filter((noun) => CONTAINER.test(noun)));
      const count = `(?:${length}|${['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'][length] ?? length})`;
      for (const noun of nouns) {
        if (held.has(`${length} ${pluralWord(noun.replace(' ', ''))}`)) continue;
        const spelled = `(?:${escapeText(noun)}|${escapeText(pluralWord(noun))}|${noun.replace(/^(watch|wish|play)(list)$/, '$1 $2')}s?)`;
        if (new RegExp(`\\b${count} ${spelled}(?: records?)?\\b(?! (?:entries|entry|items?)\\b)`, 'i').test(answer))
          kinds.push('container counted: a list counted by its container');
      }
    }
  });
  for (const name of named) {
    const verb = /[_-](find|get|fetch|lookup|retrieve|search)$/i.exec(name)?.[1];
    if (verb && new RegExp(`\\b(?:one|\\d+) [a-z]+ ${verb}e?s?\\b(?! (?:results?|records?|entries|items?)\\b)`, 'i').test(answer))
      kinds.push('verb counted: "one book find"');
  }
  if (/\b[Tt]he ([a-z]{3,}) \S+ (?:has|had) (?:an? |the )?\1 of\b/.test(answer))
    kinds.push('field as record: "the structure 30978 has a structure of"');
  for (const match of answer.matchAll(/\bI (?:have )?(?:updated|created|added) (?:the )?([a-z]+) ([\w-]*\d[\w-]*)\b/g)) {
    const noun = match[1];
    calls.forEach((call) => {
      const tool = nameWords(call.name ?? '');
      const at = (word) => tool.findIndex((part) => part === word || part === pluralWord(word));
      const owners = Object.keys(call.args ?? {})
        .map((key) => /^([a-z]+)(?:_?id|Id|ID)$/.exec(key)?.[1]?.toLowerCase())
        .filter((owner) => owner !== undefined && owner !== noun);
      if (owners.some((owner) => at(owner) >= 0 && at(noun) > at(owner))) kinds.push('part as record: "I updated contact 9361597"');
    });
  }
  return kinds;
}

/** Whether a call searched for a text, got 2+ lists of records of which one holds it, and the answer names none of that list's items but some of another's. */
function wrongList(answer, calls) {
  const lower = answer.toLowerCase();
  const named = (item) =>
    Object.entries(item).some(
      ([key, value]) => /(name|title)/i.test(key) && typeof value === 'string' && value.length >= 3 && lower.includes(value.toLowerCase()),
    );
  return calls.some((call) => {
    const query = Object.values(call.args ?? {}).filter((value) => typeof value === 'string' && value.length >= 3 && /[a-z]/i.test(value));
    if (query.length === 0 || Array.isArray(call.data)) return false;
    const lists = Object.values(call.data).filter(
      (value) => Array.isArray(value) && value.some((item) => item && typeof item === 'object'),
    );
    if (lists.length < 2) return false;
    const records = (list) => list.filter((item) => item && typeof item === 'object');
    const holding = lists.filter((list) =>
      records(list).some((item) => query.some((text) => JSON.stringify(item).toLowerCase().includes(text.toLowerCase()))),
    );
    if (holding.length === 0 || holding.length === lists.length) return false;
    return !holding.some((list) => records(list).some(named)) && lists.some((list) => !holding.includes(list) && records(list).some(named));
  });
}

const summary = {
  file,
  records: lines.length,
  answers,
  calls,
  byKind,
  defects: Object.fromEntries(
    [...defects].map(([kind, entry]) => [kind, { records: entry.records.size, count: entry.count, examples: entry.examples }]),
  ),
};
const thinRecords = new Set([...defects.values()].flatMap((entry) => [...entry.records]));
summary.recordsWithAny = thinRecords.size;
if (args.includes('--json')) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
else {
  process.stdout.write(`${file}: ${lines.length} accepted records, ${answers} answers after tool results, ${calls} calls\n`);
  for (const [kind, entry] of [...defects].sort((a, b) => b[1].records.size - a[1].records.size)) {
    process.stdout.write(`  ${kind}: ${entry.records.size} records (${entry.count} times)\n`);
    for (const example of entry.examples) process.stdout.write(`      ${example}\n`);
  }
  process.stdout.write(`  records with any: ${thinRecords.size}\n`);
}
