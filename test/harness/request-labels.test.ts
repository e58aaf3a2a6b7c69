import { describe, expect, it } from 'vitest';
import type { Task } from '@inftool/core';
import type { Conversation } from '../../packages/harness/src/run/checks/conversation.js';
import { labelledRequest } from '../../packages/harness/src/run/checks/request-labels.js';
import { userRequestProblems } from '../../packages/harness/src/run/checks/user-request.js';

interface ToolSpec {
  name: string;
  description: string;
  properties?: Record<string, unknown>;
}

/** A conversation of `turns`, each turn's call to the first tool with `args[turn]`; `known` is an irrelevance task's values. */
function conversationOf(
  tools: ToolSpec[],
  turns: string[],
  args: Array<Record<string, unknown> | undefined> = [],
  known?: Record<string, unknown>,
): Conversation {
  const tool = tools[0] as ToolSpec;
  return {
    task: { expectedCalls: [], ...(known ? { known } : {}) } as unknown as Task,
    tools: new Map(
      tools.map((spec) => [
        spec.name,
        { name: spec.name, description: spec.description, parameters: { type: 'object', properties: spec.properties ?? {} } },
      ]),
    ),
    turns: turns.map((user) => ({ user, steps: [], answer: undefined })),
    calls: args.flatMap((callArgs, turn) =>
      callArgs === undefined
        ? []
        : [
            {
              id: `c${turn}`,
              chatName: tool.name,
              name: tool.name,
              arguments: callArgs,
              result: '{}',
              isError: false,
              rejected: false,
              turn,
              step: 0,
            },
          ],
    ),
  } as unknown as Conversation;
}

const FORECAST: ToolSpec = {
  name: 'get_visual_crossing_web_services_rest_services_weatherdata_forec',
  description: 'Weather Forecast API. Provides access to weather forecast information.',
  properties: { locations: { type: 'string' } },
};
const BEST_HOUR: ToolSpec = {
  name: 'gsi_besthour',
  description: 'Get best hour (with most regional green energy) in a given timeframe.',
  properties: {
    timeframe: { type: 'integer', description: 'Number of hours to check (default 24 hours from now).' },
    hours: { type: 'integer', description: 'How many hours in row do you need the device turned on?' },
  },
};

describe('user_request: a request built from labels', () => {
  it('rejects a clipped tool name\u2019s last word, a word said twice and the documentation\u2019s scope', () => {
    expect(
      labelledRequest(
        conversationOf(
          [FORECAST],
          ['Get the forecast for Bangalore.', 'Now get the weather for the location of that forec.'],
          [{ locations: 'Bangalore' }],
        ),
      ),
    ).toEqual(['turn 2: the request says a tool name\u2019s word cut short: "forec"'.replace('\u2019', "'")]);
    const countries: ToolSpec = { name: 'get_list_of_countries', description: 'Get name name, alpha-2 for every country.' };
    expect(labelledRequest(conversationOf([countries], ['Pull up the name name, alpha-2 and alpha-3 code.'], [{}]))).toEqual([
      'turn 1: the request says a word twice: "name name"',
    ]);
    const touch: ToolSpec = { name: 'touch', description: 'Create a new file of any extension.', properties: { file_name: {} } };
    expect(
      labelledRequest(conversationOf([touch], ['Create a new file of any extension for file name a.json.'], [{ file_name: 'a.json' }])),
    ).toEqual(['turn 1: the request speaks the documentation\u2019s scope: "of any extension"'.replace('\u2019', "'")]);
  });

  it('rejects a kind read out with its label, a span "with 10 hours" and a count without its unit', () => {
    const posts: ToolSpec = { name: 'posts_get_latest', description: 'Get the latest posts.', properties: { indexKind: {}, postKind: {} } };
    expect(
      labelledRequest(
        conversationOf(
          [posts],
          ['Get the latest posts with the home index kind and the stories post kind.'],
          [{ indexKind: 'home', postKind: 'stories' }],
        ),
      ),
    ).toEqual([
      'turn 1: the request says the parameter label "index kind" after its value',
      'turn 1: the request says the parameter label "post kind" after its value',
    ]);
    expect(
      labelledRequest(
        conversationOf([BEST_HOUR], ['Get me the best hour in a timeframe of 24 with 10 hours.'], [{ timeframe: 24, hours: 10 }]),
      ),
    ).toEqual([
      'turn 1: the request says 24 without the hours it counts',
      'turn 1: the request says "with 10 hours" without what they count',
    ]);
  });

  it('rejects a person\u2019s text that is a number or a remark on a record, and a last-resort label as a value', () => {
    const count: ToolSpec = { name: 'word_count', description: 'Count the words in a text.', properties: { text: {} } };
    expect(labelledRequest(conversationOf([count], ['Count the words in text 10.'], [{ text: '10' }]))).toEqual([
      'turn 1: the text a person writes is the number 10',
    ]);
    const ticket: ToolSpec = { name: 'create_ticket', description: 'Create a ticket.', properties: { title: {}, description: {} } };
    expect(
      labelledRequest(
        conversationOf([ticket], ['Create a ticket.'], [{ title: 'Access request', description: 'Translated from the German original.' }]),
      ),
    ).toEqual(['turn 1: the description a person writes is a remark on a record: "Translated from the German original."']);
    const cases: ToolSpec = { name: 'law_case_search', description: 'Search law cases.' };
    expect(
      labelledRequest(
        conversationOf([cases], ['Show me the outcome of the law case personal outcome from 2021.'], [], {
          'case_review_retrieve_case_outcome.case_name': 'personal outcome',
        }),
      ),
    ).toEqual(['turn 1: the request gives a label for a value: "personal outcome"']);
  });

  it('passes the same requests written as a person writes them, and is part of the user_request check', () => {
    expect(
      labelledRequest(
        conversationOf(
          [FORECAST],
          ['Get the forecast for Bangalore.', 'Now get the weather for the location of that forecast.'],
          [{ locations: 'Bangalore' }],
        ),
      ),
    ).toEqual([]);
    expect(
      labelledRequest(
        conversationOf([BEST_HOUR], ['Get me the best hour over the next 24 hours for 10 hours in a row.'], [{ timeframe: 24, hours: 10 }]),
      ),
    ).toEqual([]);
    const posts: ToolSpec = { name: 'posts_get_latest', description: 'Get the latest posts.', properties: { indexKind: {}, postKind: {} } };
    expect(
      labelledRequest(
        conversationOf([posts], ['Get the latest stories posts for the home index.'], [{ indexKind: 'home', postKind: 'stories' }]),
      ),
    ).toEqual([]);
    const message: ToolSpec = { name: 'send_message', description: 'Send a message.', properties: { message: {} } };
    const sent = conversationOf(
      [message],
      ['Send "Running ten minutes late, please start without me." to Dana.'],
      [{ message: 'Running ten minutes late, please start without me.' }],
    );
    expect(labelledRequest(sent)).toEqual([]);
    // A band whose name is a word said twice is a value, not a doubled word.
    const band: ToolSpec = { name: 'search_artist', description: 'Find an artist.', properties: { artist: {} } };
    expect(labelledRequest(conversationOf([band], ['Find the artist Duran Duran.'], [{ artist: 'Duran Duran' }]))).toEqual([]);
    const bad = conversationOf([BEST_HOUR], ['Get me the best hour in a timeframe of 24 with 10 hours.'], [{ timeframe: 24, hours: 10 }]);
    expect(userRequestProblems(bad)).toContain('turn 1: the request says 24 without the hours it counts');
  });
});

