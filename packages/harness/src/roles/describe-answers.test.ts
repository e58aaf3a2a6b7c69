import { describe, expect, it } from 'vitest';
import { describeResult, type CallOutcome } from './describe-result.js';
import { action } from './call-outcome.js';

/** Answers a reviewer found garbled: plumbing as facts, keys as entries, values without their unit or subject. */
const outcome = (tool: string, args: Record<string, unknown>, result: unknown, request: string, description?: string): CallOutcome => ({
  tool,
  arguments: args,
  result: JSON.stringify(result),
  isError: false,
  ...(description !== undefined ? { description } : {}),
  request,
});

describe('describeResult: what the results say, not their plumbing', () => {
  it('a list beside paging fields is told by its items; the paging is never a fact', () => {
    const paged = describeResult(
      outcome(
        'get_articles',
        { size: 'minute' },
        {
          content: [
            { name: 'Leather Chelsea Boots', color: 'orange', available: true },
            { name: 'Slim Fit Oxford Shirt', color: 'gold', available: true },
          ],
          page: 1,
          size: 25,
          totalElements: 2,
          totalPages: 1,
        },
        'Search for articles for the size of that unit.',
      ),
    );
    expect(paged).toMatch(/Leather Chelsea Boots/);
    expect(paged).toMatch(/Slim Fit Oxford Shirt/);
    expect(paged).not.toMatch(/total element|total page|page of|bytes|size of 25/);
    const curated = describeResult(
      outcome(
        'get_curated_podcasts',
        {},
        {
          curated_lists: [
            { title: 'Morning Commute', description: 'Podcasts for the ride to work', total: 10 },
            { title: 'Bookish Picks', description: 'Podcasts for readers', total: 25 },
          ],
          has_next: true,
          has_previous: false,
          next_page_number: 2,
          page_number: 1,
          total: 25,
        },
        'Please get me the curated lists of podcasts.',
      ),
    );
    expect(curated).toMatch(/Morning Commute/);
    expect(curated).toMatch(/Bookish Picks/);
    expect(curated).not.toMatch(/has next|previous|next page/);
  });

  it('a filter field is plumbing; an empty list is what the record lacks, not "none"', () => {
    const filter = describeResult(
      outcome('get_facets', {}, { name: 'Colours', filter: 'failed', kind: 'color' }, 'Show me the shop facets.'),
    );
    expect(filter).not.toMatch(/filter/);
    const empty = describeResult(
      outcome('get_requisition', { id: 'r1' }, { id: 'r1', status: 'ER', accounts: [], user_language: 'EN' }, 'Get requisition r1.'),
    );
    expect(empty).not.toMatch(/\bnone\b/);
    expect(empty).toMatch(/no accounts/);
    const nothing = describeResult(
      outcome('get_articles', {}, { content: [], page: 1, size: 20, totalElements: 0, totalPages: 1 }, 'Search for articles.'),
    );
    expect(nothing).toMatch(/no articles/);
  });

  it("blocks of different shapes are one record's parts, never counted as entries", () => {
    const text = describeResult(
      outcome(
        'get_parallel_data',
        { Name: 'api-parallel-prod' },
        {
          ParallelDataProperties: { Name: 'api-parallel-prod', Description: 'Glossary of product names', Status: 'ACTIVE' },
          DataLocation: { RepositoryType: 'S3', Location: 'Buenos Aires' },
          AuxiliaryDataLocation: { RepositoryType: 'S3', Location: 'Portland' },
        },
        'Fetch information about the parallel data resource api-parallel-prod.',
      ),
    );
    expect(text).not.toMatch(/\d+ entries|DataLocation/);
    expect(text).toMatch(/Glossary of product names/);
  });

  it('only a file’s size is in bytes', () => {
    const population = describeResult(
      outcome(
        'ecology_calculate_carrying_capacity',
        { species: 'Homo sapiens', habitat_area: 16.16, productivity: 45.24 },
        { species: 'Homo sapiens', habitat_area: 16.16, productivity: 45.24, population_size: 5 },
        'Calculate the maximum population size of Homo sapiens.',
      ),
    );
    expect(population).toMatch(/population size/);
    expect(population).not.toMatch(/bytes/);
    const file = describeResult(
      outcome('get_file', { id: 'f1' }, { file_name: 'report.pdf', content_type: 'application/pdf', size: 2048 }, 'Get file f1.'),
    );
    expect(file).toMatch(/2,?048 bytes/);
  });
});

