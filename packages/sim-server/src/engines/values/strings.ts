import RandExpModule from 'randexp';
import { dateDirection, dateNear, dateRenderings, formatDate, isoDate, isoDateTime, isoTime } from './dates.js';
import { describedAsIdentifier, descriptionHints, namespacedIdentifier, type DescriptionHints } from './description-hints.js';
import * as make from './entities.js';
import type { ValueRequest } from './entities.js';
import * as lexicon from './lexicon.js';
import { documentOf, fieldKind, typeKind } from './field-kinds.js';
import { fieldShape, garmentSize } from './field-shapes.js';
import { nameRule } from './name-rules.js';
import { generateNumber } from './numbers.js';
import { numberKeyword, type Schema } from './schema-tools.js';
import { authoredText, isAuthoredField } from './authored-texts.js';
import { serviceHost } from './topic.js';
import { fittingString } from './fitting-strings.js';

// randexp is CommonJS: its types put the class on `.default`, its runtime exports the class itself.
type RandExpClass = typeof RandExpModule.default;
const RandExp: RandExpClass =
  (RandExpModule as unknown as { default?: RandExpClass }).default ?? (RandExpModule as unknown as RandExpClass);

const { pick } = make;

/** Strings for a `format`, shaped by the property name where it helps (`created_at` in the past). */
const BY_FORMAT: Record<string, (request: ValueRequest) => string> = {
  'date-time': (r) => isoDateTime(dateNear(r.faker, r.reference, dateDirection(r.snake))),
  'iso-date-time': (r) => isoDateTime(dateNear(r.faker, r.reference, dateDirection(r.snake))),
  date: (r) => isoDate(dateNear(r.faker, r.reference, dateDirection(r.snake))),
  time: (r) => isoTime(dateNear(r.faker, r.reference, 'near')),
  'iso-time': (r) => isoTime(dateNear(r.faker, r.reference, 'near')),
  email: (r) => (nameRule('email') as make.Maker)(r),
  'idn-email': (r) => (nameRule('email') as make.Maker)(r),
  uri: (r) => urlFor(r),
  url: (r) => urlFor(r),
  iri: (r) => urlFor(r),
  'uri-reference': (r) => `/${r.topic.entity}s/${r.faker.string.alphanumeric({ length: 8, casing: 'lower' })}`,
  'uri-template': (r) => `https://${serviceHost(r.topic)}/${make.plural(r.topic.entity)}/{id}`,
  'json-pointer': (r) => `/${r.topic.entity}/0/name`,
  'relative-json-pointer': () => '0/name',
  uuid: (r) => r.faker.string.uuid(),
  ipv4: (r) => r.faker.internet.ipv4(),
  ipv6: (r) => r.faker.internet.ipv6(),
  hostname: (r) => (nameRule('hostname') as make.Maker)(r),
  'idn-hostname': (r) => (nameRule('hostname') as make.Maker)(r),
  duration: (r) => pick(r.faker, ['PT30M', 'PT1H', 'P1D', 'PT15M', 'P7D', 'PT2H30M']),
  byte: (r) => Buffer.from(`${make.sentence(r)}`).toString('base64'),
  regex: () => '^[a-z0-9-]+$',
  phone: (r) => (nameRule('phone') as make.Maker)(r),
  'country-code': (r) => pick(r.faker, lexicon.COUNTRIES)[1],
  currency: (r) => r.faker.finance.currencyCode(),
};

/**
 * A field whose name says HTML (`htmlBody`, `detailsHtml`, `html`) holds HTML: prose becomes a
 * paragraph. A link, a path or a flag about HTML (`html_url`, `htmlFile`, `is_html`) is no HTML.
 */
function asHtml(request: ValueRequest, text: string | undefined): string | undefined {
  if (text === undefined || !/(^|_)html($|_)/.test(request.snake) || /<[a-z][^>]*>/i.test(text)) return text;
  if (/(^|_)(url|uri|link|href|path|file|filename|id|key|type|version|is|has|enabled|size|length|count)($|_)/.test(request.snake))
    return text;
  if (!/\s/.test(text.trim()) || /^https?:/.test(text)) return text;
  return `<p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`;
}

function urlFor(request: ValueRequest): string {
  const named = nameRule(request.snake)?.(request);
  return named !== undefined && /^https?:\/\//.test(named) ? named : (nameRule('url') as make.Maker)(request);
}

