import { nameWords } from '../entity-rules.js';

/** What a tool is about, so a query, a name or a team fits it (a search on a basketball tool asks about basketball). */
export interface Topic {
  /** Content words of the tool's name and description, verbs and filler dropped. */
  words: string[];
  /** Content words of the tool's name alone (`get_brands_key` → `brands`, `key`). */
  own?: string[];
  /** The thing the tool acts on (`create_order` → `order`). */
  entity: string;
  /** A sport the tool is about, when it names one. */
  sport?: string;
  /** The sport taken for a tool that names none (`get_game_results`), chosen by its description. */
  sportTaken?: string;
  /** The tool's name and description, lower-case, for keyword tests. */
  text: string;
  /** The field the API works in, when its name or description says so (genetics → gene symbols and diseases, not `autocomplete`). */
  domain?: Domain;
  /** The API's host (`api.corrently.io`), when known: links in its values point there, not to example.com. */
  host?: string;
}

export type Domain = 'genetics' | 'news' | 'energy' | 'telecom' | 'security';

/** Words that place a tool in a field; the first domain whose words occur wins. */
const DOMAIN_WORDS: Array<[Domain, RegExp]> = [
  [
    'genetics',
    /\b(genes?|ensembl|ensgid|ensg\d*|efo|efoid|diseases?|drugs?|eco|enrichment|gene-expression|expression|associations?|evidence|therapeutic|chembl|reactome|phenotypes?|open[ _]targets|targets?-disease)\b/,
  ],
  [
    'energy',
    /\b(energy|strom\w*|tariff\w*|metering|meter|quittung|receipt|zipcode|plz|grünstrom\w*|greenpowerindex|gsi|wallbox\w*|chargers?|kwh|corrently|easee|ocpp)\b/,
  ],
  ['news', /\b(news|newsroom|posts?|newsletters?|articles?|headlines?|ministry|ministries|minister|slides?|press release)\b/],
  ['telecom', /\b(fax|faxes|sms|e\.164|phone number)\b/],
  ['security', /\b(md5|sha-?1|sha-?256|hash|hashes|hashlookup|malware)\b/],
];

const VERBS = new Set([
  'get',
  'list',
  'create',
  'update',
  'delete',
  'remove',
  'add',
  'set',
  'put',
  'post',
  'patch',
  'fetch',
  'find',
  'search',
  'retrieve',
  'read',
  'show',
  'view',
  'check',
  'calculate',
  'compute',
  'lookup',
  'query',
  'make',
  'send',
  'run',
  'start',
  'stop',
  'cancel',
  'book',
  'new',
  'replace',
  'upsert',
  'describe',
  'generate',
  'convert',
  'analyze',
  'predict',
  'estimate',
  'determine',
  'modify',
  'edit',
  'submit',
  'by',
  'for',
  'of',
  'the',
  'a',
  'an',
  'and',
  'or',
  'to',
  'in',
  'on',
  'with',
  'from',
  'all',
  'id',
  'ids',
  'info',
  'details',
  'data',
  'api',
  'v1',
  'v2',
  'v3',
  'get',
  'simple',
  'python',
  'java',
  'javascript',
  'this',
  'that',
  'specified',
  'given',
  'specific',
  'returns',
  'return',
  'retrieves',
  'gets',
  'is',
  'are',
  'be',
  'it',
  'its',
  'using',
  'based',
  'one',
  'multiple',
  'current',
  'user',
  'request',
  'operation',
  'resource',
  'resources',
  'information',
  'if',
  'which',
  'will',
  'can',
  'when',
  'at',
  'as',
  'not',
  'we',
  'you',
  'your',
  'my',
]);

const SPORT_WORDS: Array<[string, RegExp]> = [
  ['basketball', /\b(basketball|nba|wnba)\b/],
  ['football', /\b(nfl|american football|quarterback|touchdown)\b/],
  ['soccer', /\b(soccer|premier league|la liga|fifa|uefa|football club)\b/],
  ['baseball', /\b(baseball|mlb)\b/],
  ['hockey', /\b(hockey|nhl)\b/],
  ['cricket', /\b(cricket|ipl)\b/],
];

/** The sport a text names (`NBA` → basketball), if any. */
export function sportNamedIn(text: string): string | undefined {
  return SPORT_WORDS.find(([, pattern]) => pattern.test(text))?.[0];
}

/**
 * The sport taken for a tool whose name and description name none, chosen by its description, so that
 * its arguments (both teams of a match, a player and a league) and its result's fields are of one sport.
 */
export function sportTakenFor(description: string): string {
  const sports = ['basketball', 'soccer', 'football', 'baseball'];
  const hash = [...description.toLowerCase()].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) >>> 0, 7);
  return sports[hash % sports.length] as string;
}

/**
 * Words a spec's description says about itself ("This tool belongs to the TwitterAPI, which provides
 * core functionality for…"): no subject of the tool, so never a search keyword's or a name's words.
 */
const DESCRIPTION_FILLER = new Set([
  'this',
  'that',
  'which',
  'tool',
  'tools',
  'belongs',
  'provides',
  'core',
  'functionality',
  'functionalities',
  'allows',
  'description',
  'endpoint',
  'method',
  'function',
]);

const cache = new Map<string, Topic>();

