/**
 * Real-world values faker's `en` locale lacks or invents (its cities are made up, its `base`-locale
 * tables — country codes, time zones, MIME types — are not loaded by the engine).
 */

/** [city, region, ISO country, latitude, longitude] */
export const CITIES: ReadonlyArray<readonly [string, string, string, number, number]> = [
  ['New York', 'NY', 'US', 40.7128, -74.006],
  ['San Francisco', 'CA', 'US', 37.7749, -122.4194],
  ['Seattle', 'WA', 'US', 47.6062, -122.3321],
  ['Austin', 'TX', 'US', 30.2672, -97.7431],
  ['Chicago', 'IL', 'US', 41.8781, -87.6298],
  ['Boston', 'MA', 'US', 42.3601, -71.0589],
  ['Denver', 'CO', 'US', 39.7392, -104.9903],
  ['Miami', 'FL', 'US', 25.7617, -80.1918],
  ['Los Angeles', 'CA', 'US', 34.0522, -118.2437],
  ['Portland', 'OR', 'US', 45.5152, -122.6784],
  ['Atlanta', 'GA', 'US', 33.749, -84.388],
  ['Toronto', 'Ontario', 'CA', 43.6532, -79.3832],
  ['Vancouver', 'British Columbia', 'CA', 49.2827, -123.1207],
  ['London', 'England', 'GB', 51.5074, -0.1278],
  ['Manchester', 'England', 'GB', 53.4808, -2.2426],
  ['Paris', 'Île-de-France', 'FR', 48.8566, 2.3522],
  ['Lyon', 'Auvergne-Rhône-Alpes', 'FR', 45.764, 4.8357],
  ['Berlin', 'Berlin', 'DE', 52.52, 13.405],
  ['Munich', 'Bavaria', 'DE', 48.1351, 11.582],
  ['Madrid', 'Madrid', 'ES', 40.4168, -3.7038],
  ['Barcelona', 'Catalonia', 'ES', 41.3874, 2.1686],
  ['Rome', 'Lazio', 'IT', 41.9028, 12.4964],
  ['Milan', 'Lombardy', 'IT', 45.4642, 9.19],
  ['Amsterdam', 'North Holland', 'NL', 52.3676, 4.9041],
  ['Dublin', 'Leinster', 'IE', 53.3498, -6.2603],
  ['Lisbon', 'Lisbon', 'PT', 38.7223, -9.1393],
  ['Stockholm', 'Stockholm', 'SE', 59.3293, 18.0686],
  ['Zurich', 'Zurich', 'CH', 47.3769, 8.5417],
  ['Vienna', 'Vienna', 'AT', 48.2082, 16.3738],
  ['Tokyo', 'Tokyo', 'JP', 35.6762, 139.6503],
  ['Osaka', 'Osaka', 'JP', 34.6937, 135.5023],
  ['Seoul', 'Seoul', 'KR', 37.5665, 126.978],
  ['Singapore', 'Singapore', 'SG', 1.3521, 103.8198],
  ['Sydney', 'NSW', 'AU', -33.8688, 151.2093],
  ['Melbourne', 'VIC', 'AU', -37.8136, 144.9631],
  ['Mumbai', 'Maharashtra', 'IN', 19.076, 72.8777],
  ['Bangalore', 'Karnataka', 'IN', 12.9716, 77.5946],
  ['São Paulo', 'SP', 'BR', -23.5505, -46.6333],
  ['Mexico City', 'CDMX', 'MX', 19.4326, -99.1332],
  ['Buenos Aires', 'Buenos Aires', 'AR', -34.6037, -58.3816],
  ['Cape Town', 'Western Cape', 'ZA', -33.9249, 18.4241],
  ['Dubai', 'Dubai', 'AE', 25.2048, 55.2708],
];

/** [name, alpha-2, alpha-3] */
export const COUNTRIES: ReadonlyArray<readonly [string, string, string]> = [
  ['United States', 'US', 'USA'],
  ['Canada', 'CA', 'CAN'],
  ['United Kingdom', 'GB', 'GBR'],
  ['France', 'FR', 'FRA'],
  ['Germany', 'DE', 'DEU'],
  ['Spain', 'ES', 'ESP'],
  ['Italy', 'IT', 'ITA'],
  ['Netherlands', 'NL', 'NLD'],
  ['Ireland', 'IE', 'IRL'],
  ['Portugal', 'PT', 'PRT'],
  ['Sweden', 'SE', 'SWE'],
  ['Switzerland', 'CH', 'CHE'],
  ['Japan', 'JP', 'JPN'],
  ['South Korea', 'KR', 'KOR'],
  ['Singapore', 'SG', 'SGP'],
  ['Australia', 'AU', 'AUS'],
  ['India', 'IN', 'IND'],
  ['Brazil', 'BR', 'BRA'],
  ['Mexico', 'MX', 'MEX'],
  ['Argentina', 'AR', 'ARG'],
  ['South Africa', 'ZA', 'ZAF'],
  ['United Arab Emirates', 'AE', 'ARE'],
  ['New Zealand', 'NZ', 'NZL'],
  ['Norway', 'NO', 'NOR'],
];

