import { describe, expect, it } from 'vitest';
import type { CatalogTool } from '../catalog/catalog.js';
import { inferOutputSchema } from './infer-output-schema.js';

const tool = (name: string, description: string, properties: Record<string, unknown> = {}): CatalogTool =>
  ({ spec: { name, description, inputSchema: { type: 'object', properties } }, hints: {} }) as unknown as CatalogTool;
const fields = (name: string, description: string, properties: Record<string, unknown> = {}): string[] =>
  Object.keys((inferOutputSchema(tool(name, description, properties)).record['properties'] ?? {}) as object);

describe('results of tools of no known topic, shaped by what the tool does', () => {
  it('a relation tool pairs subjects with related entities, a search returns scored hits', () => {
    expect(fields('post_relation', 'Find related entities. Get `relation` objects.', { body: { type: 'object' } })).toEqual(
      expect.arrayContaining(['subject', 'related_name', 'relation_type', 'score']),
    );
    const search = inferOutputSchema(tool('get_quick_search', 'Search most relevant results.', { q: { type: 'string' } }));
    expect(search.kind).toBe('list');
    expect(Object.keys(search.record['properties'] as object)).toEqual(expect.arrayContaining(['name', 'score']));
  });

  it('a document tool returns the document, a commit its new status, a best-hour tool the hour', () => {
    expect(fields('quittung_zugferd', 'Retrieve Zugferd XML for a given receipt.', { account: { type: 'string' } })).toEqual(
      expect.arrayContaining(['content_type', 'content']),
    );
    expect(fields('quittung_comit', 'Finishs a collection of data and finalizes receipt.', { account: { type: 'string' } })).toEqual(
      expect.arrayContaining(['status', 'item_count', 'finalized_at']),
    );
    expect(
      fields('gsi_besthour', 'Get best hour (with most regional green energy) in a given timeframe.', { zip: { type: 'string' } }),
    ).toContain('best_hour');
  });

  it('a metrics or statistics tool returns counts of what its description counts, not a name', () => {
    const metrics = fields(
      'get_data_metrics',
      'Get metrics about the current data release. Returns the metrics about associations and evidences, divided by datasource, genes and so on.',
    );
    expect(metrics).toEqual(expect.arrayContaining(['association_count', 'evidence_count', 'data_source_count', 'gene_count']));
    expect(metrics).not.toContain('name');
    const stats = fields('get_data_stats', 'Get statistics about the current data release.');
    expect(stats).toEqual(['record_count', 'measured_at']);
  });

  it('a board-game statistics tool returns no sport season, a gene sequencer no human drug target', () => {
    const game = fields('fetch_game_stats', 'Fetch board game statistics like top players, winning scores and game histories', {
      game_type: { type: 'string' },
      year: { type: 'integer' },
    });
    expect(game).not.toContain('rebounds_per_game');
    expect(game).not.toContain('points_per_game');
    const sequencer = fields('gene_sequencer', 'Generate possible gene sequences to see evolutionary changes', {
      species: { type: 'string' },
      mutation_rate: { type: 'number' },
    });
    expect(sequencer).not.toContain('approved_symbol');
    expect(fields('get_target_by_ensgid', 'Get a gene target by its Ensembl id.', { ensgId: { type: 'string' } })).toContain(
      'approved_symbol',
    );
  });

  it('never the generic name and recycled description', () => {
    for (const [name, description] of [
      ['get_info', 'Info about the hashlookup database'],
      ['quittung_prepare', 'Allows to collect data with several requests for a receipt.'],
      ['get_widget', 'Get a widget.'],
    ] as const)
      expect(fields(name, description)).not.toContain('description');
  });
});

describe('arguments that steer a read are no fields of its records', () => {
  it('leaves out search terms, page sizes, starts and facets, and keeps the filters', () => {
    const keys = fields('get_association_filter', 'Filter available associations.', {
      target: { type: 'string', description: 'A target identifier listed as target.id.' },
      pathway: { type: 'string', description: 'A Reactome pathway identifier.' },
      facets: { type: 'boolean', description: 'Returns facets' },
      datastructure: { type: 'string', description: "Type of data structure to return. Can be 'full', 'simple', 'ids', or 'count'." },
      size: { type: 'number', description: 'Maximum amount of results to return. Defaults to 10, max is 10000.' },
      from: { type: 'number', description: 'How many initial results should be skipped. Defaults to 0.' },
      search: { type: 'string', description: 'Restrict the filtered results to those matching the passed string.' },
    });
    expect(keys).toEqual(expect.arrayContaining(['target', 'pathway']));
    for (const key of ['facets', 'datastructure', 'size', 'from', 'search']) expect(keys).not.toContain(key);
  });

  it('keeps a size or a from that is a field of the record', () => {
    expect(
      fields('create_shirt_order', 'Create a shirt order.', { size: { type: 'string', description: 'Shirt size, S to XL.' } }),
    ).toContain('size');
    expect(fields('list_flights', 'List flights.', { from: { type: 'string', description: 'Departure airport code.' } })).toContain('from');
  });
});

