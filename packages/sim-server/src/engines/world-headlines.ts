import { sha256Hex } from '@inftool/core';

/**
 * What a record's text is about: its headline, the sentence that tells it and the words it is filed
 * under, all three of one event.
 */
export interface Story {
  headline: string;
  sentence: string;
  keywords: string;
  /** The place it happened, when the telling names one (`Courtenay`): the record's `location` is there. */
  place?: string;
}

/** A kind of news a government newsroom publishes: what it is filed under, the searches that find it, and ways to tell one. */
interface Theme {
  keywords: string;
  words: RegExp;
  /** A headline and its sentence, with `{place}`, `{amount}` and `{count}` to fill. */
  told: ReadonlyArray<readonly [string, string]>;
  /** The places its stories can be about, when not every town of the province fits (a ferry's coastal terminals). */
  places?: readonly string[];
}

const THEMES: readonly Theme[] = [
  {
    keywords: 'wildfire update',
    words: /\b(wild)?fires?\b|\bevacuat|\bsmoke\b/i,
    told: [
      ['Wildfire crews gain ground near Kamloops', 'Wildfire crews made progress overnight on two fires near Kamloops.'],
      ['Wildfire crews gain ground near {place}', 'Wildfire crews made progress overnight on two fires near {place}.'],
      ['Evacuation alert lifted for the {place} area', 'The evacuation alert for properties near {place} has been lifted.'],
      [
        '{count} firefighters deployed to blaze north of {place}',
        'The wildfire service has sent {count} firefighters to a fire north of {place}.',
      ],
      ['Campfire ban takes effect around {place}', 'Campfires are banned around {place} from noon on Friday.'],
    ],
  },
  {
    keywords: 'housing affordability',
    words: /\b(hous|home|rent|afford|tenan)/i,
    told: [
      ['Consultation opens on housing affordability', 'The government opened consultations on housing affordability.'],
      ['{count} affordable homes approved for {place}', 'The province approved {count} affordable rental homes in {place}.'],
      ['Rent bank expands to {place}', 'Renters in {place} can now apply to a local rent bank.'],
    ],
  },
  {
    keywords: 'school funding',
    words: /\b(school|education|student|teacher|enrol)/i,
    told: [
      ['Annual report tracks school enrolment', 'The ministry released its annual report on school enrolment.'],
      ['New elementary school coming to {place}', 'A new elementary school with room for {count} students will open in {place}.'],
      ['{amount} for school seismic upgrades in {place}', 'The province is investing {amount} in seismic upgrades to schools in {place}.'],
    ],
  },
  {
    keywords: 'ferry schedule',
    words: /\b(ferr(y|ies)|sailing|terminal)/i,
    // a ferry route joins coastal terminals: never Kelowna or Chilliwack, which no ferry reaches
    places: ['Nanaimo', 'Tsawwassen', 'Horseshoe Bay', 'Swartz Bay', 'Comox', 'Powell River', 'Prince Rupert', 'Langdale'],
    told: [
      ['New ferry schedule for the Sunshine Coast', 'A new ferry schedule takes effect on the coast next month.'],
      ['Extra sailings added on the {place} route', 'BC Ferries is adding extra sailings on the {place} route this summer.'],
      ['Ferry terminal upgrades begin in {place}', 'Work on the ferry terminal in {place} begins next week.'],
    ],
  },
  {
    keywords: 'health care workers',
    words: /\b(health|clinic|hospital|doctor|nurse|care)/i,
    told: [
      ['Province expands rural health clinic funding', 'The province announced new funding for rural health clinics.'],
      ['Urgent care centre opens in {place}', 'A new urgent and primary care centre has opened in {place}.'],
      ['{count} new nurses hired for {place} hospital', 'The health authority has hired {count} nurses for the hospital in {place}.'],
    ],
  },
  {
    keywords: 'budget 2025',
    words: /\b(budget|tax|spending|fiscal|deficit)/i,
    told: [
      ['Budget 2025 invests in health and housing', 'Budget 2025 sets out new spending on health care and housing.'],
      ['{amount} in budget for {place} infrastructure', 'The budget includes {amount} for roads and water systems in {place}.'],
      ['Quarterly report updates budget forecast', 'The finance ministry released its quarterly fiscal update.'],
    ],
  },
  {
    keywords: 'climate action plan',
    words: /\b(climate|emission|clean energy|green|environment)/i,
    told: [
      ['Grants support community climate projects', 'Grants are now available for community climate projects.'],
      ['{place} receives {amount} for clean energy', 'The province is giving {place} {amount} for clean energy projects.'],
      ['Heat pump rebates extended', 'Rebates for home heat pumps have been extended for another year.'],
    ],
  },
  {
    keywords: 'highway closures',
    words: /\b(highway|road|traffic|bridge|transport|closure)/i,
    told: [
      ['Highway 5 upgrades begin this spring', 'Highway improvements begin this spring between Hope and Merritt.'],
      ['Overnight closures on bridge near {place}', 'The bridge near {place} will close overnight for repairs this week.'],
      ['{amount} to widen highway through {place}', 'The province will spend {amount} widening the highway through {place}.'],
    ],
  },
  {
    keywords: 'land use',
    words: /\b(land|first nations|forest|park|reconciliation)/i,
    told: [
      ['Minister meets First Nations leaders on land use', 'The minister met with First Nations leaders to discuss land use.'],
      ['New protected area established near {place}', 'A new protected area has been established near {place}.'],
      ['Forest stewardship plan released for {place}', 'A forest stewardship plan for the {place} region was released today.'],
    ],
  },
];