/** Hex allowed in either case (`[0-9a-fA-F]{32}`) is written in one by real APIs (Twilio SIDs): generate lower case, which still matches. */
export const oneCaseHex = (pattern: string): string => pattern.replace(/a-fA-F|A-Fa-f/g, 'a-f');

const patterns = new Map<string, { regex: RegExp; generator: InstanceType<RandExpClass> } | null>();

function compiled(pattern: string): { regex: RegExp; generator: InstanceType<RandExpClass> } | undefined {
  let entry = patterns.get(pattern);
  if (entry === undefined) {
    try {
      const generator = new RandExp(oneCaseHex(pattern));
      generator.max = 6;
      entry = { regex: new RegExp(pattern, 'u'), generator };
    } catch {
      entry = null;
    }
    if (patterns.size > 20_000) patterns.clear();
    patterns.set(pattern, entry);
  }
  return entry ?? undefined;
}

function fromStandard(standard: NonNullable<DescriptionHints['standard']>, request: ValueRequest): string {
  switch (standard) {
    case 'country':
      return pick(request.faker, lexicon.COUNTRIES)[1];
    case 'country3':
      return pick(request.faker, lexicon.COUNTRIES)[2];
    case 'currency':
      return request.faker.finance.currencyCode();
    case 'language':
      return pick(request.faker, lexicon.LANGUAGES);
    case 'locale':
      return pick(request.faker, lexicon.LOCALES);
    default:
      return (nameRule('phone') as make.Maker)(request);
  }
}

/** A value the description names, without a `name=` the description wrote it with. */
function named(value: string, request: ValueRequest): string | undefined {
  const lower = value.toLowerCase();
  if (lower.replace(/[^a-z0-9]/g, '') === request.words.join('')) return undefined;
  const assignment = value.lastIndexOf('=');
  return assignment > 0 && assignment < value.length - 1 && /^[$\w?-]+$/.test(value.slice(0, assignment).replace(/^.*[?&]/, ''))
    ? value.slice(assignment + 1)
    : value;
}

/** Fills a resource-name template a description gives (`projects/{project}/topics/{topic}`). */
function fillTemplate(template: string, request: ValueRequest): string {
  return template.replace(
    /\{([^}]+)\}|\[([A-Z_]+)\]|(?<=\/)\*(?=\/|$)/g,
    (_match, braces: string | undefined, brackets: string | undefined) => {
      const slot = (braces ?? brackets ?? 'id')
        .toLowerCase()
        .replace(/_id$|id$/, '')
        .replace(/[^a-z]/g, '');
      if (/project/.test(slot)) return pick(request.faker, ['acme-prod', 'analytics-dev-2231', 'my-project-48213']);
      if (/location|region/.test(slot)) return pick(request.faker, ['us-central1', 'europe-west1', 'global']);
      if (/zone/.test(slot)) return pick(request.faker, ['us-central1-a', 'europe-west1-b']);
      if (/organization|org/.test(slot)) return request.faker.string.numeric({ length: 12, allowLeadingZeros: false });
      return `${slot || 'item'}-${request.faker.number.int({ min: 1, max: 9999 })}`;
    },
  );
}

/** The value the description asks for, when it says enough. */
function fromDescription(hints: DescriptionHints, request: ValueRequest): string | undefined {
  const { faker } = request;
  const allowed = hints.allowed.filter((value) => named(value, request) !== undefined);
  if (allowed.length > 0) {
    if (hints.commaList && allowed.length > 1)
      return faker.helpers.arrayElements(allowed, { min: 1, max: Math.min(3, allowed.length) }).join(',');
    return pick(faker, allowed);
  }
  if (hints.template !== undefined) return fillTemplate(hints.template, request);
  if (hints.examples.length > 0 && faker.datatype.boolean(0.85)) {
    const example = named(pick(faker, hints.examples), request);
    if (example !== undefined) return example;
  }
  if (hints.standard !== undefined) return fromStandard(hints.standard, request);
  if (hints.dateFormat !== undefined) return formatDate(dateNear(faker, request.reference, dateDirection(request.snake)), hints.dateFormat);
  if (hints.epoch !== undefined) {
    const time = dateNear(faker, request.reference, dateDirection(request.snake)).getTime();
    return String(hints.epoch === 'ms' ? time : Math.floor(time / 1000));
  }
  if (hints.isoDateTime) return isoDateTime(dateNear(faker, request.reference, dateDirection(request.snake)));
  return undefined;
}

