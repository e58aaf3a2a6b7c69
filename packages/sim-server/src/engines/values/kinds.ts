import type { Faker } from '@faker-js/faker';
import { regionalCity } from './regions.js';
import type { Topic } from './topic.js';
import * as lexicon from './lexicon.js';
import { serviceId } from './service-ids.js';
import { aboutProducts, neutralName } from './products.js';

/**
 * Names, titles and texts by the kind of thing a field names (its noun) and the field the API
 * works in (its topic): a hotel is named like a hotel, a committee like a committee, a bill has a
 * bill's title, an environment variable is UPPER_SNAKE. Nothing here is `<Place> <Noun>` or
 * `<Noun> <n>`: a noun no rule knows gets a real entity chosen by what the noun means (a person, an
 * organisation, a place; a product only where products are sold) — see `byMeaning`.
 */

/** Fields an API works in, told by its tool's name, description and server (first match wins). */
export type Field =
  | 'translation'
  | 'legislature'
  | 'weather'
  | 'hotel'
  | 'rail'
  | 'medical'
  | 'ci'
  | 'podcast'
  | 'gif'
  | 'banking'
  | 'fashion'
  | 'cloud'
  | 'vehicle'
  | 'legal';

const FIELD_WORDS: ReadonlyArray<readonly [Field, RegExp]> = [
  ['legislature', /\b(bills?|legislat\w*|jurisdictions?|committees?|open ?states|senators?|chambers?|lawmakers?)\b/],
  ['weather', /\b(weather\w*|forecasts?|meteo\w*|precipitation|air ?quality|visual ?crossing|meteosource)\b/],
  ['hotel', /\b(hotels?|rate ?plans?|room ?types?|impala|accommodations?)\b/],
  ['rail', /(bahn|\btrains?\b|\brail\w*|\b(arrival|departure) ?boards?\b|\btimetables?\b)/],
  ['medical', /\b(symptoms?|diagnos\w*|triage|patients?|medical|lab ?tests?|infermedica|risk ?factors?|red ?flags?|covid\w*)\b/],
  ['podcast', /\b(podcasts?|episodes?|listen ?notes|listen ?api)\b/],
  ['ci', /\b(circle ?ci\w*|builds?|pipelines?|envvars?|checkout ?keys?|artifacts?|workflows?)\b/],
  ['gif', /\b(gifs?|giphy|stickers?)\b/],
  ['banking', /\b(bank\w*|transactions?|iban|nordigen|requisitions?|institutions?|up ?api|payments?)\b/],
  ['fashion', /\b(zalando|fashion|clothing|apparel)\b/],
  ['vehicle', /\b(compatibility|vehicles?|cars?|motors?)\b/],
  ['translation', /\b(translat\w*|terminolog\w*|parallel ?data)\b/],
  ['cloud', /\b(aws|amazon|azure|gcp|arn|s3)\b/],
  ['legal', /\b(contracts?|leases?|agreements?|legal|lawsuits?)\b/],
];

const fieldCache = new Map<string, Field | null>();

/** The field a tool's API works in, when its words say so. */
export function fieldOf(topic: Topic): Field | undefined {
  let field = fieldCache.get(topic.text);
  if (field === undefined) {
    // a server's name joins its words with `_` (`open_states_api`, `amazon_translate`)
    const text = topic.text.replace(/_/g, ' ');
    field = FIELD_WORDS.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
    if (fieldCache.size > 20_000) fieldCache.clear();
    fieldCache.set(topic.text, field);
  }
  return field ?? undefined;
}

const pick = <T>(faker: Faker, items: readonly T[]): T => faker.helpers.arrayElement(items);

