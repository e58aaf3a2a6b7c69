import { sha256Hex, isJsonObject } from '@inftool/core';
import { plausibleAssociation } from './world-associations.js';
import { KNOWN_DISEASES, KNOWN_DRUGS, KNOWN_GENES } from './known-biomedical.js';

type Json = Record<string, unknown>;

const fraction = (seed: string): number => parseInt(sha256Hex(seed).slice(0, 8), 16) / 0x1_0000_0000;
const snake = (key: string): string => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/** Every string an argument sends, JSON bodies opened (`{"target": ["KRAS"]}`): values a result keeps as asked. */
function askedValues(args: Json): Set<string> {
  const asked = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      asked.add(value);
      if (/^\s*[[{]/.test(value))
        try {
          visit(JSON.parse(value));
        } catch {
          /* not a document */
        }
    } else if (typeof value === 'number') asked.add(String(value));
    else if (Array.isArray(value)) value.forEach(visit);
    else if (isJsonObject(value)) Object.values(value).forEach(visit);
  };
  visit(args);
  return asked;
}

/** Names of diseases the EFO tables know by another name (`breast cancer` is EFO's breast carcinoma). */
const DISEASE_SYNONYMS: Record<string, string> = {
  'breast cancer': 'EFO_0000305',
  'lung cancer': 'EFO_0001071',
  'type 2 diabetes': 'EFO_0001360',
  t2d: 'EFO_0001360',
  'alzheimer disease': 'EFO_0000249',
  'crohn disease': 'EFO_0000384',
  ibd: 'EFO_0003767',
};
const DISEASE_ID = /^(EFO|MONDO|Orphanet|HP|DOID|OTAR)_\d+$/;
/** Known gene symbols (read when called: this module and `world-facts.ts` import each other). */
const isKnownSymbol = (name: string): boolean => Object.values(KNOWN_GENES).some((gene) => gene.symbol === name.toUpperCase());

/** A disease's EFO id: the tables' own, else one of EFO's shape drawn from its name (never a bare serial `6303756`). */
export function diseaseId(name: string): string {
  const lower = name.toLowerCase();
  const known = Object.entries(KNOWN_DISEASES).find(([, disease]) => disease.toLowerCase() === lower)?.[0];
  return known ?? DISEASE_SYNONYMS[lower] ?? `EFO_${String(Math.floor(fraction(lower) * 9_000_000) + 1_000_000).padStart(7, '0')}`;
}

/**
 * Ids in their ontology's style: a disease hit or a disease field holds an EFO id, not a serial; a
 * record named by a known gene symbol that came out as a disease (`{name: "APOE", ontology: "EFO",
 * associated_targets}`) is the gene's (`ontology: "Ensembl"`, `associated_diseases`).
 */
function ontologyStyle(object: Json): void {
  const kind = String(object['entity_type'] ?? object['entityType'] ?? '').toLowerCase();
  const name = typeof object['name'] === 'string' ? object['name'] : undefined;
  // (a name of a gene or a drug is typed by its kind later, `fitKinds`, and keeps an id its kind can take)
  const otherKind =
    name !== undefined && (isKnownSymbol(name) || Object.values(KNOWN_DRUGS).some((drug) => drug.name === name.toUpperCase()));
  if (kind === 'disease' && name !== undefined && !otherKind && 'id' in object && !DISEASE_ID.test(String(object['id'])))
    object['id'] = diseaseId(name);
  if (
    name === undefined ||
    !isKnownSymbol(name) ||
    kind === 'disease' ||
    !(/^(EFO|MONDO)$/.test(String(object['ontology'])) || 'associated_targets' in object)
  )
    return;
  const entries = Object.entries(object).map(([key, value]): [string, unknown] =>
    key === 'associated_targets' ? ['associated_diseases', value] : key === 'ontology' ? [key, 'Ensembl'] : [key, value],
  );
  for (const key of Object.keys(object)) delete object[key];
  Object.assign(object, Object.fromEntries(entries));
}