describe('describeResult: values with their unit and their subject', () => {
  const forecast = (units: string | undefined) =>
    describeResult(
      outcome(
        'get_forecast_hourly_city_id_city_id',
        { city_id: 54150, hours: 2, ...(units !== undefined ? { units } : {}) },
        {
          city_name: 'Seattle',
          data: [
            { timestamp_local: '2025-05-25T16:00:00', temp: 61.2, app_temp: 60.1, clouds: 97, rh: 70 },
            { timestamp_local: '2025-05-25T17:00:00', temp: 62.5, app_temp: 61.8, clouds: 68, rh: 65 },
          ],
        },
        'Get an hourly forecast for city 54150.',
      ),
    );

  it('temperatures take the unit of the units argument; cloud cover is a share, never "97 clouds"', () => {
    const imperial = forecast('I');
    expect(imperial).toMatch(/61\.2 °F/);
    expect(imperial).not.toMatch(/\d clouds/);
    expect(imperial).toMatch(/cloud cover (is )?97%/);
    expect(forecast('M')).toMatch(/61\.2 °C/);
    expect(forecast('S')).toMatch(/61\.2 K/);
    // no units asked: no unit invented
    expect(forecast(undefined)).not.toMatch(/°|61\.2 K/);
  });

  it('a ratio returned in percent is said with "%"', () => {
    const roa = (ratio: number): string =>
      describeResult(
        outcome(
          'financial_ratios_calculate_roa',
          { net_income: 137110, total_assets: 48981042 },
          { net_income: 137110, total_assets: 48981042, return_on_assets: ratio },
          'Calculate the return on assets.',
        ),
      );
    expect(roa(0.28)).toMatch(/return on assets is 0\.28%/);
    expect(roa(0.0028)).not.toMatch(/%/);
  });

  it('a count with no name of its own is said of what the call named', () => {
    const stores = describeResult(
      outcome(
        'store_count',
        { city: 'Cape Town', product: 'rooibos tea' },
        { store_count: 10, city: 'Cape Town', product: 'rooibos tea' },
        'Show me the number of stores that carry rooibos tea in Cape Town.',
      ),
    );
    expect(stores).toMatch(/Cape Town/);
    expect(stores).toMatch(/10 stores/);
    expect(stores).not.toMatch(/\bit has\b/i);
  });

  it('counts of a result that echoes nothing are said of what was sent; a format argument is no subject', () => {
    const stats = describeResult(
      outcome(
        'get_user_stats',
        { username: 'zora86' },
        { tweet_count: 20, following_count: 10, retweet_count: 5 },
        'Pull up statistics for the user zora86.',
      ),
    );
    expect(stats).toMatch(/zora86/);
    expect(stats).toMatch(/20 tweets/);
    const verified = describeResult(
      outcome(
        'verify_control',
        { format: 'xml', cmd: 'trigger_next_event', request_id: 'd8c1' },
        { id: '1566058', name: 'Event 7', cmd: 'trigger_next_event' },
        'Verify the control for request d8c1.',
      ),
    );
    expect(verified).not.toMatch(/format xml/);
  });

  it('a post is told by what it says before its counters', () => {
    const post = describeResult(
      outcome(
        'facebook_posts_get_by_uri',
        { uri: 'https://www.facebookposts.com/uris/pkbxht' },
        {
          content: 'BC Ferries is adding extra sailings on the Prince Rupert route this summer.',
          postComments: 75,
          postLikes: 90,
          key: '33',
        },
        'Find a Facebook post based on URI https://www.facebookposts.com/uris/pkbxht.',
      ),
    );
    expect(post).toMatch(/BC Ferries is adding extra sailings/);
  });

  it('a list looked up by longitude is no list of longitudes', () => {
    const text = describeResult(
      outcome(
        'get_current_lat_lat_lon_lon',
        { lat: 12.9716, lon: 77.5946, units: 'M' },
        {
          count: 2,
          data: [
            { city_name: 'Bangalore', lon: 77.5946, temp: 24.1 },
            { city_name: 'Mysore', lon: 77.5946, temp: 22.3 },
          ],
        },
        'Show me a current observation for a latitude of 12.9716 and a longitude of 77.5946.',
      ),
    );
    expect(text).not.toMatch(/longitudes/);
    expect(text).toMatch(/Bangalore/);
  });
});

describe('action: a tool name as its verb and noun', () => {
  it('a version suffix is no entity; a closing participle is the verb', () => {
    const call = (tool: string) => action({ tool, arguments: {}, result: '{}', isError: false });
    expect(call('retrieve_account_transactions_v2_2').entity).toBe('transaction');
    expect(call('get_users_v2').entity).toBe('user');
    expect(call('requisition_created')).toEqual({ entity: 'requisition', action: 'create' });
    expect(call('store_count').entity).toBe('store');
  });
});

describe('describeResult: money as it was charged', () => {
  it('a sub-unit price keeps its figures, so the answer states the price the record holds', () => {
    const fax = { sid: 'FX9065820adc8a8434b6c9679743a3f42b', status: 'sending', num_pages: 20, price: 0.028, price_unit: 'USD' };
    const said = describeResult(outcome('fetch_fax', { Sid: fax.sid }, fax, 'Show me that fax.'));
    expect(said).toMatch(/0\.028 USD/);
    expect(said).not.toMatch(/0\.03 USD/);
    const dearer = describeResult(outcome('fetch_fax', { Sid: fax.sid }, { ...fax, price: 12.5 }, 'Show me that fax.'));
    expect(dearer).toMatch(/12\.50 USD/);
  });
});

describe('describeResult: items known by the record they are about', () => {
  it('names an item with no name of its own by its named part, and counts those parts', () => {
    const aspects = describeResult(
      outcome(
        'fetch_item_aspects',
        { category_tree_id: '8716137' },
        {
          categoryAspects: [
            {
              aspects: [{ localizedAspectName: 'Material' }, { localizedAspectName: 'Weight' }],
              category: { categoryId: '2369982', categoryName: 'Jewellery' },
            },
            { aspects: [{ localizedAspectName: 'Colour' }], category: { categoryId: '2369983', categoryName: 'Watches' } },
          ],
          categoryTreeId: '8716137',
        },
        'Can you get aspects for all leaf categories with category tree ID 8716137?',
      ),
    );
    expect(aspects).toMatch(/category Jewellery/);
    expect(aspects).toMatch(/category Watches/);
    expect(aspects).not.toMatch(/the first|the second/);
    // the list counts what its items are, not the noun of the request
    expect(aspects).toMatch(/^[^:]*\b2 categories:/);
  });
});
