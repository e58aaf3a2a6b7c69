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
