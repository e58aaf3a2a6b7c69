import type { Persona, PlannedCall } from '@inftool/core';
import {
  actionOf,
  answerText,
  meaningPhrase,
  nameAsWords,
  isOutOfReachRequest,
  OUT_OF_REACH_REQUESTS,
  outOfReachRequest,
  ownCopy,
  PERSONAS,
  requestText,
  withoutParameterList,
  type ToolView,
} from '@inftool/user-sim';
import { createRandom } from '@inftool/core';
import { describe, expect, it } from 'vitest';

const terse = PERSONAS.find((persona) => persona.style === 'terse') as Persona;
const view = (name: string, description: string, properties: Record<string, unknown> = {}, required: string[] = []): ToolView => ({
  name,
  description,
  inputSchema: { type: 'object', properties, required },
});
const call = (tool: string, args: Record<string, unknown>): PlannedCall => ({ tool, arguments: args });
const say = (tool: ToolView, args: Record<string, unknown>, seed: number) =>
  requestText(terse, [call(tool.name, args)], new Map([[tool.name, tool]]), { seed });
const seeds = Array.from({ length: 12 }, (_, index) => index);

describe('a BFCL suite preamble', () => {
  it('is no words of the request: what the tool does is', () => {
    const tool = view(
      'resolve_ticket',
      'This tool belongs to the ticketing system that is part of a company, which allows users to create, view, and manage support business tickets. Tool description: Resolve a ticket with a resolution.',
      { ticket_id: { type: 'integer' }, resolution: { type: 'string' } },
      ['ticket_id', 'resolution'],
    );
    for (const seed of seeds) {
      const text = say(tool, { ticket_id: 25220, resolution: 'Replaced the cable' }, seed);
      expect(text).not.toMatch(/belongs|ticketing system/i);
      expect(text).toMatch(/resolve .*ticket/i);
    }
  });
});

describe('an operation id', () => {
  it('is said as the operation after its path, not word for word', () => {
    expect(nameAsWords('get_sdw_rest_services_get_qid')).toBe('get qid');
    expect(nameAsWords('slides_get_all')).toBe('slides get all');
    expect(nameAsWords('create_eua_v2')).toBe('create eua');
  });
  it('of a tool that differs from another only by its method keeps the shared description', () => {
    const description = 'Safe Drinking Water Act (SDWA) Paginated Results Service. GET_QID is passed with a query ID.';
    const post = view('post_sdw_rest_services_get_qid', description, { qid: { type: 'string' } }, ['qid']);
    const get = view('get_sdw_rest_services_get_qid', description, { qid: { type: 'string' } }, ['qid']);
    const tools = new Map([
      [post.name, post],
      [get.name, get],
    ]);
    for (const seed of seeds) {
      const text = requestText(terse, [call(post.name, { qid: '4410' })], tools, { seed });
      expect(text).not.toMatch(/sdw rest services|\bservice\b/i);
      expect(text).toMatch(/paginated results/i);
    }
  });
});

describe('values said by meaning', () => {
  const weather = view(
    'get_forecast',
    'Get the weather forecast.',
    { location: { type: 'string' }, date: { type: 'string' }, symbol: { type: 'string' } },
    ['location', 'date'],
  );
  it('a place "in", a date "on", a symbol alone', () => {
    for (const seed of seeds) {
      const text = say(weather, { location: 'Dublin, Ireland', date: '05-30-2025', symbol: 'KO' }, seed);
      expect(text).toMatch(/\bin Dublin, Ireland\b/);
      expect(text).toMatch(/\bon 05-30-2025\b/);
      expect(text).toMatch(/\bfor KO\b/);
      expect(text).not.toMatch(/\b(location|date|symbol) /);
    }
  });
  it('a forecast for the places sent as `locations` says "in" too', () => {
    expect(meaningPhrase({ name: 'locations', label: 'locations', value: 'Sterling, VA, US', role: 'subject' })).toBe(
      'in Sterling, VA, US',
    );
  });
  it('a code or an id of a place is no place', () => {
    expect(meaningPhrase({ name: 'location_id', label: 'location ID', value: 'L12', role: 'id' })).toBeUndefined();
    expect(meaningPhrase({ name: 'country_code', label: 'country code', value: 'IE', role: 'subject' })).toBeUndefined();
  });
});

