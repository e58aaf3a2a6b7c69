// Counts calls of a run's ACCEPTED records that leave out the value naming their subject, where a real
// assistant would have asked for it (the `call_subject` check of docs/harness.md): a forecast, a search or a
// lookup by place sent without any place or query (`forecast({})`), a create sent without the name,
// value or address that says what it makes (`create_webhook({})`, an environment variable without a
// name), and a write's result that brings identifying values (a name, a street, a URL) nobody gave,
// which the answer then reports as facts. Independent of the generator: its own word lists.
// Run: node bench/subject-defects.mjs RUN_DIR [--examples N] [--json]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readDefectRun, readRecords, createDefects, printDefects, isObject, words } from './defect-run.mjs';

const { args, exampleCount, file, lines } = readDefectRun('subject-defects');
const { records } = readRecords(lines);
const { defects, note } = createDefects(exampleCount);

const squash = (name) => name.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
/** Parameters that say where: a place, an address, coordinates. */
const PLACE =
  /^(location|locations|loc|city|cityname|place|placename|address|zip|zipcode|postcode|postalcode|lat|latitude|lon|lng|longitude|coordinates|latlon|latlng|geo|point)$/;
/** Parameters that say what to look for. */
const QUERY = /^(q|query|search|searchterm|searchquery|keyword|keywords|term|terms|text|phrase)$/;
/** Parameters that say what a create makes. */
const NAMING =
  /^(name|displayname|title|url|uri|webhookurl|callbackurl|targeturl|value|email|emailaddress|address|location|label|subject|key|envvarname)$/;
/** An argument naming one record or place by its key (`place_id`, `station`, `symbol`): a subject as well. */
const KEYED = /(id|ids|key|code|slug|symbol|station|uuid|guid)$/;
/** A tool whose job is a look-up by place or text, not a listing of everything. */
const LOOKUP =
  /\b(forecast|weather|search|find|lookup|look up|geocode|autocomplete|typeahead|suggest|nearest|observation|observations|history|historical|timeline|air quality|current)\b/;
const CREATE = /^(create|add|new|register|insert|post|make|submit|open)\b/;
/** Result fields that identify what a write made or where: a name, a URL, an address, a value. */
const IDENTITY = /(^|\s)(name|url|uri|street|address|email|title|value|location|city|agent|domain|phone)$/;

const toolCache = new Map();
function toolsOf(record) {
  const reference = record.tools?.$ref;
  if (reference === undefined) return Array.isArray(record.tools) ? record.tools : [];
  const path = join(dirname(file), reference);
  if (!toolCache.has(path)) toolCache.set(path, existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : []);
  return toolCache.get(path);
}

const schemaOf = (tool) => tool?.parameters ?? tool?.inputSchema ?? tool?.function?.parameters ?? {};
const nameOf = (tool) => tool?.name ?? tool?.function?.name;

/** A setting rather than a subject: a choice among listed values, a flag or a number (`unitGroup`, `safeSearch`, `per_page`). */
const knob = (property) =>
  property === undefined ||
  Array.isArray(property.enum) ||
  ['boolean', 'integer', 'number'].includes(property.type) ||
  /^(json|csv|xml|us|metric|uk|base)$/i.test(String(property.default ?? ''));

/** Why a call to `tool` with `sent` has no subject, or undefined. */
function subjectless(tool, sent) {
  const properties = Object.keys(schemaOf(tool).properties ?? {});
  const said = `${words(nameOf(tool))} ${
    String(tool.description ?? '')
      .toLowerCase()
      .split(/[.!?]/)[0]
  }`;
  const keys = Object.keys(sent).map(squash);
  // a record named by its key is the subject (a product added to a cart, a station's forecast)
  if (keys.some((key) => KEYED.test(key))) return undefined;
  if (keys.some((key) => PLACE.test(key) || QUERY.test(key)) && !CREATE.test(said)) return undefined;
  const places = properties.filter((name) => PLACE.test(squash(name)));
  if (places.length > 0 && LOOKUP.test(said) && !CREATE.test(said)) return `no ${places.join('/')} in a look-up`;
  // A text search is about something when it filters by a value of the user's own (a jurisdiction, a date), not only by knobs.
  const queries = properties.filter((name) => QUERY.test(squash(name)));
  const knobs = Object.keys(sent).every((name) => knob(schemaOf(tool).properties?.[name]));
  if (queries.length > 0 && LOOKUP.test(said) && !CREATE.test(said) && knobs) return `no ${queries.join('/')} in a search`;
  if (!CREATE.test(said)) return undefined;
  const naming = properties.filter((name) => NAMING.test(squash(name)) || PLACE.test(squash(name)));
  if (naming.length === 0 || keys.some((key) => NAMING.test(key) || PLACE.test(key))) return undefined;
  return `no ${naming.join('/')} in a create`;
}

/** Top-level fields of a result (and of its `data` / `data.attributes`). */
function fieldsOf(result) {
  const out = [];
  const visit = (object) => {
    if (!isObject(object)) return;
    for (const [key, value] of Object.entries(object)) if (typeof value === 'string') out.push([key, value]);
  };
  visit(result);
  visit(result?.data);
  visit(result?.data?.attributes);
  return out;
}

for (const { record, id, messages } of records) {
  const tools = new Map(toolsOf(record).map((tool) => [nameOf(tool), tool]));
  const userText = messages
    .filter((message) => message.role === 'user')
    .map((message) => message.content ?? '')
    .join('\n');
  messages.forEach((message, at) => {
    if (message.role !== 'assistant' || !Array.isArray(message.tool_calls)) return;
    for (const call of message.tool_calls) {
      const tool = tools.get(call.function.name);
      let sent;
      try {
        sent = JSON.parse(call.function.arguments || '{}');
      } catch {
        continue;
      }
      if (tool === undefined || !isObject(sent)) continue;
      const why = subjectless(tool, sent);
      if (why !== undefined) note('subjectless_call', id, `${call.function.name}(${JSON.stringify(sent).slice(0, 80)}): ${why}`);
      const creates =
        CREATE.test(words(call.function.name)) ||
        CREATE.test(
          String(tool.description ?? '')
            .trim()
            .toLowerCase(),
        );
      if (!creates) continue;
      const reply = messages.slice(at + 1).find((next) => next.role === 'tool' && next.tool_call_id === call.id);
      const answer = messages.slice(at + 1).find((next) => next.role === 'assistant' && typeof next.content === 'string')?.content ?? '';
      let result;
      try {
        result = JSON.parse(reply?.content ?? '');
      } catch {
        continue;
      }
      const sentText = JSON.stringify(sent);
      const sentKeys = new Set(Object.keys(sent).map(squash));
      for (const [key, value] of fieldsOf(result)) {
        if (!IDENTITY.test(words(key)) || value.length < 3 || sentKeys.has(squash(key))) continue;
        if (sentText.includes(value) || userText.includes(value) || !answer.includes(value)) continue;
        note('invented_identity', id, `${call.function.name}: ${key}=${value} told in the answer, never given`);
      }
    }
  });
}

printDefects(defects, { count: records.length, file, args, unitOf: () => 'records' });
