import type { ChatMessage, Task } from '@inftool/core';

/** The one tool of the reward tests: a city's weather. */
export const weatherTools = [
  {
    name: 'get_weather',
    description: 'Weather for a city.',
    parameters: { type: 'object', properties: { city: { type: 'string' }, days: { type: 'integer' } }, required: ['city'] },
  },
];

/** A task of `kind` over `get_weather` expecting `expectedCalls`. */
export const weatherTask = (kind: Task['kind'], expectedCalls: Task['expectedCalls']): Task => ({
  id: `t-${kind}`,
  kind,
  seed: '1',
  servers: ['w'],
  tools: ['get_weather'],
  persona: { name: 'A', style: 'terse', background: 'b' },
  goal: 'g',
  known: {},
  unknown: [],
  difficulty: 'easy',
  expectedCalls,
});

/** Asked for Oslo's weather, the assistant calls `get_weather` with `args` (JSON text), gets its result and answers `answer`. */
export const weatherConversation = (args: string, answer: string): ChatMessage[] => [
  { role: 'user', content: 'Weather in Oslo?' },
  { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'get_weather', arguments: args } }] },
  { role: 'tool', tool_call_id: 'c1', content: '{"city":"Oslo","summary":"cold and clear"}' },
  { role: 'assistant', content: answer },
];