function singular(word: string): string {
  if (/(ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  return word.endsWith('ies')
    ? `${word.slice(0, -3)}y`
    : word.endsWith('s') && !word.endsWith('ss') && word.length > 3
      ? word.slice(0, -1)
      : word;
}

/**
 * A word of a tool's name that says what happened or what state a thing is in, not what the thing is
 * (`requisition_created`, `post_messages_failed`, `news_trending`): never its entity, so no link reads `/createds/`.
 */
export const STATE_WORD =
  /^(created|deleted|updated|removed|added|changed|modified|failed|succeeded|completed|cancell?ed|expired|pending|active|inactive|enabled|disabled|archived|published|trending|latest|new|recent|popular|ping|status|by|all|id|ids|v\d+)$/;

/** The thing a tool acts on: the last word of its name that names a thing (`requisition_created` → `requisition`). */
function entityOf(nameOnly: readonly string[], described: readonly string[]): string {
  const noun = [...nameOnly].reverse().find((word) => !STATE_WORD.test(word) && !/^[a-z]{3,}(ated|eted|ized|ised)$/.test(word));
  return singular(noun ?? described.find((word) => !STATE_WORD.test(word)) ?? 'item');
}

/** The topic of a tool, from its name and (optionally) its description; cached. */
export function toolTopic(tool: string, description = '', host?: string): Topic {
  const key = `${tool}\u0000${description}\u0000${host ?? ''}`;
  let topic = cache.get(key);
  if (topic === undefined) {
    const nameOnly = nameWords(tool).filter((word) => !VERBS.has(word) && !/^\d+$/.test(word) && word.length > 1);
    // a benchmark's preamble ("This tool belongs to the Message API, which is used to manage…") speaks of the API, not of this tool
    const own = description.replace(/^\s*This tool belongs to [^.]*\.\s*(Tool description:\s*)?/i, '');
    const described = nameWords(own.slice(0, 200)).filter(
      (word) => !VERBS.has(word) && !DESCRIPTION_FILLER.has(word) && word.length > 2 && !/^\d+$/.test(word),
    );
    const text = `${nameWords(tool).join(' ')} ${description.toLowerCase()}`;
    topic = {
      words: [...new Set([...nameOnly, ...described.slice(0, 6)])],
      entity: entityOf(nameOnly, described),
      text,
      own: nameOnly,
    };
    const sport = sportNamedIn(text);
    if (sport !== undefined) topic.sport = sport;
    else topic.sportTaken = sportTakenFor(description);
    // a leading HTTP verb (`post_relation`) is no news post; a server name's `_` separates words (`open_targets_platform`)
    const domainText = `${nameWords(tool)
      .filter((word, index) => index > 0 || !/^(get|post|put|patch|delete|head)$/.test(word))
      .join(' ')} ${description.toLowerCase().replace(/_/g, ' ')}`;
    let domain = DOMAIN_WORDS.find(([, pattern]) => pattern.test(domainText))?.[0];
    // a shop's articles are products, not news
    if (domain === 'news' && /\b(shop|store|zalando|fashion|catalog|products?|brands?|reviews?)\b/.test(domainText)) domain = undefined;
    if (domain !== undefined) topic.domain = domain;
    if (host !== undefined) topic.host = host;
    if (cache.size > 20_000) cache.clear();
    cache.set(key, topic);
  }
  return topic;
}

/** Words too general to name a site after (`get_item` is no `item.com`). */
const GENERIC_SITE_WORD =
  /^(item|items|data|info|list|result|results|value|values|record|records|object|entity|resource|api|service|one|all|by|id|ids)$/;

/**
 * The domain an API's links and addresses sit under: its host without `api.`/`www.` (`gov.bc.ca`),
 * else one made from what the tool is about (`weather_forecast` → `weatherforecast.com`), never a
 * placeholder such as example.com.
 */
export function siteDomain(topic: Pick<Topic, 'host' | 'words' | 'entity' | 'own'>): string {
  if (topic.host !== undefined) return topic.host.replace(/^(api|www)\./, '');
  const words = [...(topic.own ?? []), ...topic.words, topic.entity].filter(
    (word) => /^[a-z]{3,}$/.test(word) && !GENERIC_SITE_WORD.test(word),
  );
  const stem = [...new Set(words)].slice(0, 2).join('');
  return `${stem === '' ? 'service' : stem}.com`;
}

/** The host an API answers on: the known one, else `api.` before its site's domain. */
export function serviceHost(topic: Pick<Topic, 'host' | 'words' | 'entity' | 'own'>): string {
  return topic.host ?? `api.${siteDomain(topic)}`;
}

/**
 * The host an API answers on, guessed from where its spec came from: a spec file named after its
 * provider (`corrently.io.json`, `twilio.com_twilio_fax_v1.json` → `api.corrently.io`, `api.twilio.com`)
 * or a server named with its domain (`corrently_io`). Undefined when neither names a domain.
 */
export function apiHost(file: string | undefined, server: string | undefined): string | undefined {
  const stem =
    (file ?? '')
      .split('/')
      .at(-1)
      ?.replace(/\.(json|ya?ml)$/i, '')
      .split('_')[0] ?? '';
  const fromServer = /^([a-z0-9]+(?:_[a-z0-9]+)*)_(io|com|org|net|dev|ai|app|co|de|uk|lu|eu|guru|cloud)$/.exec(server ?? '');
  const domain = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(stem)
    ? stem.toLowerCase()
    : fromServer !== null
      ? `${(fromServer[1] as string).split('_').at(-1)}.${fromServer[2]}`
      : undefined;
  if (domain === undefined) return undefined;
  return /^(api|www)\./.test(domain) ? domain : `api.${domain}`;
}