export const HOTELS = [
  'Hotel Adlon Kempinski',
  'The Savoy',
  'Park Hyatt Tokyo',
  'Hotel Sacher Wien',
  'The Langham London',
  'Raffles Hotel Singapore',
  'Hilton London Paddington',
  'Marriott Marquis San Francisco',
  'Hyatt Regency Chicago',
  'Fairmont Le Château Frontenac',
  'Radisson Blu Hotel Berlin',
  'Motel One München-Sendlinger Tor',
  'Ibis Paris Gare de Lyon',
  'Holiday Inn Express Amsterdam',
  'The Ritz-Carlton, Berlin',
];
const ROOM_TYPES = [
  'Deluxe King Room',
  'Superior Double Room',
  'Standard Twin Room',
  'Junior Suite',
  'Executive Room with City View',
  'Family Room',
];
const RATE_PLANS = [
  'Best Available Rate',
  'Bed & Breakfast',
  'Non-refundable Saver',
  'Advance Purchase 14 Days',
  'Flexible Rate with Breakfast',
];
const AMENITIES = ['Free Wi-Fi', 'Fitness centre', 'Airport shuttle', 'Indoor pool', 'Spa', '24-hour front desk', 'Restaurant', 'Parking'];
const LEGISLATURE_EVENTS = [
  'Senate Finance Committee hearing',
  'House floor session',
  'Joint Committee on Appropriations meeting',
  'Judiciary Committee public hearing',
  'Committee on Education work session',
  'Budget conference committee meeting',
];
const COMMITTEES = [
  'Committee on Finance',
  'Committee on Appropriations',
  'Judiciary Committee',
  'Committee on Health and Human Services',
  'Committee on Education',
  'Ways and Means Committee',
  'Committee on Transportation',
  'Committee on Natural Resources',
];
const PARTIES = ['Democratic', 'Republican', 'Independent', 'Green', 'Libertarian'];
const CHAMBERS = ['Senate', 'House of Representatives', 'Assembly', 'House of Delegates'];
const LEGISLATURES = [
  'North Carolina General Assembly',
  'California State Senate',
  'Texas House of Representatives',
  'New York State Assembly',
  'Ohio Senate',
];
const BILL_TITLES = [
  'An Act relating to public school funding',
  'An Act concerning the minimum wage',
  'An Act relating to property tax exemptions for veterans',
  'An Act establishing a state broadband office',
  'An Act relating to the regulation of short-term rentals',
  'An Act concerning prescription drug pricing',
  'An Act relating to wildfire prevention',
  'An Act making appropriations for the fiscal year 2026',
];
const SUBJECTS = ['Education', 'Taxation', 'Health', 'Transportation', 'Environment', 'Public Safety', 'Labor and Employment', 'Housing'];
const STATIONS = [
  'Berlin Hbf',
  'München Hbf',
  'Frankfurt (Main) Hbf',
  'Hamburg Hbf',
  'Köln Hbf',
  'Stuttgart Hbf',
  'Leipzig Hbf',
  'Düsseldorf Hbf',
  'Hannover Hbf',
  'Nürnberg Hbf',
];
const WEATHER_STATIONS = [
  'London Heathrow',
  "Chicago O'Hare",
  'Berlin Brandenburg',
  'Seattle-Tacoma',
  'Paris-Montsouris',
  'Sydney Observatory Hill',
  'Toronto Pearson',
];
const WEATHER_CONDITIONS = [
  'Partly cloudy',
  'Light rain',
  'Clear sky',
  'Overcast clouds',
  'Scattered thunderstorms',
  'Light snow',
  'Fog',
  'Moderate rain',
];
const WEATHER_ALERTS = [
  'Severe Thunderstorm Warning',
  'Flood Watch',
  'Heat Advisory',
  'Winter Storm Warning',
  'High Wind Warning',
  'Dense Fog Advisory',
];
const ENV_VARS = [
  'DATABASE_URL',
  'AWS_REGION',
  'NODE_ENV',
  'API_TOKEN',
  'SLACK_WEBHOOK_URL',
  'DOCKER_PASSWORD',
  'NPM_TOKEN',
  'SENTRY_DSN',
  'REDIS_URL',
  'DEPLOY_ENV',
];
const REPOSITORIES = ['web-frontend', 'api-server', 'mobile-app', 'data-pipeline', 'payments-service', 'infra', 'docs-site'];
const BRANCHES = ['main', 'develop', 'feature/checkout-redesign', 'fix/login-timeout', 'release/2.4', 'chore/update-deps'];
const CI_JOBS = ['build', 'test', 'lint', 'deploy', 'integration-tests', 'build-and-push-image'];
const CI_TESTS = [
  'test_login_redirects_to_dashboard',
  'UserServiceTest.createsUser',
  'checkout total includes tax',
  'test_parse_empty_csv',
  'renders the navigation bar',
  'OrderRepositoryTest.findsByCustomer',
];
const LAB_TESTS = [
  'Complete blood count',
  'Hemoglobin A1c',
  'Lipid panel',
  'Thyroid-stimulating hormone',
  'C-reactive protein',
  'Basic metabolic panel',
  'Urinalysis',
];
const SYMPTOMS = ['Headache', 'Fever', 'Cough', 'Fatigue', 'Shortness of breath', 'Nausea', 'Sore throat', 'Abdominal pain', 'Dizziness'];
const CONDITIONS = [
  'Migraine',
  'Common cold',
  'Influenza',
  'Tension-type headache',
  'Gastroenteritis',
  'Hypertension',
  'Acute bronchitis',
  'Strep throat',
];
const RISK_FACTORS = ['Smoking', 'Obesity', 'Recent travel abroad', 'Diabetes', 'High blood pressure', 'Age over 60', 'Pregnancy'];
const RED_FLAGS = [
  'Sudden severe headache',
  'Chest pain',
  'Loss of consciousness',
  'Difficulty breathing',
  'Coughing up blood',
  'High fever with stiff neck',
];
const PODCASTS = [
  'The Daily',
  'Radiolab',
  'Freakonomics Radio',
  'This American Life',
  'Hidden Brain',
  '99% Invisible',
  'Planet Money',
  'Stuff You Should Know',
];
const EPISODES = [
  'How the Brain Makes Memories',
  'The Invention of Money',
  'Why We Procrastinate',
  'The Secret Life of Plankton',
  'Inside the Chip Shortage',
  'What Happened to the Honeybees?',
  'The Economics of Coffee',
];
const PLAYLISTS = ['Best True Crime of 2025', 'Morning Commute', 'Science Deep Dives', 'History Favourites', 'Startup Stories'];
const GIFS = ['Happy Dance', 'Mind Blown', 'Thumbs Up', 'Excited Cat', 'Mic Drop', 'Thank You', 'Eye Roll', 'Celebration Fireworks'];
const BANKS = ['Revolut', 'ING', 'N26', 'Barclays', 'BNP Paribas', 'Deutsche Bank', 'Santander', 'Monzo', 'Commonwealth Bank', 'ABN AMRO'];
const MERCHANTS = ['Woolworths', 'Coles', 'Uber', 'Spotify', 'Amazon', 'Netflix', 'Shell', 'Starbucks', 'IKEA', 'Apple'];
const FASHION_BRANDS = [
  'Nike',
  'Adidas',
  'Tommy Hilfiger',
  "Levi's",
  'Esprit',
  'Puma',
  'Vero Moda',
  'Calvin Klein',
  'Mango',
  'Jack & Jones',
];
const VEHICLE_PROPERTIES = ['Make', 'Model', 'Year', 'Trim', 'Engine'];
const VEHICLE_MAKES = ['Toyota', 'Ford', 'Honda', 'BMW', 'Volkswagen', 'Chevrolet'];
const ATTRIBUTES = ['Color', 'Size', 'Material', 'Brand', 'Weight', 'Style'];
const AGENCIES = [
  'Environmental Protection Agency',
  'Department of Transportation',
  'Food and Drug Administration',
  'National Park Service',
  'Department of Education',
];
const REVIEW_TITLES = [
  'Great fit, runs a bit small',
  'Comfortable and well made',
  'Colour is darker than in the photos',
  'Perfect for everyday wear',
  'Returned it: the seams came loose',
  'Good value for the price',
];
const FASHION_ITEMS = [
  'Slim Fit Oxford Shirt',
  'Air Max 90 Sneakers',
  'High-Rise Straight Jeans',
  'Merino Wool Crew Neck Jumper',
  'Quilted Winter Parka',
  'Leather Chelsea Boots',
];
const FASHION_CATEGORIES = ["Women's Shoes", "Men's Jackets", 'Sportswear', 'Dresses', 'Accessories', "Kids' Clothing"];
const WORK_NAMES = [
  'Website Redesign',
  'Mobile App Launch',
  'Q3 Marketing Campaign',
  'Customer Onboarding',
  'Data Platform Migration',
  'Holiday Sale 2025',
  'Product Roadmap',
  'Hiring Plan',
];

