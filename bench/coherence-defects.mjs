// Counts records in a run's ACCEPTED tool results whose fields contradict each other or carry nothing
// (docs/benchmarks.md, "Result defects"): a review whose rating, text and recommendation disagree, a
// record whose common name names another thing, a count or total that is not its items, episodes
// shorter than a second, a list field that holds a bare number, listed records with nothing that
// names them, a UUID with non-hex letters, a name that echoes the id asked; and fields of one record
// that contradict each other: dates out of the order of their meanings, a code field holding a name,
// a domain that is not its URL's host, a formatted price in another currency or amount, one record
// priced in two currencies, a brand family of another brand, a city in another country, a size that
// is a unit of time, a statistics test as a lab category, stock tickers as a currency pair. Independent of the checks.
// Run: node bench/coherence-defects.mjs RUN_DIR [--examples N] [--json]
import { readDefectRun, createDefects, isObject, objects, parseToolResult, printDefects } from './defect-run.mjs';

const { args, exampleCount, file, lines } = readDefectRun('coherence-defects');
const { defects, note } = createDefects(exampleCount);
const norm = (key) => key.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
const fieldOf = (object, pattern) => Object.entries(object).find(([key]) => pattern.test(norm(key)));

const NEGATIVE =
  /\b(came off|come off|broke|broken|fell apart|disappoint|poor|terrible|awful|returned|return it|refund|cheap(ly)? made|ripped|too small|too big|faded|stopped working|waste|worst|not worth|uncomfortable)/i;
const POSITIVE =
  /\b(love|great|excellent|perfect|comfortable|well made|recommend|fantastic|happy with|good value|fits (well|perfectly)|best)\b/i;
function reviewDefects(id, call, data) {
  objects(data, (object) => {
    const rating = fieldOf(object, /^(rating|stars|score|overallrating)$/)?.[1];
    if (typeof rating !== 'number' || rating < 1 || rating > 5) return;
    const recommend = fieldOf(object, /^(recommend|recommended|wouldrecommend|isrecommended)$/)?.[1];
    const text = Object.entries(object)
      .filter(
        ([key, value]) =>
          typeof value === 'string' && /^(title|text|body|description|comment|content|review|reviewtext|summary)$/.test(norm(key)),
      )
      .map(([, value]) => value)
      .join(' ');
    if (typeof recommend === 'boolean' && ((rating >= 4 && !recommend) || (rating <= 2 && recommend)))
      note('review rating against recommend', id, `${call}: rating ${rating}, recommend ${recommend}`);
    const negative = NEGATIVE.test(text);
    const positive = POSITIVE.test(text.replace(/\bnot \w+/gi, ''));
    if ((rating >= 4 && negative && !positive) || (rating <= 2 && positive && !negative))
      note('review rating against text', id, `${call}: rating ${rating}, "${text.slice(0, 90)}"`);
  });
}

// a common name that is another record's name in the run (`Urinalysis` called `Lipid panel`), never a synonym (`Urine test`)
const runNames = new Set();
for (const line of lines)
  for (const message of JSON.parse(line).messages ?? []) {
    if (message.role !== 'tool') continue;
    try {
      objects(JSON.parse(message.content), (object) => typeof object.name === 'string' && runNames.add(object.name.toLowerCase()));
    } catch {
      // not JSON
    }
  }
function nameDefects(id, call, data) {
  objects(data, (object) => {
    const name = object.name;
    const [commonKey, common] = fieldOf(object, /^(commonname|layname|alsoknownas|alias|popularname)$/) ?? [];
    if (typeof name !== 'string' || typeof common !== 'string' || name.toLowerCase() === common.toLowerCase()) return;
    if (runNames.has(common.toLowerCase())) note('common name of another thing', id, `${call}: name "${name}", ${commonKey} "${common}"`);
  });
}

