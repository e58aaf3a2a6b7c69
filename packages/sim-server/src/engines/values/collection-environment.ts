/** What object and array generation need from the value generator, and how deep they go. */
import type { Faker } from '@faker-js/faker';
import { type Schema } from './schema-tools.js';

/** What object and array generation needs from the generator that calls it. */
export interface CollectionEnvironment {
  faker: Faker;
  root: Schema;
  optionalRate: number;
  echo?: Record<string, unknown>;
  /** The field the API works in (`genetics`), when known: its hits are real things, not the query restated. */
  domain?: string;
  /** The API's host (its own when known, else one made from the tool's topic): a record's links point there. */
  host: string;
  /** The thing the tool is about (`movie_ratings_get_movie` → movie): a call's argument named for it names its record. */
  topic?: { entity?: string };
  /** Generates a value for a sub-schema (recursion back into the generator). */
  generate(schema: unknown, name: string, depth: number): unknown;
  /** Whether a sub-schema admits a finite value (an optional member that does not is left out). Defaults to always. */
  finite?(schema: unknown): boolean;
}

export const MAX_DEPTH = 6;

export function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
