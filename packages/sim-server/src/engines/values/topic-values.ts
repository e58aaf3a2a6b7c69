import { handle, pick, type ValueRequest } from './entities.js';
import { nounThing } from './noun-things.js';

/**
 * Kinds of a thing, as a user names them, by the thing's noun: the values of `room_type`, `fuel_type`,
 * `case_type` or a bare `type` on a tool about restaurants. A qualified type (`organism_type`) never
 * takes a generic tier word (`premium`, `business`): those fit plans and tickets, not organisms.
 */
export const KINDS_OF: Readonly<Record<string, readonly string[]>> = {
  bill: ['bill', 'resolution', 'joint resolution', 'concurrent resolution'],
  jurisdiction: ['state', 'municipality'],
  room: ['single', 'double', 'twin', 'suite', 'deluxe', 'king'],
  fuel: ['gasoline', 'diesel', 'electric', 'hybrid'],
  car: ['compact', 'sedan', 'SUV', 'minivan', 'economy', 'convertible'],
  vehicle: ['car', 'truck', 'motorcycle', 'SUV', 'van'],
  flight: ['non-stop', 'direct', 'one-way', 'round-trip'],
  travel: ['economy', 'premium economy', 'business', 'first'],
  seat: ['window', 'aisle', 'middle'],
  insurance: ['travel', 'trip cancellation', 'health', 'baggage'],
  property: ['apartment', 'condo', 'house', 'villa', 'townhouse'],
  building: ['residential', 'commercial', 'office', 'warehouse', 'school'],
  case: ['civil', 'criminal', 'family', 'small claims'],
  lawsuit: ['patent', 'contract dispute', 'personal injury', 'employment'],
  law: ['criminal', 'civil', 'constitutional', 'contract'],
  crime: ['burglary', 'theft', 'assault', 'robbery', 'vandalism', 'fraud'],
  incident: ['car accident', 'slip and fall', 'medical malpractice', 'workplace injury'],
  complaint: ['noise', 'billing', 'garbage collection', 'street lighting', 'parking'],
  contract: ['lease', 'employment', 'non-disclosure', 'service', 'sales'],
  food: ['Italian', 'Thai', 'Mexican', 'Japanese', 'Indian', 'vegetarian'],
  cuisine: ['Italian', 'Thai', 'Mexican', 'Japanese', 'Indian', 'French'],
  restaurant: ['Italian', 'Thai', 'Mexican', 'Japanese', 'Indian', 'seafood'],
  meal: ['breakfast', 'lunch', 'dinner', 'snack'],
  recipe: ['dessert', 'main course', 'soup', 'salad'],
  ingredient: ['vegetable', 'meat', 'dairy', 'spice', 'grain'],
  oven: ['conventional', 'convection', 'gas', 'fan'],
  plant: ['cactus', 'fern', 'tomato', 'succulent', 'rose'],
  soil: ['loam', 'sandy', 'clay', 'silt', 'peat'],
  slope: ['steep', 'gentle', 'moderate'],
  crop: ['wheat', 'corn', 'rice', 'soybeans', 'barley'],
  species: ['birds', 'mammals', 'reptiles', 'amphibians', 'fish'],
  organism: ['human', 'plant', 'animal', 'bacterium', 'fungus'],
  cell: ['neuron', 'red blood cell', 'epithelial cell', 'muscle cell', 'stem cell'],
  neuron: ['GABA', 'glutamate', 'dopamine', 'serotonin'],
  membrane: ['phospholipid bilayer', 'cell wall', 'nuclear envelope'],
  sequence: ['T1-weighted', 'T2-weighted', 'EPI', 'FLAIR'],
  energy: ['solar', 'wind', 'hydro', 'geothermal'],
  paint: ['acrylic', 'oil', 'watercolor', 'latex'],
  instrument: ['guitar', 'piano', 'violin', 'trumpet', 'saxophone', 'drums'],
  scale: ['major', 'minor', 'pentatonic', 'blues'],
  progression: ['major', 'minor', 'jazz', 'blues'],
  music: ['jazz', 'classical', 'rock', 'pop'],
  game: ['board game', 'card game', 'strategy', 'puzzle'],
  poker: ['Texas Holdem', 'Omaha', 'Seven-card stud'],
  deck: ['standard', 'poker', 'tarot', 'Uno'],
  sport: ['football', 'basketball', 'tennis', 'baseball', 'cricket'],
  sports: ['football', 'basketball', 'tennis', 'baseball', 'cricket'],
  event: ['war', 'invention', 'revolution', 'treaty'],
  strategy: ['flanking', 'frontal assault', 'siege', 'defensive'],
  attraction: ['museum', 'monument', 'park', 'zoo'],
  artwork: ['painting', 'sculpture', 'installation', 'photograph'],
  art: ['painting', 'sculpture', 'photography', 'printmaking'],
  personality: ['INTJ', 'ENFP', 'ISTJ', 'ENTP'],
  root: ['real', 'complex', 'all'],
  parking: ['public', 'private', 'street', 'garage'],
  product: ['electronics', 'clothing', 'books', 'home and kitchen'],
  item: ['fish', 'bug', 'fossil', 'sea creature'],
  enemy: ['boss', 'zombie', 'dragon', 'skeleton'],
  account: ['checking', 'savings', 'business'],
  membership: ['basic', 'standard', 'premium'],
  subscription: ['basic', 'standard', 'premium'],
  plan: ['basic', 'standard', 'premium'],
  ticket: ['standard', 'VIP', 'student', 'early bird'],
  document: ['passport', 'invoice', 'contract', 'report'],
  transaction: ['credit', 'debit', 'transfer'],
  order: ['market', 'limit', 'stop'],
  payment: ['credit card', 'debit card', 'bank transfer', 'PayPal'],
  exercise: ['cardio', 'strength', 'yoga', 'stretching'],
  workout: ['cardio', 'strength', 'HIIT', 'yoga'],
  diet: ['vegetarian', 'vegan', 'keto', 'gluten-free'],
  blood: ['A+', 'O-', 'B+', 'AB+'],
  weather: ['rain', 'snow', 'clear', 'storm'],
  accommodation: ['hotel', 'hostel', 'apartment', 'guesthouse'],
  transport: ['bus', 'train', 'subway', 'ferry'],
  housing: ['apartment', 'house', 'condo'],
  loan: ['mortgage', 'auto', 'personal', 'student'],
  job: ['full-time', 'part-time', 'contract', 'internship'],
  employment: ['full-time', 'part-time', 'contract'],
  currency: ['fiat', 'crypto'],
  market: ['stocks', 'bonds', 'commodities', 'forex'],
  investment: ['stocks', 'bonds', 'mutual funds', 'ETFs'],
  coin: ['fair', 'biased'],
  dice: ['six-sided', 'twenty-sided'],
  pet: ['dog', 'cat', 'rabbit', 'parrot'],
  animal: ['dog', 'cat', 'horse', 'bird'],
  shape: ['circle', 'square', 'triangle', 'rectangle'],
  chart: ['line', 'bar', 'pie', 'scatter'],
  graph: ['line', 'bar', 'scatter'],
  correlation: ['pearson', 'spearman', 'kendall'],
  distribution: ['normal', 'binomial', 'poisson', 'uniform'],
  test: ['t-test', 'chi-square', 'ANOVA'],
  lab_test: ['hematology', 'clinical chemistry', 'microbiology', 'immunology', 'urinalysis'],
  model: ['linear regression', 'random forest', 'SVM'],
  route: ['fastest', 'shortest', 'scenic'],
  road: ['highway', 'local', 'toll-free'],
  engine: ['petrol', 'diesel', 'electric', 'hybrid'],
  battery: ['lithium-ion', 'lead-acid', 'nickel-metal hydride'],
  gas: ['air', 'helium', 'nitrogen', 'oxygen', 'carbon dioxide'],
  rock: ['igneous', 'sedimentary', 'metamorphic'],
  cloud: ['cumulus', 'stratus', 'cirrus'],
  star: ['red dwarf', 'white dwarf', 'main sequence', 'red giant'],
  planet: ['terrestrial', 'gas giant', 'ice giant'],
  // a class of travel is a cabin, not a kind of flight
  flight_class: ['economy', 'premium economy', 'business', 'first'],
  travel_class: ['economy', 'premium economy', 'business', 'first'],
  cabin_class: ['economy', 'premium economy', 'business', 'first'],
  seat_class: ['economy', 'premium economy', 'business', 'first'],
};

