import { dateDirection, dateNear } from './dates.js';
import { descriptionHints, type DescriptionHints } from './description-hints.js';
import { aboutHistory } from './topic-values.js';
import { boundSense, numericBound } from './number-bounds.js';
import type { ValueRequest } from './entities.js';
import { numberKeyword, type Schema } from './schema-tools.js';

/** How a number is chosen: a range, a set of typical values, or decimals. */
interface NumberSense {
  range?: [number, number];
  typical?: readonly number[];
  /** Decimal places for a non-integer (2 for money). */
  decimals?: number;
  /** A point in time: epoch seconds (or milliseconds) near the reference instant. */
  time?: boolean;
}

/** A moment's name that gives its unit: `earliest_pub_date_ms`, `created_at_sec`, `last_timestamp_ms`. */
const MOMENT_IN_UNIT =
  /(^|_)(date|timestamp|time_stamp|stamp|epoch|at|created|updated|modified|since|until|expires)_(ms|millis|milliseconds|sec|secs|seconds)$/;

const PAGE_SIZES = [5, 10, 20, 25, 50];

/** Physical and everyday quantities by name, ahead of the generic rules (`gravity` 9.81, `tempo` 60–180 bpm). */
const QUANTITY_RULES: ReadonlyArray<readonly [RegExp, (request: ValueRequest) => NumberSense]> = [
  [/(^|_)(from|till|to|start|end)?_?century$/, () => ({ range: [12, 21] })],
  [/(^|_)(tempo|bpm|beats_per_minute)$/, () => ({ typical: [72, 90, 100, 110, 120, 128, 140] })],
  [/(^|_)(gravity|gravitational_acceleration|g)$/, () => ({ typical: [9.81, 9.8, 1.62, 3.71] })],
  [/(^|_)(permitivity|permittivity|relative_permittivity|dielectric_constant)$/, () => ({ typical: [1, 2.1, 4.7, 80] })],
  [/(^|_)(charge|charge_coulombs|point_charge)$/, () => ({ typical: [0.000001, 0.000002, 0.000005, 0.00001] })],
  [/(^|_)(voltage|volts|potential_difference)$/, () => ({ typical: [1.5, 3.3, 5, 9, 12, 120, 230] })],
  [/(^|_)(current|amperes|amps)$/, () => ({ typical: [0.5, 1, 2, 5, 10, 15] })],
  [/(^|_)(resistance|ohms)$/, () => ({ typical: [10, 47, 100, 220, 1000] })],
  [/(^|_)(acceleration|initial_acceleration)$/, () => ({ range: [1, 10], decimals: 1 })],
  [/(^|_)(initial_velocity|final_velocity|velocity|initial_speed|final_speed|speed)$/, () => ({ range: [5, 40], decimals: 0 })],
  [/(^|_)(allele_frequency|mutation_rate|recombination_rate)$/, () => ({ range: [0.01, 0.5], decimals: 2 })],
  // a frequency in hertz where the tool speaks of sound, notes or waves
  [
    /(^|_)(wave_frequency|frequency|note_frequency|freq)$/,
    (r) =>
      /\b(waves?|sound|notes?|hz|hertz|pitch|tones?|music\w*|oscillat\w*|signals?|acoustic)\b/.test(r.topic.text)
        ? { typical: [220, 261.63, 329.63, 440, 523.25] }
        : {},
  ],
  [/(^|_)(wavelength|wave_length)$/, () => ({ typical: [0.5, 1, 2, 5] })],
  [/(^|_)(molar_mass|molecular_weight)$/, () => ({ typical: [18.02, 44.01, 58.44, 180.16, 32] })],
  [/(^|_)(mass|object_mass)$/, () => ({ typical: [0.5, 1, 2, 5, 10, 75] })],
  [/(^|_)(square_footage|square_feet|sq_ft|floor_area)$/, () => ({ typical: [800, 1200, 1500, 2000, 2500] })],
  // a solar panel's sun is a day's peak sun hours (3–7), never 13 hours or 1
  [/(^|_)((average|avg|daily|peak)_(sunlight|sun|sunshine)|peak_sun|sunlight)_hours$/, () => ({ typical: [3.5, 4, 4.5, 5, 5.5, 6] })],
  [/(^|_)(fuel_efficiency|mpg|miles_per_gallon)$/, () => ({ range: [20, 40], decimals: 0 })],
  [/(^|_)(temp_celsius|oven_temperature|cooking_temperature)$/, () => ({ typical: [160, 180, 200, 220] })],
  [/(^|_)(payments?_per_year|compounds?_per_year|compounding_frequency|periods_per_year)$/, () => ({ typical: [1, 4, 12] })],
  [/(^|_)(tax_rate|sales_tax|vat_rate|tip_percentage|tip_percent|discount_rate)$/, () => ({ typical: [5, 8, 10, 15, 18, 20] })],
  [/(^|_)(bedrooms|bathrooms)$/, () => ({ range: [1, 5] })],
  [/(^|_)(stage|grade_level|difficulty)$/, () => ({ range: [1, 5] })],
  [/(^|_)(deck_size)$/, () => ({ typical: [52] })],
  [/^(alpha|significance_level|significance)$/, () => ({ typical: [0.01, 0.05, 0.1] })],
  [/(^|_)(hand_size)$/, () => ({ typical: [5, 7] })],
];