/** Languages people use an API in (ISO 639-1): a user's language, never a rare one such as Fijian (`fj`). */
export const LANGUAGES = ['en', 'en', 'en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'sv', 'da', 'fi', 'cs', 'ja'];
export const LOCALES = ['en-US', 'en-GB', 'fr-FR', 'de-DE', 'es-ES', 'it-IT', 'ja-JP', 'pt-BR', 'nl-NL', 'ko-KR'];
export const TIME_ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'Europe/London',
  'Europe/Paris',
  'Europe/Berlin',
  'Asia/Tokyo',
  'Asia/Singapore',
  'Australia/Sydney',
  'UTC',
];
export const CLOUD_REGIONS = [
  'us-east-1',
  'us-west-2',
  'eu-west-1',
  'eu-central-1',
  'ap-southeast-1',
  'eastus',
  'westeurope',
  'westus2',
  'us-central1',
  'europe-west1',
];
export const WORLD_REGIONS = [
  'North America',
  'Europe',
  'Asia Pacific',
  'Latin America',
  'Middle East',
  'Western Europe',
  'Southeast Asia',
];

/** [MIME type, extension] */
export const MIME_TYPES: ReadonlyArray<readonly [string, string]> = [
  ['application/json', 'json'],
  ['application/pdf', 'pdf'],
  ['text/csv', 'csv'],
  ['image/png', 'png'],
  ['image/jpeg', 'jpg'],
  ['text/plain', 'txt'],
  ['application/xml', 'xml'],
  ['application/zip', 'zip'],
  ['text/html', 'html'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
  ['audio/mpeg', 'mp3'],
  ['video/mp4', 'mp4'],
];
export const FILE_STEMS = [
  'quarterly-report',
  'invoice-2025-05',
  'meeting-notes',
  'budget',
  'customer-list',
  'product-photo',
  'contract-signed',
  'data-export',
  'presentation',
  'release-notes',
  'backup',
  'summary',
  'requirements',
  'sales-q2',
];
export const DIRECTORIES = [
  '/home/alex/documents',
  '/var/data/exports',
  '/srv/app/uploads',
  '/home/sam/projects/website',
  'reports/2025',
  'docs',
  'src/components',
  '/tmp/import',
];

/** Names of things that have real ones (an API directory's providers and services), not `<Qualifier> <Noun>`. */
export const THING_NAMES: Record<string, readonly string[]> = {
  // providers that publish several APIs, whose services the world knows (`provider-services.ts`)
  provider: ['googleapis.com', 'azure.com', 'amazonaws.com', 'twilio.com', 'github.com', 'nytimes.com', 'microsoft.com'],
  service: [
    'gmail',
    'drive',
    'calendar',
    'storage',
    'compute',
    'pubsub',
    'translate',
    'maps',
    'youtube',
    'bigquery',
    'payments',
    'messaging',
  ],
  api: ['Payments API', 'Messaging API', 'Maps API', 'Search API', 'Identity API', 'Storage API'],
  category: ['Politics', 'Business', 'Technology', 'Health', 'Science', 'Sports', 'Culture'],
  tag: ['breaking', 'analysis', 'opinion', 'interview', 'explainer', 'live'],
  ministry: [
    'Ministry of Finance',
    'Ministry of Health',
    'Ministry of Education',
    'Ministry of Transport',
    'Ministry of Foreign Affairs',
    'Ministry of Justice',
  ],
  sector: ['Agriculture', 'Energy', 'Health Care', 'Education', 'Transportation', 'Tourism'],
  theme: ['Climate Action', 'Economic Recovery', 'Public Safety', 'Housing', 'Digital Services'],
  parent: ['Jordan Lee', 'Maria Garcia', 'Sam Patel', 'Alex Kim'],
};

export const RESOURCE_WORDS = [
  'prod',
  'staging',
  'dev',
  'analytics',
  'billing',
  'orders',
  'web',
  'api',
  'payments',
  'inventory',
  'reporting',
  'auth',
];
export const TAGS = ['urgent', 'customer', 'internal', 'featured', 'q3', 'review', 'backend', 'design', 'follow-up', 'priority'];
export const STATUSES = ['active', 'pending', 'completed', 'in_progress', 'approved'];
export const CATEGORY_WORDS = ['standard', 'premium', 'general', 'business', 'personal'];

export const SPORTS = ['basketball', 'soccer', 'tennis', 'baseball', 'football', 'golf', 'cricket', 'hockey', 'swimming', 'cycling'];
export const VIDEO_GAMES = [
  'The Legend of Zelda: Breath of the Wild',
  'Minecraft',
  'Fortnite',
  'Elden Ring',
  'Call of Duty: Modern Warfare',
  'Super Mario Odyssey',
  'Animal Crossing: New Horizons',
  'Halo Infinite',
  'The Witcher 3',
];
export const BOARD_GAMES = ['Catan', 'Ticket to Ride', 'Carcassonne', 'Pandemic', 'Chess', 'Monopoly', 'Scrabble'];
export const GAME_PLATFORMS = ['PS5', 'Nintendo Switch', 'Xbox Series X', 'PC', 'PS4'];
export const MUSEUMS = [
  'The Metropolitan Museum of Art',
  'Louvre Museum',
  'British Museum',
  'Museum of Modern Art',
  'Smithsonian National Air and Space Museum',
  'Uffizi Gallery',
  'Rijksmuseum',
  'Tate Modern',
];
export const MOVIES = [
  'Inception',
  'The Godfather',
  'Pulp Fiction',
  'Interstellar',
  'The Dark Knight',
  'Parasite',
  'Oppenheimer',
  'Spirited Away',
  'Casablanca',
];
export const MOVIE_GENRES = ['drama', 'comedy', 'action', 'thriller', 'science fiction', 'horror', 'documentary', 'animation'];
export const DIRECTORS = ['Christopher Nolan', 'Greta Gerwig', 'Steven Spielberg', 'Martin Scorsese', 'Bong Joon-ho', 'Denis Villeneuve'];
export const GENES = ['BRCA1', 'TP53', 'EGFR', 'APOE', 'CFTR', 'KRAS', 'MTHFR', 'BRAF'];
export const DISEASES = [
  'type 2 diabetes',
  'asthma',
  'hypertension',
  "Alzheimer's disease",
  'breast cancer',
  'rheumatoid arthritis',
  'influenza',
];
export const DRUGS = ['ibuprofen', 'metformin', 'atorvastatin', 'amoxicillin', 'lisinopril', 'acetaminophen'];
export const SPECIES = [
  'Homo sapiens',
  'Mus musculus',
  'Drosophila melanogaster',
  'Canis lupus familiaris',
  'Escherichia coli',
  'Panthera leo',
];
export const INSTRUMENTS = ['piano', 'violin', 'guitar', 'cello', 'flute', 'drums', 'saxophone', 'trumpet'];
export const MATERIALS = ['marble', 'bronze', 'oak', 'steel', 'granite', 'clay', 'glass', 'cotton'];
export const RELIGIONS = ['Buddhism', 'Christianity', 'Islam', 'Hinduism', 'Judaism', 'Sikhism'];
export const SUBSTANCES = ['H2O', 'NaCl', 'C6H12O6', 'CO2', 'CH4', 'NH3', 'H2SO4', 'C2H5OH'];
export const MAJOR_CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'CHF', 'CAD', 'AUD', 'SEK'];
export const STOCK_SYMBOLS = ['AAPL', 'MSFT', 'GOOGL', 'AMZN', 'TSLA', 'NVDA', 'META', 'JPM', 'V', 'KO'];
export const BRANDS = ['Nike', 'Apple', 'Samsung', 'Sony', 'Adidas', 'Dell', 'LEGO', 'IKEA', 'Canon', 'Bosch'];
export const PRODUCTS = [
  'wireless headphones',
  'running shoes',
  'espresso machine',
  'standing desk',
  'smartwatch',
  '4K monitor',
  'yoga mat',
  'backpack',
  'mechanical keyboard',
  'air purifier',
];
export const HOTELS = [
  'Hilton Garden Inn',
  'Marriott Downtown',
  'Hyatt Regency',
  'The Ritz-Carlton',
  'Holiday Inn Express',
  'Four Seasons',
];
export const RESTAURANTS = ["Joe's Pizza", 'The Golden Dragon', 'Blue Hill', 'Sakura Sushi', 'La Petite Maison', 'Olive & Vine'];
export const EVENTS = [
  'Summer Music Festival',
  'Annual Tech Summit',
  'Product Launch Keynote',
  'Charity Gala',
  'Marathon',
  'Jazz Night',
  'Food & Wine Expo',
];
export const SPORT_EVENTS = ['Super Bowl', 'World Cup final', 'NBA Finals', 'Wimbledon', 'Olympic Games', 'Champions League final'];
export const UNIVERSITIES = [
  'Stanford University',
  'MIT',
  'University of Oxford',
  'UC Berkeley',
  'Harvard University',
  'University of Toronto',
];
/** What people search for where the tool's text names the field, before the tool's own words: symptoms, stickers, goods. */
export const FIELD_QUERIES: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [
    /\b(symptoms?|diagnos\w*|medical|patients?|observations?|triage|infermedica|clinical)\b/i,
    ['headache', 'sore throat', 'chest pain', 'fever', 'back pain'],
  ],
  [/\b(stickers?|gifs?|memes?|emojis?|giphy|animated)\b/i, ['happy birthday', 'thank you', 'cats', 'good morning', 'high five']],
  [
    /\b(categor(y|ies)|products?|shop\w*|stores?|ebay|listings?|marketplace|buy\w*|items?)\b/i,
    ['running shoes', 'coffee maker', 'wireless headphones', 'vintage camera', 'board games'],
  ],
];
/** A search that names a city (`sushi in Madrid`) only fits a tool about places. */
export const PLACE_SEARCH = /\b(places?|maps?|hotels?|restaurants?|travel|local|venues?|events?|weather|nearby|cit(y|ies)|locations?)\b/i;