const COUNT_KEY = /^(count|total|totalcount|totalitems|totalresults|totalelements|numresults|resultcount|numitems|size)$/;
function countDefects(id, call, data) {
  objects(data, (object) => {
    const lists = Object.entries(object).filter(([, value]) => Array.isArray(value) && value.length > 0 && value.every(isObject));
    if (lists.length !== 1) return;
    const items = lists[0][1].length;
    const paged = Object.keys(object).some((key) =>
      /^(page|pages|next|nextpage|hasnext|hasmore|cursor|offset|totalpages|nextpagenumber|pagenumber|pagination|links|nextcursor|maxpage|limit|perpage|pagesize)$/.test(
        norm(key),
      ),
    );
    for (const [key, value] of Object.entries(object)) {
      if (!COUNT_KEY.test(norm(key)) || !Number.isInteger(value) || norm(key) === 'size') continue;
      if (value < items) note('count below its items', id, `${call}: ${key} ${value} beside ${items} items`);
      else if (value > items && !paged && object.has_next !== true)
        note('count above its items on one page', id, `${call}: ${key} ${value} beside ${items} items, no paging`);
    }
    if (object.totalPages === 1 && Number.isInteger(object.totalElements) && object.totalElements !== items)
      note('count above its items on one page', id, `${call}: totalElements ${object.totalElements}, ${items} items, 1 page`);
  });
}

function durationDefects(id, call, data) {
  objects(data, (object) => {
    const episodes = fieldOf(object, /^(episodecount|episodes|numepisodes|totalepisodes|trackcount|tracks)$/)?.[1];
    const seconds = fieldOf(object, /^(totalaudiolengthsec|totalduration(sec|seconds)?|totalseconds)$/)?.[1];
    if (Number.isInteger(episodes) && episodes > 0 && typeof seconds === 'number' && seconds / episodes < 30)
      note('episodes shorter than half a minute', id, `${call}: ${episodes} episodes, ${seconds} s`);
  });
}

const PLURAL_RECORDS =
  /^(transactions|items|results|records|entries|orders|events|articles|reviews|users|accounts|products|comments|posts|files|messages|members|tags|episodes|tracks|rows|hits|documents|payments|invoices)$/;
const NAMING = /^(id|uuid|key|name|title|headline|url|link|weburl|label|slug|symbol|code|email|text|description)$|(id|name|title)$/;
const LISTING = /^(value|items|results|articles|news|hits|documents|posts|entries|records)$/;
const TIMED = /(time|date|timestamp|epoch|year|at|day|hour|month|period)$/;
function listDefects(id, call, data) {
  objects(data, (object) => {
    for (const [key, value] of Object.entries(object)) {
      if (PLURAL_RECORDS.test(norm(key)) && (typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value))))
        note('list field holding a bare number', id, `${call}: ${key}=${JSON.stringify(value)}`);
      if (!LISTING.test(norm(key)) || !Array.isArray(value) || value.length < 2 || !value.every(isObject)) continue;
      const named = (row) =>
        Object.entries(row).some(
          ([field, entry]) => (['string', 'number'].includes(typeof entry) && NAMING.test(norm(field))) || TIMED.test(norm(field)),
        );
      if (value.every((row) => !named(row)))
        note('listed records with nothing that names them', id, `${call}: ${key}[] keys ${Object.keys(value[0]).join(',')}`);
    }
  });
}

