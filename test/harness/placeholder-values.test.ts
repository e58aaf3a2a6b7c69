import { describe, expect, it } from 'vitest';
import type { ReviewedCall } from '@inftool/harness';
import { placeholderValues } from '../../packages/harness/src/run/checks/results.js';

const call = (name: string, data: unknown): ReviewedCall => ({ id: 'c1', chatName: name, name, arguments: {}, result: JSON.stringify(data), data, isError: false, rejected: false, turn: 0, step: 0 });

describe('placeholderValues: values that only restate their field or tool name', () => {
  it('flags filler a generator makes when it knows nothing of a field', () => {
    expect(placeholderValues(call('metering_get', { credits: 'metering credits', co2: 7 }))).toEqual(['credits: "metering credits"']);
    expect(placeholderValues(call('posts_get_one', { documents: [{ byline: 'byline-7', detailsHtml: 'details-html-11' }] }))).toEqual(['byline: "byline-7"', 'detailsHtml: "details-html-11"']);
    expect(placeholderValues(call('get_metrics', { metrics: ['about metric', 'CPU load'] }))).toEqual(['metrics: "about metric"']);
  });

  it('passes ids in the API style and values that say something of their own', () => {
    expect(placeholderValues(call('posts_get_one', { key: 'post-1551', postKey: 'post-9', sid: 'FX12ab' }))).toEqual([]);
    expect(placeholderValues(call('get_ministry', { name: 'Ministry of Health', byline: 'By Jane Smith', headline: 'Province expands rural health clinic funding', kind: 'news' }))).toEqual([]);
    expect(placeholderValues(call('get_weather', { conditions: 'light rain', unit: 'celsius', temperature: 12 }))).toEqual([]);
  });
});