/**
 * Kinds of a part a record holds, by the part's noun and the API's field (an OCD bill's
 * `actions[].classification` is `introduction` or `passage`; an audit log's action is `create`).
 */
const HELD_KINDS: ReadonlyArray<readonly [string, RegExp, readonly string[]]> = [
  [
    'action',
    /\b(bills?|legislat\w*|jurisdictions?|sessions?)\b/,
    ['introduction', 'referral-committee', 'reading-1', 'passage', 'executive-signature'],
  ],
  ['action', /./, ['create', 'update', 'delete']],
  ['vote', /./, ['passage', 'amendment-passage', 'veto-override']],
  ['motion', /./, ['passage', 'amendment-passage', 'reading-3']],
  ['sponsorship', /./, ['primary', 'cosponsor']],
  ['organization', /\b(bills?|legislat\w*|jurisdictions?|committees?)\b/, ['legislature', 'upper', 'lower', 'committee', 'party']],
  ['office', /\b(people|legislat\w*|jurisdictions?)\b/, ['capitol', 'district']],
  ['download', /./, ['csv', 'json', 'pgdump']],
  ['media', /\b(events?|hearings?|sessions?)\b/, ['video', 'audio']],
  ['document', /\b(events?|hearings?|bills?)\b/, ['agenda', 'minutes', 'transcript', 'testimony']],
  ['agenda', /./, ['bill', 'appointment', 'discussion']],
  ['related_entity', /./, ['person', 'organization', 'bill']],
  ['legislative_session', /./, ['primary', 'special']],
  ['image', /\b(articles?|products?|shops?|catalog\w*)\b/, ['packshot', 'model', 'detail']],
  ['related_bill', /./, ['companion', 'prior-session', 'replaced-by']],
  ['condition', /\b(rates?|hotels?|booking)\b/, ['cancellation', 'deposit', 'guarantee', 'prepayment']],
  ['transaction', /./, ['credit', 'debit', 'transfer']],
  ['attachment', /./, ['image', 'document', 'video']],
  ['address', /./, ['home', 'work', 'billing', 'shipping']],
  ['phone', /./, ['mobile', 'home', 'work']],
  ['email', /./, ['personal', 'work']],
];

