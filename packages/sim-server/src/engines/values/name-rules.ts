import { dateNear, formatDate, httpDate } from './dates.js';
import * as make from './entities.js';
import type { Maker, ValueRequest } from './entities.js';
import { fieldOf, HOTELS, kindName } from './kinds.js';
import * as lexicon from './lexicon.js';
import { aboutProducts, agentNoun } from './products.js';
import { accountHandle, SOCIAL_SERVICES } from './accounts.js';
import { contactDetails, contactTitle, regionalCity, regionOf } from './regions.js';
import { postalAddress, streetLine } from './addresses.js';
import { siteDomain, STATE_WORD } from './topic.js';
import { nounThing } from './noun-things.js';
import { BOOK_AUTHORS, BOOKS } from './famous-facts.js';
import { LEAGUES, PLAYERS, SPORTS_TEAMS } from './sports-facts.js';

/** Auction houses an art price is fetched from. */
const AUCTION_HOUSES = ['all', "Sotheby's", "Christie's", 'Phillips'];
const { pick, hex } = make;

/** An API of a German energy market places its meters and customers in Germany: `maker` elsewhere. */
function inGermany(maker: Maker): Maker {
  return (request) => (request.topic.domain === 'energy' ? germanPlace(request) : maker(request));
}

/** `Hauptstraße 12, 04109 Leipzig` for an address, the city alone for a city. */
function germanPlace(request: ValueRequest): string {
  const [city, zip] = pick(request.faker, lexicon.GERMAN_PLACES);
  if (/(city|town)$/.test(request.snake)) return city;
  return `${pick(request.faker, ['Hauptstraße', 'Bahnhofstraße', 'Gartenweg', 'Schulstraße', 'Lindenallee'])} ${request.faker.number.int({ min: 1, max: 120 })}, ${zip} ${city}`;
}
/** Does the tool work with files (a folder, an upload, a repository), so that a bare `dir` or `source` is a path? */
const aboutFiles = (request: ValueRequest): boolean =>
  /\b(files?|folders?|director(y|ies)|paths?|uploads?|storage|disks?|drives?|repos?|repositor(y|ies)|sync|backups?|ftp|buckets?|s3)\b/.test(
    request.topic.text,
  );

/** A tool that sends text messages, SMS or faxes (by its words, or its API's host: `api.thesmsworks.co.uk`) addresses them to phone numbers. */
const MESSAGING = /\b(sms|mms|fax(es)?|text messages?|whatsapp)\b/i;

/** A `destination` of a messaging tool is a phone number (`447…`), of a file tool a folder; else none. */
function destinationOf(request: ValueRequest): string | undefined {
  if (MESSAGING.test(request.topic.text) || /sms|fax/.test(request.topic.host ?? ''))
    return `447${request.faker.string.numeric({ length: 9, allowLeadingZeros: true })}`;
  return aboutFiles(request) ? pick(request.faker, lexicon.DIRECTORIES) : undefined;
}

/** A train's `track` (not a music track's `track_name`): on a railway API's board. */
const railTrack = (request: ValueRequest): boolean => request.snake === 'track' && fieldOf(request.topic) === 'rail';
/** The platform a train stops at: `1`–`14`. */
const trackNumber = (request: ValueRequest): string => String(request.faker.number.int({ min: 1, max: 14 }));

/** A train's `origin`/`destination`: a station of the railway's (`Köln Hbf`), never Buenos Aires; undefined off the railway. */
const railStation = (request: ValueRequest): string | undefined =>
  fieldOf(request.topic) === 'rail' && /^(origin|destination)$/.test(request.snake)
    ? kindName(request.faker, request.topic, request.snake)
    : undefined;

const CURRENCY_PAIR = /\b(currency pairs?|currencies|forex|fx|exchange rates?)\b/;