describe('frames', () => {
  it('a value that ends with a full stop takes no second one', () => {
    const tool = view('add_note', 'Add a note.', { text: { type: 'string' } }, ['text']);
    for (const seed of seeds) expect(say(tool, { text: 'Call the partner organisations.' }, seed)).not.toMatch(/(?<!\.)\.\.(?!\.)/);
  });
});

describe('words the documentation left behind', () => {
  it('a small word written twice is said once', () => {
    const tool = view('list_projects', "Returns a list of of all the projects you're following.");
    for (const seed of seeds) expect(say(tool, {}, seed)).not.toMatch(/\bof of\b/);
  });
  it('an empty list or object is not said ("supports for .")', () => {
    const tool = view(
      'list_languages',
      'Provides a list of languages that Amazon Translate supports.',
      { filters: { type: 'array' }, body: { type: 'object' } },
      ['body'],
    );
    for (const seed of seeds) expect(say(tool, { filters: [], body: {} }, seed)).not.toMatch(/\b(for|with) [.?!,]|\bfilters\b/);
  });
  it('a start and an end are said as "from" and "until"', () => {
    const tool = view('get_history', 'Get historical observations.', { start_date: { type: 'string' }, end_date: { type: 'string' } }, [
      'start_date',
      'end_date',
    ]);
    for (const seed of seeds)
      expect(say(tool, { start_date: '2025-06-14', end_date: '2025-07-21' }, seed)).toMatch(/from 2025-06-14 until 2025-07-21/);
  });
});

describe('a description that lists the parameters', () => {
  const schema = (...names: string[]) => ({
    type: 'object',
    properties: Object.fromEntries(names.map((name) => [name, { type: 'number' }])),
  });
  it('loses the list: the values are said instead', () => {
    expect(
      withoutParameterList(
        'the monthly mortgage payment the loan amount, loan term and annual interest rate',
        schema('loan_amount', 'loan_term', 'annual_interest_rate'),
      ),
    ).toBe('the monthly mortgage payment');
    expect(
      withoutParameterList(
        'a new player profile with character name, class and starting level',
        schema('player_name', 'class', 'starting_level'),
      ),
    ).toBe('a new player profile');
    const tool = view(
      'calc_mortgage',
      'Calculate the monthly mortgage payment given the loan amount, loan term and annual interest rate.',
      schema('loan_amount', 'loan_term', 'annual_interest_rate').properties,
      ['loan_amount', 'loan_term', 'annual_interest_rate'],
    );
    for (const seed of seeds)
      expect(say(tool, { loan_amount: 1000, loan_term: 13, annual_interest_rate: 6.7 }, seed)).toMatch(
        /monthly mortgage payment (for|with) a loan amount of 1000, a loan term of 13 and an annual interest rate of 6.7/,
      );
  });
  it('keeps a tail that names one thing or other words', () => {
    expect(withoutParameterList('all APIs for a provider', schema('provider', 'page'))).toBe('all APIs for a provider');
    expect(withoutParameterList('the weather for a city and its surroundings', schema('city', 'day'))).toBe(
      'the weather for a city and its surroundings',
    );
  });
});