/** The singular of a holder's noun (`actions` → `action`, `related_entities` → `related_entity`). */
function singular(noun: string): string {
  return noun.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');
}

/** The kind of a held part (`actions.classification` → `passage`), when its holder's noun is known in this field. */
function heldKind(request: ValueRequest): string | undefined {
  const words = request.words.slice(0, -1);
  // `sponsorships.entity_type`: the holder is the sponsorship, `entity` only says what kind of kind
  if (/^(entity|data|relation)$/.test(words.at(-1) ?? '') && words.length > 1) words.pop();
  for (const size of [2, 1]) {
    if (words.length < size) continue;
    const holder = singular(words.slice(-size).join('_'));
    // who a part names (`sponsorships[].entity_type`) is a person or an organization, whatever the part
    if (request.snake.endsWith('entity_type') && /^(sponsorship|participant|related_entity|member|membership)$/.test(holder))
      return pick(request.faker, ['person', 'organization']);
    const entry = HELD_KINDS.find(([noun, field]) => noun === holder && field.test(request.topic.text));
    if (entry !== undefined) return pick(request.faker, entry[2]);
  }
  return undefined;
}

/** The words whose kinds a user would not know by a generic tier (`premium organism`). */
const TIER_WORDS = /^(standard|premium|general|business|personal)$/;

/** Words that stand between a noun and its `type` without naming a kind (`info_type` is a kind of info). */
const PASS = /^(info|information|data|summary|specific|return|grant)$/;

const MEDICAL = /\b(labs?|laborator\w*|patients?|clinic\w*|medic\w*|blood|health|diagnos\w*|symptoms?)\b/;
/** A noun's kinds in its topic: a test on a medical tool is a lab test (`hematology`), never a statistics test (`ANOVA`). */
function kindsOf(noun: string, topic: string): readonly string[] | undefined {
  return noun === 'test' && MEDICAL.test(topic) ? KINDS_OF['lab_test'] : KINDS_OF[noun];
}

/**
 * The kind a `<noun>_type` (`_types`, `_class`, `_category`, `_kind`, `_style`) names, or a bare `type`
 * on a tool whose name names a noun with kinds (`find_restaurant(type)` → a cuisine). `undefined`
 * when the noun has no known kinds: the general rules decide.
 */