const UUID_SHAPE = /^[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function leaves(value, key, visit) {
  if (Array.isArray(value)) value.forEach((entry) => leaves(entry, key, visit));
  else if (isObject(value)) for (const [child, entry] of Object.entries(value)) leaves(entry, child, visit);
  else visit(key, value);
}
function shapeDefects(id, call, sent, data) {
  const seen = new Set();
  for (const [where, value] of [
    ['argument', sent],
    ['result', data],
  ])
    leaves(value, '', (key, leaf) => {
      if (typeof leaf === 'string' && UUID_SHAPE.test(leaf) && !UUID.test(leaf) && !seen.has(leaf)) {
        seen.add(leaf);
        note('UUID with non-hex letters', id, `${call}: ${where} ${key}=${leaf}`);
      }
    });
  const ids = new Set();
  leaves(sent, '', (key, leaf) => {
    if ((typeof leaf === 'string' || typeof leaf === 'number') && (/id$/i.test(key) || /^\d{6,}$/.test(String(leaf))))
      ids.add(String(leaf));
  });
  objects(data, (object) => {
    if (typeof object.name === 'string' && ids.has(object.name)) note('name echoes the id asked', id, `${call}: name "${object.name}"`);
  });
}

function matchDefects(id, call, data) {
  objects(data, (object) => {
    const status = fieldOf(object, /^(status|matchstatus|state)$/)?.[1];
    const home = fieldOf(object, /^(homescore|scorehome|homegoals|team1score)$/)?.[1];
    const away = fieldOf(object, /^(awayscore|scoreaway|awaygoals|team2score)$/)?.[1];
    if (typeof status === 'string' && /^(final|finished|ft|full.?time|completed)$/i.test(status) && home === 0 && away === 0)
      note('0–0 marked final', id, `${call}: ${home}-${away} ${status}`);
  });
}

const dateStem = (key) =>
  norm(key.replace(/[_\-\s]+(at|on|date|time|timestamp|by)$/i, '').replace(/(?<=[a-z0-9])(At|On|Date|Time|Timestamp|By)$/, ''));
const DATE_ORDER = [
  [
    /^(created|creation|registered|opened|submitted|placed|requested)$/,
    /^(updated|lastupdated|modified|lastmodified|accepted|approved|confirmed|closed|completed|resolved|cancell?ed|archived|lastaccessed|shipped|delivered|returned|ended|finished)$/,
  ],
  [/^(start|started|begin|validfrom)$/, /^(end|ended|finish|validuntil|validto)$/],
  [/^(pickup|pickupby)$/, /^(return|returned|dropoff)$/],
  [/^checkin$/, /^checkout$/],
  [/^(created|creation|placed|requested)$/, /^(pickup|pickupby|checkin|departure)$/],
];
const LAB_SECTIONS = {
  urinalysis: 'urinalysis',
  'urine test': 'urinalysis',
  'complete blood count': 'hematology',
  cbc: 'hematology',
  'basic metabolic panel': 'clinical chemistry',
  'lipid panel': 'clinical chemistry',
  'hemoglobin a1c': 'clinical chemistry',
};
const SIGNS = { USD: ['$', 'US$'], EUR: ['€'], GBP: ['£'], JPY: ['¥'], CAD: ['CA$', '$'], AUD: ['A$', '$'], NZD: ['NZ$', '$'] };
const CITY_IN = {
  milan: 'IT|italy',
  paris: 'FR|france',
  berlin: 'DE|germany',
  madrid: 'ES|spain',
  london: 'GB|united kingdom',
  tokyo: 'JP|japan',
  sydney: 'AU|australia',
  toronto: 'CA|canada',
  lisbon: 'PT|portugal',
  amsterdam: 'NL|netherlands',
  'new york': 'US|united states',
  seattle: 'US|united states',
  auckland: 'NZ|new zealand',
};
function fieldDefects(id, call, name, sent, data) {
  const sentValues = new Set();
  leaves(sent, '', (key, leaf) => sentValues.add(String(leaf)));
  if (/currenc|forex/i.test(name ?? '') && isObject(sent))
    for (const [key, value] of Object.entries(sent))
      if (
        /^(from|to)$/.test(key) &&
        typeof value === 'string' &&
        /^[A-Z]{1,5}$/.test(value) &&
        !Intl.supportedValuesOf('currency').includes(value)
      )
        note('stock ticker as a currency', id, `${call}: ${key}=${value}`);
  objects(data, (object) => {
    for (const [key, rows] of Object.entries(object)) {
      if (!Array.isArray(rows)) continue;
      const listed = new Set(
        rows.filter(isObject).flatMap((row) =>
          Object.entries(row)
            .filter(([field, entry]) => /price$/i.test(field) && isObject(entry) && typeof entry.currency === 'string')
            .map(([, entry]) => entry.currency),
        ),
      );
      if (listed.size > 1) note('rows of one list in two currencies', id, `${call}: ${key}[] in ${[...listed].join(', ')}`);
    }
    const dates = Object.entries(object).filter(([, value]) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value));
    for (const [early, late] of DATE_ORDER)
      for (const [a, x] of dates.filter(([key]) => early.test(dateStem(key))))
        for (const [b, y] of dates.filter(([key]) => late.test(dateStem(key))))
          if (Date.parse(y) < Date.parse(x)) note('dates out of order', id, `${call}: ${b} ${y} before ${a} ${x}`);
    for (const [key, value] of Object.entries(object)) {
      const phone =
        /(phone|phonenumber|msisdn|telephone)$/.test(norm(key)) ||
        (/sms|message|batch/i.test(name ?? '') && /^(destination|recipient)$/.test(norm(key)));
      if (
        phone &&
        (typeof value === 'number' || (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value))) &&
        !/^\d{6,15}$/.test(String(value))
      )
        note('phone number that is a measure', id, `${call}: ${key}=${JSON.stringify(value)}`);
      const values = Array.isArray(value) ? value : [value];
      if (
        /(language|currency|country)codes?$/.test(norm(key)) &&
        values.some((entry) => typeof entry === 'string' && /^[A-Z][a-z]{3,}/.test(entry))
      )
        note('code field holding a name', id, `${call}: ${key}=${JSON.stringify(value)}`);
      if (typeof value !== 'string' || sentValues.has(value)) continue;
      if (/size$/.test(norm(key)) && /^(second|minute|hour|day|week|month|year)s?$/i.test(value))
        note('size that is a unit of time', id, `${call}: ${key}=${value}`);
      if (/(category|type)$/.test(norm(key)) && /^(t-test|anova|chi-square)$/i.test(value) && /lab|medic|patient|health/i.test(name ?? ''))
        note('statistics test as a lab category', id, `${call}: ${key}=${value}`);
      const domain = /^(.*?)_?domain$/i.exec(key);
      const url = domain ? (object[`${domain[1]}_url`] ?? object[`${domain[1]}Url`]) : undefined;
      if (typeof url === 'string' && /\./.test(value)) {
        let host;
        try {
          host = new URL(url).hostname.replace(/^www\./, '');
        } catch {
          host = undefined;
        }
        if (host !== undefined && host !== value && !host.endsWith(`.${value}`))
          note('domain not its URL host', id, `${call}: ${key}=${value}, ${url}`);
      }
      const city = /^(.+?)_?city$/i.exec(key);
      const country = city && Object.entries(object).find(([other]) => norm(other) === `${norm(city[1])}country`)?.[1];
      const home = CITY_IN[value.toLowerCase()];
      if (city && home && typeof country === 'string' && !new RegExp(`^(${home})$`, 'i').test(country))
        note('city in another country', id, `${call}: ${value}, ${country}`);
    }
    const currencies = new Set(
      Object.entries(object)
        .filter(
          ([key, entry]) =>
            isObject(entry) &&
            typeof entry.currency === 'string' &&
            ('amount' in entry || 'value' in entry) &&
            !/source|target|from|to|convert|exchange|settle|local|foreign|base|quote|fx/i.test(key),
        )
        .map(([, entry]) => entry.currency),
    );
    const before = object.originalPrice?.value ?? object.original_price?.amount;
    const now = object.price?.value ?? object.price?.amount;
    if (typeof before === 'number' && typeof now === 'number' && before < now)
      note('original price below the price', id, `${call}: ${before} < ${now}`);
    if (currencies.size > 1) note('one record in two currencies', id, `${call}: ${[...currencies].join(', ')}`);
    if (typeof object.currency === 'string' && typeof object.formatted === 'string') {
      const sign = object.formatted.replace(/[\d.,\s-]/g, '');
      const amount = object.value ?? object.amount;
      if (sign !== '' && sign !== object.currency && !(SIGNS[object.currency] ?? []).includes(sign))
        note('formatted price in another currency', id, `${call}: ${object.currency} "${object.formatted}"`);
      else if (typeof amount === 'number' && Math.abs(Number(object.formatted.replace(/[^\d.]/g, '')) - amount) > 0.01)
        note('formatted price of another amount', id, `${call}: ${amount} "${object.formatted}"`);
    }
    const section = typeof object.name === 'string' ? LAB_SECTIONS[object.name.toLowerCase()] : undefined;
    if (
      section &&
      typeof object.category === 'string' &&
      Object.values(LAB_SECTIONS).includes(object.category.toLowerCase()) &&
      object.category.toLowerCase() !== section
    )
      note('lab test under another section', id, `${call}: ${object.name} as ${object.category}`);
    for (const [key, family] of Object.entries(object))
      if (/family$/i.test(key) && isObject(family) && typeof family.name === 'string' && typeof object.name === 'string') {
        const [a, b] = [object.name.toLowerCase(), family.name.toLowerCase()];
        if (!a.startsWith(b) && !b.startsWith(a)) note('brand family of another brand', id, `${call}: ${family.name} / ${object.name}`);
      }
  });
}

