import { aboutProducts } from './products.js';
import * as make from './entities.js';
import type { ValueRequest } from './entities.js';
import { siteDomain } from './topic.js';

const { pick } = make;

/** The tool's name and description with `_`, `.` and `-` read as spaces, so `get_metrics` speaks of metrics. */
const spaced = (request: ValueRequest): string => request.topic.text.replace(/[_.-]+/g, ' ');

/**
 * Values for string fields whose name says what shape the value has, though no kind rule names the
 * thing: a flag (`closed`, `SNCFlag`, `roomsSellable`), a count (`maxOccupancy`), money
 * (`taxesAndFees`, a price's `formatted`), a media link (`webp`, `mp4`), an address line, a role,
 * a vote, an access scope. They run just before a name is made up for the field, so such a field
 * never gets an organisation's or a product's name (`"closed": "Hudson Media"`).
 */

/** Words that say a field is a yes/no fact when it holds a string. */
const FLAG =
  /(^|_)(is|has|can|should|allow|allows|enable|enabled|disabled|active|inactive|closed|open|success|successful|succeeded|primary|secondary|sellable|available|verified|deleted|required|public|private|visible|hidden|refundable|cancellable|confirmed|approved|valid|locked|archived|default|preferred)$/;
/** A flag as agencies print it (`SNCFlag`, `Insp5yrFlag`): `Y` or `N`. */
const YES_NO = /(flag|_yn|_indicator)$/;
/** Counts and sizes written as strings; also a count before an abbreviation (`SignificantDeficiencyCountIls`) and a map's numbered bucket (`starRatingDistribution["4"]`). */
const COUNT =
  /(^|_)(occupancy|count|counts|days|nights|qtrs|quarters|remain|remaining|capacity|seats|beds|rooms|guests|adults|children|persons|people|members|population|violations|vio\w*)$|(^|_)counts?_[a-z]{1,4}$|^\d+$/;
/** Amounts of money written as strings. */
const MONEY =
  /(^|_)(fee|fees|tax|taxes|cashback|round_?up|cost|costs|fare|fares|subtotal|discount|deposit|charge|charges|refund|surcharge|tip|commission)$/;
/** Links to a rendition of a media item (`images.original.webp`). */
const MEDIA = /^(webp|mp4|gif|jpg|jpeg|png|webm|mp3|ogg|wav|video|audio|still|thumbnail|thumb|preview|image)$/;
const MEDIA_EXTENSION: Record<string, string> = {
  video: 'mp4',
  audio: 'mp3',
  still: 'jpg',
  thumbnail: 'jpg',
  thumb: 'jpg',
  preview: 'gif',
  image: 'jpg',
};

function money(request: ValueRequest, formatted: boolean): string {
  const amount = request.faker.number.float({ min: 3, max: 240, fractionDigits: 2 }).toFixed(2);
  if (!formatted) return amount;
  const currency = make.domainCurrency(request) ?? 'USD';
  const symbol: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', AUD: 'A$', JPY: '¥' };
  return symbol[currency] !== undefined ? `${symbol[currency]}${amount}` : `${amount} ${currency}`;
}

const FEATURES = ['search', 'webhooks', 'pagination', 'bulk export', 'two-factor authentication', 'notifications'];