describe('a description copied across siblings', () => {
  it('says the word that tells the names apart, else leaves it to the name', () => {
    expect(ownCopy('Resolve change chart for week', 'get_spots_month', ['get_spots_week', 'get_spots_year'])).toBe(
      'Resolve change chart for month',
    );
    expect(ownCopy('Resolve change chart for week', 'get_spots_week', ['get_spots_month', 'get_spots_year'])).toBe(
      'Resolve change chart for week',
    );
    expect(ownCopy('Resolve the change chart', 'get_spots_month', ['get_spots_week'])).toBeUndefined();
    // A thing the text is about is not swapped for a sibling's thing ("smart readings"): this tool's thing is said of it.
    const meters = 'Public shared smart meters installed in Germany.';
    expect(ownCopy(meters, 'om_readings', ['om_meters', 'om_activities'])).toBe(
      'Readings of the public shared smart meters installed in Germany.',
    );
    expect(ownCopy(meters, 'om_meters', ['om_readings', 'om_activities'])).toBe(meters);
    // Siblings the heading names none of: still this tool's thing of the heading.
    expect(ownCopy(meters, 'om_activities', ['om_readings'])).toBe('Activities of the public shared smart meters installed in Germany.');
  });
  it('asks for the period the call is for, from the name, when the text copies another period', () => {
    const spotsDescription = 'Resolve change chart for week';
    const region = { region: { type: 'string', description: 'Region short name' }, date: { type: 'string' } };
    // Alone (an irrelevance request, a task offering one of them), and beside namesakes the planner names but does not offer.
    const month = view('get_spots_month', spotsDescription, region, ['region']);
    const year = { ...view('get_spots_year', spotsDescription, region, ['region']), namesakes: ['get_spots_week', 'get_spots_day'] };
    for (const seed of seeds) {
      const monthly = say(month, { region: 'Western Europe', date: '2025-06-30' }, seed);
      expect(monthly).toMatch(/change chart for the month in Western Europe on 2025-06-30/);
      expect(monthly).not.toMatch(/\bweek\b/);
      const yearly = say(year, { region: 'Europe' }, seed);
      expect(yearly).toMatch(/change chart for the year in Europe/);
      expect(yearly).not.toMatch(/\bweek\b|spots/);
    }
  });
  it('a copy that says no name of the tools is told apart by the name, offered or only a namesake', () => {
    const meters = 'Public shared smart meters installed in Germany and available for subservices and exploration.';
    const readings = { ...view('om_readings', meters), namesakes: ['om_meters', 'om_activities'] };
    for (const seed of seeds) expect(say(readings, {}, seed)).toMatch(/the readings of the public shared smart meters/);
  });
  it('a copy told apart by a framework action leads with the action; one told apart by its parameters keeps the text', () => {
    const creditors = 'API endpoints related to creditor accounts.';
    const names = ['payments_creditors_list', 'payments_creditors_retrieve', 'payments_creditors_destroy'];
    const tools = new Map(names.map((name) => [name, view(name, creditors, { id: { type: 'string' } })]));
    for (const seed of seeds) {
      const text = requestText(terse, [call('payments_creditors_retrieve', { id: 'cr_428e9e3d' })], tools, { seed });
      expect(text).toMatch(/payments creditor (with )?ID cr_428e9e3d/);
      expect(text).not.toMatch(/creditors retrieve/);
      expect(requestText(terse, [call('payments_creditors_destroy', { id: 'cr_1' })], tools, { seed })).toMatch(
        /delete .*payments creditor/i,
      );
    }
    const weather = 'Historical and Forecast Weather API. Seamless access to daily and hourly historical and forecast weather data.';
    const byLocation = {
      ...view('get_weather_timeline_location', weather, { location: { type: 'string' } }, ['location']),
      namesakes: ['get_weather_timeline_9348b7a4'],
    };
    for (const seed of seeds) {
      const text = say(byLocation, { location: 'London,UK' }, seed);
      expect(text).toMatch(/historical and forecast weather in London,UK/);
      expect(text).not.toMatch(/timeline/);
    }
  });
  it('a copy whose name reads as an operation id keeps the shared text, never the name word for word', () => {
    const weather = 'Historical and Forecast Weather API. Seamless access to daily and hourly historical and forecast weather data.';
    const api = {
      ...view('visual_crossing_weather_api_get_visual_crossing_web_services_res', weather, { location: { type: 'string' } }, ['location']),
      namesakes: [
        'get_visual_crossing_web_services_rest_services_timeline_location',
        'get_visual_crossing_web_services_rest_services_weatherdata_forec',
      ],
    };
    for (const seed of seeds) {
      const text = say(api, { location: 'London,UK' }, seed);
      expect(text).toMatch(/historical and forecast weather/i);
      expect(text).not.toMatch(/visual crossing|web services/i);
    }
  });
  it('a place said by meaning takes the place of the words that name its parameter', () => {
    const report = view('get_summary_region', 'Resolve report for region', { region: { type: 'string' }, date: { type: 'string' } }, [
      'region',
    ]);
    for (const seed of seeds) {
      const text = say(report, { region: 'Latin America', date: '2025-05-03' }, seed);
      expect(text).toMatch(/the report for Latin America on 2025-05-03/);
      expect(text).not.toMatch(/for region/);
    }
  });
  it('two prepositions run together keep the second', () => {
    const tool = view(
      'Newsletters_GetImage',
      'Get the image object reference by of a Newsletter Edition associated with the image guid',
      { guid: { type: 'string' } },
      ['guid'],
    );
    for (const seed of seeds) expect(say(tool, { guid: '35684236-b351' }, seed)).not.toMatch(/\bby of\b/);
  });
});

