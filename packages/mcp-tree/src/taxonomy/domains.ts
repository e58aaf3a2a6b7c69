/**
 * The default taxonomy: 15 primary domains (as in the paper), each with long-tail categories. A
 * word list drives the offline assignment; a source's own category (APIs.guru, RapidAPI) counts
 * triple. Edit here, and docs/mcp-tree.md lists it.
 */
export interface CategoryDefinition {
  name: string;
  keywords: string[];
}

export interface DomainDefinition {
  name: string;
  keywords: string[];
  categories: CategoryDefinition[];
}

const category = (name: string, keywords: string): CategoryDefinition => ({ name, keywords: keywords.split(' ') });

export const DEFAULT_DOMAINS: DomainDefinition[] = [
  {
    name: 'Finance',
    keywords:
      'finance financial bank banking payment pay invoice billing stock market trading crypto bitcoin currency exchange forex accounting tax insurance loan credit wallet fund price portfolio'.split(
        ' ',
      ),
    categories: [
      category('Payments', 'payment pay checkout invoice billing card transaction refund subscription'),
      category('Markets & Trading', 'stock market trading forex quote ticker exchange portfolio fund equity'),
      category('Crypto', 'crypto bitcoin blockchain ethereum wallet token coin'),
      category('Banking & Accounting', 'bank banking account accounting ledger tax loan credit insurance'),
    ],
  },
  {
    name: 'Commerce',
    keywords:
      'ecommerce commerce shop shopping store product catalog order cart inventory retail merchant seller marketplace coupon shipping sku'.split(
        ' ',
      ),
    categories: [
      category('Online Stores', 'shop store cart checkout product catalog marketplace'),
      category('Orders & Inventory', 'order inventory stock warehouse sku fulfillment'),
      category('Shipping & Logistics', 'shipping shipment parcel delivery tracking carrier logistic freight'),
    ],
  },
  {
    name: 'Travel & Transport',
    keywords:
      'travel flight airline airport hotel booking reservation trip tour vacation transport transit train bus taxi ride car rental parking vehicle'.split(
        ' ',
      ),
    categories: [
      category('Flights', 'flight airline airport fare boarding'),
      category('Lodging', 'hotel room lodging accommodation booking reservation'),
      category('Ground Transport', 'transit train bus taxi ride car rental parking vehicle traffic'),
    ],
  },
  {
    name: 'Maps & Location',
    keywords:
      'map maps location geocode geocoding address place places gps coordinate latitude longitude route routing distance navigation geo postal zip country city timezone ip'.split(
        ' ',
      ),
    categories: [
      category('Geocoding', 'geocode geocoding address postal zip coordinate latitude longitude'),
      category('Places & Routing', 'place route routing distance navigation direction poi'),
      category('Geo Data', 'country city region timezone ip geo boundary'),
    ],
  },
  {
    name: 'Weather & Environment',
    keywords:
      'weather forecast temperature climate rain wind air quality pollution environment earthquake marine ocean solar energy emission'.split(
        ' ',
      ),
    categories: [
      category('Weather', 'weather forecast temperature rain wind humidity'),
      category('Environment & Energy', 'air quality pollution environment climate energy solar emission earthquake ocean'),
    ],
  },
  {
    name: 'Communication',
    keywords: 'email mail sms message messaging chat notification call voice phone telephony telecom fax push conversation inbox'.split(
      ' ',
    ),
    categories: [
      category('Email', 'email mail inbox smtp newsletter'),
      category('Messaging & Chat', 'sms message messaging chat conversation push notification'),
      category('Voice & Telecom', 'call voice phone telephony telecom fax number'),
    ],
  },
  {
    name: 'Social & Entertainment',
    keywords:
      'social media video music movie film tv show entertainment photo image stream streaming podcast game gaming meme comic post follower friend playlist'.split(
        ' ',
      ),
    categories: [
      category('Social Networks', 'social post follower friend profile feed community'),
      category('Music & Audio', 'music song playlist audio podcast artist album'),
      category('Video & Film', 'video movie film tv show stream streaming'),
      category('Images & Media', 'photo image picture media gif meme'),
    ],
  },
  {
    name: 'News & Content',
    keywords: 'news article blog publishing content cms book magazine rss feed headline journal editorial wiki'.split(' '),
    categories: [
      category('News', 'news headline article rss press'),
      category('Publishing & CMS', 'blog publishing cms content page site wiki'),
      category('Books', 'book library author isbn reading'),
    ],
  },
  {
    name: 'Data & AI',
    keywords:
      'data analytics database search index query dataset statistic metric machine learning ai model prediction nlp text sentiment vision recognition ocr translation'.split(
        ' ',
      ),
    categories: [
      category('Analytics', 'analytics metric statistic report dashboard tracking event'),
      category('Search & Databases', 'search index query database dataset record'),
      category('AI & Machine Learning', 'machine learning ai model prediction nlp sentiment vision recognition ocr classification'),
    ],
  },
  {
    name: 'Developer & Cloud',
    keywords:
      'developer cloud server hosting deploy deployment container kubernetes storage bucket file repository git code build ci monitoring log logging dns domain certificate security auth authentication token key vulnerability backup network compute function'.split(
        ' ',
      ),
    categories: [
      category('Cloud Infrastructure', 'cloud compute server container kubernetes instance cluster network dns hosting'),
      category('Storage & Files', 'storage bucket file blob backup upload download'),
      category('Code & DevOps', 'repository git code build ci deploy deployment pipeline release'),
      category('Security & Identity', 'security auth authentication identity token key certificate vulnerability password'),
      category('Monitoring', 'monitoring log logging alert incident uptime trace'),
    ],
  },
  {
    name: 'Business & Productivity',
    keywords:
      'business enterprise crm customer lead sale marketing campaign hr employee recruiting job calendar event meeting schedule task project document spreadsheet form survey signature contract team workflow ticket support'.split(
        ' ',
      ),
    categories: [
      category('CRM & Sales', 'crm customer lead sale deal contact pipeline'),
      category('Marketing', 'marketing campaign advertising ad seo audience'),
      category('HR & Recruiting', 'hr employee recruiting job candidate payroll'),
      category('Calendar & Tasks', 'calendar event meeting schedule task todo project'),
      category('Documents & Forms', 'document spreadsheet form survey signature contract pdf'),
      category('Support & Ticketing', 'ticket support helpdesk issue incident'),
    ],
  },
  {
    name: 'Health & Science',
    keywords:
      'health medical medicine drug patient doctor hospital clinical fitness nutrition food recipe diet science biology chemistry gene genome protein physics astronomy space nasa'.split(
        ' ',
      ),
    categories: [
      category('Healthcare', 'health medical medicine drug patient doctor hospital clinical'),
      category('Fitness & Nutrition', 'fitness workout nutrition food recipe diet calorie'),
      category('Life Sciences', 'biology gene genome protein chemistry molecule'),
      category('Physical Sciences & Space', 'physics astronomy space nasa planet satellite'),
    ],
  },
  {
    name: 'Education & Reference',
    keywords:
      'education school student course learning university dictionary word definition language translate translation quote fact knowledge encyclopedia math calculator convert conversion unit'.split(
        ' ',
      ),
    categories: [
      category('Learning', 'education school student course learning university lesson quiz'),
      category('Language & Dictionaries', 'dictionary word definition language translate translation synonym'),
      category('Reference & Tools', 'quote fact knowledge encyclopedia math calculator convert conversion unit'),
    ],
  },
  {
    name: 'Sports & Games',
    keywords:
      'sport sports football soccer basketball baseball tennis cricket golf league team match score player tournament fixture odds betting game gaming esport'.split(
        ' ',
      ),
    categories: [
      category('Team Sports', 'football soccer basketball baseball hockey cricket league team match fixture'),
      category('Individual Sports', 'tennis golf racing formula boxing athlete'),
      category('Games & Betting', 'game gaming esport odds betting lottery'),
    ],
  },
  {
    name: 'Government & Public Data',
    keywords:
      'government public open census legal law court regulation policy election vote city municipal transport iot device sensor smart home utility'.split(
        ' ',
      ),
    categories: [
      category('Open Government Data', 'government public open census statistic city municipal election'),
      category('Legal & Compliance', 'legal law court regulation compliance policy patent'),
      category('IoT & Utilities', 'iot device sensor smart home utility meter'),
    ],
  },
];

