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
  ['United States', 'US', 'USA'], ['Canada', 'CA', 'CAN'], ['United Kingdom', 'GB', 'GBR'], ['France', 'FR', 'FRA'],
  ['Germany', 'DE', 'DEU'], ['Spain', 'ES', 'ESP'], ['Italy', 'IT', 'ITA'], ['Netherlands', 'NL', 'NLD'],
  ['Ireland', 'IE', 'IRL'], ['Portugal', 'PT', 'PRT'], ['Sweden', 'SE', 'SWE'], ['Switzerland', 'CH', 'CHE'],
  ['Japan', 'JP', 'JPN'], ['South Korea', 'KR', 'KOR'], ['Singapore', 'SG', 'SGP'], ['Australia', 'AU', 'AUS'],
  ['India', 'IN', 'IND'], ['Brazil', 'BR', 'BRA'], ['Mexico', 'MX', 'MEX'], ['Argentina', 'AR', 'ARG'],
  ['South Africa', 'ZA', 'ZAF'], ['United Arab Emirates', 'AE', 'ARE'], ['New Zealand', 'NZ', 'NZL'], ['Norway', 'NO', 'NOR'],
];

export const LOCALES = ['en-US', 'en-GB', 'fr-FR', 'de-DE', 'es-ES', 'it-IT', 'ja-JP', 'pt-BR', 'nl-NL', 'ko-KR'];
export const TIME_ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'Europe/London', 'Europe/Paris', 'Europe/Berlin', 'Asia/Tokyo', 'Asia/Singapore', 'Australia/Sydney', 'UTC'];
export const CLOUD_REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-1', 'eastus', 'westeurope', 'westus2', 'us-central1', 'europe-west1'];
export const WORLD_REGIONS = ['North America', 'Europe', 'Asia Pacific', 'Latin America', 'Middle East', 'Western Europe', 'Southeast Asia'];

