import { eachObject, isJsonObject, squashKey } from '@inftool/core';
import { COUNTRIES, DOMAIN_NAMES, THING_NAMES } from './values/lexicon.js';
/**
 * One name per record (docs/sim-server.md, "Results that fit the call"): a record's other name
 * fields name the thing its `name` does or the kind their key says, and an institution with a BIC
 * is named like a bank. Each function works in place.
 */
type Json = Record<string, unknown>;

/** Every pool of names the world draws from, keyed by the noun it names (`ministry`, `newsletter`). */
const POOLS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ...Object.entries(THING_NAMES),
  ...Object.values(DOMAIN_NAMES).flatMap((nouns) => Object.entries(nouns)),
];
/** Keys that give the record's own name in other words (`displayAdditionalName`, `officialName`). */
const SAME_NAME = /^(display|displayadditional|additional|alternate|alt|official|legal|short|long|full|public)$/;

const poolWith = (first: string, second: string): string | undefined =>
  POOLS.find(([, names]) => names.includes(first) && names.includes(second))?.[0];
const poolOf = (noun: string): readonly string[] | undefined => POOLS.find(([key]) => key === noun)?.[1];

const words = (text: string): string[] => text.toLowerCase().match(/[a-z]{4,}/g) ?? [];
/** A name of `own` for a record named `name`: one sharing a word with it ("Education Bulletin" → "Ministry of Education") when there is one. */
function nameOfKind(own: readonly string[], name: string): string | undefined {
  const shared = own.find((entry) => words(entry).some((word) => words(name).includes(word)));
  return shared ?? own[name.length % own.length];
}

/** The value of a second name field: the record's name, a name of the kind its key says, or unchanged. */
function secondName(name: string, key: string, value: string): string {
  const noun = squashKey(key).replace(/name$/, '');
  const pool = poolWith(name, value);
  if (SAME_NAME.test(noun) || (pool !== undefined && noun === pool)) return pool === undefined ? value : name;
  const own = poolOf(noun);
  // `ministryName` of a newsletter: a ministry, not a newsletter (its own or another)
  const drawnElsewhere = POOLS.some(([, names]) => names.includes(value));
  if (own === undefined || own.includes(value) || !drawnElsewhere) return value;
  return nameOfKind(own, name) ?? value;
}

/** A record's name fields drawn from the pool of its `name` agree with it (no "Ministry of Transport" shown as "Ministry of Foreign Affairs"). */
export function oneNamePerRecord(value: unknown): void {
  eachObject(value, (object) => {
    const name = object['name'];
    if (typeof name !== 'string') return;
    for (const [key, entry] of Object.entries(object))
      if (key !== 'name' && typeof entry === 'string' && /name$/.test(squashKey(key))) object[key] = secondName(name, key, entry);
  });
}

/** A `person_name` beside its `person` record is that person's name (a membership names one member, not two). */
export function namesOfNestedRecords(value: unknown): void {
  eachObject(value, (object) => {
    for (const [key, entry] of Object.entries(object)) {
      const noun = /^(.+?)_?name$/i.exec(key)?.[1];
      const nested = noun === undefined ? undefined : object[noun];
      if (typeof entry === 'string' && isJsonObject(nested) && typeof nested['name'] === 'string') object[key] = nested['name'];
    }
  });
}

/** Banks with their BIC (the BIC's letters 5–6 are its country). */
const BANKS: ReadonlyArray<readonly [string, string]> = [
  ['Deutsche Bank', 'DEUTDEFF'],
  ['Commerzbank', 'COBADEFF'],
  ['BNP Paribas', 'BNPAFRPP'],
  ['Société Générale', 'SOGEFRPP'],
  ['NatWest', 'NWBKGB2L'],
  ['Barclays', 'BARCGB22'],
  ['JPMorgan Chase', 'CHASUS33'],
  ['ING', 'INGBNL2A'],
  ['Santander', 'BSCHESMM'],
  ['Intesa Sanpaolo', 'BCITITMM'],
];
const COUNTRY_NAMES = new Set(COUNTRIES.map(([country]) => country.toLowerCase()));
const BIC_KEY = /^(bic|swift|swiftcode|bankcode)$/;

/** The country an institution serves, from its `countries` list or `country` (an ISO code). */
function servedCountry(object: Json): string | undefined {
  const listed = [object['countries'], object['country']].flat();
  const code = listed.find((entry) => typeof entry === 'string' && /^[A-Z]{2}$/.test(entry));
  return typeof code === 'string' ? code : undefined;
}

/** An institution with a BIC named after a country ("United Kingdom") becomes a bank of the country it serves, its BIC that bank's; no two institutions of one result share a bank. */
export function banksNamedLikeBanks(value: unknown): void {
  const taken = new Set<string>();
  eachObject(value, (object) => {
    if (typeof object['name'] === 'string') taken.add(object['name']);
  });
  eachObject(value, (object) => {
    const name = object['name'];
    const bicKey = Object.keys(object).find((key) => BIC_KEY.test(squashKey(key)));
    if (typeof name !== 'string' || bicKey === undefined || !COUNTRY_NAMES.has(name.trim().toLowerCase())) return;
    const country = servedCountry(object);
    const free = BANKS.filter(([bank]) => !taken.has(bank));
    const local = free.filter(([, bic]) => bic.slice(4, 6) === country);
    const choices = local.length > 0 ? local : free.length > 0 ? free : BANKS;
    const [bank, bic] = choices[name.length % choices.length]!;
    taken.add(bank);
    object['name'] = bank;
    if (typeof object[bicKey] === 'string') object[bicKey] = bic;
  });
}
