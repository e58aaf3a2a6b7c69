/** Well-known genes, diseases and drugs: their real facts in the records that name them, and the same facts every time. */
import { isJsonObject, eachObject } from '@inftool/core';
import { SERVICE_ID } from './values/service-ids.js';
import { KNOWN_DISEASES, KNOWN_DRUGS, KNOWN_GENES } from './known-biomedical.js';
import { type Json, hashOf, norm, flatArguments } from './world-fact-basics.js';

const GENE_ID = /^ENSG\d{11}$/;
const DISEASE_ID = /^(EFO|MONDO|Orphanet|HP|DOID)_\d+$/;
const DRUG_ID = /^CHEMBL\d+$/;
type Kind = 'gene' | 'disease' | 'drug';
const kindOf = (value: unknown): Kind | undefined =>
  typeof value !== 'string'
    ? undefined
    : GENE_ID.test(value)
      ? 'gene'
      : DISEASE_ID.test(value)
        ? 'disease'
        : DRUG_ID.test(value)
          ? 'drug'
          : undefined;

export const FAMOUS_GENES = new Set(Object.values(KNOWN_GENES).map((gene) => gene.symbol.toLowerCase()));
export const FAMOUS_DISEASES = new Set(Object.values(KNOWN_DISEASES).map((name) => name.toLowerCase()));
export const FAMOUS_DRUGS = new Set(Object.values(KNOWN_DRUGS).map((drug) => drug.name.toLowerCase()));
/** Names an unlisted identifier may carry: unremarkable, so no famous fact is misattributed. */
export const PLAIN_DISEASES = [
  'benign familial infantile epilepsy',
  'Bartter syndrome',
  'keratosis pilaris',
  'cutis laxa',
  'Stargardt disease',
  'Kashin-Beck disease',
];

/** The field a fact goes in and what kind of entity it is about, by the field's name. */
function factField(
  key: string,
  kinds: Set<Kind>,
): { kind: Kind; fact: 'symbol' | 'chromosome' | 'name' | 'type' | 'year' | 'phase' | 'ontology' } | undefined {
  const k = norm(key);
  if (/symbol$/.test(k)) return { kind: 'gene', fact: 'symbol' };
  if (/^chr(omosome)?$/.test(k)) return { kind: 'gene', fact: 'chromosome' };
  if (/^diseasename$|^diseaselabel$/.test(k)) return { kind: 'disease', fact: 'name' };
  if (/^drugname$|^prefname$/.test(k)) return { kind: 'drug', fact: 'name' };
  if (/^(drug|molecule)type$/.test(k)) return { kind: 'drug', fact: 'type' };
  if (/firstapprov|approvalyear|yearapproved/.test(k)) return { kind: 'drug', fact: 'year' };
  if (/^max(imum)?(clinical)?(trial)?phase(fortherapeuticarea|forindication)?$|^clinicalphase$/.test(k))
    return { kind: 'drug', fact: 'phase' };
  const only = kinds.size === 1 ? [...kinds][0] : undefined;
  if (k === 'name' && (only === 'disease' || only === 'drug')) return { kind: only, fact: 'name' };
  if (k === 'type' && only === 'drug') return { kind: 'drug', fact: 'type' };
  if (k === 'ontology' && only === 'disease') return { kind: 'disease', fact: 'ontology' };
  return undefined;
}

/** The fact `fact` of the entity `id`: the real one for a listed identifier, a plain made-up one otherwise (undefined: keep the value). */
function factFor(kind: Kind, id: string, fact: string, current: unknown): unknown {
  if (kind === 'gene') {
    const known = KNOWN_GENES[id];
    if (fact === 'symbol')
      return (
        known?.symbol ??
        (typeof current === 'string' && FAMOUS_GENES.has(current.toLowerCase()) ? `LOC${id.slice(-6).replace(/^0+/, '')}` : undefined)
      );
    if (fact === 'chromosome') return known?.chromosome ?? (typeof current === 'string' || current === undefined ? undefined : undefined);
  }
  if (kind === 'disease') {
    const known = KNOWN_DISEASES[id];
    if (fact === 'name')
      return (
        known ??
        (typeof current === 'string' && FAMOUS_DISEASES.has(current.toLowerCase())
          ? PLAIN_DISEASES[hashOf(id) % PLAIN_DISEASES.length]
          : undefined)
      );
    if (fact === 'ontology') return id.split('_')[0];
  }
  if (kind === 'drug') {
    const known = KNOWN_DRUGS[id];
    if (fact === 'name')
      return (
        known?.name ??
        (typeof current === 'string' && FAMOUS_DRUGS.has(current.toLowerCase()) ? `CHEMBL compound ${id.slice(6)}` : undefined)
      );
    if (fact === 'type') return known?.type;
    if (fact === 'year') return known?.year;
    if (fact === 'phase') return known?.phase;
  }
  return undefined;
}