/**
 * When nothing is known of a string: a name of the thing the field names (a real one where the
 * domain or the lexicon knows the kind), never the field's or the tool's name restated
 * (`spots change`, `parent-47`).
 */
function fromNameAndTopic(request: ValueRequest): string {
  if (/(^|_)(q|query|search|keyword|term|terms|phrase)$/.test(request.snake)) return make.searchQuery(request);
  const words = request.words.filter((word) => !/^(x|val|value|param|str|string|data|input|arg|\d+)$/.test(word));
  return make.thingName(request, words.at(-1) ?? request.topic.entity);
}

/** Names of moments (`created_at`, `start_date`, `timestamp_utc`). */
const DATE_NAME = /(^|_)(date|time|datetime|timestamp|at|on|since|until|from_date|to_date|start_date|end_date)(_|$)/;

/** Names that say little on their own (`start` of a route or of a period?): the description decides first. */
const AMBIGUOUS =
  /^(start|end|from|to|source|target|destination|origin|value|key|type|name|title|number|code|data|input|output|item|field|param|resource|entity|object|text|string|location|place|id|format|kind|filter|query|q|term|label|identifier)$/;
const NUMERIC_NAME =
  /(^|_)(limit|count|size|page|page_size|per_page|offset|max|min|top|skip|amount|quantity|number|num|total|year|month|day|hour|minute|age|rating|score|price|level|radius|distance|width|height|length|duration|timeout|index|rank|version)$/;

/** A number written as a string, for a string property named or described as a number. */
function numericString(schema: Schema, request: ValueRequest, hints: DescriptionHints): string | undefined {
  // "The text that the number of words is to be calculated": a count is what the tool does with the text, not the text.
  if (!NUMERIC_NAME.test(request.snake) && isAuthoredField(request.snake)) return undefined;
  if (
    !NUMERIC_NAME.test(request.snake) &&
    hints.count !== true &&
    !(hints.minimum !== undefined && /\bnumber\b/i.test(String(schema['description'] ?? '')))
  )
    return undefined;
  return String(
    generateNumber({ description: schema['description'] }, request, !/(price|amount|rating|radius|distance)$/.test(request.snake)),
  );
}

function fits(value: string, minLength: number, maxLength: number, regex: RegExp | undefined): boolean {
  const length = [...value].length;
  return length >= minLength && length <= maxLength && (regex === undefined || regex.test(value));
}

/** A string in the making: the schema's length bounds and pattern, what the description says, and how the name reads. */
interface StringDraft {
  schema: Schema;
  request: ValueRequest;
  minLength: number;
  maxLength: number;
  pattern: ReturnType<typeof compiled>;
  regex: RegExp | undefined;
  hints: DescriptionHints;
  /** The name says little on its own: the description's subject goes before the name rules. */
  ambiguous: boolean;
  /** The value is an identifier: never one with spaces. */
  identifier: boolean;
}

function draftString(schema: Schema, request: ValueRequest): StringDraft {
  const pattern = typeof schema['pattern'] === 'string' ? compiled(schema['pattern']) : undefined;
  return {
    schema,
    request,
    minLength: numberKeyword(schema, 'minLength') ?? 0,
    maxLength: numberKeyword(schema, 'maxLength') ?? Infinity,
    pattern,
    regex: pattern?.regex,
    hints: descriptionHints(schema),
    ambiguous: AMBIGUOUS.test(request.words.at(-1) ?? ''),
    identifier:
      describedAsIdentifier(schema) || /^(id|ids|key|token|cursor|hash|sku|slug|uid|ref|etag|guid|sid)$/.test(request.words.at(-1) ?? ''),
  };
}

/** The name rule of the thing the description says the value is (`subject`), when that differs from the name. */
/** A field holding one line of an address (`line1`, `address_line2`, `street`). */
const ADDRESS_LINE = /(^|_)(line|line_?\d|address_?\d|address_line|street)$/;

function fromSubject(draft: StringDraft): string | undefined {
  const { hints, request } = draft;
  if (hints.subject === undefined || hints.subject === request.snake) return undefined;
  // "First line of the address" names one line of it, never a whole address
  if (ADDRESS_LINE.test(request.snake)) return undefined;
  const words = hints.subject.split('_');
  return nameRule(hints.subject)?.({ ...request, words, snake: hints.subject });
}

