// Counts, in a run's ACCEPTED records, a world whose records are made out of order or filled with
// their own field names (docs/benchmarks.md, "World defects"): a part created before the owner a result
// showed (a fax's medium before the fax), a booking created after its stay starts, three records of a
// list or more created at one second, a store's listing of keys without a key the session used, a tag
// keyed by a number (`"Key": "3369810"`, also in calls), an id holding its own noun (`"categoryId":
// "category"`), and boilerplate remarks ("superseded by a newer …"). Independent of the generator.
// Run: node bench/lineage-defects.mjs RUN_DIR [--examples N] [--json]
import { readDefectRun, createDefects, printDefects, isObject } from './defect-run.mjs';

const { args, exampleCount, file, lines } = readDefectRun('lineage-defects');
const { defects, note } = createDefects(exampleCount);
const squash = (text) =>
  String(text)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
const CREATED = /^(created|createdat|createdon|createdtime|creationdate|creationtime|datecreated)$/;
const STAY = /^(bookedrooms|rooms|room|roomtype|hotel|hotelid|nights|accommodation|lodging)$/;
const STARTS = /^(start|startdate|checkin|checkindate|arrival|arrivaldate)$/;
const VERB =
  /^(add|append|insert|create|put|save|store|set|replace|update|edit|retrieve|get|read|fetch|remove|delete|drop|list|search|find|key|keys|all)$/;

function* objectsIn(value) {
  if (Array.isArray(value)) for (const item of value) yield* objectsIn(item);
  else if (isObject(value)) {
    yield value;
    for (const inner of Object.values(value)) yield* objectsIn(inner);
  }
}
function* listsIn(value) {
  if (Array.isArray(value)) yield value;
  if (Array.isArray(value) || isObject(value)) for (const inner of Object.values(value)) yield* listsIn(inner);
}
const createdOf = (record) => {
  const key = Object.keys(record).find((name) => CREATED.test(squash(name)));
  const text = key === undefined ? undefined : record[key];
  return typeof text === 'string' && /^\d{4}-\d{2}-\d{2}/.test(text) ? text : undefined;
};
const ownerNoun = (key) => {
  const noun = /^(.+?)[_-]?(id|sid)$/i.exec(key.replace(/([a-z0-9])([A-Z])/g, '$1_$2'))?.[1];
  // a record's parts (a fax's `media_sid`) are no owners
  return noun && !/^(media|medium|attachment|image|photo|file|document|recording|thumbnail|avatar)s?$/i.test(noun) ? noun : undefined;
};

const PART_ID = /^(media|medium|attachment|image|photo|file|document|recording|thumbnail|avatar)s?[_-]?(id|sid)$/i;

function tagsIn(value, id, where) {
  for (const object of objectsIn(value))
    for (const [key, list] of Object.entries(object))
      if (/^(tags?|labels?)$/i.test(key) && Array.isArray(list))
        for (const tag of list)
          if (isObject(tag) && /^\d{4,}$/.test(String(tag.Key ?? tag.key ?? '')))
            note('a tag keyed by a number', id, `${where}: ${JSON.stringify(tag)}`);
}

function resultDefects(data, name, id, made, namer) {
  for (const record of objectsIn(data)) {
    const created = createdOf(record);
    for (const [key, value] of Object.entries(record)) {
      if (typeof value === 'string' && /superseded by a newer|kept for reference/i.test(value))
        note('a boilerplate remark', id, `${name}: ${key}="${value}"`);
      const stem = squash(key).replace(/(id|key|code)$/, '');
      if (typeof value === 'string' && stem !== squash(key) && squash(value) === stem)
        note('an id holding its own noun', id, `${name}: ${key}="${value}"`);
      const owner = ownerNoun(key) && !/^(id|sid)$/i.test(key) ? made.get(String(value)) : undefined;
      if (created && owner && created.slice(0, 10) < owner.slice(0, 10))
        note('a part created before its owner', id, `${name}: ${key}=${value} created ${owner}, part ${created}`);
      // the part a record names (a fax's `media_sid`), shown before or after it
      const part = PART_ID.test(key) ? made.get(String(value)) : undefined;
      if (created && part && part.slice(0, 10) < created.slice(0, 10))
        note('a part created before its owner', id, `${name}: ${key}=${value} created ${part}, owner ${created}`);
      if (created && PART_ID.test(key)) namer.set(String(value), created);
    }
    const own = record.id ?? record.sid;
    const namedBy = created && own !== undefined ? namer.get(String(own)) : undefined;
    if (namedBy && created.slice(0, 10) < namedBy.slice(0, 10))
      note('a part created before its owner', id, `${name}: ${own} created ${created}, named by a record created ${namedBy}`);
    const start = Object.entries(record).find(([key]) => STARTS.test(squash(key)))?.[1];
    if (
      created &&
      typeof start === 'string' &&
      Object.keys(record).some((key) => STAY.test(squash(key))) &&
      created.slice(0, 10) > start.slice(0, 10)
    )
      note('a booking created after its stay starts', id, `${name}: created ${created}, stay from ${start}`);
  }
  for (const list of listsIn(data)) {
    const stamps = list.map((item) => (isObject(item) ? createdOf(item) : undefined));
    if (list.length >= 3 && stamps[0]?.includes('T') && stamps.every((stamp) => stamp === stamps[0]))
      note('a list created at one second', id, `${name}: ${list.length} at ${stamps[0]}`);
  }
}

for (const line of lines) {
  const record = JSON.parse(line);
  const { id } = record;
  const calls = new Map();
  const made = new Map(); // record id → its creation stamp
  const namer = new Map(); // part id → the creation stamp of the record naming it (`media_sid`)
  const used = new Map(); // store → keys used
  for (const message of record.messages ?? []) {
    for (const call of message.tool_calls ?? []) {
      calls.set(call.id, call.function);
      try {
        tagsIn(JSON.parse(call.function.arguments ?? '{}'), id, `${call.function.name}(…)`);
      } catch {
        // arguments that are not JSON hold no tags
      }
    }
    if (message.role !== 'tool') continue;
    const fn = calls.get(message.tool_call_id);
    let data, sent;
    try {
      data = JSON.parse(message.content);
      sent = JSON.parse(fn?.arguments ?? '{}');
    } catch {
      continue;
    }
    if (isObject(data) && (data.error !== undefined || /^\d{3} /.test(String(data.message ?? '')))) continue;
    const name = fn?.name ?? '?';
    tagsIn(data, id, name);
    resultDefects(data, name, id, made, namer);
    for (const object of objectsIn(data)) {
      const own = object.id ?? object.sid;
      const created = createdOf(object);
      if (created && (typeof own === 'string' || typeof own === 'number') && String(own).length >= 3) made.set(String(own), created);
    }
    const words = name
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    const at = words.findIndex((word) => VERB.test(word));
    if (at <= 0 || !isObject(sent)) continue;
    const store = words.slice(0, at).join('_');
    const keys = used.get(store) ?? new Set();
    used.set(store, keys);
    const key = sent.key ?? sent.name;
    if ((typeof key === 'string' || typeof key === 'number') && /^(remove|delete|drop)$/.test(words[at])) keys.delete(String(key));
    else if ((typeof key === 'string' || typeof key === 'number') && !/^(list|search|find)$/.test(words[at])) keys.add(String(key));
    if (words[at] === 'list' && Object.keys(sent).length === 0 && isObject(data) && Array.isArray(data.keys))
      for (const held of keys) if (!data.keys.includes(held)) note('a listing of keys without one used', id, `${name}: no ${held}`);
  }
}

printDefects(defects, { count: lines.length, file, args });
