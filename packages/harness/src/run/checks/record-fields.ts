import type { ReviewedCall } from './conversation.js';
import { eachObject, isJsonObject, squashKey } from '@inftool/core';

/**
 * Fields of one record that contradict each other or their own names (`results_plausible`), judged
 * from the call and its result with this file's own small tables, independent of the generator:
 * dates against the order their meanings give (`LastUpdatedAt` before `CreatedAt`, `return_date`
 * before `pickup_by`), a code field holding a name (`SourceLanguageCode: "Tamil"`), a domain that is
 * not its URL's host, a formatted price in another currency or amount than the price's own, prices
 * of one record in different currencies, a brand family that names another brand, a customer's
 * city in another country than theirs, a size that is a unit of time, a statistics test as the
 * category of a lab test, stock tickers sent as the currencies of a currency pair, and a phone number
 * that is a measure (`destination: 61.18` of a text message).
 */
type Json = Record<string, unknown>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/;
/** A date field's meaning without its ending (`created_at`, `CreatedAt`, `creation_date` → `created`/`creation`). */
const meaning = (key: string): string =>
  squashKey(key.replace(/[_\-\s]+(at|on|date|time|timestamp|by)$/i, '').replace(/(?<=[a-z0-9])(At|On|Date|Time|Timestamp|By)$/, ''));
/** [earlier, later] meanings: a record is created before it changes, and a span starts before it ends. */
const ORDER: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [
    /^(created|creation|registered|opened|submitted|placed|requested)$/,
    /^(updated|lastupdated|modified|lastmodified|accepted|approved|confirmed|closed|completed|resolved|cancell?ed|archived|lastaccessed|shipped|delivered|returned|ended|finished)$/,
  ],
  [/^(start|started|begin|validfrom)$/, /^(end|ended|finish|validuntil|validto)$/],
  [/^(pickup|pickupby)$/, /^(return|returned|dropoff)$/],
  [/^checkin$/, /^checkout$/],
  [/^(created|creation|placed|requested)$/, /^(pickup|pickupby|checkin|departure)$/],
  [/^(departure|depart)$/, /^(arrival|arrive)$/],
];
function dateProblems(object: Json): string[] {
  const dates = Object.entries(object).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string' && ISO_DATE.test(entry[1]),
  );
  const problems: string[] = [];
  for (const [earlier, later] of ORDER)
    for (const [first, a] of dates.filter(([key]) => earlier.test(meaning(key))))
      for (const [second, b] of dates.filter(([key]) => later.test(meaning(key))))
        if (Date.parse(b) < Date.parse(a)) problems.push(`${second} ${b} is before ${first} ${a}`);
  return problems;
}

/** A code field (`SourceLanguageCode`, `currency_code`) holding a name (`Tamil`, `Euro`) instead of a code. */
function codeProblems(object: Json): string[] {
  const problems: string[] = [];
  for (const [key, entry] of Object.entries(object)) {
    if (!/(language|lang|locale|currency|country)codes?$/.test(squashKey(key))) continue;
    for (const value of Array.isArray(entry) ? entry : [entry])
      if (typeof value === 'string' && /^[A-Z][a-z]{3,}( [A-Z]?[a-z]+)*$/.test(value))
        problems.push(`${key} holds the name "${value}", not a code`);
  }
  return problems;
}

const hostOf = (url: string): string | undefined => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
};
/** A `source_domain` that is not the host of its `source_url` (`twilio.com` for a parade.com link). */
function domainProblems(object: Json): string[] {
  const problems: string[] = [];
  for (const [key, domain] of Object.entries(object)) {
    const match = /^(.*?)_?domain$/i.exec(key);
    if (match === null || typeof domain !== 'string' || !/\./.test(domain)) continue;
    const url = Object.entries(object).find(([other]) => squashKey(other) === `${squashKey(match[1]!)}url`)?.[1];
    const host = typeof url === 'string' ? hostOf(url) : undefined;
    const bare = domain.toLowerCase().replace(/^www\./, '');
    if (host !== undefined && host !== bare && !host.endsWith(`.${bare}`))
      problems.push(`${key} ${domain} is not the host of ${String(url)}`);
  }
  return problems;
}