describe('a verb no list knows', () => {
  it('is a verb when a determiner follows: no "get me the perform a t-test"', () => {
    const tool = view('t_test', 'Perform a two-sample t-test for two arrays.', { alpha: { type: 'number' } }, ['alpha']);
    for (const seed of seeds) expect(say(tool, { alpha: 0.05 }, seed)).toMatch(/\bperform a two-sample t-test\b/i);
    const lot = view('find_parking', 'Locate the nearest parking lot.', { radius: { type: 'number' } }, ['radius']);
    for (const seed of seeds) expect(say(lot, { radius: 2 }, seed)).not.toMatch(/the locate/i);
  });
  it('in the third person is asked in the imperative: no "show me Activates the parking brake"', () => {
    const brake = view(
      'activateParkingBrake',
      'Activates the parking brake of the vehicle.',
      { mode: { type: 'string', enum: ['engage', 'release'] } },
      ['mode'],
    );
    const poker = view('poker_game_winner', 'Determines the winner in a game of Poker based on the cards in each players hands.');
    const search = view('find_songs', 'Searches the catalog for songs.');
    for (const seed of seeds) {
      expect(say(brake, { mode: 'engage' }, seed)).toMatch(/\bactivate the parking brake\b/i);
      expect(say(brake, { mode: 'engage' }, seed)).not.toMatch(/activates/i);
      expect(say(poker, {}, seed)).toMatch(/\bdetermine the winner\b/i);
      expect(say(search, {}, seed)).toMatch(/\bsearch the catalog\b/i);
    }
  });
});

describe('answers to a clarifying question', () => {
  it('a value that ends with a full stop takes no second one', () => {
    for (const style of ['terse', 'chatty', 'formal'])
      for (const seed of seeds)
        expect(answerText({ description: 'Covers the northern sales region only.' }, style, seed)).not.toMatch(/(?<!\.)\.\.(?!\.)/);
  });
});

describe('headings and copies', () => {
  it('"List of all the projects" is no "list of of"', () => {
    const tool = view('get_projects', "List of all the projects you're following on CircleCI.");
    for (const seed of seeds) expect(say(tool, {}, seed)).not.toMatch(/\bof of\b|list of of/i);
  });
  it('an operation id as the first sentence is not said', () => {
    const tool = view(
      'get_daily_report_all_countries',
      'getDailyReportAllCountries. Get daily report for all countries. Date is mandatory.',
      { date: { type: 'string' } },
      ['date'],
    );
    for (const seed of seeds) expect(say(tool, { date: '2025-06-24' }, seed)).toMatch(/daily report for all countries/);
  });
  it('a copy under a numbered prefix keeps the description', () => {
    const description = 'Retrieve the list of movie releases in specific theaters for a specified period.';
    const tools = new Map(
      [view('simple_python_93_get_theater_movie_releases', description), view('get_theater_movie_releases', description)].map(
        (tool) => [tool.name, tool] as const,
      ),
    );
    for (const seed of seeds)
      expect(requestText(terse, [call('simple_python_93_get_theater_movie_releases', {})], tools, { seed })).toMatch(
        /list of movie releases(?! python)/,
      );
  });
});