/** [MIME type, extension] */
export const MIME_TYPES: ReadonlyArray<readonly [string, string]> = [
  ['application/json', 'json'], ['application/pdf', 'pdf'], ['text/csv', 'csv'], ['image/png', 'png'], ['image/jpeg', 'jpg'],
  ['text/plain', 'txt'], ['application/xml', 'xml'], ['application/zip', 'zip'], ['text/html', 'html'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'], ['audio/mpeg', 'mp3'], ['video/mp4', 'mp4'],
];
export const FILE_STEMS = ['quarterly-report', 'invoice-2025-05', 'meeting-notes', 'budget', 'customer-list', 'product-photo', 'contract-signed', 'data-export', 'presentation', 'release-notes', 'backup', 'summary', 'requirements', 'sales-q2'];
export const DIRECTORIES = ['/home/alex/documents', '/var/data/exports', '/srv/app/uploads', '/home/sam/projects/website', 'reports/2025', 'docs', 'src/components', '/tmp/import'];

/** Names of things that have real ones (an API directory's providers and services), not `<Qualifier> <Noun>`. */
export const THING_NAMES: Record<string, readonly string[]> = {
  provider: ['googleapis.com', 'azure.com', 'amazonaws.com', 'twilio.com', 'stripe.com', 'github.com', 'slack.com', 'nytimes.com', 'spotify.com', 'atlassian.com'],
  service: ['gmail', 'drive', 'calendar', 'storage', 'compute', 'pubsub', 'translate', 'maps', 'youtube', 'bigquery', 'payments', 'messaging'],
  api: ['Payments API', 'Messaging API', 'Maps API', 'Search API', 'Identity API', 'Storage API'],
  category: ['Politics', 'Business', 'Technology', 'Health', 'Science', 'Sports', 'Culture'],
  tag: ['breaking', 'analysis', 'opinion', 'interview', 'explainer', 'live'],
  ministry: ['Ministry of Finance', 'Ministry of Health', 'Ministry of Education', 'Ministry of Transport', 'Ministry of Foreign Affairs', 'Ministry of Justice'],
  sector: ['Agriculture', 'Energy', 'Health Care', 'Education', 'Transportation', 'Tourism'],
  theme: ['Climate Action', 'Economic Recovery', 'Public Safety', 'Housing', 'Digital Services'],
  parent: ['Jordan Lee', 'Maria Garcia', 'Sam Patel', 'Alex Kim'],
};

export const NAME_QUALIFIERS = ['Marketing', 'Q3 Planning', 'Product Launch', 'Engineering', 'Customer Onboarding', 'Sales Pipeline', 'Website Redesign', 'Research', 'Operations', 'Holiday Campaign', 'Mobile App', 'Finance', 'Support', 'Partner'];
export const RESOURCE_WORDS = ['prod', 'staging', 'dev', 'analytics', 'billing', 'orders', 'web', 'api', 'payments', 'inventory', 'reporting', 'auth'];
export const TAGS = ['urgent', 'customer', 'internal', 'featured', 'q3', 'review', 'backend', 'design', 'follow-up', 'priority'];
export const STATUSES = ['active', 'pending', 'completed', 'in_progress', 'approved'];
export const CATEGORY_WORDS = ['standard', 'premium', 'general', 'business', 'personal'];

export const SPORTS_TEAMS: Record<string, readonly string[]> = {
  basketball: ['Los Angeles Lakers', 'Golden State Warriors', 'Boston Celtics', 'Chicago Bulls', 'Miami Heat', 'Denver Nuggets', 'Milwaukee Bucks'],
  football: ['Kansas City Chiefs', 'Dallas Cowboys', 'Green Bay Packers', 'New England Patriots', 'San Francisco 49ers', 'Philadelphia Eagles'],
  soccer: ['Manchester United', 'Real Madrid', 'FC Barcelona', 'Liverpool', 'Bayern Munich', 'Arsenal', 'Juventus', 'Paris Saint-Germain'],
  baseball: ['New York Yankees', 'Los Angeles Dodgers', 'Boston Red Sox', 'Chicago Cubs', 'Houston Astros'],
  hockey: ['Toronto Maple Leafs', 'Montreal Canadiens', 'New York Rangers', 'Boston Bruins', 'Edmonton Oilers'],
  cricket: ['Mumbai Indians', 'Chennai Super Kings', 'India', 'Australia', 'England'],
};
export const LEAGUES: Record<string, readonly string[]> = {
  basketball: ['NBA', 'WNBA', 'EuroLeague'],
  football: ['NFL', 'NCAA Football'],
  soccer: ['Premier League', 'La Liga', 'Serie A', 'Bundesliga', 'Champions League', 'MLS'],
  baseball: ['MLB'],
  hockey: ['NHL'],
  cricket: ['IPL'],
};
export const PLAYERS: Record<string, readonly string[]> = {
  basketball: ['LeBron James', 'Stephen Curry', 'Kevin Durant', 'Giannis Antetokounmpo', 'Nikola Jokic', 'Jayson Tatum'],
  football: ['Patrick Mahomes', 'Josh Allen', 'Travis Kelce', 'Tom Brady'],
  soccer: ['Lionel Messi', 'Cristiano Ronaldo', 'Kylian Mbappé', 'Erling Haaland', 'Mohamed Salah'],
  baseball: ['Shohei Ohtani', 'Aaron Judge', 'Mookie Betts'],
  hockey: ['Connor McDavid', 'Sidney Crosby', 'Auston Matthews'],
  cricket: ['Virat Kohli', 'Rohit Sharma', 'Joe Root'],
};
export const SPORTS = ['basketball', 'soccer', 'tennis', 'baseball', 'football', 'golf', 'cricket', 'hockey', 'swimming', 'cycling'];
export const VIDEO_GAMES = ['The Legend of Zelda: Breath of the Wild', 'Minecraft', 'Fortnite', 'Elden Ring', 'Call of Duty: Modern Warfare', 'Super Mario Odyssey', 'Animal Crossing: New Horizons', 'Halo Infinite', 'The Witcher 3'];
export const BOARD_GAMES = ['Catan', 'Ticket to Ride', 'Carcassonne', 'Pandemic', 'Chess', 'Monopoly', 'Scrabble'];
export const GAME_PLATFORMS = ['PS5', 'Nintendo Switch', 'Xbox Series X', 'PC', 'PS4'];
export const MUSEUMS = ['The Metropolitan Museum of Art', 'Louvre Museum', 'British Museum', 'Museum of Modern Art', 'Smithsonian National Air and Space Museum', 'Uffizi Gallery', 'Rijksmuseum', 'Tate Modern'];
export const MOVIES = ['Inception', 'The Godfather', 'Pulp Fiction', 'Interstellar', 'The Dark Knight', 'Parasite', 'Oppenheimer', 'Spirited Away', 'Casablanca'];
export const MOVIE_GENRES = ['drama', 'comedy', 'action', 'thriller', 'science fiction', 'horror', 'documentary', 'animation'];
export const DIRECTORS = ['Christopher Nolan', 'Greta Gerwig', 'Steven Spielberg', 'Martin Scorsese', 'Bong Joon-ho', 'Denis Villeneuve'];
export const GENES = ['BRCA1', 'TP53', 'EGFR', 'APOE', 'CFTR', 'KRAS', 'MTHFR', 'BRAF'];
export const DISEASES = ['type 2 diabetes', 'asthma', 'hypertension', "Alzheimer's disease", 'breast cancer', 'rheumatoid arthritis', 'influenza'];
export const DRUGS = ['ibuprofen', 'metformin', 'atorvastatin', 'amoxicillin', 'lisinopril', 'acetaminophen'];
export const SPECIES = ['Homo sapiens', 'Mus musculus', 'Drosophila melanogaster', 'Canis lupus familiaris', 'Escherichia coli', 'Panthera leo'];
export const INSTRUMENTS = ['piano', 'violin', 'guitar', 'cello', 'flute', 'drums', 'saxophone', 'trumpet'];
export const MATERIALS = ['marble', 'bronze', 'oak', 'steel', 'granite', 'clay', 'glass', 'cotton'];
export const RELIGIONS = ['Buddhism', 'Christianity', 'Islam', 'Hinduism', 'Judaism', 'Sikhism'];
export const SUBSTANCES = ['H2O', 'NaCl', 'C6H12O6', 'CO2', 'CH4', 'NH3', 'H2SO4', 'C2H5OH'];
export const STOCK_SYMBOLS = ['AAPL', 'MSFT', 'GOOGL', 'AMZN', 'TSLA', 'NVDA', 'META', 'JPM', 'V', 'KO'];
export const BRANDS = ['Nike', 'Apple', 'Samsung', 'Sony', 'Adidas', 'Dell', 'LEGO', 'IKEA', 'Canon', 'Bosch'];
export const PRODUCTS = ['wireless headphones', 'running shoes', 'espresso machine', 'standing desk', 'smartwatch', '4K monitor', 'yoga mat', 'backpack', 'mechanical keyboard', 'air purifier'];
export const HOTELS = ['Hilton Garden Inn', 'Marriott Downtown', 'Hyatt Regency', 'The Ritz-Carlton', 'Holiday Inn Express', 'Four Seasons'];
export const RESTAURANTS = ["Joe's Pizza", 'The Golden Dragon', 'Blue Hill', 'Sakura Sushi', 'La Petite Maison', 'Olive & Vine'];
export const EVENTS = ['Summer Music Festival', 'Annual Tech Summit', 'Product Launch Keynote', 'Charity Gala', 'Marathon', 'Jazz Night', 'Food & Wine Expo'];
export const SPORT_EVENTS = ['Super Bowl', 'World Cup final', 'NBA Finals', 'Wimbledon', 'Olympic Games', 'Champions League final'];
export const UNIVERSITIES = ['Stanford University', 'MIT', 'University of Oxford', 'UC Berkeley', 'Harvard University', 'University of Toronto'];
export const SEARCH_QUALIFIERS = ['best', 'cheap', 'top rated', 'new', 'popular', 'nearby'];
export const USER_AGENTS = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15', 'curl/8.5.0'];
export const UNITS: Record<string, readonly string[]> = {
  temperature: ['celsius', 'fahrenheit'],
  distance: ['km', 'miles', 'meters'],
  weight: ['kg', 'lbs', 'grams'],
  cooking: ['cup', 'tablespoon', 'teaspoon', 'gram', 'ounce'],
  volume: ['liters', 'ml', 'gallons'],
  time: ['seconds', 'minutes', 'hours'],
  general: ['metric', 'imperial'],
};

/** Sentences for free-text fields; `{thing}` becomes the tool's subject. */
export const SENTENCES = [
  'Please review the {thing} before Friday.',
  'Updated the {thing} after the customer call.',
  'Customer reported an issue with the {thing} on checkout.',
  'Follow-up needed on the {thing} next week.',
  'Approved by the finance team.',
  'Moved to the new {thing} as discussed in the meeting.',
  'Draft {thing} for the Q3 planning review.',
  'Works as expected after the latest update.',
  'Please confirm the {thing} details by email.',
  'Requested by the operations team for the quarterly audit.',
];
export const TITLES = ['Quarterly planning review', 'Fix login timeout on mobile', 'Onboarding checklist for new hires', 'Website redesign kickoff', 'Monthly sales report', 'Update billing address', 'Team offsite agenda', 'Customer feedback summary'];

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
  war: ['World War II', 'American Civil War', 'Hundred Years\' War'],
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