/** Number rules by property name, most specific first. */
const NUMBER_RULES: ReadonlyArray<readonly [RegExp, (request: ValueRequest) => NumberSense]> = [
  // a moment named with its unit (`pub_date_ms`, `last_timestamp_ms`) is an epoch time in that unit, never a duration
  [MOMENT_IN_UNIT, () => ({ time: true })],
  [/(^|_)(birth_year|year_of_birth)$/, () => ({ range: [1950, 2005] })],
  // quantities of science and everyday life in the units people use (never 81.19 for gravity or 45.3% tax)
  ...QUANTITY_RULES,
  [/(^|_)(month|month_number|mm)$/, () => ({ range: [1, 12] })],
  [/(^|_)(day_of_week|weekday|dow)$/, () => ({ range: [1, 7] })],
  [/(^|_)(day|day_of_month|dd)$/, () => ({ range: [1, 28] })],
  [/(^|_)(hour|hour_of_day|hh)$/, () => ({ range: [0, 23] })],
  [/(^|_)(minute|second|min|sec)$/, () => ({ range: [0, 59] })],
  [/(^|_)(week|week_number)$/, () => ({ range: [1, 52] })],
  [/(^|_)(quarter)$/, () => ({ range: [1, 4] })],
  [
    /(^|_)(year|fiscal_year|season)$/,
    (r) => {
      // a year a history tool asks about lies in history (a president in 1962, a battle in 1863), not last year
      if (aboutHistory(r.topic.text)) return { range: [1776, 1989] };
      const year = new Date(r.reference).getUTCFullYear();
      return { range: [year - 4, year] };
    },
  ],
  [
    /(^|_)(timestamp|time_stamp|stamp|epoch|epochtime|epoch_time|unix_time|created|updated|modified|time|date|at|since|until|start|end|expires|expiry|datetime|started|ended|finished|completed|received|processed|seen|last_seen|first_seen)$/,
    () => ({ time: true }),
  ],
  [/(^|_)(offset|skip|start_index|start_at|from_index|starting_after)$/, () => ({ typical: [0, 0, 10, 20, 50, 100] })],
  [
    /(^|_)(limit|count|per_page|page_size|pagesize|size|top|max_results|maxresults|max_items|max_records|rows|num_results|n_results|results|max|maximum|first|last|k|n|num|number|number_of_results|batch_size|max_count|fetch_size|take|amount_of_results)$/,
    () => ({ typical: PAGE_SIZES, decimals: 0 }),
  ],
  [/(^|_)(page|page_number|page_no|page_index|pagenumber|page_num)$/, () => ({ range: [1, 5] })],
  [/(^|_)(total|total_count|total_results|total_items|num_items|item_count|record_count|hits|found)$/, () => ({ range: [0, 250] })],
  [
    /(^|_)(percent|percentage|pct|percentile|discount|tax_rate|progress|humidity|battery|utilization|usage_percent)$/,
    () => ({ range: [0, 100], decimals: 1 }),
  ],
  [
    /(^|_)(probability|confidence|threshold|ratio|fraction|moon_phase|lunation|moon_illumination|alpha|p_value|significance|weight_factor|similarity|temperature_param|top_p|dropout|learning_rate)$/,
    () => ({ range: [0, 1], decimals: 2 }),
  ],
  // a page's or a channel's audience runs to thousands; a post's own likes stay in the numbers rule below
  [/(^|_)(poster|page|channel|account)_(likes|followers|fans|subscribers)$/, () => ({ range: [2_000, 250_000] })],
  [/(^|_)(rating|stars|star_rating|review_score|min_rating)$/, () => ({ range: [1, 5], decimals: 1 })],
  [/(^|_)(score|grade|points)$/, () => ({ range: [0, 100] })],
  [/(^|_)(salary|income|annual_income|revenue)$/, () => ({ range: [30_000, 180_000], decimals: 0 })],
  // a company's assets and equity run to millions: its net income a few percent of them
  [/(^|_)(assets|total_assets|equity|shareholders?_equity|total_equity)$/, () => ({ range: [1_000_000, 50_000_000], decimals: 0 })],
  [
    /(^|_)(budget|loan_amount|principal|loan|investment|deposit|initial_investment|mortgage)$/,
    () => ({ typical: [500, 1000, 2500, 5000, 10_000, 25_000, 250_000], decimals: 2 }),
  ],
  [
    /(^|_)(price|amount|cost|total_price|subtotal|fee|balance|payment|unit_price|charge|fare|tip|tax|refund|value_usd|max_price|min_price)$/,
    () => ({ range: [5, 500], decimals: 2 }),
  ],
  [/(^|_)(interest_rate|rate|annual_rate|apr|growth_rate|return_rate|inflation_rate)$/, () => ({ range: [1, 12], decimals: 2 })],
  [
    /(^|_)(quantity|qty|units|copies|seats|guests|adults|people|persons|passengers|tickets|rooms|bedrooms|bathrooms|floors|stories|members|players|num_people|party_size|number_of_people|servings|children|nights|shares)$/,
    () => ({ range: [1, 6], decimals: 0 }),
  ],
  [/(^|_)(age|min_age|max_age)$/, () => ({ range: [18, 80] })],
  [/(^|_)(lat|latitude)$/, () => ({ range: [-60, 70], decimals: 4 })],
  [/(^|_)(lon|lng|long|longitude)$/, () => ({ range: [-150, 150], decimals: 4 })],
  [/(^|_)(radius|distance|range|miles|km|kilometers)$/, () => ({ typical: [1, 5, 10, 25, 50], decimals: 1 })],
  [/(^|_)(temperature|temp)$/, () => ({ range: [-5, 35], decimals: 1 })],
  [/(^|_)(height|height_cm)$/, () => ({ range: [150, 195] })],
  [/(^|_)(weight|weight_kg|mass)$/, () => ({ range: [1, 90], decimals: 1 })],
  [
    /(^|_)(duration|seconds|timeout|ttl|interval|delay|wait|retry_after|expires_in|max_age_seconds)$/,
    () => ({ typical: [30, 60, 300, 900, 3600] }),
  ],
  [/(^|_)(minutes|duration_minutes|mins)$/, () => ({ typical: [5, 15, 30, 45, 60, 90] })],
  // a span asked in hours, days or years is a whole number of them: a forecast over 26 days, never 26.62
  [/(^|_)(hours|duration_hours)$/, () => ({ range: [1, 48], decimals: 0 })],
  [
    /(^|_)(days|duration_days|num_days|number_of_days|period|term|months|years|weeks|tenure|loan_term)$/,
    () => ({ range: [1, 30], decimals: 0 }),
  ],
  [/(^|_)(port)$/, () => ({ typical: [80, 443, 8080, 5432, 3000] })],
  // A status-like number reads as success: a result is never an error body unless the engine means one.
  [/(^|_)(status_code|http_status|response_code|http_code|status)$/, () => ({ typical: [200] })],
  [/^(code|return_code|result_code)$/, () => ({ typical: [0] })],
  [/(^|_)(version|revision|api_version)$/, () => ({ range: [1, 5] })],
  [/(^|_)(zip|zip_code|postal_code|zipcode)$/, () => ({ range: [10_000, 99_950] })],
  [/(^|_)(phone|phone_number)$/, () => ({ range: [2_025_550_100, 9_895_559_999] })],
  // a language, country or currency id is a small code of a short table (`languageId: 1`), never a serial
  [/(^|_)(language|lang|locale|culture|country|currency)_id$|^lcid$/, () => ({ typical: [1, 1, 1, 2, 3], decimals: 0 })],
  [/(^|_)(id|ids|no)$|^id_|._(number|num)$/, () => ({ range: [1000, 99_999], decimals: 0 })],
  [/(^|_)(width_px|height_px|px|pixels|resolution|image_width|image_height)$/, () => ({ typical: [320, 640, 800, 1024, 1280, 1920] })],
  [/(^|_)(width|length|side|base|depth_m|size_m|area)$/, () => ({ range: [2, 50] })],
  [/(^|_)(level|depth|priority|tier|rank|position|index|order)$/, () => ({ range: [1, 10] })],
];