export const SEARCH_QUALIFIERS = ['best', 'cheap', 'top rated', 'new', 'popular', 'nearby'];
export const USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  'curl/8.5.0',
];
export const UNITS: Record<string, readonly string[]> = {
  temperature: ['celsius', 'fahrenheit'],
  distance: ['km', 'miles', 'meters'],
  weight: ['kg', 'lbs', 'grams'],
  cooking: ['cup', 'tablespoon', 'teaspoon', 'gram', 'ounce'],
  volume: ['liters', 'ml', 'gallons'],
  time: ['seconds', 'minutes', 'hours'],
  general: ['metric', 'imperial'],
};

/**
 * Sentences for free-text fields no domain below claims. Each says something of the record itself,
 * never an office errand ("…before Friday", "…in the meeting"), never a state its other fields would
 * contradict ("superseded", "archived"), nor the tool's noun where the record may be another thing
 * (a payment's description "superseded by a newer institution").
 */
export const SENTENCES = [
  'Covers the northern sales region only.',
  'Second revision; the first one had a wrong unit price.',
  'Includes figures up to the end of the previous month.',
  'Shared with two partner organisations.',
  'Generated from the nightly export.',
  'Contains personal data; access is restricted.',
  'Values are rounded to two decimal places.',
  'Missing entries were filled from the prior release.',
  'Verified against the source on import.',
  'Linked to three other records.',
  'Translated from the German original.',
  'Pilot version, limited to five sites.',
];

