/**
 * Strings whose parameter says what they are, tried before the name rules (most specific first): a
 * memory's key is a snake_case word (a scale's key is a note by `noun-things.ts`), a diet a diet, a GIF's or a film's content
 * rating one of its rating system's grades. Never a number, a city or a name filling the slot.
 */
import type { ValueRequest } from './entities.js';
import type { Schema } from './schema-tools.js';

export const DIETS = ['vegan', 'vegetarian', 'gluten-free', 'dairy-free', 'halal', 'kosher', 'nut-free'];
/** Giphy's ratings (`g`, `pg`, `pg-13`, `r`); a film's certificate is the same grade in capitals. */
export const CONTENT_RATINGS = ['g', 'pg', 'pg-13', 'r'];
/** What an assistant's memory holds of its user, under the snake_case keys a person would file it by. */
export const MEMORY_KEYS: ReadonlyArray<readonly [string, RegExp]> = [
  // one word each: a snake_case key a person files by, said back as it is (`allergies`, never "food allergy" for `food_allergy`)
  ['seating', /\bseats?\b/i],
  ['birthday', /\bbirthday\b/i],
  ['shifts', /\bshifts?\b|\bworks?\b/i],
  ['allergies', /\ballerg/i],
  ['school', /\bschool\b/i],
  ['cuisine', /\bcuisine\b|\bfood\b/i],
  ['marathon', /\bmarathon\b|\btraining\b/i],
];

const RATED_MEDIA = /\b(gifs?|giphy|stickers?|clips?)\b/i;

const description = (schema: Schema): string => (typeof schema['description'] === 'string' ? schema['description'] : '');
const pick = <T>(request: ValueRequest, items: readonly T[]): T => request.faker.helpers.arrayElement(items);

/** A key the description says is snake_case, or a memory's key: a word a person files a fact under. */
function snakeCaseKey(schema: Schema, request: ValueRequest): string | undefined {
  if (!/(^|_)key$/.test(request.snake)) return undefined;
  const snakeCase = /\bsnake[_ ]?case\b/i.test(description(schema));
  return snakeCase || /\bmemor(y|ies)\b/i.test(request.topic.text) ? pick(request, MEMORY_KEYS)[0] : undefined;
}

/** Dietary requirements, restrictions or preferences: diets, never places. */
function diet(request: ValueRequest): string | undefined {
  return /(^|_)(diet|diets|dietary|dietary_(requirements?|restrictions?|preferences?|needs?|options?)|diet_type)$/.test(request.snake)
    ? pick(request, DIETS)
    : undefined;
}

/** A content `rating` of a GIF (Giphy: g, pg, pg-13, r) or one the description calls MPAA-style: a grade, never "3.1". */
function contentRating(schema: Schema, request: ValueRequest): string | undefined {
  if (!/(^|_)(rating|content_rating|age_rating|mpaa_rating)$/.test(request.snake)) return undefined;
  if (/\bMPAA\b|\bcontent rating\b|\bage rating\b/i.test(description(schema))) return pick(request, CONTENT_RATINGS);
  return RATED_MEDIA.test(request.topic.text) || /giphy/.test(request.topic.host ?? '') ? pick(request, CONTENT_RATINGS) : undefined;
}

/** The value the parameter's meaning fixes (see the file's comment), else undefined. */
export function fittingString(schema: Schema, request: ValueRequest): string | undefined {
  return snakeCaseKey(schema, request) ?? diet(request) ?? contentRating(schema, request);
}

/**
 * A memory's key files the fact its value states (`allergies` for "Allergic to peanuts", never `birthday`):
 * a drawn key of `MEMORY_KEYS` beside a value one of them names is that one. Returns `args` itself when nothing changes.
 */
export function memoryKeyOfValue(args: Record<string, unknown>): Record<string, unknown> {
  const [key, value] = [args['key'], args['value']];
  if (typeof key !== 'string' || typeof value !== 'string' || !MEMORY_KEYS.some(([known]) => known === key)) return args;
  const filed = MEMORY_KEYS.find(([, says]) => says.test(value))?.[0];
  return filed === undefined || filed === key ? args : { ...args, key: filed };
}