/** Stories about a search no theme covers, told of the words searched. */
const ABOUT: ReadonlyArray<readonly [string, string]> = [
  ['Province announces next steps on {topic}', 'The province announced its next steps on {topic}.'],
  ['Public input invited on {topic}', 'British Columbians are invited to share their views on {topic} until the end of the month.'],
  ['{place} update on {topic}', 'The province released an update on {topic} for {place}.'],
];

const PLACES = [
  'Kamloops',
  'Kelowna',
  'Prince George',
  'Nanaimo',
  'Penticton',
  'Smithers',
  'Williams Lake',
  'Cranbrook',
  'Fort St. John',
  'Terrace',
  'Vernon',
  'Quesnel',
  'Courtenay',
  'Chilliwack',
  'Abbotsford',
  'Surrey',
];

/** The texts of the stories the value lexicon writes (the first of each theme, with no blank to fill), to be recognised and retold. */
export const STORIES: readonly Story[] = THEMES.map((theme) => {
  const [headline, sentence] = theme.told[0] as readonly [string, string];
  return { headline, sentence, keywords: theme.keywords };
});

/** The words a search asked for, when a story can be told of them (short, plain words). */
function searchTopic(query: string | undefined): string | undefined {
  const topic = query?.trim().toLowerCase();
  return topic !== undefined && /^[a-z][a-z0-9 '-]{2,39}$/.test(topic) ? topic : undefined;
}

/**
 * The story a record tells, drawn from `seed` (its id): a theme the search `query` names, else one
 * drawn too, a way of telling it, a place, a sum or a count; `variant` draws another (a sibling
 * already tells the first). A search no theme covers gets stories told of its own words.
 */
export function tellStory(seed: string, query?: string, variant = 0): Story {
  const hash = sha256Hex(`${seed}\u0000${variant}`);
  const draw = (at: number, count: number) => parseInt(hash.slice(at, at + 6), 16) % count;
  const topic = searchTopic(query);
  const theme = topic === undefined ? undefined : THEMES.find((candidate) => candidate.words.test(topic));
  const chosen = theme ?? (topic === undefined ? (THEMES[draw(0, THEMES.length)] as Theme) : undefined);
  const told = chosen?.told ?? ABOUT;
  const [headline, sentence] = told[draw(6, told.length)] as readonly [string, string];
  const places = chosen?.places ?? PLACES;
  const place = places[draw(12, places.length)] as string;
  const amount = `$${5 + draw(18, 120)} million`;
  const count = String(20 + 5 * draw(24, 60));
  const fill = (text: string) =>
    text
      .replaceAll('{place}', place)
      .replaceAll('{amount}', amount)
      .replaceAll('{count}', count)
      .replaceAll('{topic}', topic ?? '');
  const first = fill(headline);
  return {
    headline: first.charAt(0).toUpperCase() + first.slice(1),
    sentence: fill(sentence),
    keywords: chosen?.keywords ?? (topic as string),
    ...placeOf(`${headline}${sentence}`.includes('{place}') ? place : PLACES.find((candidate) => first.includes(candidate))),
  };
}

const placeOf = (place: string | undefined): { place?: string } => (place === undefined ? {} : { place });

/** Whether a text names one of the places stories are told of. */
export function isStoryPlace(text: string): boolean {
  return PLACES.includes(text.trim());
}