export function kindOfValue(request: ValueRequest): string | undefined {
  const words = request.words;
  const last = words.at(-1) ?? '';
  if (!/^(type|types|class|category|kind|style|classification)$/.test(last)) return undefined;
  const qualifier = words.at(-2);
  if (qualifier !== undefined) {
    // `downloads.data_type` is a download's kind; a bare `info_type` stays with the general rules
    if (PASS.test(qualifier)) return heldKind({ ...request, words: [...words.slice(0, -2), last] });
    const kinds =
      KINDS_OF[`${qualifier}_${last}`] ?? kindsOf(qualifier, request.topic.text) ?? kindsOf(singular(qualifier), request.topic.text);
    return kinds === undefined ? heldKind(request) : pick(request.faker, kinds);
  }
  // a bare type: the last noun of the tool's own name that has kinds (`artwork_find` → artwork)
  const own = [...(request.topic.own ?? [])].reverse();
  const kinds = own.map((word) => kindsOf(singular(word), request.topic.text)).find((entry) => entry !== undefined);
  return kinds === undefined ? undefined : pick(request.faker, kinds);
}

/** True when `value` is a generic tier word sent for a type whose noun has kinds of its own. */
export function tierWordForKind(snake: string, value: unknown): boolean {
  if (typeof value !== 'string' || !TIER_WORDS.test(value.trim().toLowerCase())) return false;
  const match = /(?:^|_)([a-z]+)_(type|types|class|category|kind|style)$/.exec(snake);
  const kinds = match?.[1] === undefined ? undefined : (KINDS_OF[`${match[1]}_${match[2]}`] ?? KINDS_OF[match[1]]);
  return kinds !== undefined && !kinds.some((kind) => kind.toLowerCase() === value.trim().toLowerCase());
}

