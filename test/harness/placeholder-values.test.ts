import { describe, expect, it } from 'vitest';
import type { ReviewedCall } from '@inftool/harness';
import { placeholderValues } from '../../packages/harness/src/run/checks/results.js';
import { reviewedCall } from '../support/reviewed-calls.js';

const call = (name: string, data: unknown): ReviewedCall => reviewedCall(name, {}, data);

describe('placeholderValues: values that only restate their field or tool name', () => {
  it('flags filler a generator makes when it knows nothing of a field', () => {
    expect(placeholderValues(call('metering_get', { credits: 'metering credits', co2: 7 }))).toEqual(['credits: "metering credits"']);
    expect(placeholderValues(call('posts_get_one', { documents: [{ byline: 'byline-7', detailsHtml: 'details-html-11' }] }))).toEqual([
      'byline: "byline-7"',
      'detailsHtml: "details-html-11"',
    ]);
    expect(placeholderValues(call('get_metrics', { metrics: ['about metric', 'CPU load'] }))).toEqual(['metrics: "about metric"']);
  });

  it('passes ids in the API style and values that say something of their own', () => {
    expect(placeholderValues(call('posts_get_one', { key: 'post-1551', postKey: 'post-9', sid: 'FX12ab' }))).toEqual([]);
    expect(
      placeholderValues(
        call('get_ministry', {
          name: 'Ministry of Health',
          byline: 'By Jane Smith',
          headline: 'Province expands rural health clinic funding',
          kind: 'news',
        }),
      ),
    ).toEqual([]);
    expect(placeholderValues(call('get_weather', { conditions: 'light rain', unit: 'celsius', temperature: 12 }))).toEqual([]);
  });

  it("flags a product name in a field or tool that is not about products, and passes a shop's", () => {
    const tools = (name: string, description: string) =>
      ({ tools: new Map([[name, { name, description, parameters: {} }]]), task: { servers: [] as string[] } }) as unknown as Parameters<
        typeof placeholderValues
      >[1];
    const post = call('get_page_posts', { posts: [{ poster: 'yoga mat', message: 'Road closures this weekend' }] });
    expect(placeholderValues(post, tools('get_page_posts', 'Posts of a Facebook page'))).toEqual([
      'poster: "yoga mat" (a product in a field that is not about products)',
    ]);
    const water = call('get_water_systems', { PWSName: 'air purifier', transactions: 'backpack' });
    expect(placeholderValues(water, tools('get_water_systems', 'Public water systems of a state'))).toHaveLength(2);
    // a shop's products, and a product field of any tool, are products
    const shop = call('v3get_all_items', { items: [{ name: 'running shoes', brand: 'Nike' }] });
    expect(placeholderValues(shop, tools('v3get_all_items', 'Items of the walmart catalog'))).toEqual([]);
    const price = call('get_article_units', {
      originalPrice: { formatted: 'mechanical keyboard', value: 73.6 },
      ratings: { CHEST: 'smartwatch' },
    });
    expect(placeholderValues(price, tools('get_article_units', 'Units of an article. zalando_shop'))).toHaveLength(2);
    expect(placeholderValues(call('get_order', { productName: 'standing desk' }), tools('get_order', 'An order'))).toEqual([]);
    // a hotel's "retail rate" or GIPHY's "catalog" in a description makes no shop
    expect(
      placeholderValues(
        call('list_bookings', { adults: 'smartwatch' }),
        tools('list_bookings', 'Bookings with their retail rate and hotel products'),
      ),
    ).toHaveLength(1);
    // without the conversation only the restating filler is looked for
    expect(placeholderValues(post)).toEqual([]);
  });
});