// one record, two names: a second name of the same kind ("Ministry of Transport" shown as "Ministry of Foreign
// Affairs"), a ministryName that is no ministry, a person_name beside another person, a bank with a BIC named a country
const COUNTRY_NAMES = new Set([
  'united states',
  'united kingdom',
  'canada',
  'france',
  'germany',
  'spain',
  'italy',
  'india',
  'brazil',
  'argentina',
  'mexico',
  'japan',
  'china',
  'australia',
  'netherlands',
  'switzerland',
]);
// a transaction told as two payments (description "Salary…", rawText "Monthly rent payment"), cashback above its amount, settled while pending
const PAYMENT_KINDS = [
  /\bsalary\b/i,
  /\brent\b/i,
  /\brefund/i,
  /transfer to savings/i,
  /card purchase|purchase at/i,
  /direct debit|\bbill\b/i,
];
function transactionDefects(id, call, data) {
  objects(data, (object) => {
    if (!('amount' in object)) return;
    const texts = Object.entries(object).filter(
      ([key, value]) => typeof value === 'string' && /^(description|rawtext|message|holdinfo)$/.test(norm(key)),
    );
    const kinds = new Set(texts.flatMap(([, text]) => PAYMENT_KINDS.filter((kind) => kind.test(text)).map(String)));
    if (kinds.size > 1)
      note('transaction told as two payments', id, `${call}: ${texts.map(([key, text]) => `${key} "${text}"`).join(', ')}`);
    const amount = Math.abs(Number(object.amount));
    for (const key of ['cashback', 'roundUp'])
      if (object[key] !== undefined && Math.abs(Number(object[key])) > amount)
        note('cashback above its amount', id, `${call}: ${key} ${object[key]} on ${object.amount}`);
    if (/^(pending|held)$/i.test(String(object.status)) && typeof object.settledAt === 'string')
      note('pending transaction settled', id, `${call}: settledAt ${object.settledAt}`);
  });
}