type Maker = (faker: Faker, field: Field | undefined, words: readonly string[]) => string | undefined;
const person = (faker: Faker): string => `${faker.person.firstName()} ${faker.person.lastName()}`;
const city = (faker: Faker): string => (pick(faker, lexicon.CITIES) as readonly [string, ...unknown[]])[0];

/**
 * Kinds of things by their noun (singular, lower case), each with the names such things have; a
 * maker may decline (`undefined`) outside its field. Matched on the whole noun.
 */
const KINDS: ReadonlyArray<readonly [RegExp, Maker]> = [
  [/^(hotel|accommodation|lodging|inn|resort)$/, (f) => pick(f, HOTELS)],
  [
    /^(property)$/,
    (f, field) => (field === 'hotel' ? pick(f, HOTELS) : field === 'vehicle' ? pick(f, VEHICLE_PROPERTIES) : pick(f, ATTRIBUTES)),
  ],
  [/^(room|room_type|roomtype|unit)$/, (f, field) => (field === 'hotel' ? pick(f, ROOM_TYPES) : undefined)],
  [/^(rate|rate_plan|rateplan|plan|deal)$/, (f, field) => (field === 'hotel' ? pick(f, RATE_PLANS) : undefined)],
  [
    /^(policy|cancellation_policy|cancellationpolicy|condition|term)$/,
    (f, field) =>
      field === 'hotel'
        ? pick(f, [
            'Free cancellation until 48 hours before arrival',
            'Non-refundable',
            'Free cancellation until 6 pm on the day of arrival',
            'Cancellation within 7 days of arrival is charged one night',
          ])
        : undefined,
  ],
  [
    /^(component|inclusion|included)$/,
    (f, field) => (field === 'hotel' ? pick(f, ['Breakfast', 'City tax', 'VAT', 'Parking', 'Wi-Fi']) : undefined),
  ],
  [/^(discount)$/, (f) => `${pick(f, [5, 10, 15, 20, 25])}%`],
  [/^(amenity|facility|feature)$/, (f, field) => (field === 'hotel' ? pick(f, AMENITIES) : undefined)],
  [
    /^(session|legislative_session)$/,
    (f, field) =>
      field === 'legislature'
        ? pick(f, ['2025 Regular Session', '2025 First Special Session', '2024 Regular Session', '2025-2026 Session'])
        : undefined,
  ],
  [/^(event|hearing|meeting)$/, (f, field) => (field === 'legislature' ? pick(f, LEGISLATURE_EVENTS) : undefined)],
  [/^(committee|subcommittee)$/, (f) => pick(f, COMMITTEES)],
  // the parties to a contract are people, never political parties
  [
    /^(party|political_party)$/,
    (f, field, words) => (field === 'legal' && words[0] === 'party' ? `${f.person.firstName()} ${f.person.lastName()}` : pick(f, PARTIES)),
  ],
  [/^(chamber|house|legislature)$/, (f) => pick(f, CHAMBERS)],
  [/^(jurisdiction|state)$/, (f, field) => (field === 'legislature' ? f.location.state() : undefined)],
  [
    /^(bill|measure|resolution|act|law|legislation)$/,
    // a ticket's `resolution` is how it was solved: a bill's title only where the API is about legislatures
    (f, field, words) => (field === 'legislature' || (field === undefined && words[0] !== 'resolution') ? pick(f, BILL_TITLES) : undefined),
  ],
  [/^(subject|topic|classification)$/, (f, field) => (field === 'legislature' ? pick(f, SUBJECTS) : undefined)],
  [
    /^(organization|organisation|body|legislative_body)$/,
    (f, field) => (field === 'legislature' ? pick(f, [...LEGISLATURES, ...COMMITTEES]) : undefined),
  ],
  [/^(legislator|sponsor|sponsorship|voter|senator|representative|lawmaker|member|person|people|cosponsor|chair)$/, (f) => person(f)],
  [
    /^(board|stop|station|origin|destination|direction)$/,
    (f, field, words) =>
      field === 'rail' ? pick(f, STATIONS) : field === 'weather' && words[0] === 'station' ? pick(f, WEATHER_STATIONS) : undefined,
  ],
  [
    /^(condition|weather|description)$/,
    (f, field) => (field === 'weather' ? pick(f, WEATHER_CONDITIONS) : field === 'medical' ? pick(f, CONDITIONS) : undefined),
  ],
  [/^(alert|warning|advisory)$/, (f, field) => (field === 'weather' ? pick(f, WEATHER_ALERTS) : undefined)],
  [
    /^(envvar|env_var|environment_variable|env|variable|var)$/,
    (f, field) => (field === 'ci' || field === 'cloud' || field === undefined ? pick(f, ENV_VARS) : undefined),
  ],
  [/^(project|repo|repository|reponame)$/, (f, field) => (field === 'ci' ? pick(f, REPOSITORIES) : undefined)],
  [/^(branch)$/, (f, field) => (field === 'ci' ? pick(f, BRANCHES) : undefined)],
  [/^(job|workflow|step)$/, (f, field) => (field === 'ci' ? pick(f, CI_JOBS) : undefined)],
  [
    /^(test|lab_test|labtest|examination)$/,
    (f, field) => (field === 'ci' ? pick(f, CI_TESTS) : field === 'medical' ? pick(f, LAB_TESTS) : undefined),
  ],
  [
    /^(symptom|observation|evidence|complaint)$/,
    (f, field) => (field === 'medical' || field === undefined ? pick(f, SYMPTOMS) : undefined),
  ],
  [/^(diagnosis|disease|illness)$/, (f) => pick(f, CONDITIONS)],
  [
    /^(factor|risk_factor|riskfactor|risk)$/,
    (f, field) => (field === 'medical' || field === undefined ? pick(f, RISK_FACTORS) : undefined),
  ],
  [/^(flag|red_flag|redflag)$/, (f, field) => (field === 'medical' ? pick(f, RED_FLAGS) : undefined)],
  [/^(podcast|show|channel)$/, (f, field, words) => (field === 'podcast' || words[0] === 'podcast' ? pick(f, PODCASTS) : undefined)],
  [/^(episode)$/, (f) => pick(f, EPISODES)],
  [/^(playlist|curated|curated_list|list)$/, (f, field) => (field === 'podcast' ? pick(f, PLAYLISTS) : undefined)],
  [/^(gif|sticker|clip|video|image|item|result|datum|data)$/, (f, field) => (field === 'gif' ? pick(f, GIFS) : undefined)],
  [
    /^(institution|bank|aspsp|creditor_agent|debtor_agent)$/,
    (f, field) => (field === 'banking' || field === undefined ? pick(f, BANKS) : undefined),
  ],
  [/^(merchant|payee|counterparty|creditor|debtor|beneficiary)$/, (f, field) => (field === 'banking' ? pick(f, MERCHANTS) : undefined)],
  [
    /^(brand|label|manufacturer|make|designer)$/,
    (f, field) => (field === 'fashion' ? pick(f, FASHION_BRANDS) : field === 'vehicle' ? pick(f, VEHICLE_MAKES) : pick(f, lexicon.BRANDS)),
  ],
  [/^(review|rating|feedback|testimonial)$/, (f) => pick(f, REVIEW_TITLES)],
  [/^(article|product|garment|model|sku)$/, (f, field) => (field === 'fashion' ? pick(f, FASHION_ITEMS) : undefined)],
  [
    /^(category|department|section)$/,
    (f, field) =>
      field === 'fashion'
        ? pick(f, FASHION_CATEGORIES)
        : field === 'banking'
          ? pick(f, ['Groceries', 'Restaurants & Cafes', 'Transport', 'Utilities', 'Entertainment', 'Health & Medical'])
          : undefined,
  ],
  [
    /^(filter|facet)$/,
    (f, field) => (field === 'fashion' ? pick(f, ['color', 'size', 'brand', 'price', 'material', 'sleeve_length']) : undefined),
  ],
  [/^(agency|department|authority|regulator)$/, (f) => pick(f, AGENCIES)],
  [
    /^(organization|organisation|company|firm|business|operator|carrier|publisher|provider|vendor|supplier|employer|sponsor_org)$/,
    (f) => f.company.name(),
  ],
  [/^(country|nation)$/, (f) => (pick(f, lexicon.COUNTRIES) as readonly [string, ...unknown[]])[0]],
  [/^(city|town|municipality|locality|place|location)$/, (f) => city(f)],
  [/^(value|option)$/, (f, field) => (field === 'vehicle' ? pick(f, VEHICLE_MAKES) : undefined)],
  [
    /^(attribute|aspect|characteristic|dimension)$/,
    (f, field) => (field === 'vehicle' ? pick(f, VEHICLE_PROPERTIES) : pick(f, ATTRIBUTES)),
  ],
  [/^(project|board|campaign|initiative|program|programme|portfolio|roadmap|workspace)$/, (f) => pick(f, WORK_NAMES)],
];

