import { DISEASE_NAMES, GENE_SYMBOLS, PATHWAY_NAMES } from './values/lexicon.js';
import { SOURCE_META_KEY } from '@inftool/core';
import { COMPOSITION_NOTES } from './compositions.js';

type Json = Record<string, unknown>;

/**
 * Common topics of tools without an outputSchema: the fields a real API of that kind returns, keyed
 * by words of the tool's name (first) or description. Bounds, formats and enums keep the values
 * plausible (a temperature between -15 and 38, an airport code of three capitals).
 */
export interface ResultTopic {
  name: string;
  words: RegExp;
  fields: Record<string, Json>;
  /** Whether a read without an id returns several (news articles), not one record. */
  many?: boolean;
  /** Matched by the tool's name only (a description's "about" or "version" says nothing). */
  nameOnly?: boolean;
  /** Its words are common in any API's prose (`account`, `user`, `order`, `invoice`): matched by the tool's name only. */
  genericWords?: boolean;
  /** What the tool's name or description must also say (a `case` of the law is a court case, not a test case). */
  requires?: RegExp;
}

const text = (extra: Json = {}): Json => ({ type: 'string', ...extra });
const number = (minimum: number, maximum: number): Json => ({ type: 'number', minimum, maximum });
const integer = (minimum: number, maximum: number): Json => ({ type: 'integer', minimum, maximum });
const oneOf = (...values: string[]): Json => ({ type: 'string', enum: values });
const dateTime = text({ format: 'date-time' });
const date = text({ format: 'date' });
const money = { price: number(5, 900), currency: oneOf('USD') };

/** Words of the law, which a case of a court is about. */
const LEGAL = /\b(law|legal|court|courts|lawsuits?|litigation|judge|docket|criminal|civil|felony|plaintiff|defendant|verdict)\b/i;

/** A case as a court docket lists it. */
const LEGAL_CASE: Record<string, Json> = {
  case_number: text({ pattern: '^[1-9]:2[0-4]-(cv|cr)-0[0-9]{4}$' }),
  court: oneOf(
    'U.S. District Court for the Northern District of California',
    'U.S. District Court for the Southern District of New York',
    'U.S. District Court for the District of Delaware',
    'U.S. District Court for the Eastern District of Texas',
    'Superior Court of California, County of Los Angeles',
    'Circuit Court of Cook County',
  ),
  case_type: oneOf('civil', 'patent infringement', 'breach of contract', 'antitrust', 'employment', 'securities fraud'),
  status: oneOf('open', 'pending', 'settled', 'dismissed', 'closed', 'on appeal'),
  filed_date: date,
  judge: text(),
};

/** An event as a calendar lists it. */
const EVENT: Record<string, Json> = {
  title: text(),
  start_time: dateTime,
  end_time: dateTime,
  location: text(),
  status: oneOf('scheduled', 'confirmed', 'tentative'),
};