describe('computed values typed by what the tool returns', () => {
  const resultOf = (name: string, description: string, properties: Record<string, unknown> = {}) =>
    (inferOutputSchema(tool(name, description, properties)).schema['properties'] ?? {}) as Record<string, Record<string, unknown>>;

  it('a winner or a top scorer is a name, a sentiment a label with its confidence, never a number', () => {
    const poker = resultOf('card_games_poker_determine_winner', 'Determines the winner in a game of Poker based on the cards.', {
      player1: { type: 'string' },
      player2: { type: 'string' },
    });
    expect(poker['winner']).toEqual({ type: 'string' });
    expect(
      resultOf('sports_analysis_get_top_scorer', 'Retrieves the player with most goals in a specific football league', {
        league: { type: 'string' },
      })['top_scorer'],
    ).toEqual({ type: 'string' });
    const sentiment = resultOf('sentiment_analysis', 'Perform sentiment analysis on a given text.', { text: { type: 'string' } });
    expect(sentiment['sentiment']?.['enum']).toEqual(['positive', 'neutral', 'negative']);
    expect(sentiment['confidence']?.['type']).toBe('number');
    expect(resultOf('team_stats_get_top_scorer', 'Fetch the top scorer of a specified football team.')['top_scorer']).toEqual({
      type: 'string',
    });
  });

  it('a quantity stays a number', () => {
    expect(
      resultOf('calculate_density', 'Calculate the density of a substance.', { mass: { type: 'number' }, volume: { type: 'number' } })[
        'density'
      ]?.['type'],
    ).toBe('number');
  });
});

describe('computed values named and sized by what they are', () => {
  it('an acronym the description spells out names the value in words; a property value is in dollars', () => {
    const roa = inferOutputSchema(
      tool('financial_ratios_calculate_roa', 'Calculate the return on assets (ROA) for a company.', {
        net_income: { type: 'number' },
        total_assets: { type: 'number' },
      }),
    );
    expect(roa.resultField).toBe('return_on_assets');
    const valuation = inferOutputSchema(
      tool('property_valuation_get', 'Get estimated value of a property based on location, specifications and age', {
        location: { type: 'string' },
        bedrooms: { type: 'integer' },
      }),
    );
    const properties = valuation.schema['properties'] as Record<string, Record<string, unknown>>;
    expect(properties['property_valuation']?.['minimum']).toBeGreaterThanOrEqual(100_000);
    expect(properties['currency']).toEqual({ const: 'USD' });
  });
});

describe('results of a topic shaped for what the tool is about', () => {
  it('a melody is notes, a movie release a film, a library hold no paid booking, a match its score', () => {
    const melody = fields('music_generator_generate_melody', 'Generate a melody based on certain musical parameters.', {
      key: { type: 'string' },
    });
    expect(melody).toEqual(expect.arrayContaining(['notes', 'tempo_bpm']));
    expect(melody).not.toContain('genre');
    const releases = fields('get_theater_movie_releases', 'Retrieve the list of movie releases in specific theaters.', {
      location: { type: 'string' },
    });
    expect(releases).toEqual(expect.arrayContaining(['title', 'director', 'genre']));
    const hold = fields('library_reserve_book', 'Reserves a book in the library if available.', { book_id: { type: 'string' } });
    expect(hold).toEqual(expect.arrayContaining(['status', 'queue_position', 'pickup_by']));
    expect(hold).not.toContain('total_price');
    const match = fields('get_game_results', 'Get the results of a game between two teams on a specific date.', {
      team_1: { type: 'string' },
    });
    expect(match).toEqual(expect.arrayContaining(['team_1_score', 'team_2_score']));
    const homes = fields('realestate_find_properties', 'Find properties based on location, budget, and specifications.', {
      location: { type: 'string' },
    });
    expect(homes).toEqual(expect.arrayContaining(['address', 'price', 'bedrooms']));
  });

  it('a command from a fixed list answers whether it was carried out, not a named record', () => {
    const control = fields('verify_control', 'Verify Control. Control the progress of your Verify requests.', {
      cmd: { type: 'string', enum: ['cancel', 'trigger_next_event'] },
      request_id: { type: 'string' },
    });
    expect(control).toEqual(expect.arrayContaining(['status', 'carried_out_at']));
    expect(control).not.toContain('name');
  });

  it('gives each medium its own genres', () => {
    const genres = (name: string, description: string): unknown[] => {
      const record = inferOutputSchema(tool(name, description)).record['properties'] as Record<string, { enum?: unknown[] }>;
      return record['genre']?.enum ?? [];
    };
    expect(genres('get_movie_details', 'Get details of a movie.')).not.toContain('jazz');
    expect(genres('get_song_info', 'Get details of a song.')).not.toContain('romance');
  });
});