/** A real name for a thing of kind `noun` in the tool's field, when a kind rule knows it. */
export function kindName(faker: Faker, topic: Topic, noun: string): string | undefined {
  const kind = noun
    .toLowerCase()
    .replace(/[^a-z_]/g, '')
    .replace(/ies$/, 'y')
    .replace(/(?<=[^s])s$/, '');
  const field = fieldOf(topic);
  for (const [pattern, maker] of KINDS) {
    if (!pattern.test(kind)) continue;
    const value = maker(faker, field, [kind]);
    if (value !== undefined) return value;
  }
  return undefined;
}

const PERSON_WORDS =
  /^(me|self_user|owner|user|customer|member|manager|author|editor|contact|assignee|reviewer|voter|sponsor|legislator|patient|doctor|physician|employee|student|teacher|driver|passenger|guest|host|speaker|agent|holder|applicant|tenant|subscriber|creator|requester|approver|recipient|sender|signer|payer|buyer|seller|founder|artist|performer|presenter|narrator|instructor|coach|player|official|officer|clerk|judge|witness|caller)$/;
const ORG_WORDS =
  /^(org|organization|organisation|company|firm|agency|institution|bank|association|union|club|network|operator|carrier|vendor|supplier|provider|publisher|manufacturer|retailer|store|shop|seller_org|partner|sponsor_org|insurer|lender|school|university|hospital|clinic|charity|foundation|ministry|office|bureau|council|authority)$/;
