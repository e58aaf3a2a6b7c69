import { describe, expect, it } from 'vitest';
import type { CatalogTool } from '../catalog/catalog.js';
import { describedResult, describedThings } from './described-result.js';
import { inferOutputSchema } from './infer-output-schema.js';

const tool = (name: string, description: string, properties: Record<string, unknown> = {}): CatalogTool =>
  ({ spec: { name, description, inputSchema: { type: 'object', properties } }, hints: {} }) as unknown as CatalogTool;
const inferred = (name: string, description: string, properties: Record<string, unknown> = {}) => {
  const output = inferOutputSchema(tool(name, description, properties));
  return { kind: output.kind, fields: Object.keys((output.record['properties'] ?? {}) as object), schema: output.schema };
};

describe('what the description says a tool of no known topic returns', () => {
  it('reads the things the opening clause names, up to what they are of', () => {
    expect(describedThings('Retrieve the average price and ratings of an instrument from a particular manufacturer.')).toEqual([
      ['average', 'price'],
      ['ratings'],
    ]);
    expect(describedThings("Retrieve the scientist's name who is credited for a specific scientific discovery.")).toEqual([['scientist']]);
    expect(describedThings('Retrieve the name of the discoverer of an element based on its name.')).toEqual([['discoverer']]);
    expect(describedThings('Plot a sine wave for a given frequency.')).toEqual([]);
  });

  it('a role is a person, a price has its currency, a check of eligibility a flag', () => {
    expect(
      inferred('lawsuit_judge', 'Fetch the judge handling a lawsuit for a specific company.', { company_name: { type: 'string' } }).fields,
    ).toEqual(expect.arrayContaining(['judge']));
    expect(
      inferred('get_instrument_details', 'Retrieve the average price and ratings of an instrument from a particular manufacturer.', {
        instrument: { type: 'string' },
      }).fields,
    ).toEqual(expect.arrayContaining(['average_price', 'currency', 'rating']));
    expect(inferred('loan_eligibility_check', 'Check for eligibility for a loan given income and loan amount').fields).toContain(
      'eligible',
    );
  });

  it('a predicted population size is a population; a top scorer is a person named with the rank', () => {
    expect(
      inferred('animal_population_get_projection', 'Predict the future population size of a specific species in a given country.', {
        species: { type: 'string' },
      }).fields,
    ).toEqual(expect.arrayContaining(['population']));
    expect(inferred('team_stats_get_top_scorer', 'Fetch the top scorer of a specified football team.').fields).toContain('top_scorer');
  });

  it('a person named in a phrase about something else is no person (a player’s statistics)', () => {
    expect(describedResult("Retrieves detailed player's statistics for a specific year.")).toBeUndefined();
  });

  it('places near a location are a list with names of their kind, addresses and distances', () => {
    const hospitals = inferred('hospital_locate', 'Locate nearby hospitals based on location and radius.', {
      location: { type: 'string' },
      radius: { type: 'integer' },
    });
    expect(hospitals.kind).toBe('list');
    expect(hospitals.fields).toEqual(expect.arrayContaining(['hospital_name', 'address', 'distance_km']));
    const name = (hospitals.schema['properties'] as Record<string, { items: { properties: Record<string, { pattern: string }> } }>)['items']
      ?.items.properties['hospital_name']?.pattern as string;
    expect(name).toMatch(/ Hospital\$$/);
    // found by criteria, not near anything: no distance
    expect(inferred('historical_landmark_find', 'Find historical landmarks based on specific criteria like era.').fields).not.toContain(
      'distance_km',
    );
  });

  it('a find of one thing reads it, no list of it', () => {
    const creator = inferred('sculpture_info_find_creator', 'Retrieve the creator of a sculpture based on the name.', {
      name: { type: 'string' },
    });
    expect(creator.kind).toBe('read');
    expect(Object.keys(creator.schema['properties'] as object)).toContain('creator');
  });

  it('states no fact of a real entity it cannot know, and no label', () => {
    expect(describedResult('Fetch the capital city of a specified country.')).toBeUndefined();
    expect(describedResult('Retrieve the time difference between two cities')).toBeUndefined();
    expect(describedResult('Retrieve the details of a scientific discovery based on the discovery name.')).toBeUndefined();
  });
});

describe('lawsuits and court cases, plots and drawings', () => {
  it('a lawsuit or a case of a court is a docketed case, filing one included; a contract of the law is none', () => {
    for (const [name, description] of [
      ['lawsuit_fetch_details', 'Fetch the details of a lawsuit for a specific company.'],
      ['get_case_result', 'Retrieve the result of a specific law case based on the year and name of the case.'],
      ['legal_case_file', 'File a new case in a specific court.'],
    ] as const)
      expect(inferred(name, description, { company: { type: 'string' } }).fields).toEqual(
        expect.arrayContaining(['case_number', 'status', 'filed_date', 'judge']),
      );
    // a case just filed is open
    const filed = inferOutputSchema(tool('legal_case_file', 'File a new case in a specific court.', { court: { type: 'string' } }));
    expect((filed.record['properties'] as Record<string, Record<string, unknown>>)['status']?.['const']).toBe('open');
    expect(inferred('generate_law_contract', 'Generates a customized law contract given involved parties.').fields).not.toContain('judge');
    // a case of no law is no court case
    expect(inferred('get_test_case', 'Get a test case of a test suite.').fields).not.toContain('judge');
  });

  it('a plot or a drawing is an image file named after what it shows', () => {
    const plot = inferOutputSchema(
      tool('plot_sine_wave', 'Plot a sine wave for a given frequency in a given range.', { frequency: { type: 'number' } }),
    );
    const properties = plot.record['properties'] as Record<string, Record<string, unknown>>;
    expect(properties['file_name']?.['const']).toBe('sine_wave.png');
    expect(properties['format']?.['const']).toBe('png');
  });
});
