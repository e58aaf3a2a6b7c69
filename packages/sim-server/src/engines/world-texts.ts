import { eachObject } from '@inftool/core';
type Json = Record<string, unknown>;

/**
 * One long text, one record (docs/sim-server.md, "A seeded world per session"): a description, summary
 * or bio (60 characters or more) is told of the first record of the session that held it (by id, else
 * by name); another record of another name that holds it (every podcast given the spec's one example
 * description, Star Wars 7x7's told of Planet Money) loses it, or, where the schema needs the field,
 * is described by its own name. A text the call sent is never taken away. Works in place; `valid` judges the whole result.
 */
const OWN_TEXT = /^(description|summary|bio|biography|about|overview|synopsis|abstract)$/;
const NAME = /^(name|title|headline|displayname|fullname)$/;
const ID = /^(id|key|sid|uuid|guid)$/;
const MEMORY = 'text-told\u0000';

const norm = (key: string): string => key.replace(/[^A-Za-z0-9]/g, '').toLowerCase();

function fieldValue(object: Json, pattern: RegExp): string | undefined {
  const entry = Object.entries(object).find(
    ([key, value]) => pattern.test(norm(key)) && (typeof value === 'string' || typeof value === 'number') && String(value) !== '',
  );
  return entry === undefined ? undefined : String(entry[1]);
}

export function oneTextPerRecord(
  value: Json,
  memory: Map<string, Json>,
  valid: (candidate: Json) => boolean,
  sent: Iterable<unknown> = [],
): void {
  // a text the call sent is the record's own, whoever held it before (a ticket created with a description)
  const own = new Set([...sent].filter((entry): entry is string => typeof entry === 'string').map((entry) => entry.trim()));
  const borrowed: Array<{ object: Json; key: string; name: string | undefined }> = [];
  eachObject(value, (object) => {
    const id = fieldValue(object, ID);
    const name = fieldValue(object, NAME);
    if (id === undefined && name === undefined) return;
    for (const [key, entry] of Object.entries(object)) {
      if (!OWN_TEXT.test(norm(key)) || typeof entry !== 'string' || entry.trim().length < 60 || own.has(entry.trim())) continue;
      const owner = memory.get(MEMORY + entry.trim());
      if (owner === undefined) memory.set(MEMORY + entry.trim(), { id: id ?? '', name: name ?? '' });
      else if (owner['id'] !== (id ?? '') && owner['name'] !== (name ?? '')) borrowed.push({ object, key, name });
    }
  });
  if (borrowed.length === 0) return;
  const kept = borrowed.map(({ object, key }) => object[key]);
  for (const { object, key } of borrowed) delete object[key];
  if (valid(value)) return;
  // the schema needs the text: each record is described by its own name, never by another's text
  borrowed.forEach(({ object, key, name }, index) => {
    const text = String(kept[index]);
    object[key] = name === undefined ? '' : /^\s*<p>/i.test(text) ? `<p>${name}</p>` : name;
  });
  // (a schema that takes neither keeps the texts as they were)
  if (!valid(value)) borrowed.forEach(({ object, key }, index) => (object[key] = kept[index]));
}
