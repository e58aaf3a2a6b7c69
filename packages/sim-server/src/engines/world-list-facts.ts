/** Lists of a result: distinct records, counts kept to their lists, relations of the subject asked, moments as times, cutoffs honoured. */
import { isJsonObject, eachObject } from '@inftool/core';
import { FAMOUS_GENES, FAMOUS_DISEASES, FAMOUS_DRUGS, PLAIN_DISEASES, argumentIds } from './world-biomedical-facts.js';
import { type Json, norm, flatArguments, safeParse } from './world-fact-basics.js';

export function isDocument(text: string): boolean {
  if (!/^\s*[[{]/.test(text)) return false;
  const parsed = safeParse(text);
  return parsed !== null && typeof parsed === 'object';
}

/** A list names each of its records once: a later record named like an earlier one (a second "Ministry of Transport") is left out. */
export function distinctRecords(value: Json): void {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      if (node.length > 1 && node.every(isJsonObject)) {
        const key = Object.keys(node[0] as Json).find(
          (name) => /^(name|title|display_?name|full_?name)$/i.test(name) && typeof (node[0] as Json)[name] === 'string',
        );
        if (key !== undefined) {
          const seen = new Set<string>();
          for (let index = 0; index < node.length;) {
            const name = (node[index] as Json)[key];
            const text = typeof name === 'string' ? name.trim().toLowerCase() : undefined;
            if (text !== undefined && text !== '' && seen.has(text)) node.splice(index, 1);
            else {
              if (text !== undefined) seen.add(text);
              index += 1;
            }
          }
        }
      }
      node.forEach(visit);
    } else if (isJsonObject(node)) Object.values(node).forEach(visit);
  };
  visit(value);
}

/** The length of every list of `value`, to recount them once harmonizing has left records out. */
export function listLengths(value: unknown, lengths = new Map<unknown[], number>()): Map<unknown[], number> {
  if (Array.isArray(value)) {
    lengths.set(value, value.length);
    for (const entry of value) listLengths(entry, lengths);
  } else if (isJsonObject(value)) for (const entry of Object.values(value)) listLengths(entry, lengths);
  return lengths;
}

/** A count beside a list (`total: 5`) that counted the records since left out counts what is left. */
export function recount(value: unknown, lengths: Map<unknown[], number>): void {
  eachObject(value, (object) => {
    for (const entry of Object.values(object)) {
      const was = Array.isArray(entry) ? lengths.get(entry) : undefined;
      if (!Array.isArray(entry) || was === undefined || entry.length === was) continue;
      for (const key of Object.keys(object))
        if (/^(total|count|total_?count|total_?results|num_?results)$/i.test(key) && object[key] === was) object[key] = entry.length;
    }
  });
}

/**
 * Every object of `value` that sits in no list, no map of records and is no entry of a map keyed by
 * names (`{"Spain": {name: "Spain"}}`): those hold several things; these are parts of one answer.
 */
export function outsideLists(value: unknown, visit: (object: Json) => void, key = ''): void {
  if (!isJsonObject(value)) return;
  if (typeof value['name'] !== 'string' || norm(value['name']) !== norm(key)) visit(value);
  // a map of records (`{"ada": {name: "Ada Lovelace"}, "alan": {…}}`: every entry a record of one shape) holds several things
  const entries = Object.values(value);
  const shapes = new Set(entries.map((entry) => (isJsonObject(entry) ? Object.keys(entry).sort().join('\u0000') : '')));
  if (entries.length >= 2 && shapes.size === 1 && !shapes.has('')) return;
  for (const [inner, entry] of Object.entries(value)) outsideLists(entry, visit, inner);
}

/**
 * Relations of the subject the call asks about: a `subject` is the one identifier asked for (when
 * one was, whatever identifier it held), and a related entity's type is what its name is (a disease, a target, a drug).
 */
export function relationsOfSubject(value: Json, args: Json): void {
  const asked = [...new Set(argumentIds(args))];
  eachObject(value, (object) => {
    // (another identifier in `subject` is another call's subject: a relation by disease is of that disease)
    if (asked.length === 1 && typeof object['subject'] === 'string') object['subject'] = asked[0];
    const related = Object.keys(object).find((key) => /^related_?(name|label)$/i.test(key));
    const type = Object.keys(object).find((key) => /^related_?(type|kind|entity_?type)$/i.test(key));
    if (related === undefined || type === undefined || typeof object[related] !== 'string' || typeof object[type] !== 'string') return;
    const name = (object[related] as string).toLowerCase();
    const kind =
      FAMOUS_DISEASES.has(name) || PLAIN_DISEASES.some((entry) => entry.toLowerCase() === name)
        ? 'disease'
        : FAMOUS_GENES.has(name)
          ? 'target'
          : FAMOUS_DRUGS.has(name)
            ? 'drug'
            : undefined;
    if (kind !== undefined) object[type] = kind;
  });
}

const MOMENT_FIELD =
  /^(generated|updated|created|modified|published|last_?updated|last_?modified)(_?(on|at|time))?$|^(timestamp|ts)$|_(at|timestamp)$/i;

/** A number in a field that names a moment (`generated_on: 81`) is a time: epoch seconds shortly before the world's now. */
export function momentsAsTimes(value: Json, now: Date): void {
  eachObject(value, (object) => {
    for (const [key, entry] of Object.entries(object)) {
      if (
        typeof entry !== 'number' ||
        !Number.isInteger(entry) ||
        entry < 0 ||
        entry >= 100_000_000 ||
        !MOMENT_FIELD.test(key.replace(/([a-z0-9])([A-Z])/g, '$1_$2'))
      )
        continue;
      object[key] = Math.floor(now.getTime() / 1000) - 60 * (entry % 1440);
    }
  });
}

const P_VALUE = /^(p|pval|pvalue|adjp|adjpval|adjpvalue|adjustedpvalue|padj|qvalue|fdr)$/;

/** A significance cutoff (`pvalue: 0.001`) holds for every p-value of the result: one at or above it scales below it. */
export function honourCutoffs(value: Json, args: Json): void {
  const cutoff = Object.entries(flatArguments(args)).find(
    ([key, entry]) =>
      P_VALUE.test(norm(key).replace(/(cutoff|threshold|max)$/, '')) && typeof entry === 'number' && entry > 0 && entry <= 1,
  )?.[1] as number | undefined;
  if (cutoff === undefined) return;
  eachObject(value, (object) => {
    for (const [key, entry] of Object.entries(object)) {
      if (!P_VALUE.test(norm(key)) || typeof entry !== 'number' || entry < cutoff) continue;
      const scaled = cutoff * Math.min(0.99, Math.max(0.01, entry));
      object[key] = Number(scaled.toPrecision(2));
    }
  });
}