/** Free text by domain and by the noun it describes (a gene's description is about the gene). */
export const DOMAIN_SENTENCES: Record<string, Record<string, readonly string[]>> = {
  genetics: {
    gene: [
      'Tumour suppressor that regulates the cell cycle and apoptosis.',
      'Receptor tyrosine kinase that drives epithelial cell proliferation.',
      'Encodes a protein involved in homologous recombination DNA repair.',
      'Small GTPase acting downstream of growth factor receptors.',
      'Apolipoprotein that transports cholesterol in the brain.',
      'Chloride channel expressed in epithelial cells of the lung.',
      'Pro-inflammatory cytokine produced by macrophages.',
    ],
    target: [
      'Tumour suppressor that regulates the cell cycle and apoptosis.',
      'Receptor tyrosine kinase that drives epithelial cell proliferation.',
      'Encodes a protein involved in homologous recombination DNA repair.',
      'Small GTPase acting downstream of growth factor receptors.',
      'Pro-inflammatory cytokine produced by macrophages.',
    ],
    disease: [
      'A chronic inflammatory disease of the airways.',
      'A metabolic disorder characterised by insulin resistance and high blood glucose.',
      'A progressive neurodegenerative disease that impairs memory.',
      'An autoimmune disease that mainly affects the joints.',
      'A carcinoma that arises from the epithelium of the breast.',
      'An inflammatory bowel disease that can affect any part of the gut.',
    ],
    drug: [
      'Small molecule inhibitor of the EGFR tyrosine kinase.',
      'Monoclonal antibody against tumour necrosis factor.',
      'Biguanide that lowers hepatic glucose production.',
      'HMG-CoA reductase inhibitor used to lower cholesterol.',
      'PARP inhibitor approved for BRCA-mutated cancers.',
      'Anti-IL-6 receptor antibody used in rheumatoid arthritis.',
    ],
    evidence: [
      'Genome-wide association study linking the locus to the trait.',
      'Somatic mutation reported in a tumour sequencing study.',
      'Differential RNA expression between affected and healthy tissue.',
      'Co-mention of target and disease in a PubMed abstract.',
      'Loss-of-function variant segregating with disease in a family study.',
    ],
    '': [
      'Genome-wide association study linking the locus to the trait.',
      'Differential RNA expression between affected and healthy tissue.',
      'Somatic mutation reported in a tumour sequencing study.',
      'Target–disease link mined from the literature.',
      'Known drug in clinical trials for this indication.',
    ],
  },
  news: {
    '': [
      'The province announced new funding for rural health clinics.',
      'Wildfire crews made progress overnight on two fires near Kamloops.',
      'The ministry released its annual report on school enrolment.',
      'A new ferry schedule takes effect on the coast next month.',
      'Highway improvements begin this spring between Hope and Merritt.',
      'The government opened consultations on housing affordability.',
      'Grants are now available for community climate projects.',
      'The minister met with First Nations leaders to discuss land use.',
    ],
  },
  energy: {
    '': [
      'Green energy share above average for the region this hour.',
      'Meter reading confirmed by the grid operator.',
      'Tariff includes grid fees, concession levy and VAT.',
      'Charging session ended when the vehicle was fully charged.',
      'Receipt issued for an energy delivery under German law.',
      'Price components for a household with standard load profile.',
    ],
  },
  telecom: {
    '': [
      'Fax delivered on the first attempt.',
      'Receiving machine reported a busy line; retried once.',
      'Document sent in fine quality, 3 pages.',
      'Transmission completed without errors.',
    ],
  },
  security: {
    '': [
      'Known file from the NSRL reference data set.',
      'Signed by the vendor; matches the published checksum.',
      'Reported by several antivirus engines as a trojan.',
      'Seen in a software update package.',
    ],
  },
};