/** The signs a formatted price may show for a currency: its code and its English symbols (`$`, `US$`, `€`). */
function signsOf(currency: string): string[] {
  const signs = [currency];
  for (const display of ['symbol', 'narrowSymbol'] as const)
    try {
      const parts = new Intl.NumberFormat('en-US', { style: 'currency', currency, currencyDisplay: display }).formatToParts(1);
      signs.push(parts.find((part) => part.type === 'currency')?.value ?? currency);
    } catch {
      return signs;
    }
  return signs;
}
/** Amounts that may be in another currency than the record's (a transfer's source and target, an exchange). */
const CONVERTED = /source|target|from|to|convert|exchange|settle|local|foreign|base|quote|fx/i;
/** A price whose `formatted` text shows another currency's sign or another amount than its own. */
function priceProblems(object: Json): string[] {
  const problems: string[] = [];
  const currencies = new Set(
    Object.entries(object).flatMap(([key, entry]) =>
      isJsonObject(entry) && typeof entry['currency'] === 'string' && ('amount' in entry || 'value' in entry) && !CONVERTED.test(key)
        ? [entry['currency']]
        : [],
    ),
  );
  if (currencies.size > 1) problems.push(`one record priced in ${[...currencies].join(' and ')}`);
  const [original, current] = [object['originalPrice'] ?? object['original_price'], object['price']];
  const amountOf = (price: unknown): unknown => (isJsonObject(price) ? (price['value'] ?? price['amount']) : undefined);
  const [before, now] = [amountOf(original), amountOf(current)];
  if (typeof before === 'number' && typeof now === 'number' && before < now)
    problems.push(`an original price of ${before} below the price ${now}`);
  const [currency, formatted] = [object['currency'], object['formatted']];
  const amount = object['value'] ?? object['amount'];
  if (typeof currency !== 'string' || typeof formatted !== 'string' || !/^[A-Z]{3}$/.test(currency)) return problems;
  const sign = formatted.replace(/[\d.,\s-]/g, '');
  if (sign !== '' && !signsOf(currency).includes(sign)) problems.push(`a ${currency} price formatted as "${formatted}"`);
  const written = Number(formatted.replace(/[^\d.-]/g, ''));
  if (typeof amount === 'number' && Number.isFinite(written) && Math.abs(written - amount) > 0.01)
    problems.push(`a price of ${amount} ${currency} formatted as "${formatted}"`);
  return problems;
}

/** A brand family that names another brand (`Levi's` for `Puma`). */
function brandProblems(object: Json): string[] {
  const name = object['name'];
  if (typeof name !== 'string') return [];
  return Object.entries(object).flatMap(([key, family]) => {
    if (!/family$/i.test(key) || !isJsonObject(family) || typeof family['name'] !== 'string') return [];
    const [own, theirs] = [name.toLowerCase(), family['name'].toLowerCase()];
    return own.startsWith(theirs) || theirs.startsWith(own) ? [] : [`${key} "${family['name']}" of the brand "${name}"`];
  });
}