const senses = new Map<string, number>();

function ruleIndex(snake: string): number {
  let index = senses.get(snake);
  if (index === undefined) {
    index = NUMBER_RULES.findIndex(([pattern]) => pattern.test(snake));
    if (senses.size > 50_000) senses.clear();
    senses.set(snake, index);
  }
  return index;
}

function decimalsOf(step: number): number {
  const text = String(step);
  if (text.includes('e-')) return Number(text.split('e-')[1]);
  return text.includes('.') ? (text.split('.')[1]?.length ?? 0) : 0;
}

/** `k * step` for the first `k` from `start` whose float division Ajv accepts as a multiple. */
function multipleIn(low: number, high: number, step: number, request: ValueRequest): number | undefined {
  const first = Math.ceil(low / step - 1e-9);
  const last = Math.floor(high / step + 1e-9);
  if (last < first) return undefined;
  const decimals = decimalsOf(step);
  const start = request.faker.number.int({ min: first, max: Math.min(last, first + 50) });
  for (let k = start; k <= last && k < start + 20; k += 1) {
    const value = Number((k * step).toFixed(Math.min(decimals, 20)));
    if (value >= low && value <= high && Number.isInteger(value / step)) return value;
  }
  for (let k = first; k <= last && k < first + 20; k += 1) {
    const value = k * step;
    if (Number.isInteger(value / step)) return value;
  }
  return undefined;
}