/** Largest and smallest plausible total of each noun a dataset counts (Open Targets: ~63k targets, ~28k diseases). */
const NOUN_TOTALS: Record<string, readonly [number, number]> = {
  gene: [19_000, 62_000],
  target: [19_000, 62_000],
  disease: [8_000, 28_000],
  phenotype: [8_000, 28_000],
  drug: [2_000, 18_000],
  datasource: [8, 24],
  data_source: [8, 24],
  datatype: [4, 8],
  data_type: [4, 8],
  country: [20, 195],
  continent: [2, 7],
};
const nounOf = (key: string): string =>
  snake(key)
    .replace(/^(num|number_of|total|count_of|n)_/, '')
    .replace(/_(count|total|number)$/, '')
    .replace(/s$/, '');

/** Counts within their noun's range (no 2,410,579 genes); a count among counts, never an instant (`{added: 17, updated: 1761431880}`). */
function plausibleCounts(object: Json): void {
  const counts = Object.entries(object).filter(([, value]) => Number.isInteger(value) && (value as number) >= 0 && (value as number) < 1e6);
  for (const [key, value] of Object.entries(object)) {
    const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
    if (!Number.isInteger(number)) continue;
    const range = NOUN_TOTALS[nounOf(key)];
    if (range !== undefined && (number as number) > range[1]) {
      const fitted = range[0] + Math.floor(fraction(`${key}\u0000${number}`) * (range[1] - range[0]));
      object[key] = typeof value === 'string' ? String(fitted) : fitted;
    }
    const instant = ((number as number) >= 1e9 && (number as number) < 4e9) || ((number as number) >= 1e12 && (number as number) < 4e12);
    const tally = /^[a-z]+ed$/i.test(key) && counts.some(([other]) => other !== key && /^[a-z]+ed$/i.test(other));
    if (instant && tally && typeof value === 'number') object[key] = 1 + ((number as number) % 40);
  }
}

/** Byte sizes a file of each kind has: a system DLL is no 69 MB, a script no 80 MB. */
const FILE_SIZES: ReadonlyArray<readonly [RegExp, number, number]> = [
  [/\.(dll|sys|so(\.\d+)*|dylib)$/i, 24_000, 3_000_000],
  [/\.(min\.)?js$|\.css$/i, 2_000, 900_000],
  [/\.(pdf|docx?|xlsx?|pptx?|odt)$/i, 18_000, 9_000_000],
  [/\.(jpe?g|png|gif|webp)$/i, 12_000, 6_000_000],
  [/\.(txt|csv|json|xml|md|ya?ml)$/i, 200, 2_000_000],
  [/\.(exe|msi|dmg|pkg)$/i, 60_000, 150_000_000],
];
/** A file's size fits the file it measures (`kernel32.dll` about 800 kB). */
function fileSize(object: Json): void {
  const nameKey = Object.keys(object).find((key) => /^(file_?name|filename|name)$/i.test(key) && typeof object[key] === 'string');
  const sizeKey = Object.keys(object).find((key) => /^(file_?size|size|size_?bytes|bytes)$/i.test(key) && Number.isInteger(object[key]));
  if (nameKey === undefined || sizeKey === undefined) return;
  const name = String(object[nameKey]);
  const range = FILE_SIZES.find(([pattern]) => pattern.test(name));
  const size = object[sizeKey] as number;
  if (range !== undefined && (size < range[1] || size > range[2]))
    object[sizeKey] = range[1] + Math.floor(fraction(`${name}\u0000${size}`) * (range[2] - range[1]));
}

/** The public key of an ECDSA P-256 key in PEM (its SubjectPublicKeyInfo prefix). */
const P256_KEY = 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE';
/**
 * A signature record says one thing: the signed data is a JSON document (not a sentence, not random
 * letters), `raw` is that document's text, and the signature is what the key's algorithm gives
 * (ECDSA P-256: 64 bytes, base64) — drawn from the data, so the same data has the same signature.
 */
function signedRecord(object: Json, args: Json): void {
  const keyField = Object.keys(object).find((key) => /^(public_?key|pubkey|publickey)$/i.test(key) && typeof object[key] === 'string');
  const signatureKey = Object.keys(object).find((key) => /^signature$/i.test(key) && typeof object[key] === 'string');
  if (keyField === undefined || signatureKey === undefined || !String(object[keyField]).includes(P256_KEY)) return;
  const rawKey = Object.keys(object).find((key) => /^(raw|payload|signed_?data)$/i.test(key));
  const dataKey = Object.keys(object).find((key) => /^data$/i.test(key));
  const subject =
    Object.values(args).find((value) => typeof value === 'string' && value.trim() !== '') ??
    String(parseInt(sha256Hex(String(object[keyField])).slice(0, 10), 16)).padStart(12, '0');
  const seed = `${String(subject)}\u0000${String(object[keyField])}`;
  const signed = isJsonObject(object[dataKey ?? '']) ? (object[dataKey as string] as Json) : signedDocument(String(subject), seed);
  const text = JSON.stringify(signed);
  if (rawKey !== undefined) object[rawKey] = text;
  if (dataKey !== undefined && !isJsonObject(object[dataKey])) object[dataKey] = text;
  object[signatureKey] = Buffer.from(sha256Hex(`${text}\u0000r`) + sha256Hex(`${text}\u0000s`), 'hex').toString('base64');
}