/** Real-looking identifiers of `args` (also inside JSON-encoded bodies), in order. */
export function argumentIds(args: Json): string[] {
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (kindOf(value) !== undefined) found.push(value);
      else if (/^\s*[[{]/.test(value)) {
        try {
          walk(JSON.parse(value));
        } catch {
          /* not JSON */
        }
      }
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (isJsonObject(value)) Object.values(value).forEach(walk);
  };
  walk(args);
  return found;
}

/** An id the world made up (`4829130`, `ens_60df1c0906` where a schema forbade that): a record found for a real identifier is named by that identifier instead. */
const MADE_UP_ID = { test: (id: string): boolean => SERVICE_ID.test(id) || /^[a-z]{2,4}_[0-9a-f]{10}$/.test(id) };

/** Puts each well-known identifier's real facts (and no famous fact on an unknown one) in the objects that name it; `about` learns which identifier an object that does not name one is about. */
export function groundFacts(value: unknown, args: Json, about: WeakMap<object, string>): void {
  const asked = argumentIds(args);
  // an id the call sent is the record's, whatever its shape: only one the world made up gives way to a real identifier
  const sent = new Set(Object.values(flatArguments(args)).map((entry) => String(entry)));
  const generated = (id: string): boolean => MADE_UP_ID.test(id) && !sent.has(id);
  for (const list of listsOfRecords(value)) groundBatch(list, asked, about, generated);
  eachObject(value, (object) => groundRecord(object, asked, about, generated));
}

/** Every list of records in `value`, outer lists before the lists they hold. */
function listsOfRecords(value: unknown): Json[][] {
  const lists: Json[][] = [];
  const collect = (node: unknown): void => {
    if (Array.isArray(node)) {
      if (node.length > 0 && node.every(isJsonObject)) lists.push(node as Json[]);
      node.forEach(collect);
    } else if (isJsonObject(node)) Object.values(node).forEach(collect);
  };
  collect(value);
  return lists;
}

/** A batch lookup (`{"target":[id1,id2]}`) answered with records that do not repeat the ids: record i is about id i. */
function groundBatch(list: Json[], asked: string[], about: WeakMap<object, string>, generated: (id: string) => boolean): void {
  const bare = list.filter((item) => !Object.values(item).some((entry) => kindOf(entry) !== undefined));
  if (bare.length !== list.length) return;
  for (const kind of ['gene', 'disease', 'drug'] as Kind[]) {
    const ids = [...new Set(asked.filter((id) => kindOf(id) === kind))];
    if (ids.length === 0 || !list.some((item) => Object.keys(item).some((key) => factField(key, new Set([kind]))?.kind === kind))) continue;
    if (list.length > ids.length) list.splice(ids.length);
    list.forEach((item, index) => {
      const id = ids[index] as string;
      ground(item, new Map([[kind, [['', id]]]]));
      about.set(item, id);
      if (typeof item['id'] === 'string' && generated(item['id'])) item['id'] = id;
    });
  }
}

/** Puts the real facts of the identifiers one record names (or of the drug it names, or of the one identifier asked) in it. */
function groundRecord(object: Json, asked: string[], about: WeakMap<object, string>, generated: (id: string) => boolean): void {
  const byKind = new Map<Kind, Array<[string, string]>>();
  for (const [key, entry] of Object.entries(object)) {
    const kind = kindOf(entry);
    if (kind !== undefined) byKind.set(kind, [...(byKind.get(kind) ?? []), [key, entry as string]]);
  }
  // a record that names a well-known drug (`name: "ADALIMUMAB"`) states that drug's facts
  const chembl = byKind.size === 0 ? famousDrugNamed(object) : undefined;
  if (chembl !== undefined) {
    ground(object, new Map([['drug', [['', chembl]]]]));
    return;
  }
  // a record read by the identifier it was asked for is about that identifier
  if (byKind.size === 0 && asked.length === 1) {
    const kind = kindOf(asked[0]) as Kind;
    if (Object.keys(object).some((key) => factField(key, new Set([kind]))?.kind === kind)) {
      byKind.set(kind, [['', asked[0] as string]]);
      about.set(object, asked[0] as string);
      if (typeof object['id'] === 'string' && generated(object['id'])) object['id'] = asked[0];
    }
  }
  if (byKind.size > 0) ground(object, byKind);
}

/** The ChEMBL id of the well-known drug a record names (`name: "ADALIMUMAB"`), if it names one. */
function famousDrugNamed(object: Json): string | undefined {
  const named = Object.entries(object).find(
    ([key, entry]) =>
      /^(name|drugname|prefname|drug)$/.test(norm(key)) && typeof entry === 'string' && FAMOUS_DRUGS.has(entry.toLowerCase()),
  );
  return named === undefined
    ? undefined
    : Object.keys(KNOWN_DRUGS).find((id) => KNOWN_DRUGS[id]?.name.toLowerCase() === (named[1] as string).toLowerCase());
}

function ground(object: Json, byKind: Map<Kind, Array<[string, string]>>): void {
  const kinds = new Set(byKind.keys());
  for (const [key, current] of Object.entries(object)) {
    if (typeof current === 'object' && current !== null) continue;
    const field = factField(key, kinds);
    const candidates = field === undefined ? undefined : byKind.get(field.kind);
    if (field === undefined || candidates === undefined) continue;
    // `target_symbol` is about the id in `target`; else the one id of that kind
    const prefixed = candidates.find(([idKey]) => idKey !== '' && norm(key).startsWith(norm(idKey)));
    // `{"id": "CHEMBL941", "DRUG_ID": "CHEMBL941"}` names one drug twice: its facts are that drug's
    const named = [...new Set(candidates.map(([, candidate]) => candidate))];
    const id = prefixed?.[1] ?? (named.length === 1 ? named[0] : undefined);
    if (id === undefined) continue;
    const fact = factFor(field.kind, id, field.fact, current);
    if (fact === undefined) continue;
    object[key] =
      typeof current === 'number' && typeof fact === 'string' && /^\d+$/.test(fact)
        ? Number(fact)
        : typeof current === 'string' && typeof fact === 'number'
          ? String(fact)
          : fact;
  }
}

/**
 * The session's memory of facts seen about real identifiers: an object about one identifier
 * (ENSG…, EFO_…, CHEMBL…) states the same fields every time the session meets it, whichever tool shows it.
 */
export function rememberFacts(value: unknown, memory: Map<string, Json>, about: WeakMap<object, string>): void {
  eachObject(value, (object) => {
    const ids = new Set(Object.values(object).filter((entry) => kindOf(entry) !== undefined));
    const paired = about.get(object);
    if (paired !== undefined) ids.add(paired);
    // a relation of an identifier (`subject`, `related_name`) is one of many, no fact of it
    if (ids.size !== 1 || Object.keys(object).some((key) => /^(related|relation)/i.test(key))) return;
    const id = [...ids][0] as string;
    let known = memory.get(id);
    if (known === undefined) {
      known = {};
      memory.set(id, known);
    }
    for (const [key, entry] of Object.entries(object)) {
      if (entry === null || typeof entry === 'object' || entry === id || /(^|_)(id|body|created_?at|updated_?at)$|^id$/i.test(key))
        continue;
      const seen = known[norm(key)];
      if (seen !== undefined && typeof seen === typeof entry) object[key] = seen;
      else known[norm(key)] = entry;
    }
  });
}