/** A moment under a pattern: the first usual rendering of a fresh date the pattern accepts, never the pattern's random characters. */
function momentPattern(draft: StringDraft): string | undefined {
  const { schema, request, regex } = draft;
  const dateFormat = typeof schema['format'] === 'string' && /date|time/.test(schema['format']);
  if (regex === undefined || !(dateFormat || DATE_NAME.test(request.snake) || /(\\d|\[0-9\])\{4\}\\?-/.test(regex.source)))
    return undefined;
  return dateRenderings(dateNear(request.faker, request.reference, dateDirection(request.snake))).find((value) =>
    fits(value, draft.minLength, draft.maxLength, regex),
  );
}

/** A value in the notation the description names: a chess position "in FEN" is a real position, never a place's coordinates. */
function describedNotation(schema: Schema, request: ValueRequest, hints: DescriptionHints): string | undefined {
  const description = String(schema['description'] ?? '');
  if (/\bFEN\b|Forsyth/.test(description)) return pick(request.faker, lexicon.FEN_POSITIONS);
  // points shown as bracketed pairs (`(35.5, -75.5),(45, 65)`) are pairs too: a real city's point, never one number
  if (hints.examples.length > 0 && hints.examples.every((example) => POINT_PAIR.test(example))) {
    const [, , , lat, lon] = pick(request.faker, lexicon.CITIES);
    return `(${lat}, ${lon})`;
  }
  return undefined;
}
/**
 * A cloud or bank identifier its name or description names, in its real shape: an IAM role's or a
 * resource's ARN, an S3 folder, a terminology's name, a BIC; never the pattern's random characters.
 */
function describedIdentifier(schema: Schema, request: ValueRequest): string | undefined {
  const description = String(schema['description'] ?? '');
  const { faker, words } = request;
  const last = words.at(-1) ?? '';
  const account = faker.string.numeric({ length: 12, allowLeadingZeros: false });
  if (last === 'arn' || /\(ARN\)/.test(description)) {
    if (words.includes('role') || /\bIAM\b|\brole\b/.test(description))
      return `arn:aws:iam::${account}:role/${pick(faker, lexicon.AWS_ROLES)}`;
    const service = request.topic.words.find((word) => /^(translate|s3|kms|lambda)$/.test(word)) ?? 'translate';
    return `arn:aws:${service}:us-east-1:${account}:${pick(faker, lexicon.AWS_RESOURCES)}`;
  }
  if (last === 'uri' && (words.includes('s3') || /\bS3\b/.test(description))) {
    // a job's input folder is an input one, its output folder an output one
    const side = /\boutput\b/i.test(description) ? 'output' : /\binput\b/i.test(description) ? 'input' : '';
    return `s3://${pick(
      faker,
      lexicon.S3_FOLDERS.filter((folder) => folder.includes(side)),
    )}`;
  }
  if (words.includes('terminology') || /\bterminology (list|resource|name)/i.test(description)) return pick(faker, lexicon.TERMINOLOGIES);
  if (/\bBIC(FI)?\b|\bSWIFT\b/.test(description)) return pick(faker, lexicon.BICS);
  return undefined;
}

const POINT_PAIR = /^\(\s*-?\d+(\.\d+)?\s*,\s*-?\d+(\.\d+)?\s*\)$/;

/** The sources of a string, in the order they are tried (each drawn only when reached). */
function stringCandidates(draft: StringDraft): Array<() => string | undefined> {
  const { schema, request, hints } = draft;
  const format = typeof schema['format'] === 'string' ? BY_FORMAT[schema['format']] : undefined;
  const mediaType = typeof schema['contentMediaType'] === 'string' ? schema['contentMediaType'] : undefined;
  const byName = (): string | undefined => nameRule(request.snake)?.(request);
  const bySubject = (): string | undefined => fromSubject(draft);
  return [
    () => (mediaType === undefined ? undefined : documentOf(mediaType, request)),
    () => format?.(request),
    () => momentPattern(draft),
    () => describedNotation(schema, request, hints),
    () => describedIdentifier(schema, request),
    () => fittingString(schema, request),
    () => make.domainValue(request, `${request.words.join(' ')} ${String(schema['description'] ?? '')}`),
    // A person's text (a message, a ticket's description, a sentence to analyse) is what it is, before any shape its tool's words suggest.
    () => authoredText(request),
    draft.identifier
      ? () =>
          namespacedIdentifier(
            String(schema['description'] ?? ''),
            (count) => request.faker.string.numeric({ length: count }),
            (count) => request.faker.string.hexadecimal({ length: count, casing: 'lower', prefix: '' }),
          )
      : () => undefined,
    // "How many initial results should be skipped" under `from`: a count, whatever the name suggests
    hints.count === true ? () => numericString(schema, request, hints) : () => undefined,
    () => fromDescription(hints, request),
    () => typeKind(request),
    () => garmentSize(request),
    draft.ambiguous ? bySubject : byName,
    draft.ambiguous ? byName : bySubject,
    () => fieldKind(request),
    () => numericString(schema, request, hints),
    // the description's example beats a name made of the field's own word (`overall`, never `Types 87`)
    () => (hints.examples.length > 0 ? named(pick(request.faker, hints.examples), request) : undefined),
    // a flag, a count, money, a media link, an address line, a role: never a made-up name
    () => fieldShape(request),
    () => fromNameAndTopic(request),
  ];
}