/** APIs.guru and RapidAPI category names → our domains. */
export const SOURCE_CATEGORY_DOMAINS: Record<string, string> = {
  financial: 'Finance',
  payment: 'Finance',
  finance: 'Finance',
  cryptography: 'Developer & Cloud',
  ecommerce: 'Commerce',
  commerce: 'Commerce',
  shopping: 'Commerce',
  transport: 'Travel & Transport',
  travel: 'Travel & Transport',
  transportation: 'Travel & Transport',
  location: 'Maps & Location',
  mapping: 'Maps & Location',
  geo: 'Maps & Location',
  weather: 'Weather & Environment',
  environment: 'Weather & Environment',
  energy: 'Weather & Environment',
  messaging: 'Communication',
  email: 'Communication',
  telecom: 'Communication',
  communication: 'Communication',
  sms: 'Communication',
  social: 'Social & Entertainment',
  media: 'Social & Entertainment',
  entertainment: 'Social & Entertainment',
  music: 'Social & Entertainment',
  video: 'Social & Entertainment',
  video_images: 'Social & Entertainment',
  gaming: 'Sports & Games',
  news: 'News & Content',
  publishing: 'News & Content',
  content: 'News & Content',
  text: 'News & Content',
  analytics: 'Data & AI',
  search: 'Data & AI',
  machine_learning: 'Data & AI',
  data: 'Data & AI',
  database: 'Data & AI',
  artificial_intelligence: 'Data & AI',
  cloud: 'Developer & Cloud',
  developer_tools: 'Developer & Cloud',
  hosting: 'Developer & Cloud',
  storage: 'Developer & Cloud',
  security: 'Developer & Cloud',
  monitoring: 'Developer & Cloud',
  backend: 'Developer & Cloud',
  tools: 'Developer & Cloud',
  devices: 'Developer & Cloud',
  enterprise: 'Business & Productivity',
  collaboration: 'Business & Productivity',
  customer_relation: 'Business & Productivity',
  marketing: 'Business & Productivity',
  project_management: 'Business & Productivity',
  time_management: 'Business & Productivity',
  forms: 'Business & Productivity',
  support: 'Business & Productivity',
  business: 'Business & Productivity',
  productivity: 'Business & Productivity',
  advertising: 'Business & Productivity',
  health: 'Health & Science',
  medical: 'Health & Science',
  science: 'Health & Science',
  food: 'Health & Science',
  education: 'Education & Reference',
  reference: 'Education & Reference',
  translation: 'Education & Reference',
  tools_reference: 'Education & Reference',
  sports: 'Sports & Games',
  games: 'Sports & Games',
  open_data: 'Government & Public Data',
  iot: 'Government & Public Data',
  government: 'Government & Public Data',
};