function twoNameDefects(id, call, data) {
  objects(data, (object) => {
    const name = typeof object.name === 'string' ? object.name : undefined;
    for (const [key, value] of Object.entries(object)) {
      if (typeof value !== 'string') continue;
      const own = /^(.+?) of /i.exec(name ?? '')?.[1];
      if (
        own &&
        /^(display|displayadditional|additional|alternate|official)name$/.test(norm(key)) &&
        value !== name &&
        value.startsWith(`${own} of `)
      )
        note('two names of one record', id, `${call}: name "${name}", ${key} "${value}"`);
      if (norm(key) === 'ministryname' && !/\b(ministry|minister|department|office)\b/i.test(value))
        note('ministry name that is no ministry', id, `${call}: ${key} "${value}"`);
      const noun = /^(.+?)_?name$/i.exec(key)?.[1];
      const nested = noun ? object[noun] : undefined;
      if (isObject(nested) && typeof nested.name === 'string' && nested.name !== value)
        note('name beside a nested record of another name', id, `${call}: ${key} "${value}", ${noun}.name "${nested.name}"`);
    }
    if (name && COUNTRY_NAMES.has(name.toLowerCase()) && Object.keys(object).some((key) => /^(bic|swift)$/.test(norm(key))))
      note('bank named after a country', id, `${call}: name "${name}"`);
  });
}

for (const line of lines) {
  const record = JSON.parse(line);
  const id = record.id;
  const calls = new Map();
  for (const message of record.messages ?? []) {
    for (const call of message.tool_calls ?? []) calls.set(call.id, call.function);
    if (message.role !== 'tool') continue;
    const fn = calls.get(message.tool_call_id);
    const parsed = parseToolResult(message, fn);
    if (parsed === undefined) continue;
    const { data, sent } = parsed;
    const call = `${fn?.name}(${JSON.stringify(sent).slice(0, 60)})`;
    reviewDefects(id, call, data);
    nameDefects(id, call, data);
    countDefects(id, call, data);
    durationDefects(id, call, data);
    listDefects(id, call, data);
    shapeDefects(id, call, sent, data);
    matchDefects(id, call, data);
    twoNameDefects(id, call, data);
    transactionDefects(id, call, data);
    fieldDefects(id, call, fn?.name, sent, data);
  }
}

printDefects(defects, { count: lines.length, file, args });