const REVIEWS: ToolSpec = {
  name: 'get_article_reviews_summaries',
  description: 'Article reviews summaries.',
  properties: { article_model_id: { type: 'string' }, 'Accept-Language': { type: 'string', description: 'Specify which Shop to use.' } },
};
const WEATHER: ToolSpec = {
  name: 'timeline_location',
  description: 'Historical and forecast weather.',
  properties: { location: { type: 'string' }, contentType: { type: 'string', description: 'data format of the output' } },
};
const BOOKINGS: ToolSpec = {
  name: 'list_hotels',
  description: 'List hotels.',
  properties: { name: { type: 'object' }, end: { type: 'object' } },
};
const RELEASES: ToolSpec = {
  name: 'get_theater_movie_releases',
  description: 'Retrieve the list of movie releases.',
  properties: {
    location: { type: 'string' },
    timeframe: { type: 'integer', description: 'The number of days for which releases are required from current date.' },
    distance: { type: 'number', description: 'The distance from the city centre in km.' },
  },
};
const LAB_TESTS: ToolSpec = {
  name: 'get_all_lab_tests',
  description: 'List all lab tests.',
  properties: { 'age.value': { type: 'integer' }, 'age.unit': { type: 'string', enum: ['year', 'month'] } },
};
const ORDERS: ToolSpec = { name: 'get_stock_info', description: 'Get the details of a stock.', properties: { symbol: {} } };
const CONSENT: ToolSpec = {
  name: 'create_eua',
  description: 'Create an end-user agreement.',
  properties: { access_valid_for_days: { type: 'integer', description: 'Number of days the access is valid for.' } },
};