/**
 * A score the spec measures on 0–1: its name speaks of a score (`scorevalue_min`, `min_score`) and its
 * description, default or examples give a fraction ("using 0.2 is a good trade-off"), or the
 * description a 0–1 bound (a genetics API's association and evidence scores are 0–1 too). Never 57.8
 * on a scale that ends at 1.
 */
function fractionalScore(schema: Schema, snake: string): boolean {
  if (!/score/.test(snake)) return false;
  const description = String(schema['description'] ?? '');
  if (/(?<![\d.])0\.\d+(?![\d.])|\b(0|0\.0) (to|and|-) 1(\.0)?\b/.test(description)) return true;
  const samples = [schema['default'], ...(Array.isArray(schema['examples']) ? schema['examples'] : [])].filter(
    (value): value is number => typeof value === 'number',
  );
  return samples.some((value) => value > 0 && value < 1);
}

/** A number in the making: whether it is whole, what its name and description say of it, and the schema's bounds. */
interface NumberDraft {
  schema: Schema;
  request: ValueRequest;
  integer: boolean;
  hints: DescriptionHints;
  sense: NumberSense;
  minimum: number | undefined;
  maximum: number | undefined;
  exclusiveMinimum: number | undefined;
  exclusiveMaximum: number | undefined;
}

/** Where a number may fall: the low and high ends, the schema's own floor and ceiling, and whether the description stated the range. */
interface NumberSpan {
  low: number;
  high: number;
  floor: number | undefined;
  ceiling: number | undefined;
  stated: boolean;
}

/**
 * "The time of acceleration.", "time taken", "time elapsed": a length of time in seconds, never a moment
 * ("Starting time of process", "the creation time of the record" are moments).
 */
