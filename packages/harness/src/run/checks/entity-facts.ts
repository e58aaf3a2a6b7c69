import { COUNTING_FIELD as COUNTING, fieldWords as wordsOf, isJsonObject } from '@inftool/core';
import { KNOWN_DISEASES, KNOWN_DRUGS, KNOWN_GENES } from '@inftool/sim-server';
import type { Conversation, ReviewedCall } from './conversation.js';
import { errorResult } from './error-result.js';

/**
 * Results that contradict what is true of a well-known entity (docs/harness.md, `world_consistent`
 * (l)), and integers that look like one placeholder repeated (`results_specific`). The facts are the
 * simulated world's own table of real entities (ChEMBL drugs, Ensembl genes, EFO diseases): a result
 * that names one of them by its identifier or its name must state its facts, not others.
 */

type Json = Record<string, unknown>;
const norm = (key: string): string => key.replace(/[^A-Za-z0-9]/g, '').toLowerCase();

function objects(value: unknown, visit: (object: Json) => void): void {
  if (Array.isArray(value)) for (const entry of value) objects(entry, visit);
  else if (isJsonObject(value)) {
    visit(value);
    for (const child of Object.values(value)) objects(child, visit);
  }
}

const DRUG_BY_NAME = new Map(Object.entries(KNOWN_DRUGS).map(([id, drug]) => [drug.name.toLowerCase(), { id, ...drug }]));
const GENE_BY_SYMBOL = new Map(Object.entries(KNOWN_GENES).map(([id, gene]) => [gene.symbol.toLowerCase(), { id, ...gene }]));
const DISEASE_BY_NAME = new Map(Object.entries(KNOWN_DISEASES).map(([id, name]) => [name.toLowerCase(), id]));
const NAME_KEY = /^(name|prefname|drugname|symbol|approvedsymbol|targetsymbol|diseasename|label|title)$/;
const ID_KEY = /^(id|key|drugid|chemblid|moleculechemblid|targetid|ensemblid|geneid|diseaseid|efoid)$/;
const KIND_KEY = /^(entitytype|kind|objecttype|resulttype|category)$/;
const KIND_WORDS: Record<'gene' | 'disease' | 'drug', RegExp> = {
  gene: /^(target|gene|protein)$/i,
  disease: /^(disease|phenotype|condition)$/i,
  drug: /^(drug|molecule|compound)$/i,
};

/** What one object states against the facts of the known entity it names. */
function objectContradictions(object: Json): string[] {
  const problems: string[] = [];
  const ids = Object.entries(object).filter(([key, value]) => ID_KEY.test(norm(key)) && typeof value === 'string') as Array<
    [string, string]
  >;
  const names = Object.entries(object).filter(([key, value]) => NAME_KEY.test(norm(key)) && typeof value === 'string') as Array<
    [string, string]
  >;
  const drugId = ids.map(([, id]) => id).find((id) => KNOWN_DRUGS[id] !== undefined);
  const drug =
    drugId !== undefined
      ? { id: drugId, ...KNOWN_DRUGS[drugId]! }
      : names.map(([, name]) => DRUG_BY_NAME.get(name.toLowerCase())).find(Boolean);
  const geneId = ids.map(([, id]) => id).find((id) => KNOWN_GENES[id] !== undefined);
  const gene = geneId !== undefined ? { id: geneId, ...KNOWN_GENES[geneId]! } : undefined;
  const namedGene = names.some(([, name]) => GENE_BY_SYMBOL.has(name.toLowerCase()));
  const namedDisease = names.some(([, name]) => DISEASE_BY_NAME.has(name.toLowerCase()));
  for (const [key, value] of Object.entries(object)) {
    const field = norm(key);
    const said = `${key} ${JSON.stringify(value)}`;
    if (drug !== undefined) {
      if (/^(drugname|prefname)$/.test(field) || (field === 'name' && drugId !== undefined))
        if (typeof value === 'string' && value.toLowerCase() !== drug.name.toLowerCase())
          problems.push(`${drug.id} is ${drug.name}, not ${said}`);
      if (/^(drug|molecule)type$/.test(field) && typeof value === 'string' && value.toLowerCase() !== drug.type.toLowerCase())
        problems.push(`${drug.name} is a ${drug.type.toLowerCase()}, not ${said}`);
      if (/firstapprov|approvalyear|yearapproved/.test(field) && Number(value) !== drug.year)
        problems.push(`${drug.name} was first approved in ${drug.year}, not ${said}`);
      if (/^max(imum)?(clinical)?(trial)?phase$/.test(field) && typeof value === 'number' && value !== drug.phase)
        problems.push(`${drug.name} is approved (phase ${drug.phase}), not ${said}`);
    }
    if (gene !== undefined) {
      if (/symbol$/.test(field) && !/^(disease|drug)/.test(field) && typeof value === 'string' && value !== gene.symbol)
        problems.push(`${gene.id} is ${gene.symbol}, not ${said}`);
      if (/^chr(omosome)?$/.test(field) && (typeof value === 'string' || typeof value === 'number') && String(value) !== gene.chromosome)
        problems.push(`${gene.symbol} is on chromosome ${gene.chromosome}, not ${said}`);
    }
    if (KIND_KEY.test(field) && typeof value === 'string') {
      const says = (Object.keys(KIND_WORDS) as Array<keyof typeof KIND_WORDS>).find((kind) => KIND_WORDS[kind].test(value));
      const is = drug !== undefined && drugId === undefined ? 'drug' : namedGene ? 'gene' : namedDisease ? 'disease' : undefined;
      if (says !== undefined && is !== undefined && says !== is)
        problems.push(`${names[0]?.[1] ?? 'a known entity'} is a ${is}, not ${said}`);
    }
  }
  return problems;
}