/** What a receipt's signature unit signs: the receipt, what it bills and when, as a JSON document. */
function signedDocument(subject: string, seed: string): Json {
  const kwh = Number((1 + fraction(`${seed}\u0000kwh`) * 40).toFixed(2));
  return {
    receipt: subject,
    energy_kwh: kwh,
    amount_eur: Number((kwh * 0.32).toFixed(2)),
    signature_counter: 1 + Math.floor(fraction(`${seed}\u0000counter`) * 9000),
  };
}

/**
 * Values a domain expert believes, record by record: associations and evidence (see
 * `plausibleAssociation`), ids in their ontology's style, counts in their noun's range and never an
 * instant, file sizes that fit the file, signed data that is a document with a signature of its key's
 * algorithm. Depends on the result and the arguments only. Works in place.
 */
/** A name as an address or a handle writes it: `Fatima Gleichner` → `fatima`, `gleichner` (accents dropped). */
const plain = (word: string): string =>
  word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** The first and last name a record of a person gives (`full_name`, `first_name` + `last_name`, a `name` beside an email). */
function personName(object: Json): [string, string] | undefined {
  const first = object['first_name'] ?? object['firstName'] ?? object['given_name'] ?? object['givenName'];
  const last = object['last_name'] ?? object['lastName'] ?? object['family_name'] ?? object['familyName'];
  if (typeof first === 'string' && typeof last === 'string') return [plain(first), plain(last)];
  const full = object['full_name'] ?? object['fullName'] ?? object['display_name'] ?? object['displayName'] ?? object['name'];
  if (typeof full !== 'string' || !/^[\p{Lu}][\p{L}'-]+( [\p{Lu}][\p{L}'.-]+){1,2}$/u.test(full.trim())) return undefined;
  const words = full.trim().split(' ');
  return [plain(words[0] as string), plain(words.at(-1) as string)];
}

/**
 * A person's email and user name are theirs (`Fatima Gleichner`: `fatima.gleichner@yahoo.com`,
 * `fatima_gleichner24`), never another person's (`phillip_morar@yahoo.com`, `freda_welch24`); the
 * provider, the digits and what the call sent are kept.
 */
function onePerson(object: Json, asked: Set<string>): void {
  const name = personName(object);
  if (name === undefined || name[0] === '' || name[1] === '') return;
  const [first, last] = name;
  for (const [key, value] of Object.entries(object)) {
    if (typeof value !== 'string' || asked.has(value)) continue;
    const field = snake(key);
    if (/^(email|email_address|mail|contact_email)$/.test(field) && /^[^@\s]+@[^@\s]+$/.test(value)) {
      const [local, domain] = value.split('@') as [string, string];
      if (!local.includes(last) && !local.includes(first)) object[key] = `${first}.${last}@${domain}`;
    } else if (/^(username|user_name|login|handle|screen_name)$/.test(field) && /^[a-z0-9_.]+$/i.test(value)) {
      if (!value.toLowerCase().includes(last) && !value.toLowerCase().includes(first))
        object[key] = `${first}_${last}${/\d+$/.exec(value)?.[0] ?? ''}`;
    }
  }
}

/** `kept`: values the session's writes sent before (a booking's contact email), kept as sent in every later result. */
export function plausibleContent(value: unknown, args: Json, kept: ReadonlySet<string> = new Set()): void {
  const asked = new Set([...askedValues(args), ...kept]);
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (isJsonObject(node)) {
      plausibleAssociation(node, asked);
      ontologyStyle(node);
      plausibleCounts(node);
      fileSize(node);
      signedRecord(node, args);
      onePerson(node, asked);
      Object.values(node).forEach(visit);
    }
  };
  visit(value);
}