function describesElapsedTime(description: string): boolean {
  return (
    /\btime (of|taken|elapsed|spent|needed|required)\b|\belapsed\b|\bhow long\b/i.test(description) &&
    !/\b(start(ing)?|end(ing)?|creation|completion|finish(ing)?|arrival|departure|update|modification|submission)\s+time\b/i.test(
      description,
    )
  );
}

/** The number's sense by its name, a moment the description says is a length of time made one. */
function draftNumber(schema: Schema, request: ValueRequest, wholeNumber: boolean): NumberDraft {
  const hints = descriptionHints(schema);
  const index = ruleIndex(request.snake);
  let sense: NumberSense = index >= 0 ? (NUMBER_RULES[index]?.[1](request) ?? {}) : {};
  const description = String(schema['description'] ?? '');
  // "Timestamps in Seconds" is a moment counted in seconds, no duration
  const duration = hints.unit !== undefined && hints.unit !== 'percent' && !/\b(timestamps?|epoch|unix)\b/i.test(description);
  if (sense.time === true && describesElapsedTime(description)) sense = { range: [1, 60] };
  // a moment's name whose description gives a unit of duration is a duration: the unit decides below
  if (sense.time === true && duration && !MOMENT_IN_UNIT.test(request.snake)) sense = {};
  // "The start of the number range" is a number, not a moment
  if (sense.time === true && numericBound(request, schema)) sense = boundSense(request);
  return {
    schema,
    request,
    integer: wholeNumber || schema['format'] === 'int32' || schema['format'] === 'int64',
    hints,
    sense,
    minimum: numberKeyword(schema, 'minimum'),
    maximum: numberKeyword(schema, 'maximum'),
    exclusiveMinimum: numberKeyword(schema, 'exclusiveMinimum'),
    exclusiveMaximum: numberKeyword(schema, 'exclusiveMaximum'),
  };
}

/** A moment as epoch seconds (or milliseconds) near the reference instant, when the bounds admit one. */
function momentNumber(draft: NumberDraft): number | undefined {
  const { schema, request, hints, minimum, maximum } = draft;
  const timeLike = draft.sense.time === true || hints.epoch !== undefined;
  if (!timeLike || !(maximum === undefined || maximum > 1e9)) return undefined;
  const time = dateNear(request.faker, request.reference, dateDirection(request.snake)).getTime();
  // milliseconds when the description, the name, the bounds or the examples' magnitude say so
  const exampleMs =
    hints.examples.map(Number).some((example) => Number.isFinite(example) && example > 1e11) ||
    /\bmilli(second)?s?\b/i.test(String(schema['description'] ?? ''));
  const value =
    hints.epoch === 'ms' || /(^|_)(ms|millis|milliseconds)(_|$)/.test(request.snake) || (minimum ?? 0) > 1e11 || exampleMs
      ? time
      : Math.floor(time / 1000);
  return (minimum === undefined || value >= minimum) && (maximum === undefined || value <= maximum) ? value : undefined;
}

/** An API that serves Germany only places things in Germany; a US telecom API charges cents per fax or message; art sells for millions. */
function regionalSense(request: ValueRequest, sense: NumberSense): NumberSense {
  const { domain } = request.topic;
  if (domain === 'energy' && /(^|_)(lat|latitude)$/.test(request.snake)) return { range: [47.4, 54.8], decimals: 4 };
  if (domain === 'energy' && /(^|_)(lon|lng|long|longitude)$/.test(request.snake)) return { range: [6.1, 14.9], decimals: 4 };
  if (domain === 'telecom' && /(^|_)(price|cost|amount|charge)$/.test(request.snake)) return { range: [0.01, 0.5], decimals: 3 };
  // a famous painting at auction sells for millions, never for the price of a paperback
  if (/\b(artworks?|paintings?|auction|sculptures?)\b/.test(request.topic.text) && /(^|_)(price|value|estimate|cost)$/.test(request.snake))
    return { range: [2_000_000, 150_000_000], decimals: 0 };
  return sense;
}