/** Gene symbols, diseases and pathways of a genetics platform (Open Targets), most studied first: names here, `oneOf` enums of result topics. */
export const GENE_SYMBOLS: readonly string[] = ['BRCA1', 'TP53', 'EGFR', 'IL6', 'APOE', 'KRAS', 'TNF', 'CFTR', 'PCSK9', 'BRAF'];
export const DISEASE_NAMES: readonly string[] = [
  'asthma',
  'type 2 diabetes mellitus',
  'breast carcinoma',
  "Alzheimer's disease",
  'rheumatoid arthritis',
  'psoriasis',
  'Crohn disease',
  'cystic fibrosis',
];
export const PATHWAY_NAMES: readonly string[] = [
  'Signaling by EGFR',
  'DNA Double-Strand Break Repair',
  'Interleukin-6 signaling',
  'Cell Cycle Checkpoints',
  'Apoptosis',
  'Cholesterol biosynthesis',
];

/** Names of things by domain and noun, for records whose name would otherwise be made up. */
export const DOMAIN_NAMES: Record<string, Record<string, readonly string[]>> = {
  genetics: {
    gene: GENE_SYMBOLS,
    target: GENE_SYMBOLS,
    symbol: GENE_SYMBOLS,
    disease: DISEASE_NAMES,
    // drugs whose ChEMBL facts the world knows (`KNOWN_DRUGS`), so a record naming one states its real type, phase and year
    drug: ['OSIMERTINIB', 'METFORMIN', 'ATORVASTATIN', 'ADALIMUMAB', 'OLAPARIB', 'TOCILIZUMAB', 'GEFITINIB', 'IMATINIB'],
    eco: [
      'genome wide association study evidence',
      'somatic mutation evidence',
      'literature evidence',
      'RNA expression evidence',
      'animal model evidence',
    ],
    pathway: PATHWAY_NAMES,
    tissue: ['liver', 'lung', 'pancreas', 'brain', 'breast', 'colon', 'skin', 'whole blood'],
    datasource: ['ot_genetics_portal', 'gwas_catalog', 'europepmc', 'chembl', 'cancer_gene_census', 'expression_atlas'],
    datatype: ['genetic_association', 'somatic_mutation', 'literature', 'known_drug', 'rna_expression', 'animal_model'],
    area: [
      'cancer or benign tumor',
      'immune system disease',
      'metabolic disease',
      'nervous system disease',
      'respiratory or thoracic disease',
    ],
  },
  news: {
    post: [
      'Province expands rural health clinic funding',
      'Wildfire crews gain ground near Kamloops',
      'New ferry schedule for the Sunshine Coast',
      'Highway 5 upgrades begin this spring',
      'Consultation opens on housing affordability',
      'Grants support community climate projects',
    ],
    article: [
      'Province expands rural health clinic funding',
      'Wildfire crews gain ground near Kamloops',
      'New ferry schedule for the Sunshine Coast',
      'Consultation opens on housing affordability',
    ],
    newsletter: ['BC Health Update', 'Education Bulletin', 'Forests and Lands News', 'Tourism Industry Update'],
    slide: ['Wildfire season update', 'Budget 2025 highlights', 'New schools for growing communities', 'Clean energy jobs'],
    service: [
      'Apply for a fishing licence',
      'Renew a driver’s licence',
      'Find a family doctor',
      'Report a wildfire',
      'Register a business',
    ],
    tag: ['Wildfires', 'Housing', 'Health', 'Education', 'Transportation', 'Climate'],
  },
  energy: {
    city: ['Berlin', 'Hamburg', 'München', 'Köln', 'Frankfurt am Main', 'Stuttgart', 'Leipzig', 'Mannheim'],
    tariff: ['Ökostrom Basis', 'Grünstrom Plus', 'Haushaltsstrom Fix24', 'Wärmestrom Flex'],
    meter: ['Hausanschluss Keller', 'Wärmepumpe', 'Wallbox Garage', 'Photovoltaik Einspeisung'],
  },
};