export const RESULT_TOPICS: ResultTopic[] = [
  {
    name: 'weather',
    words: /^(weather|forecast|temperature|climate|humidity|rain|precipitation)$/,
    fields: {
      location: text(),
      temperature: number(-15, 38),
      unit: oneOf('celsius'),
      conditions: oneOf('sunny', 'partly cloudy', 'cloudy', 'light rain', 'rain', 'thunderstorms', 'snow', 'fog'),
      humidity: integer(15, 98),
      wind_speed: number(0, 60),
      wind_speed_unit: oneOf('km/h'),
      observed_at: dateTime,
    },
  },
  // a lawsuit or court case: its docket number, court, kind, state and judge (`legal_case_fetch`,
  // `get_lawsuit_details`, `court_case_search`); before `file`, so filing a lawsuit is no file on a disk
  {
    name: 'legal case',
    words: /^(lawsuit|lawsuits|litigation|litigations|docket|verdict)$/,
    fields: LEGAL_CASE,
  },
  // a case, a court or a judgement of the law (not a contract, an act or a penalty: `generate_law_contract`)
  { name: 'legal case', words: /^(court|courts|case|cases|judgement|judgment)$/, nameOnly: true, requires: LEGAL, fields: LEGAL_CASE },
  {
    name: 'air quality',
    words: /^(air|aqi|pollution)$/,
    fields: {
      location: text(),
      aqi: integer(5, 180),
      category: oneOf('good', 'moderate', 'unhealthy for sensitive groups'),
      dominant_pollutant: oneOf('pm2.5', 'pm10', 'ozone', 'no2'),
      measured_at: dateTime,
    },
  },
  {
    name: 'stock',
    words: /^(stock|stocks|share|shares|ticker|quote|quotes|equity|nasdaq|nyse)$/,
    fields: {
      symbol: text({ pattern: '^[A-Z]{2,4}$' }),
      ...money,
      change_percent: number(-6, 6),
      volume: integer(100_000, 90_000_000),
      as_of: dateTime,
    },
  },
  {
    name: 'flight',
    words: /^(flight|flights|airline|airlines|airfare)$/,
    fields: {
      flight_number: text({ pattern: '^(BA|AF|LH|DL|UA|KL|IB|AA)[1-9][0-9]{2,3}$' }),
      airline: oneOf('British Airways', 'Air France', 'Lufthansa', 'Delta', 'United', 'KLM', 'Iberia', 'American Airlines'),
      origin: text({ pattern: '^(JFK|LHR|CDG|FRA|AMS|MAD|SFO|LAX|ORD|BOS)$' }),
      destination: text({ pattern: '^(JFK|LHR|CDG|FRA|AMS|MAD|SFO|LAX|ORD|BOS)$' }),
      departure_time: dateTime,
      arrival_time: dateTime,
      duration_minutes: integer(55, 720),
      ...money,
      seats_available: integer(0, 42),
      status: oneOf('scheduled', 'on time', 'delayed', 'boarding'),
    },
  },
  {
    name: 'hotel',
    words: /^(hotel|hotels|room|rooms|accommodation|lodging|stay)$/,
    fields: {
      hotel_name: text(),
      address: text(),
      city: text(),
      check_in: date,
      check_out: date,
      room_type: oneOf('single', 'double', 'twin', 'suite'),
      price_per_night: number(60, 650),
      currency: oneOf('USD'),
      rating: number(2.5, 5),
      available: { type: 'boolean' },
    },
  },
  {
    name: 'restaurant',
    words: /^(restaurant|restaurants|dining|cafe|eatery)$/,
    fields: {
      name: text(),
      cuisine: oneOf('Italian', 'Japanese', 'Mexican', 'Indian', 'French', 'Thai', 'Chinese', 'Mediterranean'),
      address: text(),
      city: text(),
      rating: number(3, 5),
      price_range: oneOf('$', '$$', '$$$'),
      phone: text(),
      open_now: { type: 'boolean' },
    },
  },
  // homes for sale a search lists (`realestate_find_properties`): an address, a price and rooms, not a thing named "Material"
  {
    name: 'property listing',
    words: /^(properties|realestate|listings|homes|houses|apartments|condos)$/,
    nameOnly: true,
    requires: /\b(find|search|list|listings|sale|rent|buy)\b/i,
    many: true,
    fields: {
      address: text(),
      price: number(90_000, 2_500_000),
      currency: oneOf('USD'),
      bedrooms: integer(1, 5),
      bathrooms: integer(1, 4),
      area_sqm: integer(35, 420),
      status: oneOf('for sale', 'under offer'),
    },
  },
  // a library's hold on a book (`library_reserve_book`): a place in the queue and a pickup date, not a paid booking
  {
    name: 'library hold',
    words: /^(library|libraries)$/,
    nameOnly: true,
    fields: {
      hold_id: text({ pattern: '^H[0-9]{7}$' }),
      status: oneOf('on hold', 'ready for pickup', 'in transit'),
      queue_position: integer(1, 6),
      pickup_by: date,
    },
  },
  // a match between two teams (`get_game_results`): its score and whether it is over, not a named record
  {
    name: 'match result',
    words: /^(result|results|match|matches|fixture|fixtures|scoreline)$/,
    nameOnly: true,
    requires: /\b(team|teams|game|games|match|league|versus|vs)\b/i,
    fields: { team_1_score: integer(0, 6), team_2_score: integer(0, 6), status: oneOf('final', 'final after extra time') },
  },
  {
    name: 'booking',
    genericWords: true,
    words: /^(booking|bookings|reservation|reservations|reserve|ticket|tickets|appointment|rental)$/,
    fields: {
      confirmation_code: text({ pattern: '^[A-Z0-9]{6}$' }),
      status: oneOf('confirmed', 'pending'),
      total_price: number(20, 1800),
      currency: oneOf('USD'),
      booked_at: dateTime,
    },
  },
  {
    name: 'route',
    words: /^(distance|route|routes|directions|direction|travel|commute|eta|navigation)$/,
    fields: {
      origin: text(),
      destination: text(),
      distance: number(1, 2500),
      distance_unit: oneOf('km'),
      duration_minutes: integer(3, 1800),
      mode: oneOf('driving', 'transit', 'walking', 'cycling'),
    },
  },
  {
    name: 'translation',
    words: /^(translate|translation|translator)$/,
    fields: {
      translated_text: text(),
      source_language: text({ pattern: '^(en|fr|de|es|it|pt|ja)$' }),
      target_language: text({ pattern: '^(en|fr|de|es|it|pt|ja)$' }),
      confidence: number(0.8, 0.99),
    },
  },
  {
    name: 'news',
    words: /^(news|article|articles|headline|headlines|blog)$/,
    fields: {
      title: text(),
      source: oneOf('Reuters', 'Associated Press', 'BBC News', 'The Guardian', 'Bloomberg', 'Financial Times'),
      author: oneOf('Maren Holt', 'Julian Achterberg', 'Noor Siddiqui', 'Elena Vasquez', 'Tobias Lindqvist'),
      url: text({ format: 'uri' }),
      published_at: dateTime,
      summary: text(),
    },
    many: true,
  },
  {
    name: 'user',
    genericWords: true,
    words: /^(user|users|account|accounts|profile|profiles|customer|customers|member|members|employee|employees|contact|contacts)$/,
    fields: {
      username: text(),
      full_name: text(),
      email: text({ format: 'email' }),
      phone: text(),
      status: oneOf('active', 'inactive', 'suspended'),
      created_at: dateTime,
    },
  },
  {
    name: 'product',
    genericWords: true,
    words: /^(product|products|item|items|inventory|catalog|sku|grocery|groceries)$/,
    fields: {
      name: text(),
      sku: text({ pattern: '^[A-Z]{3}-[0-9]{5}$' }),
      category: text(),
      ...money,
      in_stock: { type: 'boolean' },
      stock_quantity: integer(0, 500),
      rating: number(2.5, 5),
    },
  },
  {
    name: 'order',
    genericWords: true,
    words: /^(order|orders|purchase|purchases|cart|checkout|shipment|delivery)$/,
    fields: {
      status: oneOf('placed', 'processing', 'shipped', 'delivered'),
      item_count: integer(1, 6),
      total: number(8, 1200),
      currency: oneOf('USD'),
      placed_at: dateTime,
      estimated_delivery: date,
    },
  },
  {
    name: 'payment',
    genericWords: true,
    words: /^(payment|payments|invoice|invoices|transaction|transactions|transfer|refund|balance|bill)$/,
    fields: {
      amount: number(5, 5000),
      currency: oneOf('USD'),
      status: oneOf('completed', 'pending', 'settled'),
      reference: text({ pattern: '^TX[0-9]{8}$' }),
      processed_at: dateTime,
    },
  },
  {
    name: 'file',
    genericWords: true,
    words: /^(file|files|document|documents|folder|folders|directory|attachment|attachments)$/,
    fields: {
      name: text(),
      path: text(),
      size_bytes: integer(200, 50_000_000),
      mime_type: oneOf('application/pdf', 'text/plain', 'image/png', 'text/csv', 'application/json'),
      modified_at: dateTime,
    },
  },
  {
    name: 'event',
    genericWords: true,
    words: /^(event|events|meeting|meetings|calendar|concert|concerts|festival|schedule)$/,
    fields: EVENT,
  },
  // a game's scores and rankings (`game_scores_get`): a score and a rank, not a calendar entry
  {
    name: 'game score',
    words: /^(scores?|leaderboards?|highscores?|rankings?)$/,
    nameOnly: true,
    requires: /\b(game|games|gaming|player|players)\b/i,
    fields: { score: integer(1_200, 250_000), rank: integer(1, 5_000), total_players: integer(5_000, 2_000_000) },
  },
  // a game's or an app's latest updates (`games_update_find`): versions and when they came out, not the game renamed
  {
    name: 'software update',
    words: /^(update|updates|patch|patches|changelog|releases?)$/,
    nameOnly: true,
    requires:
      /\b(games?|apps?|software|firmware|platform)\b.*\b(latest|find|get|recent|list)\b|\b(latest|find|get|recent|list)\b.*\b(games?|apps?|software|firmware)\b/i,
    fields: {
      version: text({ pattern: '^[1-3]\\.[0-9]{1,2}\\.[0-9]$' }),
      released_at: dateTime,
      download_size_mb: integer(40, 9_000),
    },
  },
  // a match or a game is an event only when it is scheduled: a game's players, equipment or stats are not
  {
    name: 'event',
    genericWords: true,
    words: /^(match|matches|game|games)$/,
    requires: /\b(schedule|scheduled|upcoming|next|fixtures?|kick-?off|venue|tickets?|when)\b/i,
    fields: EVENT,
  },
  {
    name: 'recipe',
    words: /^(recipe|recipes|meal|meals|dish|dishes|food|nutrition|calories)$/,
    fields: {
      name: text(),
      ingredients: {
        type: 'array',
        items: oneOf(
          'flour',
          'eggs',
          'butter',
          'garlic',
          'olive oil',
          'tomatoes',
          'onion',
          'rice',
          'chicken breast',
          'basil',
          'milk',
          'sugar',
        ),
        minItems: 3,
        maxItems: 6,
        uniqueItems: true,
      },
      calories: integer(120, 950),
      prep_time_minutes: integer(5, 90),
      servings: integer(1, 6),
    },
  },
  {
    name: 'service',
    words: /^(ping|health|healthcheck|heartbeat|version|about|uptime)$/,
    nameOnly: true,
    fields: {
      service: text(),
      version: text({ pattern: '^[1-3]\\.[0-9]{1,2}\\.[0-9]{1,2}$' }),
      status: oneOf('ok'),
      uptime_seconds: integer(3_600, 9_000_000),
      checked_at: dateTime,
    },
  },
  {
    // a hash lookup (`get_lookup_sha256`) answers what a file reputation service knows of the file
    name: 'hash lookup',
    words: /^(sha256|sha1|md5|sha512|hash|hashes|checksum|fingerprint)$/,
    nameOnly: true,
    fields: {
      file_name: oneOf(
        'setup.exe',
        'invoice_0423.pdf',
        'libssl.so.3',
        'update.zip',
        'chrome_installer.exe',
        'report.docx',
        'jquery-3.6.0.min.js',
        'kernel32.dll',
      ),
      file_size: integer(2_000, 90_000_000),
      // fields sampled one by one must not contradict each other: no file type, product or source
      // that could belong to another file ("chrome_installer.exe", a "Microsoft Word document")
      verdict: oneOf('known-good', 'malicious', 'suspicious', 'unknown'),
      first_seen: dateTime,
    },
  },
  {
    // related entities of a subject (`get_relation_by_ensgid`): relations, not a profile of the subject the call names
    name: 'relation',
    words: /^(relation|relations|related|relationships?|interactions?|neighbou?rs)$/,
    nameOnly: true,
    fields: {
      subject: text(),
      related_name: oneOf(...DISEASE_NAMES.slice(0, 6), 'BRCA1', 'TP53', 'EGFR', 'IL6', 'KRAS', 'TNF'),
      related_type: oneOf('disease', 'target'),
      relation_type: oneOf('associated_with', 'interacts_with', 'part_of', 'similar_to'),
      score: number(0.05, 0.99),
    },
    many: true,
  },
  {
    // a target–disease association of a genetics platform: which gene, which disease, how strong
    name: 'association',
    words: /^(association|associations)$/,
    nameOnly: true,
    fields: {
      target_symbol: oneOf(...GENE_SYMBOLS.slice(0, 9)),
      disease_name: oneOf(...DISEASE_NAMES.slice(0, 7)),
      overall_score: number(0.05, 0.98),
      evidence_count: integer(1, 900),
      top_datatype: oneOf('genetic_association', 'somatic_mutation', 'literature', 'known_drug', 'rna_expression', 'animal_model'),
    },
    many: true,
  },
  {
    name: 'evidence',
    words: /^(evidence)$/,
    nameOnly: true,
    fields: {
      target_symbol: oneOf(...GENE_SYMBOLS.slice(0, 7)),
      disease_name: oneOf(...DISEASE_NAMES.slice(0, 6)),
      datasource: oneOf('gwas_catalog', 'europepmc', 'chembl', 'cancer_gene_census', 'expression_atlas'),
      score: number(0.05, 0.99),
      publication_year: integer(2008, 2025),
    },
  },
  {
    name: 'evidence code',
    words: /^(eco|ecoid)$/,
    nameOnly: true,
    fields: {
      label: oneOf(
        'experimental evidence used in manual assertion',
        'curator inference used in manual assertion',
        'direct assay evidence used in manual assertion',
        'sequence similarity evidence used in manual assertion',
      ),
      ontology: oneOf('ECO'),
    },
  },
  {
    name: 'drug',
    words: /^(drug|drugs|chembl|molecule|molecules)$/,
    nameOnly: true,
    fields: {
      name: oneOf('OSIMERTINIB', 'METFORMIN', 'ATORVASTATIN', 'ADALIMUMAB', 'OLAPARIB', 'TOCILIZUMAB', 'GEFITINIB'),
      drug_type: oneOf('Small molecule', 'Antibody', 'Protein'),
      max_clinical_phase: integer(1, 4),
      year_first_approved: integer(1958, 2024),
    },
  },
  {
    name: 'expression',
    words: /^(expression|expressions)$/,
    nameOnly: true,
    fields: {
      tissue: oneOf('liver', 'lung', 'pancreas', 'brain', 'breast', 'colon', 'skin', 'whole blood'),
      rna_level: integer(0, 4),
      rna_value_tpm: number(0.1, 450),
      protein_level: oneOf('not detected', 'low', 'medium', 'high'),
    },
    many: true,
  },
  {
    name: 'enrichment',
    words: /^(enrichment)$/,
    nameOnly: true,
    fields: {
      pathway: oneOf(...PATHWAY_NAMES),
      p_value: number(0.000001, 0.05),
      genes_in_pathway: integer(3, 60),
    },
    many: true,
  },
  {
    name: 'disease',
    words: /^(disease|diseases|efoid|condition|conditions|phenotype|phenotypes)$/,
    fields: {
      name: oneOf(...DISEASE_NAMES.slice(0, 7)),
      ontology: oneOf('EFO', 'MONDO'),
      associated_targets: integer(12, 4_800),
      synonyms: integer(1, 25),
    },
  },
  {
    name: 'gene target',
    words: /^(target|targets|gene|genes|ensgid|ensembl)$/,
    // a tool that sequences or evolves genes of a species returns no human drug target (E. coli is no IL6)
    requires: /^(?![\s\S]*\b(sequenc\w*|mutations?|evolution\w*|evolve)\b)/i,
    fields: {
      approved_symbol: oneOf('BRCA1', 'TP53', 'EGFR', 'IL6', 'APOE', 'KRAS', 'TNF', 'INS'),
      biotype: oneOf('protein_coding'),
      chromosome: oneOf('17', '7', '19', '12', '6', '11'),
      associated_diseases: integer(20, 3_500),
      tractability: oneOf('small molecule', 'antibody', 'PROTAC', 'other modalities'),
    },
  },
  // a melody, a scale or a chord progression a tool composes: notes in a key at a tempo, not a rated record
  {
    name: 'composition',
    words: /^(melody|melodies|progression|progressions|chord|chords|composition|compose)$/,
    nameOnly: true,
    fields: {
      // any note drawn; `keyedCompositions` moves each into the key the call names (C major when it names none)
      notes: { type: 'array', items: oneOf(...COMPOSITION_NOTES), minItems: 4, maxItems: 8 },
      tempo_bpm: integer(60, 160),
      time_signature: oneOf('4/4', '3/4', '6/8'),
    },
  },
  // films, books and music: each with its own creator and genres (no jazz film, no romance melody)
  {
    name: 'film',
    words: /^(movie|movies|film|films|show|shows|cinema|theater|theatre)$/,
    fields: {
      title: oneOf('The Quiet Harbor', 'Paper Lanterns', 'Northbound', 'The Glass Orchard', 'Saltwater Hearts', 'A Winter in Porto'),
      // invented names: a real director credited with an invented film would be a made-up fact
      director: oneOf('Lena Marsh', 'Tomás Ribeiro', 'Aiko Tanabe', 'David Okafor', 'Ingrid Solberg'),
      release_date: date,
      genre: oneOf('drama', 'comedy', 'action', 'thriller', 'science fiction', 'animation', 'documentary'),
      runtime_minutes: integer(84, 165),
      rating: number(2.5, 5),
    },
  },
  {
    name: 'book',
    words: /^(book|books|novel|novels)$/,
    fields: {
      title: oneOf('The Lantern Keeper', 'Rivers of Salt', 'A House of Small Hours', 'The Cartographer’s Daughter', 'Evenfall'),
      author: oneOf('Maren Holt', 'Julian Achterberg', 'Noor Siddiqui', 'Elena Vasquez', 'Tobias Lindqvist'),
      year: integer(1960, 2025),
      genre: oneOf('literary fiction', 'mystery', 'science fiction', 'fantasy', 'biography', 'history', 'romance'),
      pages: integer(120, 880),
      rating: number(2.5, 5),
    },
  },
  {
    name: 'music',
    words: /^(song|songs|album|albums|music|track|tracks)$/,
    fields: {
      title: text(),
      artist: text(),
      year: integer(1960, 2025),
      genre: oneOf('pop', 'rock', 'jazz', 'classical', 'hip hop', 'electronic', 'folk'),
      duration_seconds: integer(120, 420),
    },
  },
];