/**
 * A value that only says its field's name (`"categoryId": "category"`, `"display_name": "display name"`):
 * no value at all. A one-word field may hold its own word as one of its values (`"justify": "justify"`).
 */
export function restatesField(value: string, snake: string): boolean {
  const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
  const said = squash(value);
  const field = squash(snake);
  const stem = field.replace(/(id|ids|key|code|name)$/, '');
  return said !== '' && ((said === field && snake.includes('_')) || (stem !== field && said === stem));
}

/** A candidate's text as the schema takes it (as HTML where the name says HTML, cut at a word to fit), or undefined. */
function fitted(draft: StringDraft, text: string | undefined): string | undefined {
  const { minLength, maxLength, regex } = draft;
  // a field whose name says HTML holds HTML, whichever source gave its text
  const html = asHtml(draft.request, text);
  const value = html !== undefined && fits(html, minLength, maxLength, regex) ? html : text;
  if (value === undefined || restatesField(value, draft.request.snake)) return undefined;
  // what the description calls an identifier has no spaces (`breast cancer` is no EFO identifier)
  if (draft.identifier && /\s/.test(value.trim())) return undefined;
  if (fits(value, minLength, maxLength, regex)) return value;
  // a long sentence may be cut at a word to fit maxLength
  if (regex === undefined && value.length > maxLength && maxLength >= 8 && / /.test(value)) {
    const cut = value
      .slice(0, maxLength)
      .replace(/\s+\S*$/, '')
      .trim();
    if (fits(cut, minLength, maxLength, undefined)) return cut;
  }
  return undefined;
}

/** The pattern's own characters: three tries at the length bounds, then padded or cut where the pattern allows. */
function fromPattern(draft: StringDraft, pattern: NonNullable<StringDraft['pattern']>): string {
  const { request, minLength, maxLength } = draft;
  pattern.generator.randInt = (low: number, high: number) => request.faker.number.int({ min: low, max: high });
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const value = pattern.generator.gen();
    if (fits(value, minLength, maxLength, undefined)) return value;
  }
  const value = pattern.generator.gen();
  // an unanchored pattern only asks that the string contain a match: pad or cut to the length bounds
  const anchored = /^\^/.test(pattern.regex.source) && /(?<!\\)\$$/.test(pattern.regex.source);
  if (!anchored && value.length < minLength)
    return value + request.faker.string.alphanumeric({ length: minLength - value.length, casing: 'lower' });
  if (value.length > maxLength) return value.slice(0, maxLength);
  return value;
}

/**
 * A string for `schema` named `request.words`: format, then pattern, then the description's hints,
 * then the name rules (on the name, then on what the description says the value is), then a noun
 * phrase from the name and the tool's topic. A candidate that breaks `pattern` or the length bounds
 * gives way to the next source; the pattern itself, then characters of the right length, come last.
 */
export function generateString(schema: Schema, request: ValueRequest): string {
  const draft = draftString(schema, request);
  for (const candidate of stringCandidates(draft)) {
    const value = fitted(draft, candidate());
    if (value !== undefined) return value;
  }
  if (draft.pattern !== undefined) return fromPattern(draft, draft.pattern);
  const length = Math.max(draft.minLength, Math.min(draft.maxLength, 12));
  return request.faker.string.alphanumeric({ length, casing: 'lower' });
}