const PLACE_WORDS =
  /^(place|location|site|venue|city|town|village|region|area|district|county|province|territory|neighbourhood|neighborhood|destination|origin|address|locality|spot|zone|country)$/;
const WORK_WORDS =
  /^(list|card|checklist|view|campaign|report|dashboard|document|task|ticket|issue|template|segment|audience|form|survey|page|folder|sprint|milestone|release|plan|schedule|agenda|note)$/;
const COUNT_WORDS =
  /^(count|total|all|other|size|bytes|results|number|amount|visits|inspections|violations|hits|pages|items|records|entries|views|downloads|plays|followers|votes)$/;

/**
 * A value for a noun no kind rule knows, by what the noun means: a person for a role, an
 * organisation for a body, a city for a place, a number for a count; a slug in a cloud or CI API;
 * a real kind of product (`espresso machine`) in a shop's API, else `neutralName`.
 */
export function byMeaning(faker: Faker, topic: Topic, noun: string, naming = true): string {
  const kind = noun.toLowerCase().replace(/[^a-z]/g, '');
  if (PERSON_WORDS.test(kind) || /(ist|ian)$/.test(kind)) return person(faker);
  if (ORG_WORDS.test(kind)) return faker.company.name();
  if (PLACE_WORDS.test(kind)) return regionalCity(faker, topic)?.[0] ?? city(faker);
  // a plural field that names no record (`adults`, `transactions`) counts them
  if (COUNT_WORDS.test(kind) || (!naming && /^[a-z]{3,}[^su]s$/.test(kind) && !/(news|series|species|ics|ness|ous)$/.test(kind)))
    return String(faker.number.int({ min: 1, max: 250 }));
  const field = fieldOf(topic);
  const entity = topic.entity.toLowerCase().replace(/[^a-z]/g, '') || 'item';
  if (kind === 'arn')
    return `arn:aws:${topic.words.find((word) => /^(translate|pricing|s3|iam|kms|lambda)$/.test(word)) ?? 'translate'}:us-east-1:${faker.string.numeric({ length: 12, allowLeadingZeros: false })}:${entity}/${pick(faker, lexicon.RESOURCE_WORDS)}-${entity}`;
  if (/^(identifier|id|code|key|ref|reference|handle|slug|token)$/.test(kind))
    return serviceId(entity, () => faker.number.float({ min: 0, max: 1 - Number.EPSILON }), 2025);
  if (WORK_WORDS.test(kind)) return pick(faker, WORK_NAMES);
  if (field === 'cloud' || field === 'ci' || field === 'translation')
    return `${pick(faker, lexicon.RESOURCE_WORDS)}-${kind.slice(0, 12) || 'resource'}-${pick(faker, ['prod', 'dev', 'staging', '01', '02'])}`;
  // a record's name is one of the field's own things (a hotel API's `discount` is no hotel)
  const things = field === undefined || !naming ? undefined : FIELD_THINGS[field];
  if (things !== undefined) return pick(faker, things);
  // a real kind of product naming a record where products are sold (never faker's `Awesome Plastic Cheese`); else a value by what the noun means
  return aboutProducts(topic) && naming ? pick(faker, lexicon.PRODUCTS) : neutralName(faker, topic, kind);
}

