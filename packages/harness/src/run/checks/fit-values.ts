/**
 * Values that fill a slot without meaning it, in arguments and in results: a musical key that is a
 * number, a snake_case key of digits, dietary requirements that are cities, a GIF rating of "3.1", a size
 * holding a name, a meal called breakfast typed LUNCH, a percent past 100, a day of 13 sun hours on a
 * solar panel. Each rule reads the field's name (and, for arguments, its parameter's description and the
 * tool's description); the most specific rule that applies decides.
 */
import { isJsonObject, squashKey } from '@inftool/core';
import type { Conversation, ReviewedCall } from './conversation.js';
import { errorResult } from './error-result.js';

type Json = Record<string, unknown>;

/** A field and what is known of it. */
interface Field {
  key: string;
  value: unknown;
  /** The parameter's description (arguments only). */
  description: string;
  /** The tool's description (arguments only). */
  tool: string;
}

const snake = (key: string): string =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toLowerCase();
const MUSIC = /\b(notes?|scales?|chords?|melod(y|ies)|music\w*|tonic|key signature|harmon\w*|arpeggios?)\b/i;
const NOTE = /^[A-G](#|b|♯|♭)?(\s*(major|minor|maj|min|m))?$/i;
const DIET_WORD =
  /\b(vegan|vegetarian|veggie|gluten|dairy|lactose|halal|kosher|nuts?|peanuts?|keto(genic)?|paleo|pescatarian|low[- ]\w+|\w+[- ]free|diabetic|allerg\w*|sugar|sodium|salt|carbs?|fodmap|plant[- ]based|organic|raw|whole30|shellfish|soy|egg|none)\b/i;
const CONTENT_GRADE = /^(y|g|pg|pg-13|r|nc-17|tv-(y7?|g|pg|14|ma))$/i;
const SIZE_WORD =
  /^(x{0,3}s|x{0,3}l|m|small|medium|large|extra[- ]?(small|large)|x-?(small|large)|regular|petite|tall|plus|one size|king|queen|twin|full|single|double|original|thumbnail|thumb|mini|compact|standard|big|huge|tiny|preview|icon|banner|full[- ]?size|downsized|fixed[_ ](height|width)(_\w+)?|any|all)$/i;
const MEAL = /\b(breakfast|brunch|lunch|dinner|supper|snack|dessert)\b/i;
/** A percent may pass 100 or fall below 0 when it is a change, a growth, a return. */
const SIGNED = /(change|growth|increase|decrease|diff|delta|return|gain|loss|deviation|variance|yoy|mom)/i;
const PERCENT_NAME =
  /^(percent|percentage|pct|humidity|relativehumidity|rh|cloudcover|cloudiness|chanceofrain|chanceofsnow|chanceofprecipitation|precipprobability|precipitationprobability|probabilityofprecipitation|batterylevel|progresspercent)$|percent(age)?$/;
/** A day's sun (a plain `sun_hours` may total a period's). */
const SUN_HOURS = /^((average|avg|daily|peak)_(sunlight|sun|sunshine)|peak_sun|sunlight)_hours$/;

function stringProblem({ key, value, description, tool }: Field): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const name = snake(key);
  const text = value.trim();
  if (
    /(^|_)(key|root|root_note|tonic|key_signature|musical_key)$/.test(name) &&
    (MUSIC.test(description) || (name === 'key' && MUSIC.test(tool)))
  )
    return NOTE.test(text) ? undefined : `"${text}" is no musical key (a note such as C or F#)`;
  if (/(^|_)key$/.test(name) && /\bsnake[_ ]?case\b/i.test(description))
    return /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/.test(text) ? undefined : `"${text}" is no snake_case key`;
  if (/(^|_)(diet|diets|dietary|dietary_(requirements?|restrictions?|preferences?|needs?|options?)|diet_type)$/.test(name))
    return DIET_WORD.test(text) ? undefined : `"${text}" is no diet`;
  const rated = /\bMPAA\b|\bcontent rating\b/i.test(description) || /\b(gifs?|giphy|stickers?)\b/i.test(tool);
  if (/(^|_)(rating|content_rating|age_rating|mpaa_rating)$/.test(name) && rated)
    return CONTENT_GRADE.test(text) ? undefined : `"${text}" is no content rating (g, pg, pg-13, r)`;
  if (/(^|_)(size|sizes|clothing_size|shoe_size|article_size)$/.test(name) && !/\d/.test(text) && !SIZE_WORD.test(text))
    return /^[A-Z][a-z]+( [A-Z][a-z'-]+)*$/.test(text) ? `"${text}" is a name, no size` : undefined;
  if (/(^|_)(name|full_name|first_name|last_name|city|city_name|country_name|person_name)$/.test(name) && /^\d{4,}$/.test(text))
    return `"${text}" is a number, no ${name.replace(/_/g, ' ')}`;
  return undefined;
}

function numberProblem({ key, value, description }: Field, weather: boolean): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const squashed = squashKey(key);
  const percent =
    (PERCENT_NAME.test(squashed) && !SIGNED.test(squashed)) ||
    (weather && squashed === 'pop') ||
    (/\bper ?cent(age)?\b|%/i.test(description) && !SIGNED.test(description) && !SIGNED.test(squashed));
  if (percent && (value < 0 || value > 100)) return `${key} ${value} is no percent (0–100)`;
  if (SUN_HOURS.test(snake(key)) && (value < 1.5 || value > 9)) return `${key} ${value} is no day's average sun hours`;
  return undefined;
}

/** A meal named one meal (`name: "Full breakfast"`) typed as another (`type: "LUNCH"`). */
function mealProblem(object: Json): string | undefined {
  const named = Object.entries(object).find(
    ([key, value]) =>
      /^(name|meal|meal_?name|title|dish|formatted|label|display_?name)$/i.test(key) && typeof value === 'string' && MEAL.test(value),
  );
  const typed = Object.entries(object).find(
    ([key, value]) => /^(type|meal_?type|category|course)$/i.test(key) && typeof value === 'string' && MEAL.test(value),
  );
  if (named === undefined || typed === undefined) return undefined;
  const [said, kind] = [MEAL.exec(named[1] as string)![1]!.toLowerCase(), MEAL.exec(typed[1] as string)![1]!.toLowerCase()];
  const pair = new Set([said, kind]);
  const alike =
    pair.size === 1 || (pair.has('supper') && pair.has('dinner')) || (pair.has('brunch') && (pair.has('breakfast') || pair.has('lunch')));
  return alike ? undefined : `"${String(named[1])}" typed ${String(typed[1])}`;
}

const WEATHER_KEY = /^(temp|temperature|maxtemp|mintemp|precip|precipitation|rh|humidity|clouds|dewpt|dewpoint)$/;

/** Every problem of one object's own fields (nested objects visited too). */
function objectProblems(value: unknown, describe: (key: string) => string, tool: string): string[] {
  const problems: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isJsonObject(node)) return;
    const weather = Object.keys(node).some((key) => WEATHER_KEY.test(squashKey(key)));
    for (const [key, inner] of Object.entries(node)) {
      const entries = Array.isArray(inner) ? inner : [inner];
      for (const entry of entries) {
        const field = { key, value: entry, description: describe(key), tool };
        const problem = stringProblem(field) ?? numberProblem(field, weather);
        if (problem !== undefined) problems.push(`${key}: ${problem}`);
      }
    }
    const meal = mealProblem(node);
    if (meal !== undefined) problems.push(meal);
    Object.values(node).forEach(visit);
  };
  visit(value);
  return [...new Set(problems)];
}

/** Arguments that do not fit their parameter (see the file's comment), by the offered tool's parameter descriptions. */
export function unfitArguments(call: ReviewedCall, conversation: Conversation): string[] {
  if (call.rejected || !isJsonObject(call.arguments)) return [];
  const tool = conversation.tools.get(call.chatName);
  const properties = (tool?.parameters['properties'] ?? {}) as Record<string, Json>;
  const describe = (key: string): string => {
    const description = properties[key]?.['description'];
    return typeof description === 'string' ? description : '';
  };
  return objectProblems(call.arguments, describe, tool?.description ?? '').map((problem) => `${call.chatName}.${problem}`);
}

/** Result fields that fill their slot without meaning it (see the file's comment). */
export function unfitResults(call: ReviewedCall): string[] {
  if (call.rejected || errorResult(call)) return [];
  return objectProblems(call.data, () => '', '').map((problem) => `${call.chatName}: ${problem}`);
}