/** Things a domain's records are about, for a name or a value no rule knows (a hit, a related entity, a keyed value). */
export const DOMAIN_THINGS: Record<string, readonly string[]> = {
  genetics: [
    'BRCA1',
    'TP53',
    'EGFR',
    'IL6',
    'KRAS',
    'asthma',
    'type 2 diabetes mellitus',
    'psoriasis',
    "Alzheimer's disease",
    'breast carcinoma',
    'rheumatoid arthritis',
  ],
  news: [
    'Province expands rural health clinic funding',
    'Wildfire crews gain ground near Kamloops',
    'New ferry schedule for the Sunshine Coast',
    'Highway 5 upgrades begin this spring',
    'Consultation opens on housing affordability',
    'Grants support community climate projects',
  ],
  energy: ['Ökostrom Basis', 'Grünstrom Plus', 'Haushaltsstrom Fix24', 'Wärmestrom Flex', 'Wallbox Garage', 'Photovoltaik Einspeisung'],
  telecom: ['Signed contract', 'Purchase order 4471', 'Invoice INV-2025-0193', 'Medical records request', 'Lease agreement'],
  security: ['kernel32.dll', 'putty.exe', 'libssl.so.3', 'notepad++.exe', 'openssh-server_9.6p1.deb', 'python3.12.tar.xz'],
};

/** Kinds of things by domain, for a `type` of a record no rule knows (`entity_type` of a search hit). */
export const DOMAIN_KINDS: Record<string, readonly string[]> = {
  genetics: ['target', 'disease', 'drug'],
  news: ['post', 'ministry', 'service', 'sector'],
  energy: ['consumption', 'generation', 'feed-in'],
  telecom: ['inbound', 'outbound'],
  security: ['file', 'package', 'library'],
};

/** Real search terms by domain: what a user of that API types into its search box. */
/** What people search a social network for: events, hobbies, news, in the words they post. */
export const SOCIAL_QUERIES = [
  'World Cup',
  'climate change',
  'marathon training',
  'new album',
  'electric cars',
  'election results',
  'book recommendations',
  'sourdough',
  'Champions League final',
];