/** Every statement of a result that contradicts a well-known entity's real facts. */
export function contradictedFacts(conversation: Conversation): string[] {
  return conversation.calls.flatMap((call) => {
    if (call.rejected || errorResult(call)) return [];
    const problems: string[] = [];
    objects(call.data, (object) => problems.push(...objectContradictions(object).map((problem) => `${call.chatName}: ${problem}`)));
    return problems;
  });
}

/** An integer that reads as a made-up constant when it repeats: not small, not round, not a year. */
const distinctive = (value: number): boolean =>
  Number.isInteger(value) && value >= 11 && value % 10 !== 0 && !(value >= 1900 && value <= 2100);

/**
 * One distinctive integer (`43`) in two or more unrelated numeric fields of one record (`gsi: 43,
 * sci: 43`), or in one field of every record of a list of four or more (`gsi: 43` each hour), none
 * of them sent by the call: the spec's example copied, where the fields measure different things.
 */
export function repeatedIntegers(call: ReviewedCall): string[] {
  const sent = new Set<string>();
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (isJsonObject(value)) Object.values(value).forEach(collect);
    else if (typeof value === 'number' || typeof value === 'string') sent.add(String(value));
  };
  collect(call.arguments);
  const found: string[] = [];
  objects(call.data, (object) => {
    const byValue = new Map<number, string[]>();
    for (const [key, value] of Object.entries(object)) {
      if (typeof value !== 'number' || !distinctive(value) || sent.has(String(value)) || COUNTING.test(norm(key))) continue;
      byValue.set(value, [...(byValue.get(value) ?? []), key]);
    }
    for (const [value, keys] of byValue) {
      const unrelated = keys.filter((key, index) =>
        keys.every((other, at) => at === index || !wordsOf(other).some((word) => wordsOf(key).includes(word))),
      );
      if (unrelated.length >= 2) found.push(`${value} in ${unrelated.join(', ')}`);
    }
    for (const [key, list] of Object.entries(object)) {
      if (!Array.isArray(list) || list.length < 4 || !list.every(isJsonObject)) continue;
      const fields = new Set(list.flatMap((item) => Object.keys(item)));
      for (const field of fields) {
        const values = list.map((item) => item[field]);
        const first = values[0];
        if (typeof first !== 'number' || !distinctive(first) || sent.has(String(first)) || COUNTING.test(norm(field))) continue;
        // the others vary: the list is of readings, and this one never moves
        const varies = [...fields].some((other) => other !== field && new Set(list.map((item) => JSON.stringify(item[other]))).size > 1);
        if (varies && values.every((entry) => entry === first)) found.push(`${field} ${first} in all ${list.length} ${key}`);
      }
    }
  });
  return found;
}
