import { describe, expect, it } from 'vitest';
import type { Task } from '@inftool/core';
import type { Conversation } from '../../packages/harness/src/run/checks/conversation.js';
import { pastedSummary } from '../../packages/harness/src/run/checks/user-request.js';
import { irrelevanceProblem } from '../../packages/harness/src/run/checks/final-answer.js';
import { sharedRun } from '../../packages/harness/src/run/checks/copied-words.js';

const METERS = 'Public shared smart meters installed in Germany and available for subservices and exploration.';
const tools = (entries: Array<[string, string]>) =>
  new Map(entries.map(([name, description]) => [name, { name, description, parameters: { type: 'object', properties: {} } }]));

describe('sharedRun: words copied in a row', () => {
  it('finds the longest run, and lets the user\u2019s values break it', () => {
    expect(sharedRun('Show me the readings of the public shared smart meters installed in Germany.', METERS).join(' ')).toBe(
      'public shared smart meters installed in germany',
    );
    expect(sharedRun('Create a session key for kernel32.dll', 'Create a session key for kernel32.dll', ['kernel32.dll'])).toHaveLength(5);
  });
});

describe('user_request: a request that pastes the tool\u2019s summary', () => {
  const conversationOf = (request: string, args: Record<string, unknown> = {}): Conversation =>
    ({
      task: { kind: 'single', expectedCalls: [[{ tool: 'om_readings', arguments: args }]] } as unknown as Task,
      tools: tools([['om_readings', METERS]]),
      turns: [{ user: request, steps: [], answer: 'ok' }],
      calls: [{ chatName: 'om_readings', name: 'om_readings', arguments: args, turn: 0, step: 0 }],
    }) as unknown as Conversation;

  it('rejects eleven words or more of the summary in a row', () => {
    expect(
      pastedSummary(conversationOf('Could you show me the public shared smart meters installed in Germany and available for subservices?')),
    ).toEqual([expect.stringMatching(/pastes the summary of om_readings: "public shared smart meters installed in germany and available/)]);
  });

  it('passes the thing said in a few words, and values that happen to be the summary\u2019s words', () => {
    expect(pastedSummary(conversationOf('Could you show me the readings of the public shared smart meters?'))).toEqual([]);
    expect(
      pastedSummary(
        conversationOf('Search meters for "shared smart meters installed in Germany and available".', {
          q: 'shared smart meters installed in Germany and available',
        }),
      ),
    ).toEqual([]);
  });
});

describe('final_answer: a refusal that reads out the tools\u2019 documentation', () => {
  const conversationOf = (request: string, answer: string): Conversation =>
    ({
      task: { kind: 'irrelevance', expectedCalls: [[]], known: {} } as unknown as Task,
      tools: tools([
        ['metering_get', 'Meter Reading. Retrieves a metered reading using account and the meter identifier given by the operator.'],
        ['stromkonto_register', 'Register (new Stromkonto).'],
      ]),
      turns: [{ user: request, steps: [], answer }],
      calls: [],
    }) as unknown as Conversation;

  it('rejects a description quoted eleven words or more', () => {
    const answer =
      "I can't book a table. I can register and I can retrieve a metered reading using account and the meter identifier given by the operator.";
    expect(irrelevanceProblem(conversationOf('Book me a table for two at Luigi\u2019s.', answer))).toMatch(
      /quotes the description of metering_get/,
    );
  });

  it('passes short verb phrases, and the user\u2019s own request said back', () => {
    expect(
      irrelevanceProblem(
        conversationOf('Book me a table for two at Luigi\u2019s.', "I can't book a table. I can look up meter readings and register."),
      ),
    ).toBeUndefined();
  });
});