const CARD_GAME = /\b(poker|cards?|blackjack|bridge|texas hold'?em|hands?)\b/;
const VIDEO_GAME = /\b(video ?games?|gam(e|es|er|ing)|levels?|fortnite|minecraft|xbox|playstation|steam)\b/;
const TEAM_SPORT = /\b(teams?|leagues?|soccer|football|basketball|baseball|hockey|cricket|nba|nfl|mlb|nhl|athletes?|sports?)\b/;
const MUSIC = /\b(music\w*|melody|melodies|chords?|songs?|tunes?|harmony|blues)\b/;
const SKY = /\b(celestial|planets?|astronom\w*|orbits?|galax\w*|solar system|light ?years?)\b/;
/** An assistant's memory of its user (`core_memory_add`, `archival_memory_search`), not a computer's RAM. */
const MEMORY = (text: string): boolean => /\bmemor(y|ies)\b/.test(text) && !/\b(ram|gpu|heap|usage|bytes|cache)\b/.test(text);
/** Tools about markets, earnings or lawsuits speak of listed companies, not made-up ones (`Bogan, Hintz and Mraz`). */
const MARKET =
  /\b(stocks?|shares?|closing price|dividends?|revenue|earnings|market cap\w*|lawsuits?|ticker|nasdaq|nyse|quarterly|investors?|financials?|balance sheet|acquisitions?)\b/;
const LISTED_COMPANIES = [
  'Apple',
  'Microsoft',
  'Tesla',
  'Amazon',
  'Alphabet',
  'Nike',
  'Boeing',
  'Toyota',
  'Samsung Electronics',
  'Walmart',
  'Netflix',
  'Coca-Cola',
];

/** People whose role is itself history (a sculptor, a pope): the ones a user would ask about. */
const FAMOUS: Readonly<Record<string, readonly string[]>> = {
  sculptor: ['Michelangelo', 'Auguste Rodin', 'Donatello', 'Gian Lorenzo Bernini', 'Constantin Brâncuși'],
  painter: ['Vincent van Gogh', 'Claude Monet', 'Pablo Picasso', 'Frida Kahlo', 'Leonardo da Vinci', 'Rembrandt'],
  composer: ['Ludwig van Beethoven', 'Wolfgang Amadeus Mozart', 'Johann Sebastian Bach', 'Frédéric Chopin'],
  pope: ['Pope Francis', 'Pope John Paul II', 'Pope Benedict XVI', 'Pope Gregory I', 'Pope Leo XIII'],
  papal: ['Pope Francis', 'Pope John Paul II', 'Pope Benedict XVI', 'Pope Gregory I', 'Pope Leo XIII'],
  prophet: ['Moses', 'Abraham', 'Elijah', 'Isaiah', 'Muhammad'],
  philosopher: ['Plato', 'Aristotle', 'Immanuel Kant', 'Confucius', 'René Descartes'],
  explorer: ['Marco Polo', 'Ferdinand Magellan', 'Christopher Columbus', 'Roald Amundsen'],
  mathematician: ['Carl Friedrich Gauss', 'Leonhard Euler', 'Ada Lovelace', 'Alan Turing', 'Emmy Noether'],
  inventor: ['Thomas Edison', 'Alexander Graham Bell', 'Nikola Tesla', 'James Watt'],
  discoverer: ['Marie Curie', 'Alexander Fleming', 'Isaac Newton', 'Wilhelm Röntgen'],
  scientist: ['Albert Einstein', 'Marie Curie', 'Isaac Newton', 'Charles Darwin', 'Rosalind Franklin', 'Niels Bohr'],
  physicist: ['Albert Einstein', 'Isaac Newton', 'Niels Bohr', 'Richard Feynman', 'Marie Curie'],
  chemist: ['Marie Curie', 'Dmitri Mendeleev', 'Antoine Lavoisier', 'Linus Pauling'],
  architect: ['Frank Lloyd Wright', 'Zaha Hadid', 'Antoni Gaudí', 'Le Corbusier'],
  monarch: ['Queen Elizabeth I', 'Louis XIV', 'Henry VIII', 'Charlemagne', 'Queen Victoria'],
  king: ['Louis XIV', 'Henry VIII', 'Charlemagne', 'Frederick the Great'],
  queen: ['Queen Elizabeth I', 'Queen Victoria', 'Catherine the Great', 'Isabella I of Castile'],
  president: ['Abraham Lincoln', 'George Washington', 'Franklin D. Roosevelt', 'John F. Kennedy', 'Theodore Roosevelt'],
};
/** Where a scientist, an artist or a president is one of history's, not a made-up person. */
/** A tool about history (a president, a battle, a century), not a record's own history (`transaction_history`). */
export function aboutHistory(text: string): boolean {
  const past = text.replace(
    /\b(transaction|order|price|booking|purchase|payment|chat|message|search|browsing|call|login|version|edit|revision|trade|trading|account|watch|medical|credit|crop|population|yield|weather)s? histor(y|ies)\b/g,
    '',
  );
  return /\b(histor(y|ies|ical)|presidents?|presidency|battles?|wars?|monarchs?|empires?|treat(y|ies)|centur(y|ies)|ancient|revolutions?|papal|pope)\b/.test(
    past,
  );
}
const HISTORY =
  /\b(history|historical|famous|biograph\w*|contributions?|discover\w*|inventions?|museums?|artworks?|sculptures?|paintings?|auction|century|centuries|era|religio\w*|papal|monarchs?|presiden\w*)\b/;
const ALWAYS_FAMOUS =
  /^(sculptor|painter|composer|pope|papal|prophet|philosopher|explorer|mathematician|inventor|discoverer|monarch|king|queen)$/;

/** A famous person for a role the property names (`sculptor`, `papal_name`, `scientist` on a history tool). */
function famousPerson(request: ValueRequest): string | undefined {
  // a bare `name` on a tool about a role (`sculptor_info_get(name)`) names one of that role
  const words = /^(name|full_name)$/.test(request.snake) ? (request.topic.own ?? []) : request.words;
  const role = words.find((word) => FAMOUS[word] !== undefined);
  if (role === undefined) return undefined;
  if (!ALWAYS_FAMOUS.test(role) && !HISTORY.test(request.topic.text)) return undefined;
  return pick(request.faker, FAMOUS[role] as readonly string[]);
}

const CHESS_POSITIONS = [
  'rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq e3 0 1',
  'r1bqkbnr/pppp1ppp/2n5/4p3/4P3/5N2/PPPP1PPP/RNBQKB1R w KQkq - 2 3',
  'rnbqkb1r/pp2pppp/3p1n2/8/3NP3/8/PPP2PPP/RNBQKB1R w KQkq - 1 5',
];
const MEMORY_TERMS = ['window seat', 'marathon', 'peanuts', 'birthday', 'Thai food', 'night shifts'];

/**
 * Values a tool's topic decides before any name rule: kinds of a thing (`room_type` → `suite`), a musical
 * key on a music tool (`C`, `F#`, never an id), a sky body on an astronomy tool (`body1` → `Mars`, never a
 * sentence), what an assistant remembers of its user and what it searches its memory for.
 */
export const TOPIC_KINDS: ReadonlyArray<readonly [RegExp, (request: ValueRequest) => string | undefined]> = [
  [
    /^(key|musical_key|key_signature|tonic|root_note)$/,
    (r) => (MUSIC.test(r.topic.text) ? pick(r.faker, ['C', 'G', 'D', 'A', 'E', 'F', 'Bb', 'F#']) : undefined),
  ],
  [
    /^(body_?\d?|celestial_body|celestial_object|planet|astronomical_object|body_name|object_name)$/,
    (r) =>
      SKY.test(r.topic.text)
        ? pick(r.faker, ['Earth', 'Mars', 'Jupiter', 'Venus', 'Saturn', 'the Moon', 'the Sun', 'Proxima Centauri', 'Andromeda Galaxy'])
        : undefined,
  ],
  [
    /^(text|new_text|old_text|content|new_content|value|fact|memory)$/,
    (r) => (MEMORY(r.topic.text) ? nounThing(r.faker, r.topic, 'memory') : undefined),
  ],
  [/^(query|q|search_query|keyword|keywords|search_term)$/, (r) => (MEMORY(r.topic.text) ? pick(r.faker, MEMORY_TERMS) : undefined)],
  [
    /^(company|company_name|corporation|firm|business_name|stock_name)$/,
    (r) => (MARKET.test(r.topic.text) ? pick(r.faker, LISTED_COMPANIES) : undefined),
  ],
  [
    /(^|_)(sculptor|painter|composer|pope|papal|prophet|philosopher|explorer|mathematician|inventor|discoverer|scientist|physicist|chemist|architect|monarch|king|queen|president)(_name)?$/,
    famousPerson,
  ],
  [/^(name|full_name)$/, famousPerson],
  // a chess position is a FEN, a chess player a grandmaster (never a point on a map or a football star)
  [
    /^(position|board_position|board|board_state|fen|current_state)$/,
    (r) => (/\bchess\b/.test(r.topic.text) ? pick(r.faker, CHESS_POSITIONS) : undefined),
  ],
  [
    /^(player|player_name|opponent|white|black|white_player|black_player)$/,
    (r) =>
      !/\bchess\b/.test(r.topic.text)
        ? undefined
        : /\b(moves?|positions?|turn)\b/.test(r.topic.text)
          ? pick(r.faker, ['white', 'black'])
          : pick(r.faker, ['Magnus Carlsen', 'Hikaru Nakamura', 'Fabiano Caruana', 'Ding Liren', 'Judit Polgár']),
  ],
  // a poker player is someone at the table, a video game's player an account, never a football star
  [
    /^(player|player_name|player_?\d|players)$/,
    (r) =>
      CARD_GAME.test(r.topic.text)
        ? r.faker.person.firstName()
        : r.topic.sport === undefined && VIDEO_GAME.test(r.topic.text) && !TEAM_SPORT.test(r.topic.text)
          ? handle(r)
          : undefined,
  ],
  // the artist of a sculpture or a painting is a sculptor or a painter, not a singer
  [
    /^(artist|artist_name|creator|maker)$/,
    (r) =>
      /\bsculpt\w*/.test(r.topic.text)
        ? pick(r.faker, FAMOUS['sculptor'] as readonly string[])
        : /\b(paintings?|artworks?|auction|museums?|galler(y|ies)|canvas)\b/.test(r.topic.text)
          ? pick(r.faker, FAMOUS['painter'] as readonly string[])
          : undefined,
  ],
  // an event a history tool asks about is one of history's
  [
    /^(event|event_name|historical_event)$/,
    (r) =>
      /\b(history|historical|presidents?|wars?|century|empire|monarchs?)\b/.test(r.topic.text)
        ? pick(r.faker, [
            'the Civil War',
            'World War II',
            'the Moon landing',
            'the Great Depression',
            'the signing of the Declaration of Independence',
            'the fall of the Berlin Wall',
          ])
        : undefined,
  ],
  [/(^|_)(type|types|class|category|kind|style|classification)$/, kindOfValue],
];