/** Tools that report on the API itself (`get_version`, `health`, `ping`, `about`, `status_info`). */
const META_WORD = /^(version|versions|health|healthcheck|heartbeat|ping|about|uptime|info|status)$/;
/** Words of such a tool's name that say nothing of what it reports on (`get_api_version`). */
const META_FILLER = /^(get|check|read|fetch|show|api|apis|service|server|system|platform|current|latest|public|utils?|v\d+)$/;
const isMetaTool = (name: string): boolean => {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  return words.some((word) => META_WORD.test(word)) && words.every((word) => META_WORD.test(word) || META_FILLER.test(word));
};
/** The fields of such a report that name the service. */
const SERVICE_FIELD = /^(service|service_?name|api|api_?name|application|app|app_?name|name|title|server|product)$/i;

/**
 * A version, health or info report names the API it comes from (`service: "Open Targets Platform
 * REST API"`), never another service. Works in place; returns whether it changed anything.
 */
export function nameTheService(value: Json, toolName: string, apiTitle: string | undefined): boolean {
  if (apiTitle === undefined || apiTitle.trim() === '' || !isMetaTool(toolName)) return false;
  let changed = false;
  for (const [key, entry] of Object.entries(value)) {
    if (!SERVICE_FIELD.test(key) || typeof entry !== 'string' || entry === apiTitle) continue;
    value[key] = apiTitle;
    changed = true;
  }
  return changed;
}

/** The API's own title: the spec's (`Open Targets Platform REST API`), else its server's name in words. */
export function apiTitle(spec: { _meta?: Record<string, unknown> }, server: string | undefined): string | undefined {
  const source = spec._meta?.[SOURCE_META_KEY];
  const api = typeof source === 'object' && source !== null ? (source as Record<string, unknown>)['api'] : undefined;
  if (typeof api === 'string' && api.trim() !== '') return api.trim();
  return server === undefined || server.trim() === '' ? undefined : server.replace(/[_-]+/g, ' ').trim();
}