const SHAPES: ReadonlyArray<readonly [RegExp, (request: ValueRequest) => string | undefined]> = [
  [
    /(^|_)(exchange|primary_exchange|listing_exchange)$/,
    (r) =>
      /\b(stocks?|tickers?|shares?|markets?|compan(y|ies)|equit(y|ies)|polygon|finance|trading)\b/.test(spaced(r))
        ? pick(r.faker, ['NASDAQ', 'NYSE', 'LSE', 'XETRA', 'TSX', 'Euronext Paris'])
        : undefined,
  ],
  [
    /(^|_)(industry|industries)$/,
    (r) => pick(r.faker, ['Software', 'Semiconductors', 'Retail', 'Biotechnology', 'Banking', 'Utilities', 'Automotive']),
  ],
  [YES_NO, (r) => pick(r.faker, ['Y', 'N'])],
  [FLAG, (r) => pick(r.faker, ['true', 'false'])],
  [/(^|_)pod$/, (r) => pick(r.faker, ['d', 'n'])],
  [/(^|_)(voice|fax|tel|telephone|mobile)$/, (r) => `+1 ${r.faker.string.numeric(3)}-555-${r.faker.string.numeric(4)}`],
  // a GIF's renditions (`downsized_large`, `fixed_height`, `looping`) and an event's media are links
  [
    /(^|_)(media|downsized|large|medium|small|original|looping|hd|fixed_height|fixed_width|preview)$/,
    (r) =>
      r.snake === 'media' || /\b(gifs?|giphy|stickers?|events?)\b/.test(spaced(r))
        ? `https://${`media.${siteDomain(r.topic)}`}/media/${r.faker.string.alphanumeric({ length: 14 })}/${r.words.at(-1) ?? 'media'}.gif`
        : undefined,
  ],
  // notes and texts: a sentence on the API's topic, never a label
  [
    /(^|_)(info|infos|information|agreement|details|note|notes|remark|remarks|conditions?|transcript|summary|summaries|comment)$/,
    (r) => make.sentence(r),
  ],
  [/^(msg|message)$/, () => 'OK'],
  [/(^|_)(relevancy|relevance)$/, (r) => String(r.faker.number.float({ min: 0.1, max: 0.99, fractionDigits: 2 }))],
  [/(^|_)scheme$/, (r) => pick(r.faker, ['legacy_openstates', 'wikidata', 'ocd', 'bioguide'])],
  [/(^|_)(ale|snc)$/, (r) => pick(r.faker, ['Y', 'N'])],
  [/(^|_)pws_name$/, (r) => `${make.city(r.faker, r.topic)[0]} Water System`],
  [/^(day|date)_of_[a-z]+$/, (r) => make.dateString({ ...r, snake: 'date', words: ['date'] })],
  [/^(items|currency|currencies)$/, (r) => (/\bcurrenc(y|ies)\b/.test(spaced(r)) ? r.faker.finance.currencyCode() : undefined)],
  [
    /(^|_)(family|brand_family|brand)$/,
    (r) =>
      /\b(zalando|fashion|clothing|apparel|articles?|brands?)\b/.test(spaced(r))
        ? pick(r.faker, ['Nike', 'Adidas', "Levi's", 'Tommy Hilfiger', 'Esprit', 'Vero Moda'])
        : undefined,
  ],
  [/^data$/, (r) => (/\b(transactions?|bank\w*|payments?)\b/.test(spaced(r)) ? make.sentence(r) : undefined)],
  // a count of what a metrics or statistics record sums up (`datasets`, `sources`), written as a string
  [
    /^(datasets?|sources?|records?|entries|entry|documents?|files?|targets?|diseases?|drugs?|studies|study|publications?|evidences?)$/,
    (r) =>
      /\b(metrics?|stats?|statistics|counts?|summary|data ?metrics)\b/.test(spaced(r))
        ? String(r.faker.number.int({ min: 3, max: 480 }))
        : undefined,
  ],
  // the signed data of a fiscal signature unit (a TSE of a German till receipt): a base64 block
  [
    /^(data|signature_?data|signed_?data)$/,
    (r) =>
      /\b(tse|signatures?|signed|quittung|receipts?|fiscal)\b/.test(spaced(r))
        ? Buffer.from(r.faker.string.alphanumeric(36)).toString('base64')
        : undefined,
  ],
  // how a garment fits, as a shop's size reviews rate it (`CHEST`, `LEG_FIT`)
  [
    /(^|_)(chest|girth|hips|rear|fit|overall|waist|shoulders?|sleeves?)$/,
    (r) =>
      /\b(zalando|fashion|clothing|apparel|sizes?|fit|articles?)\b/.test(spaced(r))
        ? pick(r.faker, ['true to size', 'runs small', 'runs large'])
        : undefined,
  ],
  [/(^|_)(stay_?through|stay_?from|valid_?from|valid_?until|valid_?through|stay_?until)$/, (r) => make.dateString(r)],
  [/(^|_)(percentage|percent)$/, (r) => String(r.faker.number.float({ min: 1, max: 30, fractionDigits: 1 }))],
  [/(^|_)payment$/, (r) => money(r, true)],
  [/(^|_)formatted$/, (r) => money(r, true)],
  [MONEY, (r) => money(r, false)],
  [
    COUNT,
    (r) =>
      String(
        r.faker.number.int({
          min: /occupancy|guests|adults|persons|beds|seats/.test(r.snake) ? 1 : 0,
          max: /occupancy|guests|adults|persons|beds|seats|rooms|nights/.test(r.snake) ? 6 : 40,
        }),
      ),
  ],
  [
    MEDIA,
    (r) => {
      const word = r.words.at(-1) ?? 'image';
      const extension = MEDIA_EXTENSION[word] ?? word;
      const host = `media.${siteDomain(r.topic)}`;
      return `https://${host}/media/${r.faker.string.alphanumeric({ length: 14 })}/${word === extension ? 'original' : word}.${extension}`;
    },
  ],
  [/(^|_)(line|address_?line|street|street_address)$/, (r) => `${r.faker.number.int({ min: 1, max: 480 })} ${r.faker.location.street()}`],
  [
    /(^|_)(role|roles|position)$/,
    (r) =>
      /\b(bills?|legislat\w*|jurisdictions?|committees?|senat\w*|chambers?)\b/.test(spaced(r))
        ? pick(r.faker, ['member', 'chair', 'vice chair', 'ranking member'])
        : pick(r.faker, ['owner', 'admin', 'editor', 'viewer', 'member']),
  ],
  [/(^|_)(vote|votes|option|choice)$/, (r) => pick(r.faker, ['yes', 'no', 'abstain'])],
  [
    /(^|_)(scope|scopes|access_scope|permission|permissions)$/,
    (r) => pick(r.faker, ['balances', 'details', 'transactions', 'read', 'read:accounts']),
  ],
  // the fields a payment type requires (`single-payment`: `creditorName`…), as an open-banking API lists them
  [
    /(^|_)(single|bulk|periodic|instant)_payments?$/,
    (r) => pick(r.faker, ['creditorName', 'creditorAccount', 'instructedAmount', 'remittanceInformationUnstructured']),
  ],
  [/(^|_)(mentions?|handles?|usernames?|screen_names?)$/, (r) => `@${make.handle(r)}`],
  [/(^|_)(ssn|social_security_number)$/, (r) => `***-**-${r.faker.string.numeric(4)}`],
  [/^epa_region$/, (r) => `Region ${String(r.faker.number.int({ min: 1, max: 10 })).padStart(2, '0')}`],
  [/(^|_)(cities_served|city_served|cities)$/, (r) => make.city(r.faker, r.topic)[0]],
  [/(^|_)(features?|supported_features?)$/, (r) => pick(r.faker, FEATURES)],
];

/** An article's size in a shop is a garment's or a shoe's (`M`, `42`), never a count or a unit of time; else `undefined`. */
export function garmentSize(request: ValueRequest): string | undefined {
  if (!/^(size|article_size|clothing_size|shoe_size)$/.test(request.snake)) return undefined;
  return /\b(zalando|fashion|clothing|apparel|garments?|shoes?|articles?)\b/.test(spaced(request)) && aboutProducts(request.topic)
    ? pick(request.faker, ['XS', 'S', 'M', 'L', 'XL', '38', '40', '42', '44'])
    : undefined;
}

/** The value of a string field whose name says its shape (see `SHAPES`), else `undefined`. */
export function fieldShape(request: ValueRequest): string | undefined {
  for (const [pattern, maker] of SHAPES) {
    const value = pattern.test(request.snake) ? maker(request) : undefined;
    if (value !== undefined) return value;
  }
  return undefined;
}