describe('values said with their names as a person says them', () => {
  it('never "name value" for counts, measures, numbered names and sorts of things', () => {
    const garden = view(
      'calculate_garden_yield',
      'Calculate the expected yield of a garden.',
      { square_footage: { type: 'number' }, average_sunlight_hours: { type: 'number' }, year: { type: 'integer' } },
      ['square_footage', 'average_sunlight_hours', 'year'],
    );
    const triangle = view('triangle_area', 'Calculate the area of a triangle from its sides.', {
      side1: { type: 'number' },
      side2: { type: 'number' },
    });
    const crimes = view('get_crimes', 'Get crime statistics.', { category: { type: 'string' }, limit: { type: 'integer' } }, ['category']);
    for (const seed of seeds) {
      const yieldText = say(garden, { square_footage: 20.87, average_sunlight_hours: 13.42, year: 2024 }, seed);
      expect(yieldText).toMatch(/a square footage of 20\.87/);
      expect(yieldText).toMatch(/13\.42 average sunlight hours/);
      expect(say(view('aq', 'Get the air quality forecast.', { hours: { type: 'integer' } }, ['hours']), { hours: 3 }, seed)).toMatch(
        /3 hours/,
      );
      expect(yieldText).toMatch(/the year 2024/);
      expect(say(triangle, { side1: 35.65, side2: 9.59 }, seed)).toMatch(/sides 35\.65 and 9\.59/);
      expect(
        say(
          view('solve_quadratic', 'Find the roots of a quadratic equation.', { a: { type: 'number' }, b: { type: 'number' } }, ['a', 'b']),
          { a: 77, b: 49 },
          seed,
        ),
      ).toMatch(/a = 77 and b = 49/);
      const crimeText = say(crimes, { category: 'burglary', limit: 20 }, seed);
      expect(crimeText).toMatch(/the burglary category/);
      expect(crimeText).toMatch(/a limit of 20/);
      expect(crimeText).not.toMatch(/category burglary|limit 20/);
      const mbti = view('mbti_analyse', 'Analyse personality.', { thinking_vs_feeling: { type: 'string' } }, ['thinking_vs_feeling']);
      const mbtiText = say(mbti, { thinking_vs_feeling: 'feeling' }, seed);
      expect(mbtiText).toMatch(/feeling/);
      expect(mbtiText).not.toMatch(/feeling feeling/);
    }
  });
  it('says one side of an "x vs y" choice as that side over the other, never "thinking vs feeling feeling"', () => {
    const mbti = view(
      'get_personality_traits',
      'Get the personality traits of a type.',
      { thinking_vs_feeling: { type: 'string' }, introverted_vs_extroverted: { type: 'string' } },
      ['thinking_vs_feeling', 'introverted_vs_extroverted'],
    );
    for (const seed of seeds) {
      const text = say(mbti, { thinking_vs_feeling: 'feeling', introverted_vs_extroverted: 'introverted' }, seed);
      expect(text).toMatch(/feeling over thinking/);
      expect(text).toMatch(/introverted over extroverted/);
      expect(text).not.toMatch(/feeling feeling|vs/);
    }
  });
  it('says a one-letter code as what its name is set to (never a form read out, "units I"), and a filter bound by its bound', () => {
    const stations = view(
      'get_stations',
      'Get observations for a list of stations.',
      { stations: { type: 'string' }, units: { type: 'string', enum: ['S', 'I'] } },
      ['stations'],
    );
    for (const seed of seeds) {
      const text = say(stations, { stations: 'KVNY', units: 'I' }, seed);
      expect(text).not.toMatch(/the I units|units I\b/);
      expect(text).toMatch(/units set to I\b/);
    }
    const transactions = view('get_transactions', 'Get transactions.', {
      'filter[since]': { type: 'string', format: 'date-time' },
      'filter[until]': { type: 'string', format: 'date-time' },
    });
    for (const seed of seeds) {
      const text = say(transactions, { 'filter[since]': '2025-05-26T11:24:00Z', 'filter[until]': '2025-07-15T15:00:00Z' }, seed);
      expect(text).not.toMatch(/filter since|filter until/);
    }
  });
  it('leaves an offset "from 0" unsaid', () => {
    const search = view('get_search', 'Search for a disease or a target.', { q: { type: 'string' }, from: { type: 'string' } }, ['q']);
    for (const seed of seeds) expect(say(search, { q: 'KRAS', from: '0' }, seed)).not.toMatch(/from 0/);
  });
});