/** Well-known cities and their countries (ISO code and English name). */
const CITY_COUNTRY: Readonly<Record<string, readonly [string, string]>> = {
  milan: ['IT', 'italy'],
  rome: ['IT', 'italy'],
  paris: ['FR', 'france'],
  lyon: ['FR', 'france'],
  berlin: ['DE', 'germany'],
  munich: ['DE', 'germany'],
  hamburg: ['DE', 'germany'],
  madrid: ['ES', 'spain'],
  barcelona: ['ES', 'spain'],
  lisbon: ['PT', 'portugal'],
  london: ['GB', 'united kingdom'],
  manchester: ['GB', 'united kingdom'],
  dublin: ['IE', 'ireland'],
  amsterdam: ['NL', 'netherlands'],
  vienna: ['AT', 'austria'],
  stockholm: ['SE', 'sweden'],
  oslo: ['NO', 'norway'],
  copenhagen: ['DK', 'denmark'],
  warsaw: ['PL', 'poland'],
  prague: ['CZ', 'czechia'],
  zurich: ['CH', 'switzerland'],
  tokyo: ['JP', 'japan'],
  seoul: ['KR', 'south korea'],
  sydney: ['AU', 'australia'],
  melbourne: ['AU', 'australia'],
  auckland: ['NZ', 'new zealand'],
  toronto: ['CA', 'canada'],
  vancouver: ['CA', 'canada'],
  mumbai: ['IN', 'india'],
  'new york': ['US', 'united states'],
  chicago: ['US', 'united states'],
  seattle: ['US', 'united states'],
  'são paulo': ['BR', 'brazil'],
  'mexico city': ['MX', 'mexico'],
};
/** A customer's (billing, shipping) city in another country than the one beside it: Milan, New Zealand. */
function placeProblems(object: Json): string[] {
  const problems: string[] = [];
  for (const [key, city] of Object.entries(object)) {
    const match = /^(.+?)_?city$/i.exec(key);
    const known = typeof city === 'string' ? CITY_COUNTRY[city.toLowerCase()] : undefined;
    if (match === null || known === undefined) continue;
    const [countryKey, country] = Object.entries(object).find(([other]) => squashKey(other) === `${squashKey(match[1]!)}country`) ?? [];
    if (typeof country !== 'string') continue;
    if (
      country.toUpperCase() !== known[0] &&
      country.toLowerCase() !== known[1] &&
      !(known[0] === 'GB' && /^(uk|gbr|england)$/i.test(country))
    )
      problems.push(`${key} ${String(city)} is not in ${countryKey} ${country}`);
  }
  return problems;
}

/** Lab sections by the tests they run (lower case). */
const SECTION_TESTS: Readonly<Record<string, readonly string[]>> = {
  hematology: ['complete blood count', 'cbc', 'full blood count', 'platelet count'],
  urinalysis: ['urinalysis', 'urine test'],
  'clinical chemistry': [
    'hemoglobin a1c',
    'hba1c',
    'lipid panel',
    'basic metabolic panel',
    'comprehensive metabolic panel',
    'thyroid-stimulating hormone',
    'tsh',
  ],
  microbiology: ['strep test', 'throat culture', 'blood culture'],
};
/** A known test filed under another lab section (`Urinalysis` as `hematology`). */
function sectionProblems(object: Json): string[] {
  const [name, category] = [object['name'], object['category']];
  if (typeof name !== 'string' || typeof category !== 'string' || SECTION_TESTS[category.toLowerCase()] === undefined) return [];
  const own = Object.entries(SECTION_TESTS).find(([, tests]) => tests.includes(name.toLowerCase()))?.[0];
  return own !== undefined && own !== category.toLowerCase() ? [`the ${own} test "${name}" filed under ${category}`] : [];
}

const TIME_UNIT = /^(seconds?|minutes?|hours?|days?|weeks?|months?|years?)$/i;
const STATISTICS_TEST = /^(t-test|anova|chi-square|z-test|mann-whitney)$/i;
/** A size that is a unit of time (`size: "minute"` of a shoe), a statistics test as a lab test's category. */
function kindProblems(object: Json, sent: Set<string>, medical: boolean): string[] {
  const problems: string[] = [];
  for (const [key, entry] of Object.entries(object)) {
    if (typeof entry !== 'string' || sent.has(entry)) continue;
    if (/size$/.test(squashKey(key)) && TIME_UNIT.test(entry)) problems.push(`${key} "${entry}" is a unit of time, not a size`);
    if (medical && /(category|type|kind|class)$/.test(squashKey(key)) && STATISTICS_TEST.test(entry))
      problems.push(`${key} "${entry}" is a statistics test, not a kind of lab test`);
  }
  return problems;
}