/** What records of a field are, for a noun no rule knows (a diagnosis's `name` is a condition). */
const FIELD_THINGS: Partial<Record<Field, readonly string[]>> = {
  medical: CONDITIONS,
  banking: MERCHANTS,
  hotel: HOTELS,
  podcast: PODCASTS,
  gif: GIFS,
  rail: STATIONS,
  fashion: FASHION_ITEMS,
  vehicle: VEHICLE_MAKES,
  weather: WEATHER_CONDITIONS,
  legislature: COMMITTEES,
};

/** Free text that fits the field: a hotel's description is about the hotel, a bill's note about the bill. */
export const FIELD_SENTENCES: Partial<Record<Field, readonly string[]>> = {
  legislature: [
    'Referred to the Committee on Finance.',
    'Passed the Senate 31-8; sent to the House for concurrence.',
    'Second reading; amendment adopted by voice vote.',
    'Signed by the Governor.',
    'Public hearing scheduled before the Judiciary Committee.',
    'Reported favorably with amendments.',
    'Introduced and read the first time.',
  ],
  weather: [
    'Light rain in the afternoon, clearing by evening.',
    'Partly cloudy with a gentle breeze from the west.',
    'Thunderstorms possible after 3 pm; gusts up to 60 km/h.',
    'Clear skies and cooler overnight temperatures.',
    'Fog in the morning, becoming sunny later.',
  ],
  hotel: [
    'Boutique hotel steps from the old town, with a rooftop bar and free Wi-Fi.',
    'Rooms overlook the river; breakfast is served until 11 am.',
    'Late check-in after 10 pm must be announced to the front desk.',
    'Includes breakfast for two and free cancellation up to 48 hours before arrival.',
    'Quiet room on a high floor requested.',
    'Non-refundable; taxes and fees are included in the price.',
  ],
  rail: [
    'Train runs about 10 minutes late due to a signal failure.',
    'Platform changed to track 7.',
    'Replacement buses between the two stations this weekend.',
    'Regional train with bicycle space; seat reservation not required.',
  ],
  medical: [
    'Headache lasting more than three days with sensitivity to light.',
    'Symptoms started two days ago after a cold.',
    'Patient reports mild fever and a dry cough.',
    'Recommend consulting a general practitioner within 24 hours.',
    'No red flags reported; self-care is appropriate.',
  ],
  ci: [
    'Build passed after retrying a flaky integration test.',
    'Fix timeout in the checkout tests',
    'Bump dependencies to the latest patch releases',
    'Deploy step skipped: branch is not main.',
    'Merge pull request #482 from feature/checkout-redesign',
  ],
  podcast: [
    'A weekly show on the science behind everyday decisions.',
    'Interviews with founders on how their companies began.',
    'The stories behind the headlines, told in twenty minutes each weekday.',
    'An economist and a journalist explain how money shapes the world.',
    'Deep dives into the history of ordinary objects.',
  ],
  gif: ['Cat dancing on a keyboard', 'Crowd cheering at a concert', 'Person giving a thumbs up', 'Fireworks over the city skyline'],
  banking: [
    'Card purchase at Woolworths Sydney',
    'Monthly rent payment',
    'Salary from Acme Pty Ltd',
    'Transfer to savings',
    'Refund from Amazon Marketplace',
    'Direct debit: electricity bill',
  ],
  fashion: [
    'Slim-fit cotton shirt with a button-down collar.',
    'Lightweight running shoe with a cushioned sole.',
    'Water-repellent parka with a detachable hood.',
  ],
  vehicle: ['Fits models with the 2.0L engine only.', 'Compatible with front-wheel drive trims.'],
  // a translation resource's own description (a glossary, a parallel data set); the texts sent to be translated are `TEXTS_TO_TRANSLATE`
  translation: [
    'Glossary of product names that stay untranslated.',
    'Terms for the legal department, reviewed in May.',
    'Parallel data built from last year\u2019s support tickets.',
    'Customer-support phrases paired with their approved translations.',
  ],
  cloud: [
    'Glossary of product names that stay untranslated.',
    'Parallel data built from last year\u2019s support tickets.',
    'Terms for the legal department, reviewed in May.',
    'Job finished; all documents were translated.',
  ],
};

