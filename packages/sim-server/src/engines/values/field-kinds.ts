import * as make from './entities.js';
import { TOPIC_KINDS } from './topic-values.js';
import type { ValueRequest } from './entities.js';
import * as lexicon from './lexicon.js';
import { regionOf } from './regions.js';
import { serviceHost, siteDomain } from './topic.js';

const { pick, hex } = make;

/**
 * Keys of things that are categories of an organisation (a sector, a ministry, a service area): a
 * slug of a real category name (`health`, `natural-resources`), as such APIs key them.
 */
const CATEGORY_SLUGS: Record<string, readonly string[]> = {
  news: [
    'health',
    'education',
    'housing',
    'transportation',
    'natural-resources',
    'public-safety',
    'agriculture',
    'tourism',
    'environment',
    'justice',
    'finance',
    'forests',
  ],
  genetics: ['oncology', 'immunology', 'cardiovascular', 'neurology', 'metabolism', 'respiratory'],
  energy: ['strom', 'gas', 'waerme', 'mobilitaet', 'einspeisung', 'netz'],
  telecom: ['inbound', 'outbound', 'archive', 'billing', 'support'],
  security: ['malware', 'known-good', 'nsrl', 'packages', 'firmware'],
  '': ['finance', 'operations', 'marketing', 'engineering', 'customer-success', 'legal', 'research', 'sales'],
};
const CATEGORY_NOUNS =
  /^(sector|ministry|department|service|category|section|topic|theme|area|division|unit|team|program|programme|channel|tag|group|region|branch|office|segment|industry|genre)$/;

/** Names of measures and statistics, by domain: what a `metrics` or `stats` list of that API holds. */
const MEASURES: Record<string, readonly string[]> = {
  genetics: ['associationScore', 'evidenceCount', 'targetCount', 'diseaseCount', 'drugCount', 'literatureCount'],
  news: ['views', 'shares', 'uniqueVisitors', 'averageReadTime', 'subscribers'],
  energy: ['consumptionKwh', 'co2Grams', 'greenShare', 'priceCtPerKwh', 'feedInKwh'],
  telecom: ['pagesSent', 'deliveryRate', 'failedAttempts', 'averageDuration'],
  security: ['detections', 'lookups', 'knownFiles', 'unknownFiles'],
  '': ['requests', 'errorRate', 'latencyP95Ms', 'activeUsers', 'throughput', 'uptimePercent'],
};

const fromPool = (request: ValueRequest, pools: Record<string, readonly string[]>): string =>
  pick(request.faker, pools[request.topic.domain ?? ''] ?? pools[''] ?? ['']);

/** `+4.2%`, `-0.8%`: a change as people print it. */
function signedPercent(request: ValueRequest): string {
  const value = request.faker.number.float({ min: -12, max: 18, fractionDigits: 1 });
  return `${value >= 0 ? '+' : ''}${value.toFixed(1)}%`;
}

/** A tool on version control (takes or returns a sha, a commit, a revision). */
const VERSION_CONTROL = /\b(sha-?1|sha|commits?|revisions?|git|changesets?)\b/;

/** A small HTML fragment: one or two sentences on the tool's topic. */
function htmlFragment(request: ValueRequest): string {
  const first = make.sentence({ ...request, words: ['details'], snake: 'details' });
  return request.faker.datatype.boolean(0.5)
    ? `<p>${first}</p>`
    : `<p><strong>${make.title({ ...request, words: ['title'], snake: 'title' })}</strong></p><p>${first}</p>`;
}

/** A small document of a media type (`contentMediaType`): XML, YAML, HTML, CSV, JSON; `undefined` for others. */
export function documentOf(mediaType: string, request: ValueRequest): string | undefined {
  const { faker } = request;
  const id = `${faker.number.int({ min: 2024, max: 2025 })}-${faker.string.numeric(6)}`;
  if (/xml/.test(mediaType)) {
    const amount = faker.number.float({ min: 20, max: 400, fractionDigits: 2 }).toFixed(2);
    return `<?xml version="1.0" encoding="UTF-8"?><rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"><rsm:ExchangedDocument><ram:ID>${id}</ram:ID></rsm:ExchangedDocument><ram:GrandTotalAmount currencyID="EUR">${amount}</ram:GrandTotalAmount></rsm:CrossIndustryInvoice>`;
  }
  if (/yaml/.test(mediaType))
    return `openapi: 3.0.3\ninfo:\n  title: ${request.topic.words.slice(0, 2).join(' ') || 'Service'} API\n  version: ${make.version(request)}\npaths:\n  /${request.topic.entity}s:\n    get:\n      summary: List ${request.topic.entity}s\n`;
  if (/html/.test(mediaType))
    return `<!DOCTYPE html><html><head><title>API documentation</title></head><body><h1>${request.topic.words.slice(0, 2).join(' ') || 'Service'} API</h1>${htmlFragment(request)}</body></html>`;
  if (/csv/.test(mediaType))
    return `id,name,created_at\n${faker.string.numeric(5)},${make.thingName(request, request.topic.entity)},2025-05-${String(faker.number.int({ min: 10, max: 28 }))}`;
  return undefined;
}