/** A phone number that is a measure or a count (`destination: 61.18` of a text message, `phone: "10"`). */
function phoneProblems(object: Json, messaging: boolean): string[] {
  return Object.entries(object)
    .filter(
      ([key]) =>
        /(phone|phonenumber|mobilenumber|msisdn|telephone|faxnumber)$/.test(squashKey(key)) ||
        (messaging && /^(destination|recipient)$/.test(squashKey(key))),
    )
    .filter(
      ([, value]) =>
        (typeof value === 'number' || (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value))) && !/^\d{6,15}$/.test(String(value)),
    )
    .map(([key, value]) => `${key} ${JSON.stringify(value)} is no phone number`);
}

const CURRENCIES = new Set([...Intl.supportedValuesOf('currency'), 'BTC', 'ETH', 'USDT', 'USDC', 'XRP', 'LTC', 'SOL', 'DOGE']);
/** A currency pair (`from`/`to` of a currency tool) named by stock tickers (`AMZN`/`V`). */
function pairProblems(call: ReviewedCall): string[] {
  if (typeof call.arguments !== 'object' || !/currenc|forex|(^|_)fx(_|$)/i.test(call.name ?? call.chatName)) return [];
  return Object.entries(call.arguments)
    .filter(([key, value]) => /^(from|to|base|quote|(from|to|base|quote|target)_?currency)$/i.test(key) && typeof value === 'string')
    .filter(([, value]) => /^[A-Z]{1,5}$/.test(value as string) && !CURRENCIES.has(value as string))
    .map(([key, value]) => `${key} "${String(value)}" of a currency pair is no currency`);
}

/** Rows of one list priced in different currencies (one article's units in DOP and LBP). */
function listProblems(value: unknown, problems: string[]): void {
  if (!Array.isArray(value)) {
    if (isJsonObject(value)) Object.values(value).forEach((entry) => listProblems(entry, problems));
    return;
  }
  const currencies = new Set(
    value
      .filter(isJsonObject)
      .flatMap((row) =>
        Object.entries(row).flatMap(([key, entry]) =>
          /price$/i.test(key) && isJsonObject(entry) && typeof entry['currency'] === 'string' ? [entry['currency']] : [],
        ),
      ),
  );
  if (currencies.size > 1) problems.push(`rows of one list priced in ${[...currencies].join(' and ')}`);
  value.forEach((entry) => listProblems(entry, problems));
}

/** The fields of `call`'s records that contradict each other or their own names. */
export function contradictoryFields(call: ReviewedCall): string[] {
  const problems = pairProblems(call);
  const messaging = /sms|message|batch|text|fax/i.test(call.name ?? call.chatName);
  if (typeof call.arguments === 'object') eachObject(call.arguments, (object) => problems.push(...phoneProblems(object, messaging)));
  if (call.isError || call.data === undefined) return problems;
  const sent = new Set<string>();
  if (typeof call.arguments === 'object')
    eachObject(call.arguments, (object) => Object.values(object).forEach((value) => sent.add(String(value))));
  const medical = /\b(lab|labs|laborator\w*|patients?|clinic\w*|medic\w*|blood|health)\b/i.test(
    (call.name ?? call.chatName).replace(/_/g, ' '),
  );
  listProblems(call.data, problems);
  eachObject(call.data, (object) => {
    problems.push(...dateProblems(object), ...codeProblems(object), ...domainProblems(object), ...priceProblems(object));
    problems.push(...brandProblems(object), ...placeProblems(object), ...kindProblems(object, sent, medical));
    problems.push(...phoneProblems(object, messaging), ...sectionProblems(object));
  });
  return problems;
}
