import { describe, expect, it } from 'vitest';
import type { Trajectory } from '@inftool/core';
import { EXPORT_FORMATS, exportRecord, type ExportFormat } from './formats.js';

const record = {
  id: 't1',
  tools: [{ name: 'get_weather', description: 'Weather for a city.', parameters: { type: 'object', properties: {} } }],
  messages: [
    { role: 'user', content: 'Weather in Oslo?' },
    {
      role: 'assistant',
      content: null,
      tool_calls: [{ id: 'c1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } }],
    },
    { role: 'tool', tool_call_id: 'c1', content: '{"temperature":4}' },
    { role: 'assistant', content: 'It is 4 degrees in Oslo.' },
  ],
} as unknown as Trajectory;

describe('exportRecord', () => {
  it('writes each format in its own shape', () => {
    const shapes = Object.fromEntries(EXPORT_FORMATS.map((format) => [format, Object.keys(exportRecord(record, format)).sort()]));
    const turns = (exportRecord(record, 'sharegpt')['conversations'] as Array<{ from: string }>).map((turn) => turn.from);
    expect(turns).toEqual(['human', 'function_call', 'observation', 'gpt']);
    expect(shapes).toEqual({ openai: ['messages', 'tools'], sharegpt: ['conversations', 'tools'], hermes: ['conversations', 'id'] });
  });
  it('refuses a format it has no writer for instead of falling back to another', () => {
    expect(() => exportRecord(record, 'alpaca' as ExportFormat)).toThrow(/unknown export format "alpaca": one of openai, sharegpt, hermes/);
  });
});