const REVIEW_TEXTS = [
  'Fits true to size and the fabric feels sturdy.',
  'Nice colour, but the sleeves are a little long.',
  'Comfortable from the first day; I would buy it again.',
  'Arrived quickly and looks exactly like the photos.',
  'The sole started to come off after two months.',
];

/** Sentences a translation API is sent or answers with (`Text`, `TranslatedText`), never a resource's description. */
const TEXTS_TO_TRANSLATE = [
  'Our store opens at 9 am on weekdays.',
  'Please confirm your booking by Friday.',
  'The update improves battery life and fixes several bugs.',
  'Thank you for contacting customer support.',
];
const TRANSLATED_TEXT = /^(source_?|target_?|translated_?|original_?)?(text|texts|sentence|content|phrase)$/;

/** A sentence for a free-text field (`key`, snake case) of a tool in `field`, when the field has its own. */
export function fieldSentence(faker: Faker, topic: Topic, key = ''): string | undefined {
  if (/^(review|rating|feedback|comment)$/.test(topic.entity)) return pick(faker, REVIEW_TEXTS);
  const field = fieldOf(topic);
  if (field === 'translation' && TRANSLATED_TEXT.test(key)) return pick(faker, TEXTS_TO_TRANSLATE);
  // a bank's texts are about money moving: a webhook of a banking API gets no shop purchase
  if (field === 'banking' && !/(transaction|payment|transfer|booking|debit|credit)/.test(topic.entity)) return undefined;
  const pool = field === undefined ? undefined : FIELD_SENTENCES[field];
  return pool === undefined ? undefined : pick(faker, pool);
}

/** A title that fits the field (a bill's, an episode's, an alert's), when the field has its own kind of title. */
export function fieldTitle(faker: Faker, topic: Topic, noun: string): string | undefined {
  const named = kindName(faker, topic, noun);
  if (named !== undefined) return named;
  switch (fieldOf(topic)) {
    case 'legislature':
      return pick(faker, BILL_TITLES);
    case 'podcast':
      return pick(faker, [...EPISODES, ...PODCASTS]);
    case 'weather':
      return pick(faker, WEATHER_ALERTS);
    case 'gif':
      return pick(faker, GIFS);
    case 'ci':
      return pick(faker, FIELD_SENTENCES.ci ?? ['build']).replace(/\.$/, '');
    case 'hotel':
      return pick(faker, HOTELS);
    default:
      return undefined;
  }
}