/**
 * Rules for fields whose kind the name says but the general name rules do not know: a byline, an
 * HTML body, an OpenAPI version, a preferred version, a change, a parent commit, the key of a
 * category. Matched on the name's words joined by `_`; `undefined` when none applies.
 */
const FIELD_KINDS: ReadonlyArray<readonly [RegExp, (request: ValueRequest) => string | undefined]> = [
  // times of day of the sun, compass directions, links and ids written as one word (`messageid`, `deliveryreporturl`)
  [
    /(^|_)(sunrise|moonrise)$/,
    (r) => `0${r.faker.number.int({ min: 5, max: 7 })}:${String(r.faker.number.int({ min: 0, max: 59 })).padStart(2, '0')}`,
  ],
  [
    /(^|_)(sunset|moonset)$/,
    (r) => `${r.faker.number.int({ min: 17, max: 20 })}:${String(r.faker.number.int({ min: 0, max: 59 })).padStart(2, '0')}`,
  ],
  [
    /(^|_)(cdir|wind_dir|wind_direction|direction_compass)$/,
    (r) => pick(r.faker, ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW', 'NNW', 'WSW']),
  ],
  [
    /(^|_)cdir_full$/,
    (r) =>
      pick(r.faker, [
        'north',
        'northeast',
        'east',
        'southeast',
        'south',
        'southwest',
        'west',
        'northwest',
        'north-northwest',
        'west-southwest',
      ]),
  ],
  [
    /^(self|next|prev|previous|first|related|links?)$/,
    (r) => `https://${serviceHost(r.topic)}/${make.plural(r.topic.entity)}?page[after]=${r.faker.string.alphanumeric({ length: 12 })}`,
  ],
  [
    /^[a-z]{3,}(url|uri|link)$/,
    (r) =>
      `https://${serviceHost(r.topic)}/${r.words.join('').replace(/(url|uri|link)$/, '')}/${r.faker.string.alphanumeric({ length: 8, casing: 'lower' })}`,
  ],
  [
    /^[a-z]{3,}email$/,
    (r) => `${r.faker.person.firstName().toLowerCase()}.${r.faker.person.lastName().toLowerCase()}@${siteDomain(r.topic)}`,
  ],
  [
    /^(message|batch|request|job|order|account|user|transaction|session|device|item|client|customer|event|build|run|project)id$/,
    (r) => r.faker.string.uuid(),
  ],
  [
    /(^|_)(reponame|repo_name|repository_name)$/,
    (r) => pick(r.faker, ['web-frontend', 'api-server', 'mobile-app', 'data-pipeline', 'payments-service']),
  ],
  [/(^|_)by_?line$/, (r) => `By ${make.personName(r.faker)}`],
  [/(^|_)html$|^html_/, (r) => htmlFragment(r)],
  [
    /(^|_)(openapi|swagger|openapi_ver|openapi_version|swagger_version|swagger_ver|spec_version)$/,
    (r) => pick(r.faker, ['3.0.0', '3.0.1', '3.0.3', '3.1.0', '2.0']),
  ],
  [/(^|_)(ver|preferred|preferred_version|default_version|latest_version|current_version|latest|recommended)$/, (r) => make.version(r)],
  [/(^|_)(change|changes|delta|diff|trend|variation|growth)$/, (r) => signedPercent(r)],
  [
    /(^|_)(parent|parents|child|children|commit|commits|revision|ancestor|ancestors|descendant|descendants|head|base)$/,
    (r) => (VERSION_CONTROL.test(r.topic.text) ? hex(r.faker, 40) : undefined),
  ],
  [
    /(^|_)(sub_?headline|subtitle|sub_?heading|standfirst|teaser|lede|strapline|tagline|blurb|excerpt|abstract)$/,
    (r) => make.sentence({ ...r, words: ['summary'], snake: 'summary' }),
  ],
  [/(^|_)(headline|page_title)$/, (r) => make.title(r)],
  [/(^|_)(justify|align|alignment|text_align)$/, (r) => pick(r.faker, ['left', 'center', 'right', 'justify'])],
  [
    /(^|_)(public_?key|pubkey|publickey)$/,
    (r) => `-----BEGIN PUBLIC KEY-----MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE${r.faker.string.alphanumeric(40)}-----END PUBLIC KEY-----`,
  ],
  [/(^|_)(raw|payload|blob|encoded)$/, (r) => Buffer.from(make.sentence(r)).toString('base64')],
  [/(^|_)(cashier|clerk|operator|signer|editor|reporter|spokesperson|minister|premier)$/, (r) => make.personName(r.faker)],
  [
    /^(meta|metadata|meta_info|meta_data)$/,
    (r) => `source=${pick(r.faker, ['device', 'import', 'api', 'manual'])}; revision=${r.faker.number.int({ min: 1, max: 40 })}`,
  ],
  [/(^|_)(avg|average|mean|median|sum)(_|$)/, (r) => String(r.faker.number.float({ min: 0.5, max: 95, fractionDigits: 1 }))],
  [/(^|_)(credits|balance|remaining|quota|points)$/, (r) => String(r.faker.number.int({ min: 1, max: 500 }))],
  // `sectorKeys`, `ministry_key`: a slug of a category name; other keys an id in a common style
  [
    /(^|_)(key|keys|slug|slugs|handle)$/,
    (r) => {
      const noun = r.words.at(-2)?.replace(/s$/, '') ?? '';
      if (CATEGORY_NOUNS.test(noun)) return fromPool(r, CATEGORY_SLUGS);
      // a bare `key` is the key of what the tool is about (`posts_get_key_from_reference` → a post's key)
      const about =
        noun ||
        (r.topic.words.find(
          (word) => !/^(key|keys|latest|all|from|reference|references|get|list|fetch|find|read|show|search|one|by)$/.test(word),
        ) ??
          r.topic.entity);
      return make.prefixedId(r, about || 'key');
    },
  ],
  [
    /^(metric|metrics|stat|stats|statistic|statistics|measure|measures|kpi|kpis|indicator|indicators|counter|counters)$/,
    (r) => fromPool(r, MEASURES),
  ],
];

/** Types whose kind the record's noun says (`measurement_type`, `load_profile_type`, a hit's `entity_type`): ahead of the general category words. */
const TYPE_KINDS: ReadonlyArray<readonly [RegExp, (request: ValueRequest) => string | undefined]> = [
  [/(^|_)load_profile(_type)?$/, (r) => pick(r.faker, ['H0', 'G0', 'L0', 'G1'])],
  [/(^|_)measurement(_type)?$/, (r) => pick(r.faker, ['consumption', 'generation', 'feed-in'])],
  [
    /(^|_)(entity|related|hit|result|object|record|item)_type$/,
    (r) => (r.topic.domain === undefined ? undefined : pick(r.faker, lexicon.DOMAIN_KINDS[r.topic.domain] ?? ['record'])),
  ],
  [/^(poster|poster_name|page_name)$/, newsroomPage],
  [/^poster_(subtitle|category)$/, (r) => (newsroomPage(r) === undefined ? undefined : 'Government organization')],
  [/^(description|about)$/, newsletterDescription],
  // a Facebook post's type is what it carries, as the Graph API tells it
  [/^(type|post_type)$/, (r) => (/\bfacebook\b/.test(r.topic.text) ? pick(r.faker, ['link', 'photo', 'status', 'video']) : undefined)],
  [
    /(^|_)(subject|related_name|related_entity)$/,
    (r) => (r.topic.domain === undefined ? undefined : pick(r.faker, lexicon.DOMAIN_THINGS[r.topic.domain] ?? [''])),
  ],
  ...TOPIC_KINDS,
];

/** A government newsroom's pages (`BC Gov News`), who posts its Facebook posts; `undefined` outside a regional newsroom. */
function newsroomPage(request: ValueRequest): string | undefined {
  const region = regionOf(request.topic);
  if (request.topic.domain !== 'news' || region === undefined) return undefined;
  const short = region.cities[0]?.[1] ?? region.name;
  // the newsroom's own page posts every story it tells (a parks or wildfire page would post only its own)
  return `${short} Gov News`;
}
const NEWSLETTER_SUBJECTS = [
  'health care',
  'schools and child care',
  'housing',
  'wildfire season',
  'transportation projects',
  'the budget',
];
/** What a newsletter is (`A weekly newsletter on housing from the province.`), not a news story. */
function newsletterDescription(request: ValueRequest): string | undefined {
  if (!/\b(newsletters?|bulletins?|digests?)\b/.test(request.topic.text)) return undefined;
  const often = pick(request.faker, ['weekly', 'monthly', 'twice-monthly']);
  const who = regionOf(request.topic) === undefined ? 'the team' : 'the province';
  return `A ${often} newsletter from ${who} on ${pick(request.faker, NEWSLETTER_SUBJECTS)}.`;
}

/** The value of a type or subject the record's noun or the domain decides, ahead of the general name rules. */
export function typeKind(request: ValueRequest): string | undefined {
  for (const [pattern, maker] of TYPE_KINDS) {
    const value = pattern.test(request.snake) ? maker(request) : undefined;
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The value of a field whose kind its name says (see `FIELD_KINDS`), else `undefined`. */
export function fieldKind(request: ValueRequest): string | undefined {
  for (const [pattern, maker] of FIELD_KINDS) if (pattern.test(request.snake)) return maker(request);
  return undefined;
}
