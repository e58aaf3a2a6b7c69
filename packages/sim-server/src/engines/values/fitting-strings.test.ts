import { describe, expect, it } from 'vitest';
import { Faker, en } from '@faker-js/faker';
import { generateValue } from '../value-generator.js';
import { fromExamples, withinPercent } from './examples.js';
import { CONTENT_RATINGS, DIETS, MEMORY_KEYS, memoryKeyOfValue } from './fitting-strings.js';
import { coherentArguments } from './known-facts.js';

const faker = new Faker({ locale: [en] });
const sample = (schema: Record<string, unknown>, name: string, tool: string, description: string, seeds = 20): unknown[] =>
  Array.from({ length: seeds }, (_, seed) => {
    faker.seed(seed + 1);
    return generateValue(schema, name, { faker, root: schema, context: { tool, description } });
  });

describe('values that fit their parameter', () => {
  it('a blues scale’s key is a note, a memory’s key a snake_case word', () => {
    const note = { type: 'string', description: 'The root note or key of the blues scale.' };
    for (const value of sample(note, 'key', 'music_theory_get_blues_scale', 'Generates the blues scale in a given key.'))
      expect(value).toMatch(/^[A-G](#|♭|♯|b)?$/);
    const stored = {
      type: 'string',
      description: 'The key under which the value is stored. Keys must be snake_case and cannot contain spaces.',
    };
    const keys = MEMORY_KEYS.map(([key]) => key);
    for (const value of sample(stored, 'key', 'core_memory_add', 'Adds a key-value pair to the short-term memory.')) {
      expect(keys).toContain(value);
      expect(value).toMatch(/^[a-z]+(_[a-z]+)*$/);
    }
  });

  it('dietary requirements are diets and a GIF’s rating is a grade, never cities or "3.1"', () => {
    const diets = { type: 'array', items: { type: 'string' }, description: 'Special dietary requirements, e.g. vegan, gluten-free.' };
    for (const value of sample(diets, 'dietary_requirements', 'find_restaurants', 'Locate nearby restaurants.'))
      for (const entry of value as string[]) expect(DIETS).toContain(entry);
    const rating = { type: 'string', description: 'Filters results by specified rating.' };
    for (const value of sample(rating, 'rating', 'search_gifs', 'Search all GIPHY GIFs for a word or phrase.'))
      expect(CONTENT_RATINGS).toContain(value);
  });

  it('a percent drawn near its example stays within 0–100; a percent change may not', () => {
    const pop = { type: 'number', description: 'Chance of Precipitation as a percentage (%)', examples: [75] };
    let near = 0;
    for (let seed = 1; seed <= 200; seed++) {
      faker.seed(seed);
      const value = fromExamples(pop, faker)?.value;
      if (typeof value !== 'number') continue;
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(100);
      if (value !== 75) near++;
    }
    expect(near).toBeGreaterThan(10);
    expect(withinPercent(pop, 104.9)).toBe(95.1);
    expect(withinPercent({ type: 'integer', description: 'Relative humidity (%)' }, 103)).toBe(97);
    expect(withinPercent({ type: 'number', description: 'Percent change since yesterday' }, 140)).toBe(140);
    expect(withinPercent({ type: 'number', description: 'Price in EUR' }, 140)).toBe(140);
  });

  it('a solar panel’s average sunlight is a day’s peak sun hours, never 13 or 1', () => {
    const sun = { type: 'number', description: 'The average hours of sunlight received.' };
    const solar = 'Calculate the number of solar panels needed for a house based on the square footage and average sunlight hours.';
    for (const value of sample(sun, 'average_sunlight_hours', 'solar_panel_calculate_need', solar)) {
      expect(value as number).toBeGreaterThanOrEqual(3);
      expect(value as number).toBeLessThanOrEqual(7);
    }
  });

  it('a memory’s key files the fact its value states', () => {
    expect(coherentArguments({ key: 'birthday', value: 'Allergic to peanuts' })).toEqual({
      key: 'allergies',
      value: 'Allergic to peanuts',
    });
    expect(memoryKeyOfValue({ key: 'shifts', value: 'Works night shifts as a nurse' })).toEqual({
      key: 'shifts',
      value: 'Works night shifts as a nurse',
    });
    // a key of the user's own stays as they said it
    expect(memoryKeyOfValue({ key: 'trip_notes', value: 'Allergic to peanuts' })).toEqual({
      key: 'trip_notes',
      value: 'Allergic to peanuts',
    });
  });
});