describe('user_request: plumbing, syntax and empty references said as a request', () => {
  it('rejects headers by their label, filter syntax, a unit without its number and a doubled unit', () => {
    expect(
      labelledRequest(
        conversationOf(
          [REVIEWS],
          ['Get me the article reviews summaries for article model ID 5718884 with accept language pl-PL.'],
          [{ article_model_id: '5718884', 'Accept-Language': 'pl-PL' }],
        ),
      ),
    ).toEqual(['turn 1: the request says the header "Accept-Language" by its label', 'turn 1: the request says "accept language"']);
    expect(
      labelledRequest(
        conversationOf(
          [WEATHER],
          ['Show me the weather in London,UK with the json content type.'],
          [{ location: 'London,UK', contentType: 'json' }],
        ),
      ),
    ).toEqual(['turn 1: the request says the header "contentType" by its label']);
    expect(
      labelledRequest(
        conversationOf(
          [BOOKINGS],
          ['Show me all hotels with name eq Minimalist Palace and like palace.'],
          [{ name: { eq: 'Minimalist Palace', like: 'palace' } }],
        ),
      ),
    ).toEqual([
      'turn 1: the request says the filter syntax "eq Minimalist Palace"',
      'turn 1: the request says the filter syntax "like palace"',
    ]);
    expect(labelledRequest(conversationOf([LAB_TESTS], ['List all lab tests with the age in months.'], [{ 'age.unit': 'month' }]))).toEqual(
      ['turn 1: the request gives the unit "month" without the age it measures'],
    );
    expect(
      labelledRequest(conversationOf([CONSENT], ['Create eua with an access valid for days of 20 days.'], [{ access_valid_for_days: 20 }])),
    ).toContain('turn 1: the request says the unit twice: "days of 20 days"');
  });

  it('rejects a number without the unit its description names, an empty reference and a question that names nothing', () => {
    const asked = conversationOf(
      [RELEASES],
      ['Pull up the movie releases in Seoul.', 'Certainly. The timeframe is 5.'],
      [undefined, { location: 'Seoul', timeframe: 5 }],
    );
    expect(labelledRequest(asked)).toEqual(['turn 2: the request says 5 without its unit (days)']);
    expect(
      labelledRequest(
        conversationOf([RELEASES], ['Find movie releases in Seoul for a distance of 12.'], [{ location: 'Seoul', distance: 12 }]),
      ),
    ).toEqual(['turn 1: the request says 12 without its unit (km)']);
    expect(
      labelledRequest(
        conversationOf(
          [ORDERS],
          ['Show order 93827.', 'Now get the details of a stock for the symbol of the order details you just ordered.'],
          [{}, { symbol: 'TSLA' }],
        ),
      ),
    ).toEqual(['turn 2: the request refers to an earlier result by no thing: "the order details you just ordered"']);
    expect(labelledRequest(conversationOf([ORDERS], ['Get all messages in the batch of the any you just found.'], [{}]))).toEqual([
      'turn 1: the request refers to an earlier result by no thing: "the any"',
    ]);
    const empty = conversationOf([RELEASES], ['Find related entities.', 'It is Seoul.'], [undefined, { location: 'Seoul' }]);
    (empty.turns[0] as { answer: string | undefined }).answer = 'Happy to. What should it contain?';
    expect(labelledRequest(empty)).toEqual(['turn 1: the clarifying question names nothing: "Happy to. What should it contain?"']);
  });

  it('passes the same requests as a person writes them', () => {
    expect(
      labelledRequest(
        conversationOf(
          [REVIEWS],
          ['Get me the review summaries for article model 5718884 in Polish.'],
          [{ article_model_id: '5718884', 'Accept-Language': 'pl-PL' }],
        ),
      ),
    ).toEqual([]);
    expect(
      labelledRequest(
        conversationOf(
          [BOOKINGS],
          ['Show me all hotels named Minimalist Palace.'],
          [{ name: { eq: 'Minimalist Palace', like: 'palace' } }],
        ),
      ),
    ).toEqual([]);
    expect(
      labelledRequest(
        conversationOf([LAB_TESTS], ['List all lab tests for an age of 22 months.'], [{ 'age.value': 22, 'age.unit': 'month' }]),
      ),
    ).toEqual([]);
    expect(
      labelledRequest(conversationOf([CONSENT], ['Create an agreement with access valid for 20 days.'], [{ access_valid_for_days: 20 }])),
    ).toEqual([]);
    const asked = conversationOf(
      [RELEASES],
      ['Pull up the movie releases in Seoul.', 'Certainly. The timeframe is 5 days.'],
      [undefined, { location: 'Seoul', timeframe: 5 }],
    );
    (asked.turns[0] as { answer: string | undefined }).answer = 'Which timeframe do you want me to use?';
    expect(labelledRequest(asked)).toEqual([]);
    expect(
      labelledRequest(
        conversationOf(
          [ORDERS],
          ['Show order 93827.', 'Now get the details of a stock for the symbol of the order you just looked up.'],
          [{}, { symbol: 'TSLA' }],
        ),
      ),
    ).toEqual([]);
  });
});

describe('user_request: a tool name read out', () => {
  const agreements: ToolSpec = {
    name: 'create_eua_v2',
    description: 'API endpoints related to end-user agreements.',
    properties: { institution_id: { type: 'string' } },
  };
  it('rejects an abbreviation of the name that the tool text spells out', () => {
    expect(
      labelledRequest(conversationOf([agreements], ['Create eua with institution ID 6078045.'], [{ institution_id: '6078045' }])),
    ).toEqual(['turn 1: the request reads out the abbreviation "eua" of a tool name its text spells out']);
  });
  it('passes the thing said in words', () => {
    expect(
      labelledRequest(
        conversationOf([agreements], ['Create an end-user agreement with institution ID 6078045.'], [{ institution_id: '6078045' }]),
      ),
    ).toEqual([]);
  });
});