describe('a path template in a description', () => {
  it('is no words of the request', () => {
    const tool = view(
      'delete_env_var',
      "Delete the environment variable named ':name'.",
      { username: { type: 'string' }, project: { type: 'string' }, name: { type: 'string' } },
      ['username', 'project', 'name'],
    );
    for (const seed of seeds) {
      const text = say(tool, { username: 'afton_block', project: 'payments-service', name: 'SENTRY_DSN' }, seed);
      expect(text).not.toMatch(/:name|\{/);
      expect(text).toMatch(/delete the environment variable/i);
    }
  });
});

describe('out-of-reach requests', () => {
  it('are filled in enough ways that a run of irrelevance tasks rarely repeats one', () => {
    const random = createRandom(7);
    const library = OUT_OF_REACH_REQUESTS.find((template) => template.startsWith('Renew')) as string;
    const fillings = Array.from({ length: 40 }, () => outOfReachRequest(library, random));
    expect(new Set(fillings).size).toBeGreaterThanOrEqual(25);
    for (const text of fillings) expect(isOutOfReachRequest(text)).toBe(true);
  });
});

describe('a spec word a person would not say', () => {
  it('"resolve" that only means fetching is asked as fetching; one that settles something stays', () => {
    const chart = view('get_spots_day', 'Resolve change chart by day', { region: { type: 'string' } }, ['region']);
    for (const seed of seeds) {
      const text = say(chart, { region: 'Europe' }, seed);
      expect(text).not.toMatch(/resolve/i);
      expect(text).toMatch(/the change chart by day/);
    }
    const ticket = view('close_ticket', 'Resolve a support ticket', { id: { type: 'string' } }, ['id']);
    expect(say(ticket, { id: 'T-1' }, 0)).toMatch(/resolve a support ticket/i);
  });

  it('a heading that spells its word out is asked for by the spelt-out words', () => {
    const dispatch = view('gsi_dispatch', 'Dispatch (Green Energy Distribution Schedule). Dispatch of green energy has two aspects.', {
      zip: { type: 'string' },
    });
    for (const seed of seeds) expect(say(dispatch, { zip: '04109' }, seed)).toMatch(/green energy distribution schedule/);
  });

  it('a name that must speak leaves out an abbreviation no one could say', () => {
    const shared = 'Public shared smart meters installed in Germany and available for subservices and exploration.';
    const readings = view('om_readings', shared);
    const tools = new Map([
      ['om_readings', readings],
      ['om_activities', view('om_activities', shared)],
    ]);
    for (const seed of seeds) {
      const text = requestText(terse, [call('om_readings', {})], tools, { seed });
      expect(text).toMatch(/\breadings\b/);
      expect(text).not.toMatch(/\bom\b/);
    }
  });
});

describe('a parameter named in the prose by its code name', () => {
  it('is no words of the request: "with a serviceName" goes, the service is said as an argument', () => {
    const tool = view(
      'get_service_api',
      'Retrieve one version of a particular API with a serviceName. Returns the API entry for one specific version of an API where there is a serviceName.',
      { provider: { type: 'string' }, service: { type: 'string' }, api: { type: 'string' } },
      ['provider', 'service', 'api'],
    );
    for (const seed of seeds) {
      const text = say(tool, { provider: 'twilio.com', service: 'twilio_fax_v1', api: '2.1.0' }, seed);
      expect(text).not.toMatch(/service ?name/i);
      expect(text).toMatch(/twilio_fax_v1/);
    }
  });
});

describe('a heading of two glued words', () => {
  it('is said apart: "Marketdata." → "the market data"', () => {
    const tool = view(
      'gsi_marketdata',
      'Marketdata. Compatible to awattar (https://api.awattar.de/v1/marketdata) API interface but data comes from GreenPowerIndex instead of EPEXSpot.',
      { zip: { type: 'string' } },
      ['zip'],
    );
    for (const seed of seeds) {
      const text = say(tool, { zip: '69117' }, seed);
      expect(text).toMatch(/the market data/);
      expect(text).not.toMatch(/marketdata/i);
    }
  });
});

describe('a long description is not pasted back as the object of a request', () => {
  const random = () => createRandom(7);
  it('keeps the first alternative and drops trailing phrases', () => {
    const match = actionOf(
      'Get the results of the most recent match between two football teams.',
      'soccer_stats_get_last_match_result',
      random(),
    );
    expect(match.object).toBe('the results of the most recent match');
    const services = actionOf(
      'Returns the metadata for one service or a list of the metadata for all services.',
      'describe_services',
      random(),
    );
    expect(services.object).toBe('the metadata for one service');
  });
  it('leaves no stray comma where a phrase was cut', () => {
    const projects = actionOf(
      "Get a list of all the projects you're following on CircleCI, with their latest build status and recent pipelines.",
      'list_followed_projects',
      random(),
    );
    expect(projects.object).not.toMatch(/[,;:]$/);
  });
  it('leaves a short object whole', () => {
    expect(actionOf('Get the weather forecast for a city.', 'get_forecast', random()).object).toBe('the weather forecast for a city');
  });
});

describe('a tool named by what it does is asked to do it', () => {
  const random = () => createRandom(7);
  it('asks `comment` ("Comment on a tweet") to comment, never to pull up a comment', () => {
    const description =
      'This tool belongs to the TwitterAPI, which provides core functionality for posting tweets. Tool description: Comment on a tweet for the authenticated user.';
    for (let seed = 1; seed <= 5; seed += 1)
      expect(actionOf(description, 'comment', createRandom(seed))).toEqual({
        verb: 'comment',
        object: 'on a tweet',
      });
  });
  it('asks "Categorize transaction" to categorize, never to show a "categorize transaction"', () => {
    expect(actionOf('Categorize transaction', 'patch_transactions_transaction_id_relationships_category', random()).verb).toBe(
      'categorize',
    );
  });
  it('still asks for a thing a tool reads ("Comments on a post" of `get_comments`)', () => {
    expect(actionOf('Comments on a post.', 'get_comments', random()).object).toBe('the comments on a post');
  });
});