/** A number to round has decimals to round away (`round_number(number)`: "The number to round."), never a page size. */
function numberToRound(draft: NumberDraft): boolean {
  return (
    !draft.integer &&
    /\b(to (be )?round(ed)?|round(ed|ing)? (off|up|down)?\s*(the|this|a)? ?number)\b/i.test(String(draft.schema['description'] ?? ''))
  );
}

/** Typical values or a range for a number the description gives a unit of and the name says nothing of. */
const UNIT_SENSES: Partial<Record<NonNullable<DescriptionHints['unit']>, NumberSense>> = {
  seconds: { typical: [30, 60, 300, 3600] },
  ms: { typical: [250, 500, 1000, 5000] },
  minutes: { typical: [5, 15, 30, 60] },
  hours: { range: [1, 24] },
  days: { range: [1, 30] },
  years: { range: [1, 30] },
};

/** What the description says of the number beats what the name suggests. */
function describedSense(draft: NumberDraft): NumberSense {
  const { hints, sense, request } = draft;
  if (
    hints.probability ||
    fractionalScore(draft.schema, request.snake) ||
    (request.topic.domain === 'genetics' && /score/.test(request.snake))
  )
    return { range: [0, 1], decimals: 2 };
  // "in percent" on a rate the name already bounds (an interest rate of 1–12%) keeps the name's range
  if (hints.unit === 'percent' && (sense.range === undefined || sense.range[1] > 100) && sense.typical === undefined)
    return { range: [0, 100], decimals: 1 };
  // a count the name already bounds (a home's 1–5 bedrooms) keeps the name's range: never a 20-bedroom condo
  if (hints.count && sense.typical === undefined && sense.range === undefined) return { typical: [3, 5, 10, 20], decimals: 0 };
  if (sense.range === undefined && sense.typical === undefined)
    return (hints.unit === undefined ? undefined : UNIT_SENSES[hints.unit]) ?? { range: [1, 100], decimals: 2 };
  return sense;
}

/** One of the description's examples half the time, when it fits the sense and every bound. */
function statedExample(draft: NumberDraft): number | undefined {
  const { hints, sense, integer, request, minimum, maximum, exclusiveMinimum, exclusiveMaximum } = draft;
  const stated = hints.examples
    .map(Number)
    .filter(
      (value) =>
        Number.isFinite(value) &&
        (!integer || Number.isInteger(value)) &&
        (sense.range === undefined || (value >= sense.range[0] && value <= sense.range[1])),
    );
  if (stated.length === 0 || !request.faker.datatype.boolean(0.5)) return undefined;
  const value = request.faker.helpers.arrayElement(stated);
  const fits =
    (minimum === undefined || value >= minimum) &&
    (maximum === undefined || value <= maximum) &&
    (exclusiveMinimum === undefined || value > exclusiveMinimum) &&
    (exclusiveMaximum === undefined || value < exclusiveMaximum) &&
    numberKeyword(draft.schema, 'multipleOf') === undefined;
  return fits ? value : undefined;
}

/** A stated range wins over name guesses (a lone maximum only caps them); schema bounds win over both. */
function numberSpan(draft: NumberDraft): NumberSpan {
  const { hints, sense, integer, minimum, maximum, exclusiveMinimum, exclusiveMaximum } = draft;
  const stated = hints.minimum !== undefined && hints.maximum !== undefined;
  let low = stated
    ? (hints.minimum as number)
    : Math.max(hints.minimum ?? -Infinity, sense.range?.[0] ?? Math.min(...(sense.typical ?? [1])));
  let high = stated
    ? (hints.maximum as number)
    : Math.min(hints.maximum ?? Infinity, sense.range?.[1] ?? Math.max(...(sense.typical ?? [100])));
  if (hints.minimum !== undefined && hints.maximum === undefined && high < low) high = low + 100;
  if (hints.maximum !== undefined && hints.minimum === undefined && low > high) low = Math.min(0, high);
  const floor = exclusiveMinimum !== undefined ? (integer ? Math.floor(exclusiveMinimum) + 1 : exclusiveMinimum) : minimum;
  const ceiling = exclusiveMaximum !== undefined ? (integer ? Math.ceil(exclusiveMaximum) - 1 : exclusiveMaximum) : maximum;
  if (floor !== undefined && low < floor) low = floor;
  if (ceiling !== undefined && high > ceiling) high = ceiling;
  if (high < low || (high === low && floor !== ceiling)) {
    // the guess lies outside the schema's bounds: keep to the bounds, near their low end
    low = floor ?? (ceiling !== undefined ? ceiling - 100 : low);
    high = ceiling ?? low + 100;
    if (high < low) high = low;
  }
  return { low, high, floor, ceiling, stated };
}

