import { Faker, en } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { generateValue } from '../value-generator.js';
import { inferOutputSchema } from '../infer-output-schema.js';
import { isFillerLabel, neutralName } from './products.js';
import { nounThing } from './noun-things.js';
import { toolTopic } from './topic.js';

const faker = new Faker({ locale: [en] });
const SEEDS = Array.from({ length: 25 }, (_, seed) => seed);

const generated = (schema: Record<string, unknown>, tool: string, description: string, seed: number, echo?: Record<string, unknown>) => {
  faker.seed(seed);
  return generateValue(schema, tool, { faker, root: schema, context: { tool, description }, ...(echo ? { echo } : {}) });
};

describe('a noun no kind rule knows gets a real thing of it, never a label', () => {
  it('a train is a German train number, a treaty a real one, a currency a code', () => {
    for (const seed of SEEDS) {
      faker.seed(seed);
      const rail = toolTopic('get_journey_details_id', 'Get details about a single journey. fahrplan_free railway');
      expect(neutralName(faker, rail, 'train')).toMatch(/^(ICE|IC|EC|RE|RB) \d{2,4}$/);
      const history = toolTopic('euro_history_treaty_info', 'Retrieve specific information about a signed European treaty.');
      expect(neutralName(faker, history, 'treaty')).toMatch(/Treaty|Agreement|Peace of/);
      expect(neutralName(faker, toolTopic('get_v1_currencies', 'polygon'), 'currencies')).toMatch(/^[A-Z]{3}$/);
    }
  });

  it('a scale, a chord progression and a pattern are music only where the tool speaks of music', () => {
    const music = toolTopic('music_theory_create_chord_progression', 'Creates a chord progression based on given musical key.');
    for (const seed of SEEDS) {
      faker.seed(seed);
      expect(nounThing(faker, music, 'progression')).toMatch(/^[iIvV–7]+ in [A-G]♭?$/);
      expect(nounThing(faker, music, 'pattern')).toMatch(/^[iIvV7]+$/);
      expect(nounThing(faker, toolTopic('music_theory_get_blues_scale', 'Generates the blues scale in a given key.'), 'scale')).toMatch(
        /^[A-G]♭? .*(scale|mode)$/,
      );
    }
    // a map's scale is no blues scale
    expect(nounThing(faker, toolTopic('get_map_tile', 'A map tile at a zoom level.'), 'scale')).toBeUndefined();
  });

  it('a player of an instrument is a person, never a company', () => {
    const schema = {
      type: 'object',
      properties: {
        items: { type: 'array', minItems: 3, items: { type: 'object', properties: { player: { type: 'string' } }, required: ['player'] } },
      },
      required: ['items'],
    };
    for (const seed of SEEDS) {
      const value = generated(schema, 'search_music_instrument_players', 'Searches for top music instrument players.', seed) as {
        items: Array<{ player: string }>;
      };
      for (const item of value.items) expect(item.player).not.toMatch(/(Group|Partners|Associates|Holdings|Foundation|Media|Consulting)$/);
    }
  });

  it('a choice between two sides the name states is one of them', () => {
    const schema = { type: 'object', properties: { thinking_vs_feeling: { type: 'string' } }, required: ['thinking_vs_feeling'] };
    const seen = new Set(
      SEEDS.map(
        (seed) => (generated(schema, 'mbti_analyse', 'Analyse personality.', seed) as Record<string, string>)['thinking_vs_feeling'],
      ),
    );
    expect([...seen].sort()).toEqual(['feeling', 'thinking']);
  });
});

describe('the last-resort label is left out where it may be', () => {
  it('an optional field whose noun nothing knows is absent; a required one keeps its value', () => {
    const schema = {
      type: 'object',
      properties: { id: { type: 'string' }, frobnicator: { type: 'string' }, widgetry: { type: 'string' } },
      required: ['id', 'widgetry'],
    };
    let labelled = 0;
    for (const seed of SEEDS) {
      const value = generated(schema, 'get_thing', 'A thing.', seed) as Record<string, unknown>;
      expect(isFillerLabel(value['frobnicator'])).toBe(false);
      expect(typeof value['widgetry']).toBe('string');
      if (isFillerLabel(value['widgetry'])) labelled += 1;
    }
    // the label is still what a required field of no known kind gets: the checks reject it
    expect(labelled).toBeGreaterThan(0);
  });

  it('a record nothing describes has no made-up name (science_facts_get_charge)', () => {
    const tool = {
      spec: {
        name: 'science_facts_get_charge',
        description: 'Fetch the electric charge of an atomic particle',
        inputSchema: {
          type: 'object',
          properties: { particle: { type: 'string', description: 'The atomic particle. e.g. Electron, Proton' }, unit: { type: 'string' } },
          required: ['particle', 'unit'],
        },
      },
      hints: {},
    };
    const inferred = inferOutputSchema(tool as unknown as Parameters<typeof inferOutputSchema>[0]);
    for (const seed of SEEDS) {
      const value = generated(inferred.schema as Record<string, unknown>, tool.spec.name, tool.spec.description, seed, {
        particle: 'Proton',
        unit: 'coulombs',
      }) as Record<string, unknown>;
      expect(isFillerLabel(value['name'])).toBe(false);
    }
  });

  it("a record's title nothing knows is what the call names: its two sides, else a name it sends", () => {
    const schema = {
      type: 'object',
      properties: { name: { type: 'string' }, widgetry: { type: 'string' } },
      required: ['name', 'widgetry'],
    };
    for (const seed of SEEDS) {
      const sides = generated(schema, 'frobnicate_consignment', 'Frobnicate a consignment.', seed, { team1: 'Arsenal', team2: 'Chelsea' });
      expect((sides as Record<string, unknown>)['name']).toBe('Arsenal vs Chelsea');
      const named = generated(schema, 'frobnicate_consignment', 'Frobnicate a consignment.', seed, { movie_name: 'Parasite', unit: 'km' });
      expect((named as Record<string, unknown>)['name']).toBe('Parasite');
    }
  });

  it('isFillerLabel knows the label and nothing else', () => {
    expect(isFillerLabel('shared train')).toBe(true);
    expect(isFillerLabel('default treaty')).toBe(true);
    expect(isFillerLabel('Treaty of Lisbon')).toBe(false);
    expect(isFillerLabel('shared smart meters installed in Germany')).toBe(false);
    expect(isFillerLabel(42)).toBe(false);
  });
});