export const DOMAIN_QUERIES: Record<string, readonly string[]> = {
  genetics: [
    'BRCA1',
    'TP53',
    'EGFR',
    'asthma',
    'type 2 diabetes',
    "Alzheimer's disease",
    'breast cancer',
    'IL6',
    'rheumatoid arthritis',
    'APOE',
    'psoriasis',
    'KRAS',
  ],
  news: [
    'wildfire update',
    'housing affordability',
    'school funding',
    'ferry schedule',
    'health care workers',
    'budget 2025',
    'climate action plan',
    'highway closures',
  ],
  energy: ['Ökostrom Tarif', 'Strompreis Berlin', 'Grünstromindex Hamburg', 'Wallbox laden', 'Zählerstand'],
  telecom: ['fax to +14155550123', 'failed faxes', 'faxes sent today'],
  security: ['kernel32.dll', 'putty.exe', 'libssl.so.3', 'notepad++ installer'],
};

/** German cities and a postal code in each, for energy APIs that take a zip code. */
export const GERMAN_PLACES: ReadonlyArray<readonly [string, string]> = [
  ['Berlin', '10115'],
  ['Hamburg', '20095'],
  ['München', '80331'],
  ['Köln', '50667'],
  ['Frankfurt am Main', '60311'],
  ['Stuttgart', '70173'],
  ['Leipzig', '04109'],
  ['Mannheim', '68159'],
  ['Heidelberg', '69117'],
  ['Dresden', '01067'],
];

/** Titles of work items (tasks, documents, meetings): only tools on such work take them. */
export const TITLES = [
  'Quarterly planning review',
  'Fix login timeout on mobile',
  'Onboarding checklist for new hires',
  'Website redesign kickoff',
  'Monthly sales report',
  'Update billing address',
  'Team offsite agenda',
  'Customer feedback summary',
];

/** Names of well-known things, by the noun a description or property uses for them. */
export const NAMED_THINGS: Record<string, readonly string[]> = {
  pokemon: ['Pikachu', 'Charizard', 'Bulbasaur', 'Eevee', 'Snorlax', 'Gengar'],
  building: ['Empire State Building', 'Burj Khalifa', 'Willis Tower', 'The Shard', 'Chrysler Building'],
  landmark: ['Eiffel Tower', 'Statue of Liberty', 'Colosseum', 'Golden Gate Bridge', 'Taj Mahal'],
  monument: ['Eiffel Tower', 'Statue of Liberty', 'Colosseum', 'Lincoln Memorial', 'Taj Mahal'],
  painting: ['Mona Lisa', 'The Starry Night', 'Girl with a Pearl Earring', 'The Night Watch', 'The Persistence of Memory'],
  artwork: ['Mona Lisa', 'The Starry Night', 'The Thinker', 'The Birth of Venus', 'Water Lilies'],
  sculpture: ['David', 'The Thinker', 'Venus de Milo', 'The Kiss'],
  planet: ['Mars', 'Jupiter', 'Saturn', 'Venus', 'Neptune'],
  river: ['Nile', 'Amazon', 'Mississippi', 'Danube', 'Thames'],
  mountain: ['Mount Everest', 'K2', 'Mont Blanc', 'Kilimanjaro', 'Denali'],
  park: ['Yellowstone National Park', 'Central Park', 'Yosemite National Park', 'Banff National Park'],
  plant: ['Monstera deliciosa', 'Ficus lyrata', 'Helianthus annuus', 'Quercus robur'],
  tree: ['Quercus robur', 'Acer saccharum', 'Pinus sylvestris', 'Sequoia sempervirens'],
  dinosaur: ['Tyrannosaurus rex', 'Triceratops', 'Velociraptor', 'Stegosaurus'],
  star: ['Sirius', 'Betelgeuse', 'Polaris', 'Alpha Centauri'],
  galaxy: ['Andromeda', 'Milky Way', 'Triangulum'],
  war: ['World War II', 'American Civil War', "Hundred Years' War"],
  battle: ['Battle of Waterloo', 'Battle of Hastings', 'Battle of Gettysburg'],
  empire: ['Roman Empire', 'Ottoman Empire', 'Mongol Empire'],
  dynasty: ['Ming dynasty', 'Tang dynasty', 'Tudor dynasty'],
  language: ['English', 'Spanish', 'French', 'Japanese'],
  programming_language: ['Python', 'TypeScript', 'Java', 'Go', 'Rust'],
  framework: ['React', 'Django', 'Spring Boot', 'Express'],
  library: ['numpy', 'pandas', 'lodash', 'requests'],
  repository: ['acme/website', 'octo-org/api-server', 'data-team/etl-pipeline'],
  device: ['living room thermostat', 'front door lock', 'kitchen lights', 'garage camera'],
  room: ['living room', 'kitchen', 'bedroom', 'office'],
  vaccine: ['MMR', 'influenza', 'hepatitis B', 'tetanus'],
  planet_name: ['Mars', 'Jupiter'],
};