/** A value in the span: a multiple of `multipleOf`, else a typical value, else a whole number or one with the sense's decimals. */
function drawInSpan(draft: NumberDraft, span: NumberSpan): number {
  const { request, sense, integer, exclusiveMinimum, exclusiveMaximum } = draft;
  const { faker } = request;
  const { low, high } = span;
  const step = numberKeyword(draft.schema, 'multipleOf');
  if (step !== undefined && step > 0) {
    const value = multipleIn(low, high, step, request) ?? multipleIn(span.floor ?? -1e6, span.ceiling ?? 1e6, step, request);
    if (value !== undefined) return value;
  }
  const typical = sense.typical?.filter((value) => value >= low && value <= high && (!integer || Number.isInteger(value)));
  if (typical !== undefined && typical.length > 0 && !span.stated) return faker.helpers.arrayElement(typical);
  if (integer || sense.decimals === 0) {
    const min = Math.ceil(low);
    const max = Math.floor(high);
    return max < min ? min : faker.number.int({ min, max });
  }
  const decimals = sense.decimals ?? 2;
  const exclusiveLow = exclusiveMinimum !== undefined && low === exclusiveMinimum;
  const exclusiveHigh = exclusiveMaximum !== undefined && high === exclusiveMaximum;
  const unit = 10 ** -decimals;
  const [from, to] = [exclusiveLow ? low + unit : low, exclusiveHigh ? high - unit : high];
  if (to < from) return (low + high) / 2;
  const value = faker.number.float({ min: from, max: to, fractionDigits: decimals });
  if ((exclusiveLow && value <= low) || (exclusiveHigh && value >= high)) return (low + high) / 2;
  return value;
}

/**
 * A number with sense: the name says what it is (a month 1–12, a page size of 20, a price with cents,
 * a timestamp near the reference instant), the description's range narrows that, and the schema's
 * bounds and `multipleOf` have the last word.
 */
const PHONE_FIELD = /(^|_)(phone|phone_number|telephone|mobile|msisdn|fax|cell)$/;
const ADDRESSED = /(^|_)(destination|recipient|to|from|sender|number)$/;
/** A phone number written as a number (`destination: 447777777777`): the digits of one like the example, never a measure. */
function phoneNumber(draft: NumberDraft): number | undefined {
  const stated = Array.isArray(draft.schema['examples']) ? (draft.schema['examples'] as unknown[]) : [];
  const example = [...stated, ...draft.hints.examples].map(Number).find((entry) => Number.isInteger(entry) && entry >= 1e9 && entry < 1e14);
  const phone =
    PHONE_FIELD.test(draft.request.snake) || /\b((tele)?phone|mobile) number\b/i.test(String(draft.schema['description'] ?? ''));
  if (!phone && !(example !== undefined && ADDRESSED.test(draft.request.snake))) return undefined;
  const shape = String(example ?? 447700900000);
  return Number(shape.slice(0, 3) + draft.request.faker.string.numeric({ length: shape.length - 3 }));
}

export function generateNumber(schema: Schema, request: ValueRequest, wholeNumber: boolean): number {
  const draft = draftNumber(schema, request, wholeNumber);
  const phone = phoneNumber(draft);
  if (phone !== undefined) return phone;
  const moment = momentNumber(draft);
  if (moment !== undefined) return moment;
  draft.sense = regionalSense(request, draft.sense);
  if (numberToRound(draft)) return Number(request.faker.number.float({ min: 1, max: 500 }).toFixed(3));
  draft.sense = describedSense(draft);
  const stated = statedExample(draft);
  if (stated !== undefined) return stated;
  return drawInSpan(draft, numberSpan(draft));
}