/** A `dir` outside files is a compass point (`SW`); a `source` is where the data came from (a weather model, a site). */
function notAPath(request: ValueRequest): string {
  if (request.words.at(-1) === 'dir') return pick(request.faker, ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW', 'NNE', 'WSW']);
  if (/\b(weather\w*|forecasts?|air ?quality|pollution)\b/.test(request.topic.text))
    return pick(request.faker, ['ECMWF', 'NOAA GFS', 'METAR', 'DWD ICON', 'national monitoring network']);
  return `https://${request.topic.host ?? `www.${siteDomain(request.topic)}`}`;
}
const GENERIC = /^(id|ids|uuid|guid|name|names|title|code|number|num|no|key|ref|reference|value|type|x|s)$/;
const noun = (request: ValueRequest): string => make.subjectNoun(request, GENERIC);
/** Where a link named after a public service points (`flickrUri` is on Flickr, not on the API). */
const SERVICE_HOSTS: Record<string, string> = {
  flickr: 'www.flickr.com/photos',
  twitter: 'x.com',
  facebook: 'www.facebook.com',
  youtube: 'www.youtube.com/c',
  instagram: 'www.instagram.com',
  soundcloud: 'soundcloud.com',
  linkedin: 'www.linkedin.com/company',
  github: 'github.com',
};

const PERSON_ROLES =
  /(^|_)(player|user|customer|owner|manager|driver|contact|patient|doctor|physician|employee|student|teacher|member|recipient|sender|assignee|reviewer|host|guest|passenger|candidate|lawyer|agent|person|people|client|buyer|seller|author|actor|director|coach|speaker|attendee|friend|holder|account_holder|traveler|traveller|representative|applicant|tenant|landlord|instructor|creator|requester|approver|winner|scorer|goalscorer|champion|mvp|athlete|character|composer|scientist|discoverer|inventor|prophet|sculptor|painter|architect|mathematician|physicist|chemist|philosopher|explorer|judge|politician|president|ceo|founder|volunteer|participant|invitee|subscriber|follower|organizer|organiser|pope|king|queen|artist_or_band|scientist_name)(_name)?$/;
const CLOUD_NOUNS =
  /(^|_)(resource_group|group|database|db|server|cluster|account|storage|vault|gateway|nat_gateway|network|bucket|table|schema|queue|gallery|credential|scope|container|namespace|workspace|subscription|factory|pool|instance|registry|repository|repo|branch|service|app|application|environment|deployment|pipeline|job|topic|stream|index|collection|volume|disk|snapshot|image|vm|machine|zone|project|organization|org|tenant|site|slot|plan|policy|role|secret|certificate|endpoint|profile|vnet|subnet|model|experiment|dataset|workflow|runbook|definition|version)_name$/;

/** The resource a link's path names: the tool's thing, never a state or participle (`/associateds/`, `/createds/`). */
function pathNoun(r: ValueRequest): string {
  const fits = (word: string) => !STATE_WORD.test(word) && !/^[a-z]{3,}(ed|ing)$/.test(word);
  return [r.topic.entity, ...[...(r.topic.own ?? [])].reverse()].find((word) => word !== undefined && fits(word)) ?? 'item';
}

/**
 * Property-name rules, most specific first (a test pins the order: `country_code` before `country`,
 * `sha256` before `hash`, `created_at` a date, `user_name` before `name`). Matched on the name's
 * words joined by `_` (`X-Amz-Content-Sha256` → `x_amz_content_sha256`, `idBoard` → `id_board`).
 */
export const NAME_RULES: ReadonlyArray<readonly [RegExp, Maker]> = [
  // a choice between two sides the name states (`thinking_vs_feeling`): one of them, as a user would say it
  [/^[a-z]+_(vs|versus|or)_[a-z]+$/, (r) => pick(r.faker, [r.words[0] as string, r.words.at(-1) as string])],
  // a record's contact (`contacts[].title`, `contacts[].details`) is someone to reach, never the record's own headline
  [/(^|_)contacts?_title$/, (r) => contactTitle(r.faker)],
  [/(^|_)contacts?_(details|detail|info|description|text)$/, (r) => contactDetails(r.faker, r.topic, siteDomain(r.topic))],
  // a flag written as a string (`includeDetails`, `is_deleted`): true or false, never a sentence
  [
    /^(is|has|include|show|enable|allow|with)_(details|deleted|archived|inactive|all|hidden|metadata|children|count|total|active|private|public)$/,
    (r) => pick(r.faker, ['true', 'false']),
  ],
  // hashes, signatures and credentials
  [/(^|_)sha_?512(_|$)/, (r) => hex(r.faker, 128)],
  [/(^|_)sha_?384(_|$)/, (r) => hex(r.faker, 96)],
  [/(^|_)(sha_?256|content_sha256|signature|x_amz_signature|hmac)(_|$)/, (r) => hex(r.faker, 64)],
  [/(^|_)(sha_?1|sha)(_|$)/, (r) => hex(r.faker, 40)],
  [/(^|_)(md5|checksum|content_md5)(_|$)/, (r) => hex(r.faker, 32)],
  [/(^|_)(hash|digest|fingerprint)(_|$)/, (r) => hex(r.faker, 64)],
  [/(^|_)(etag|if_match|if_none_match)$/, (r) => `"${hex(r.faker, 16)}"`],
  [/(^|_)x_amz_credential$/, (r) => make.credentialScope(r)],
  [
    /(^|_)x_amz_signed_headers$/,
    (r) => pick(r.faker, ['host;x-amz-date', 'content-type;host;x-amz-date', 'host;x-amz-content-sha256;x-amz-date']),
  ],
  [/(^|_)x_amz_date$/, (r) => formatDate(dateNear(r.faker, r.reference, 'past'), 'YYYYMMDDTHHmmssZ')],
  [/(^|_)x_amz_security_token$/, (r) => `IQoJb3JpZ2luX2Vj${r.faker.string.alphanumeric(96)}`],
  [/(^|_)x_amz_algorithm$/, () => 'AWS4-HMAC-SHA256'],
  [/(^|_)(if_modified_since|if_unmodified_since|last_modified)$/, (r) => httpDate(dateNear(r.faker, r.reference, 'past'))],
  [/(^|_)(jwt|id_token|bearer)$/, (r) => make.jwt(r.faker)],
  [/^authorization$/, (r) => `Bearer ${make.jwt(r.faker)}`],
  [/(^|_)(access_token|refresh_token|oauth_token)$/, (r) => `ya29.${r.faker.string.alphanumeric(40)}`],
  [
    /(^|_)(api_key|apikey|key_id|access_key|x_api_key|subscription_key|app_key)$/,
    (r) => r.faker.string.alphanumeric({ length: 32, casing: 'lower' }),
  ],
  [
    /(^|_)(password|passwd|pwd|passphrase)$/,
    (r) =>
      `${pick(r.faker, ['Sunset', 'Maple', 'Harbor', 'Falcon'])}${r.faker.number.int({ min: 10, max: 99 })}!${pick(r.faker, ['Blue', 'Rock', 'Tree'])}`,
  ],
  [/(^|_)(secret|client_secret|token|csrf_token|nonce|session|session_id|sas|sig)$/, (r) => r.faker.string.alphanumeric(32)],
  [
    /(^|_)(cursor|page_token|next_token|next_page_token|continuation_token|continuation|marker|skip_token|starting_token|after_cursor|before_cursor|pagination_token|next_cursor|start_cursor)$/,
    (r) => Buffer.from(`${r.topic.entity}:${r.faker.number.int({ min: 100, max: 99999 })}`).toString('base64url'),
  ],
  [/(^|_)user_agent$/, (r) => pick(r.faker, lexicon.USER_AGENTS)],
  [/(^|_)(callback|jsonp)$/, (r) => pick(r.faker, ['handleResponse', 'jsonpCallback', 'processData', 'onResult'])],
  [/(^|_)quota_user$/, (r) => `user-${r.faker.number.int({ min: 1000, max: 99999 })}`],
  [
    /(^|_)(uuid|guid|request_id|correlation_id|trace_id|x_request_id|x_correlation_id|client_request_id|idempotency_key|x_ms_client_request_id|subscription_id|tenant_id|principal_id|object_id|application_id|directory_id)$/,
    (r) => r.faker.string.uuid(),
  ],
  // ids: `*_id`, `*Id`, `id*` (Trello's idBoard), `ids`
  [/(^|_)ids$/, (r) => [make.prefixedId(r, noun(r)), make.prefixedId(r, noun(r))].join(',')],
  [/(^|_)id(_|$)|^id$/, (r) => make.prefixedId(r, noun(r))],
  // network
  [/(^|_)(ip|ip_address|user_ip|client_ip|remote_ip|source_ip|ipv4|remote_addr|x_forwarded_for|host_ip)$/, (r) => r.faker.internet.ipv4()],
  [/(^|_)ipv6$/, (r) => r.faker.internet.ipv6()],
  [/(^|_)(mac|mac_address)$/, (r) => r.faker.internet.mac()],
  [/(^|_)(cidr|address_prefix|subnet_prefix)$/, (r) => `10.${r.faker.number.int({ min: 0, max: 255 })}.0.0/16`],
  [
    /(^|_)(e_?mail|email_address|mail|from_email|to_email|reply_to|cc|bcc)$/,
    (r) =>
      r.faker.internet
        .email({
          firstName: r.faker.person.firstName(),
          lastName: r.faker.person.lastName(),
          provider: pick(r.faker, [siteDomain(r.topic), 'gmail.com', 'outlook.com', 'yahoo.com']),
        })
        .toLowerCase(),
  ],
  [
    /(^|_)(phone|phone_number|mobile|mobile_number|telephone|tel|fax|fax_number|cell|msisdn|caller|caller_id|to_number|from_number)$/,
    (r) => `+1${r.faker.string.numeric({ length: 10, allowLeadingZeros: false }).replace(/^[01]/, '4')}`,
  ],
  [
    /(^|_)(image|avatar|photo|picture|thumbnail|logo|icon|cover)(_url|_uri)?$/,
    (r) => `https://images.${siteDomain(r.topic)}/${r.topic.entity}/${r.faker.string.alphanumeric({ length: 8, casing: 'lower' })}.jpg`,
  ],
  // where a payment or sign-in sends the user back (`redirect`), a page of the service, never a company name
  [/(^|_)(redirect|redirect_link|redirect_to)$/, (r) => `https://www.${siteDomain(r.topic)}/return`],
  [
    /(^|_)(webhook|callback_url|redirect_uri|redirect_url|return_url|notify_url|notification_url|status_callback|webhook_url|success_url|cancel_url)$/,
    (r) => `https://${pick(r.faker, ['www', 'app', 'hooks'])}.${siteDomain(r.topic)}/webhooks/${r.topic.entity}`,
  ],
  [
    /(^|_)(flickr|twitter|facebook|youtube|instagram|soundcloud|linkedin|github)(_(uri|url|link|page|profile))?$/,
    (r) => {
      const service = r.words.find((word) => word in SERVICE_HOSTS) ?? 'github';
      const person = () =>
        r.faker.internet
          .username()
          .toLowerCase()
          .replace(/[^a-z0-9_]+/g, '');
      return `https://${SERVICE_HOSTS[service] as string}/${accountHandle(r, service, person)}`;
    },
  ],
  [
    /(^|_)(website|homepage|web_url|html_url)$/,
    (r) => `https://www.${siteDomain(r.topic)}/${make.plural(pathNoun(r))}/${r.faker.string.alphanumeric({ length: 6, casing: 'lower' })}`,
  ],
  [
    /(^|_)(url|uri|link|href|website|homepage|endpoint|source_url|target_url|site|web_url|html_url)$/,
    (r) =>
      `https://${r.topic.host ?? `www.${siteDomain(r.topic)}`}/${make.plural(pathNoun(r))}/${r.faker.string.alphanumeric({ length: 6, casing: 'lower' })}`,
  ],
  [/(^|_)(domain|domain_name|hostname|host|fqdn)$/, (r) => `${pick(r.faker, ['', 'www.', 'mail.', 'app.'])}${siteDomain(r.topic)}`],
  [/(^|_)(port)$/, (r) => String(pick(r.faker, [80, 443, 8080, 5432, 3000]))],
  // time
  [/(^|_)(timezone|time_zone|tz|tzid)$/, (r) => pick(r.faker, lexicon.TIME_ZONES)],
  [/(^|_)(date_format|format_string)$/, (r) => pick(r.faker, ['YYYY-MM-DD', 'MM/DD/YYYY', 'DD.MM.YYYY'])],
  [
    /^(time|time_of_day|opening_time|closing_time|preferred_time|meeting_time|start_time|end_time)$/,
    (r) => pick(r.faker, ['09:00', '10:30', '14:00', '16:45', '19:30', '08:15']),
  ],
  [/(^|_)time$/, (r) => make.dateString(r)],
  [/(^|_)(duration|timeout|interval|ttl|period|retention)$/, (r) => pick(r.faker, ['PT30M', 'PT1H', 'P7D', 'PT15M', 'P1D'])],
  [/(^|_)(month)$/, (r) => pick(r.faker, ['January', 'March', 'June', 'September', 'November'])],
  [/(^|_)(day_of_week|weekday)$/, (r) => pick(r.faker, ['Monday', 'Wednesday', 'Friday', 'Saturday'])],
  [/(^|_)(year)$/, (r) => String(new Date(r.reference).getUTCFullYear() - r.faker.number.int({ min: 0, max: 3 }))],
  [
    /(^|_)(season)$/,
    (r) => {
      const year = new Date(r.reference).getUTCFullYear() - r.faker.number.int({ min: 1, max: 3 });
      return r.faker.datatype.boolean() ? `${year}-${String((year + 1) % 100).padStart(2, '0')}` : String(year);
    },
  ],
  [
    /(^|_)(date|dob|birthday|at|on|since|until|before|after|timestamp|datetime|date_time|deadline|due|expiry|expires|expiration|created|updated|modified|check_in|check_out|checkin|checkout|departure|arrival|start|end|from_date|to_date)$/,
    (r) => make.dateString(r),
  ],
  [/(^|_)(date|time|timestamp|datetime)(_|$)/, (r) => make.dateString(r)],
  // versions and codes
  [
    /(^|_)(version|api_version|ms_version|accept_version|schema_version|app_version|sdk_version|firmware_version|release)$/,
    (r) => make.version(r),
  ],
  [/(^|_)(country_code|country_iso|country_iso_code|iso_country|country_alpha2)$/, (r) => pick(r.faker, lexicon.COUNTRIES)[1]],
  [
    /(^|_)(currency|currency_code|base_currency|target_currency|from_currency|to_currency|quote_currency)$/,
    (r) => r.faker.finance.currencyCode(),
  ],
  [/(^|_)(locale|accept_language|ui_locale|culture)$/, (r) => pick(r.faker, lexicon.LOCALES)],
  [
    /(^|_)(lang|language_code|lang_code|hl|source_language|target_language|source_lang|target_lang)$/,
    (r) => pick(r.faker, lexicon.LANGUAGES),
  ],
  [/(^|_)(language)$/, (r) => r.faker.location.language().name],
  [/(^|_)(mime_type|mimetype|content_type|media_type|accept|file_type|mime)$/, (r) => make.mimeType(r)],
  [/(^|_)(extension|file_extension|ext)$/, (r) => pick(r.faker, lexicon.MIME_TYPES)[1]],
  [/(^|_)(file_name|filename|file|attachment|document|upload)$/, (r) => make.fileName(r.faker)],
  [
    /(^|_)(path|file_path|filepath|directory|folder|folder_path|destination_path|target_path|prefix)$/,
    (r) => pick(r.faker, lexicon.DIRECTORIES),
  ],
  // `dir` and `source` are a folder only where the API works with files: a wind's `dir` is a compass point,
  // a reading's or a picture's `source` is who gave it
  [/(^|_)(dir|source|sources)$/, (r) => (aboutFiles(r) ? pick(r.faker, lexicon.DIRECTORIES) : notAPath(r))],
  [
    /(^|_)(airport|airport_code|iata|iata_code|origin_code|destination_code|departure_airport|arrival_airport)$/,
    (r) => r.faker.airline.airport().iataCode,
  ],
  [/(^|_)(airline)$/, (r) => r.faker.airline.airline().name],
  [/(^|_)(flight|flight_number|flight_no)$/, (r) => `${r.faker.airline.airline().iataCode}${r.faker.number.int({ min: 100, max: 2999 })}`],
  // a watchlist or a sector's stock list holds ticker symbols (an item of a list is named after the list), never people
  [
    /(^|_)(symbols?|tickers?|stocks?|stock_symbols?|ticker_symbols?|stock_list|watchlist|watch_list)$/,
    // the symbols of a currency pair are currencies (`EUR`/`USD`), never stock tickers
    (r) => (CURRENCY_PAIR.test(r.topic.text) ? pick(r.faker, lexicon.MAJOR_CURRENCIES) : pick(r.faker, lexicon.STOCK_SYMBOLS)),
  ],
  [/(^|_)(vin)$/, (r) => r.faker.vehicle.vin()],
  [/(^|_)(isbn)$/, (r) => r.faker.commerce.isbn(13)],
  [/(^|_)(iban)$/, (r) => r.faker.finance.iban()],
  [/(^|_)(bic|swift|swift_code)$/, (r) => r.faker.finance.bic()],
  [
    /(^|_)(card_number|credit_card|credit_card_number|pan)$/,
    (r) => pick(r.faker, ['4242424242424242', '5555555555554444', '4000056655665556']),
  ],
  [/(^|_)(cvv|cvc|security_code)$/, (r) => r.faker.string.numeric(3)],
  [/(^|_)(account_number|bank_account)$/, (r) => r.faker.string.numeric(10)],
  [/(^|_)(routing_number|aba)$/, (r) => pick(r.faker, ['021000021', '121000358', '026009593'])],
  [
    /(^|_)(sku|product_code|item_code|part_number|model_number)$/,
    (r) =>
      `${r.faker.string.alpha({ length: 2, casing: 'upper' })}-${r.faker.string.numeric(4)}-${pick(r.faker, ['BLK', 'WHT', 'S', 'M', 'L', 'RED'])}`,
  ],
  [/(^|_)(zip|zip_code|postal_code|postcode|postal|zipcode)$/, (r) => r.faker.location.zipCode('#####')],
  [/(^|_)(promo_code|coupon|coupon_code|discount_code|voucher)$/, (r) => pick(r.faker, ['SPRING25', 'WELCOME10', 'FREESHIP', 'SAVE20'])],
  [
    /(^|_)(reference|ref|booking_reference|confirmation|confirmation_number|confirmation_code|reference_number|booking_ref|pnr|locator)$/,
    (r) => `${pick(r.faker, ['REF', 'BK', 'CNF'])}-${r.faker.string.numeric({ length: 5, allowLeadingZeros: false })}`,
  ],
  [/(^|_)(tracking_number|tracking)$/, (r) => `1Z${r.faker.string.alphanumeric({ length: 16, casing: 'upper' })}`],
  [
    /(^|_)(invoice_number|order_number|receipt_number|ticket_number|case_number|docket|docket_number|invoice_no|order_no)$/,
    (r) =>
      `${r.words.includes('case') || r.words.includes('docket') ? `${r.faker.number.int({ min: 19, max: 24 })}-cv-` : ''}${r.faker.string.numeric({ length: 5, allowLeadingZeros: false })}`,
  ],
  // places
  // a street line of the API's own area when its topic names one (a street of any other country would contradict the record's city)
  [
    /(^|_)(street|street_address|address_line|address_line1|address1|line1)$/,
    (r) => {
      const regional = regionalCity(r.faker, r.topic);
      return regional === undefined ? r.faker.location.streetAddress() : streetLine(r.faker, regional);
    },
  ],
  // a second line holds what the street line leaves out: a suite, a floor, a unit
  [/(^|_)(line2|line_2|address2|address_line2)$/, (r) => pick(r.faker, ['Suite 200', '2nd floor', 'Unit 12', 'Building B', 'Apt 4B'])],
  // an address in a city is written as that country writes it (no US state or ZIP for Lyon)
  [
    /(^|_)(address|billing_address|shipping_address|full_address|location_address)$/,
    inGermany((r) => postalAddress(r.faker, make.city(r.faker, r.topic))),
  ],
  [/(^|_)(city|town|city_name|municipality)$/, inGermany((r) => make.city(r.faker, r.topic)[0])],
  [/(^|_)(country|country_name|nationality)$/, (r) => regionOf(r.topic)?.country ?? pick(r.faker, lexicon.COUNTRIES)[0]],
  [/(^|_)(state_code|state_abbr|province_code)$/, (r) => r.faker.location.state({ abbreviated: true })],
  [/(^|_)(province|county)$/, (r) => regionOf(r.topic)?.name ?? r.faker.location.state()],
  [
    /(^|_)(region|location_region|azure_region|aws_region)$/,
    (r) =>
      /(azure|aws|amazon|google|cloud|gcp)/.test(r.topic.text)
        ? pick(r.faker, lexicon.CLOUD_REGIONS)
        : pick(r.faker, lexicon.WORLD_REGIONS),
  ],
  // a fax or text message goes from and to a number, an exchange rate from and to a currency, not a place
  [
    /^(from|to|sender|recipient)$/,
    (r) =>
      r.topic.domain === 'telecom'
        ? `+1${r.faker.string.numeric({ length: 10, allowLeadingZeros: false }).replace(/^[01]/, '4')}`
        : r.snake !== 'from' && r.snake !== 'to'
          ? make.personName(r.faker)
          : CURRENCY_PAIR.test(r.topic.text)
            ? pick(r.faker, lexicon.MAJOR_CURRENCIES)
            : make.place(r.faker, r.topic),
  ],
  // a message's destination is a phone number, a moved file's a folder; a trip's is a place
  [
    /(^|_)(destinations?)$/,
    (r) => destinationOf(r) ?? railStation(r) ?? inGermany((request) => make.place(request.faker, request.topic))(r),
  ],
  [
    /(^|_)(location|destination|origin|place|near|venue|start_location|end_location|from|to|where|area|locality|court|city_state|pickup|dropoff|pickup_location|dropoff_location|home|hometown|neighborhood)$/,
    // a German train comes from and goes to a German station, never Buenos Aires
    inGermany((r) => railStation(r) ?? make.place(r.faker, r.topic)),
  ],
  [
    /(^|_)(coordinates|latlng|lat_lng|latlon|geo|geolocation|position)$/,
    (r) => {
      const [, , , lat, lon] = make.city(r.faker, r.topic);
      return `${lat},${lon}`;
    },
  ],
  [/(^|_)(lat|latitude)$/, (r) => String(make.coordinates(r)[0])],
  [/(^|_)(lon|lng|long|longitude)$/, (r) => String(make.coordinates(r)[1])],
  // people and organisations
  [/(^|_)(first_name|given_name|firstname|forename)$/, (r) => r.faker.person.firstName()],
  [/(^|_)(last_name|surname|family_name|lastname)$/, (r) => r.faker.person.lastName()],
  [/(^|_)(middle_name)$/, (r) => r.faker.person.middleName()],
  // an account on a social service (`twitterFeedUsername`): the publisher's own, or a person's where the field says so
  [
    /(^|_)(twitter|x|flickr|youtube|instagram|facebook|tiktok|linkedin|mastodon|threads)(_[a-z]+)*_(user_name|username|handle|screen_name|account)$/,
    (r) => accountHandle(r, r.words.find((word) => SOCIAL_SERVICES.test(word)) ?? 'twitter', () => make.handle(r)),
  ],
  [/(^|_)(user_name|username|login|handle|screen_name|nickname|user_login)$/, (r) => make.handle(r)],
  [/(^|_)(artist|artist_name|band|musician|singer)$/, (r) => r.faker.music.artist()],
  [/(^|_)(author|author_name|writer)$/, (r) => pick(r.faker, BOOK_AUTHORS)],
  [/(^|_)(director|director_name|filmmaker)$/, (r) => pick(r.faker, lexicon.DIRECTORS)],
  [/(^|_)(player|player_name|athlete)$/, (r) => make.fromSport(PLAYERS, r)],
  [PERSON_ROLES, (r) => make.personName(r.faker)],
  [/(^|_)(full_name|display_name|person_name|contact_name|real_name|name_of_person)$/, (r) => make.personName(r.faker)],
  [/(^|_)(job_title|position_title|occupation|profession)$/, (r) => r.faker.person.jobTitle()],
  [/(^|_)(gender|sex)$/, (r) => pick(r.faker, ['female', 'male', 'non-binary'])],
  [
    /(^|_)(company|company_name|organization_name|employer|business|business_name|merchant|vendor|supplier|firm|provider|partner|agency)$/,
    (r) =>
      kindName(r.faker, r.topic, r.words.find((word) => /^(organization|organisation|agency)$/.test(word)) ?? 'company') ??
      r.faker.company.name(),
  ],
  [/(^|_)(brand|manufacturer|make)$/, (r) => pick(r.faker, lexicon.BRANDS)],
  [/(^|_)(team|team_name|team1|team2|home_team|away_team|opponent|club)$/, (r) => make.fromSport(SPORTS_TEAMS, r)],
  [/(^|_)(league|league_name|competition|tournament)$/, (r) => make.fromSport(LEAGUES, r)],
  [/(^|_)(sport|sport_type)$/, (r) => r.topic.sport ?? pick(r.faker, lexicon.SPORTS)],
  [/(^|_)(university|school|college|institution)$/, (r) => pick(r.faker, lexicon.UNIVERSITIES)],
  [/(^|_)(museum|museum_name|gallery_name_art)$/, (r) => pick(r.faker, lexicon.MUSEUMS)],
  [/(^|_)(hotel|hotel_name|accommodation)$/, (r) => pick(r.faker, HOTELS)],
  [/(^|_)(restaurant|restaurant_name)$/, (r) => pick(r.faker, lexicon.RESTAURANTS)],
  [
    /(^|_)(event|event_name|event_title)$/,
    (r) =>
      r.topic.sport !== undefined
        ? pick(r.faker, lexicon.SPORT_EVENTS)
        : (kindName(r.faker, r.topic, 'event') ?? pick(r.faker, lexicon.EVENTS)),
  ],
  // culture, science, commerce
  [
    /(^|_)(game|game_name|game_title|video_game)$/,
    (r) => (/board/.test(r.topic.text) ? pick(r.faker, lexicon.BOARD_GAMES) : pick(r.faker, lexicon.VIDEO_GAMES)),
  ],
  // an art auction's platform is an auction house, never a games console
  [
    /(^|_)(platform|console)$/,
    (r) =>
      fieldOf(r.topic) === 'rail'
        ? trackNumber(r)
        : /\b(auctions?|artworks?|paintings?|sculptures?)\b/.test(r.topic.text)
          ? pick(r.faker, AUCTION_HOUSES)
          : pick(r.faker, lexicon.GAME_PLATFORMS),
  ],
  // a train's track is the platform it stops at (`7`), never a song
  [/(^|_)(song|track|song_name|song_title|track_name|track_title)$/, (r) => (railTrack(r) ? trackNumber(r) : r.faker.music.songName())],
  [/(^|_)(album|album_name|album_title)$/, (r) => r.faker.music.album()],
  [
    /(^|_)(genre|genres)$/,
    (r) =>
      /\b(book|novel|read)/.test(r.topic.text)
        ? r.faker.book.genre()
        : /\b(movie|film|cinema)/.test(r.topic.text)
          ? pick(r.faker, lexicon.MOVIE_GENRES)
          : r.faker.music.genre(),
  ],
  [/(^|_)(book|book_title|book_name|novel)$/, (r) => pick(r.faker, BOOKS).title],
  [/(^|_)(publisher)$/, (r) => r.faker.book.publisher()],
  [/(^|_)(movie|film|movie_title|movie_name|film_title)$/, (r) => pick(r.faker, lexicon.MOVIES)],
  [/(^|_)(instrument)$/, (r) => pick(r.faker, lexicon.INSTRUMENTS)],
  [/(^|_)(material)$/, (r) => pick(r.faker, lexicon.MATERIALS)],
  [/(^|_)(religion)$/, (r) => pick(r.faker, lexicon.RELIGIONS)],
  [/(^|_)(gene|gene_id|gene_symbol)$/, (r) => pick(r.faker, lexicon.GENES)],
  [/(^|_)(disease|condition|diagnosis|illness)$/, (r) => pick(r.faker, lexicon.DISEASES)],
  [/(^|_)(drug|medication|medicine)$/, (r) => pick(r.faker, lexicon.DRUGS)],
  [/(^|_)(species|organism)$/, (r) => pick(r.faker, lexicon.SPECIES)],
  [/(^|_)(animal|pet|animal_type)$/, (r) => r.faker.animal.type()],
  [/(^|_)(breed|dog_breed)$/, (r) => r.faker.animal.dog()],
  [/(^|_)(substance|compound|chemical|formula|molecule)$/, (r) => pick(r.faker, lexicon.SUBSTANCES)],
  [/(^|_)(element)$/, (r) => r.faker.science.chemicalElement().name],
  [/(^|_)(cuisine|cuisine_type)$/, (r) => r.faker.food.ethnicCategory()],
  [/(^|_)(dish|recipe|meal|recipe_name|food)$/, (r) => r.faker.food.dish()],
  [/(^|_)(ingredient|ingredients)$/, (r) => r.faker.food.ingredient()],
  // a product is one where the field or the tool is about products; an `item` elsewhere (a game's, a list's) is the tool's own thing
  [
    /(^|_)(product|product_name|item|item_name|goods)$/,
    (r) =>
      r.words.includes('product') || r.words.includes('goods') || aboutProducts(r.topic)
        ? pick(r.faker, lexicon.PRODUCTS)
        : make.thingName(r, 'item'),
  ],
  [/(^|_)(department)$/, (r) => r.faker.commerce.department()],
  [/(^|_)(vehicle|car|car_model|model)$/, (r) => r.faker.vehicle.vehicle()],
  [
    /(^|_)(unit|units)(_|$)|(^|_)(unit_of_measure|measurement_unit)$/,
    (r) => {
      const kind = /temperat/.test(r.topic.text)
        ? 'temperature'
        : /(distance|route|travel|length)/.test(r.topic.text)
          ? 'distance'
          : /(weight|mass)/.test(r.topic.text)
            ? 'weight'
            : /(recipe|cook|ingredient|kitchen)/.test(r.topic.text)
              ? 'cooking'
              : /(volume)/.test(r.topic.text)
                ? 'volume'
                : 'general';
      return pick(r.faker, lexicon.UNITS[kind] ?? ['metric']);
    },
  ],
  [/(^|_)(hex_color|color_hex|color_code|hex_code|hex)$/, (r) => `#${hex(r.faker, 6).toUpperCase()}`],
  [/(^|_)(color|colour|colors)$/, (r) => r.faker.color.human()],
  [
    /(^|_)(function|equation|expression|polynomial|func|integrand)$/,
    (r) => pick(r.faker, ['x**2 + 3*x - 4', '3*x**3 - 2*x + 1', 'sin(x) + x/2', 'exp(-x) * x', '2*x**2 - 5*x + 3']),
  ],
  [
    /(^|_)(variable|var|independent_variable|dependent_variable|independent_var|dependent_var)$/,
    // the variable of a function is the one its expressions use: every function drawn above is in x
    (r) =>
      r.words.length > 1 &&
      !r.words.includes('function') &&
      !/\b(functions?|derivatives?|integrals?|calculus|equations?)\b/.test(r.topic.text)
        ? pick(r.faker, ['price', 'temperature', 'sales', 'age', 'income'])
        : 'x',
  ],
  [/(^|_)(sign|zodiac|zodiac_sign|star_sign)$/, (r) => r.faker.person.zodiacSign()],
  [
    /(^|_)(from_account|to_account|source_account|target_account|destination_account|account)$/,
    (r) => `${pick(r.faker, ['checking', 'savings'])}-${r.faker.string.numeric(4)}`,
  ],
  // a water system's service area (EPA SDWIS `ServiceAreaTypeDesc`): the kinds of place it serves
  [
    /(^|_)service_area_types?(_desc|_description|_name)?$/,
    (r) =>
      pick(r.faker, [
        'Residential Area',
        'Mobile Home Park',
        'School',
        'Retail Employees',
        'Day Care Center',
        'Restaurant',
        'Hotel/Motel',
        'Recreation Area',
        'Medical Facility',
        'Industrial/Agricultural',
        'Other Non-Transient Area',
      ]),
  ],
  // search, sorting, projections
  [
    /(^|_)(q|query|search|keyword|keywords|search_term|search_query|term|terms|text_query|phrase|search_text|query_string)$/,
    (r) => make.searchQuery(r),
  ],
  [
    /^(orderby|order_by|sort|sort_by|sortby|sort_field|order_field)$/,
    (r) =>
      r.snake === 'orderby'
        ? pick(r.faker, ['name asc', 'createdDateTime desc', 'name'])
        : pick(r.faker, ['created_at', '-created_at', 'name', 'updated_at']),
  ],
  [/^(order|direction|sort_order|sort_direction|sort_dir)$/, (r) => pick(r.faker, ['asc', 'desc'])],
  [
    /^(select|fields|x_fields|field_mask|update_mask|properties|attributes|columns|include_fields)$/,
    (r) => pick(r.faker, ['id,name', 'id,name,status', 'name,createdAt', 'id']),
  ],
  [
    /^(filter|filters|where)$/,
    (r) =>
      r.snake === 'filter' && r.words[0] === 'filter'
        ? pick(r.faker, ["status eq 'active'", 'state = "ACTIVE"', 'status:active'])
        : 'status:active',
  ],
  [/^(expand|include|embed|with)$/, (r) => pick(r.faker, ['items', 'owner', 'details', 'metadata'])],
  // free text
  [/(^|_)(title|headline|subject|heading)$/, (r) => make.title(r)],
  // an image's alternative text says what the picture shows, never a sentence about something else
  [
    /^(alt|alt_text|alternative_text|image_alt|img_alt|image_caption)$/,
    (r) =>
      `${pick(r.faker, ['Front view', 'Close-up', 'Wide shot', 'Detail'])} of the ${
        // a photo shows a thing, not the record that holds it (a booking's pictures are of the building)
        /^(booking|reservation|order|request|response|result|search|record|item|list|detail)s?$/.test(r.topic.entity)
          ? 'building'
          : r.topic.entity.replace(/_/g, ' ')
      }`,
  ],
  [
    /(^|_)(description|summary|details|notes|note|comment|comments|body|content|message|text|bio|about|review|reason|feedback|instructions|caption|remarks|memo|purpose|explanation|prompt|input_text|statement|remittance_information(_unstructured)?)$/,
    (r) => make.sentence(r),
  ],
  [/(^|_)(tag|tags|label|labels|keyword_tag|topics|hashtag)$/, (r) => pick(r.faker, [...lexicon.TAGS, ...r.topic.words.slice(0, 2)])],
  [
    /^(state|us_state|state_name)$/,
    (r) =>
      /\b(us|usa|united states|gdp|population|county|address|city|zip|tax|election|governor|census|economy)\b/.test(r.topic.text) ||
      r.snake !== 'state'
        ? r.faker.location.state()
        : pick(r.faker, lexicon.STATUSES),
  ],
  [/(^|_)(status|state)$/, (r) => pick(r.faker, lexicon.STATUSES)],
  [/(^|_)(priority|severity|importance|urgency)$/, (r) => pick(r.faker, ['high', 'medium', 'low'])],
  [/(^|_)(category|type|kind|class|group|classification|segment|tier|plan)$/, (r) => pick(r.faker, lexicon.CATEGORY_WORDS)],
  [/(^|_)(format|output_format|response_format)$/, (r) => pick(r.faker, ['json', 'csv', 'pdf', 'xml'])],
  [/(^|_)(mode)$/, (r) => pick(r.faker, ['standard', 'fast', 'detailed'])],
  [/(^|_)(topic|subject_area|theme|field_of_study|area_of_interest)$/, (r) => r.topic.words.slice(-2).join(' ') || 'technology'],
  // cloud resource names (`resourceGroupName`, `databaseName`) and other names of things
  // a bank account's name is its holder's, not `acct-prod-01`
  [
    CLOUD_NOUNS,
    (r) =>
      fieldOf(r.topic) === 'banking' && /^(account|group|profile)$/.test(r.words.at(-2) ?? '')
        ? make.personName(r.faker)
        : make.resourceName(r, r.words.at(-2) ?? 'app'),
  ],
  [/(^|_)(name|title|label|display_name)$/, (r) => named(r)],
  [
    /(^|_)(number|num|no|code)$/,
    (r) =>
      r.words.length > 1
        ? r.faker.string.numeric({ length: 6, allowLeadingZeros: false })
        : String(r.faker.number.int({ min: 1, max: 20 })),
  ],
];

/** Names of things people name after work (`Product Launch Board`); other things get their own lexicon or a place-like name. */
const WORK_NOUNS =
  /^(board|project|list|card|checklist|view|campaign|channel|playlist|folder|report|dashboard|document|task|ticket|issue|template|segment|audience|form|survey|portfolio|collection|page|site|group|label|version|statistic|statistics|policy|rule|alert|schedule|meeting|workspace|space|room|team|course|class|program|plan|category|catalog|menu|newsletter|list|job|queue|pipeline|sprint|milestone|release|feature|webinar|event|deal|opportunity|lead|account|contract|invoice|order|product|item|entry|note|story|article|post|thread|album|gallery|question|quiz|lesson|module|tag|view|filter|widget|chart|map|flow|bot|integration|connection|definition|asset|record|model)$/;
const PLACE_NOUNS =
  /^(building|park|school|library|hospital|church|bridge|street|station|stadium|theater|theatre|center|centre|hall|tower|plaza|square|mall|market|clinic|office|store|shop|warehouse|campus|venue|arena|airport|port|harbor|beach|lake|river|mountain|island|garden|zoo|farm)$/;

/** A name for a thing: its own rule when one knows the thing (`brand_name` → a brand), else by kind. */
function named(request: ValueRequest): string {
  const subject = noun(request);
  if (request.words.length === 1) {
    if (/^(pet|dog|cat|puppy|kitten)$/.test(subject)) return request.faker.animal.petName();
    if (/^(company|organization|organisation|business|vendor|supplier|merchant)$/.test(subject)) return request.faker.company.name();
    if (subject === 'product' || (subject === 'item' && aboutProducts(request.topic))) return pick(request.faker, lexicon.PRODUCTS);
  }
  // a kind the field knows (a committee's name, a station's) before the general rules
  const kind = GENERIC.test(subject) ? undefined : kindName(request.faker, request.topic, subject);
  if (kind !== undefined) return kind;
  const inner = request.words.length > 1 ? NAME_RULES.find(([pattern]) => pattern.test(subject))?.[1] : undefined;
  if (inner !== undefined && !GENERIC.test(subject)) return inner(request);
  // a real thing of the field first (a book search's library is a public one), else of the lexicon
  const known = nounThing(request.faker, request.topic, subject);
  if (known !== undefined) return known;
  if (PLACE_NOUNS.test(subject)) return `${request.faker.person.lastName()} ${subject.charAt(0).toUpperCase()}${subject.slice(1)}`;
  // a minister's or a poster's name is a person's, not the ministry's or the post's
  if (PERSON_ROLES.test(subject) || /^(minister|premier|mayor|governor|senator|secretary|chancellor)$/.test(subject) || agentNoun(subject))
    return make.personName(request.faker);
  return make.thingName(request, WORK_NOUNS.test(subject) || request.words.length === 1 ? subject : request.topic.entity);
}

const resolved = new Map<string, Maker | null>();

/** The first rule for a property name, cached by name (names repeat across a catalog). */
export function nameRule(snake: string): Maker | undefined {
  let rule = resolved.get(snake);
  if (rule === undefined) {
    rule = NAME_RULES.find(([pattern]) => pattern.test(snake))?.[1] ?? null;
    if (resolved.size > 50_000) resolved.clear();
    resolved.set(snake, rule);
  }
  return rule ?? undefined;
}