/** Real-looking names of cloud things: IAM roles, Translate resources, S3 folders, terminologies; and real banks' BICs. */
export const AWS_ROLES = ['TranslateDataAccessRole', 'translate-batch-access', 'DocsTranslationRole'];
export const AWS_RESOURCES = [
  'terminology/product-glossary',
  'terminology/legal-terms',
  'parallel-data/support-replies',
  'terminology/brand-names',
];
export const S3_FOLDERS = [
  'acme-translate-input/docs/',
  'acme-translate-output/2025/',
  'marketing-assets-eu/translations/output/',
  'support-kb-exports/input/',
];
export const TERMINOLOGIES = ['product-glossary', 'legal-terms', 'brand-names', 'medical-terms'];
export const BICS = ['DEUTDEFF', 'BNPAFRPP', 'NWBKGB2L', 'CHASUS33', 'COBADEFF', 'INGBNL2A'];

/** Public libraries that lend books, for a library of a book search (never a software package). */
export const PUBLIC_LIBRARIES: readonly string[] = [
  'New York Public Library',
  'Boston Public Library',
  'Chicago Public Library',
  'Seattle Central Library',
  'San Francisco Public Library',
  'British Library',
  'Library of Congress',
];

/** Real chess positions in Forsyth–Edwards Notation: the start, 1.e4, the Sicilian, the Italian Game. */
export const FEN_POSITIONS: readonly string[] = [
  'rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1',
  'rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq e3 0 1',
  'rnbqkbnr/pp1ppppp/8/2p5/4P3/8/PPPP1PPP/RNBQKBNR w KQkq c6 0 2',
  'r1bqkbnr/pppp1ppp/2n5/4p3/2B1P3/5N2/PPPP1PPP/RNBQK2R b KQkq - 3 3',
];

/** Real identifiers of a genetics platform, by what the parameter names (an Ensembl gene, an EFO disease, a ChEMBL drug). */
export const GENETICS_IDS: Array<[RegExp, readonly string[]]> = [
  [/\buniprot ?(kw|keywords?)\b/, ['KW-0418', 'KW-0675', 'KW-0043', 'KW-0656', 'KW-0238', 'KW-0539', 'KW-0472', 'KW-0597']],
  // ChEMBL protein classes of the targets the world knows (an identifier has no spaces: `Enzyme`, `Kinase`)
  [/\b(class|classes)\b|target_class/, ['Enzyme', 'Kinase', 'Transcription factor', 'Ion channel', 'Secreted protein']],
  [
    /\b(ensembl|ensgid|ensg|genes?|targets?)\b/,
    [
      'ENSG00000012048',
      'ENSG00000141510',
      'ENSG00000146648',
      'ENSG00000136244',
      'ENSG00000130203',
      'ENSG00000133703',
      'ENSG00000232810',
      'ENSG00000001626',
      'ENSG00000169174',
      'ENSG00000157764',
    ],
  ],
  [/\b(therapeutic|area)\b/, ['EFO_0000616', 'EFO_0000540', 'EFO_0000589', 'EFO_0000618', 'OTAR_0000010']],
  [
    /\b(efo|efoid|diseases?|phenotypes?)\b/,
    ['EFO_0000270', 'MONDO_0005148', 'EFO_0000305', 'MONDO_0004975', 'EFO_0000685', 'EFO_0000676', 'EFO_0000384'],
  ],
  [
    /\b(drugs?|chembl|molecules?)\b/,
    ['CHEMBL3353410', 'CHEMBL1431', 'CHEMBL1487', 'CHEMBL1201580', 'CHEMBL521686', 'CHEMBL1237022', 'CHEMBL939'],
  ],
  [/\b(eco|evidence code)\b/, ['ECO_0000269', 'ECO_0000305', 'ECO_0000314', 'ECO_0000250', 'ECO_0000304', 'ECO_0000352', 'ECO_0000501']],
  [/\b(pathways?|reactome)\b/, ['R-HSA-177929', 'R-HSA-5693532', 'R-HSA-6785807', 'R-HSA-69620', 'R-HSA-109581']],
  [/\bdata ?sources?\b/, ['ot_genetics_portal', 'gwas_catalog', 'europepmc', 'chembl', 'cancer_gene_census', 'expression_atlas']],
  [/\bdata ?types?\b/, ['genetic_association', 'somatic_mutation', 'literature', 'known_drug', 'rna_expression', 'animal_model']],
];
