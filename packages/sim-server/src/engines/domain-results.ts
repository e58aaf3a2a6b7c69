import {
  BATTLES,
  CONTRIBUTIONS,
  COUNTRY_EVENTS,
  COUNTRY_NAMES,
  RELIGION_EVENTS,
  RELIGION_NAMES,
  INVENTIONS,
  TREATIES,
  US_PRESIDENTS,
  type EventType,
  type HistoricEvent,
} from './history-facts.js';
import { elementDiscoveryResult } from './element-facts.js';
import { famousResult } from './values/famous-records.js';
import { artworkPriceResult } from './values/real-things.js';

type Json = Record<string, unknown>;

/**
 * Results of tools with no outputSchema that a table of real facts or the call itself answers:
 * a history tool lists the events of the religion or country it is asked about (year and what
 * happened), a battle tool gives the battle's year, place and winner, a contribution tool a
 * scientist's contributions, an invention's, a treaty's or a year's president tool the real ones, a
 * setting tool the new state (`Screen brightness set to 72% for 300 seconds.`). `words` are the tool
 * name's (without a benchmark prefix). A subject the tables do not hold is answered "none on record",
 * never with made-up facts. Undefined when the tool is none of these: the generator draws its result.
 */
export function domainResult(words: string[], description: string, args: Json): Json | undefined {
  return (
    battleResult(words, args) ??
    contributionResult(words, args) ??
    inventionResult(words, args) ??
    elementDiscoveryResult(words, args) ??
    treatyResult(words, args) ??
    presidentResult(words, args) ??
    historyResult(words, description, args) ??
    artworkPriceResult(words, args) ??
    famousResult(words, args) ??
    settingResult(words, args)
  );
}

/**
 * What the tables of facts say of a call's subject (a battle's winner, an invention's inventor, a
 * treaty's year, a year's president), for a check to hold a result to; undefined when they hold no
 * such subject.
 */
export function factsOnRecord(words: string[], args: Json): Json | undefined {
  const facts =
    battleResult(words, args) ??
    inventionResult(words, args) ??
    elementDiscoveryResult(words, args) ??
    treatyResult(words, args) ??
    presidentResult(words, args);
  return facts === undefined || 'note' in facts ? undefined : facts;
}

const textArg = (args: Json, pattern: RegExp): [string, string] | undefined => {
  const found = Object.entries(args).find(([key, value]) => pattern.test(key) && typeof value === 'string' && value.trim() !== '');
  return found === undefined ? undefined : [found[0], (found[1] as string).trim()];
};
const numberArg = (args: Json, pattern: RegExp): number | undefined => {
  const found = Object.entries(args).find(([key, value]) => pattern.test(key) && typeof value === 'number' && Number.isFinite(value));
  return found?.[1] as number | undefined;
};

/** "Battle of the Bulge" → `bulge`, "the Siege of Yorktown" → `yorktown`, "D-Day" → `normandy`. */
function battleKey(name: string): string {
  const key = name
    .toLowerCase()
    .replace(/^(the )?((first|second) )?(battle|siege|battles) (of|at) (the )?/, '')
    .replace(/ (field|landings|campaign)$/, '')
    .trim();
  return /^d-?day$/.test(key) ? 'normandy' : key;
}

/** A historical battle's year, place and winner (`get_battle_details`, `calculate_battle_outcome`); none in a game's name. */
function battleResult(words: string[], args: Json): Json | undefined {
  if (!words.includes('battle') || words.some((word) => /^(game|games|player|players|api)$/.test(word))) return undefined;
  const named = textArg(args, /^(battle|battle_?name|name)$/i);
  if (named === undefined) return undefined;
  const [key, name] = named;
  const battle = BATTLES[battleKey(name)];
  if (battle === undefined)
    return { [key]: name, outcome: 'not on record', note: `No battle named ${name} is on record, so its outcome and details are unknown.` };
  const year = battle.year < 0 ? `${-battle.year} BC` : battle.year;
  return { [key]: name, year, location: battle.location, winner: battle.winner, result: battle.result };
}

/** Who invented a thing and when (`science_history_get_invention`); an invention not on record is said to be unknown. */
function inventionResult(words: string[], args: Json): Json | undefined {
  if (!words.some((word) => /^(invention|inventions|inventor|invented)$/.test(word))) return undefined;
  const named = textArg(args, /^(invention|invention_?name|name|item)$/i);
  if (named === undefined) return undefined;
  const known = INVENTIONS[named[1].toLowerCase().replace(/^the /, '')];
  if (known === undefined)
    return { [named[0]]: named[1], inventor: 'not on record', note: `The inventor of ${named[1]} is not on record.` };
  return { [named[0]]: named[1], inventor: known.inventor, year: known.year };
}

/** When and where a treaty was signed and what it did (`euro_history_treaty_info`). */
function treatyResult(words: string[], args: Json): Json | undefined {
  if (!words.some((word) => /^(treaty|treaties)$/.test(word))) return undefined;
  const named = textArg(args, /^(treaty|treaty_?name|name)$/i);
  if (named === undefined) return undefined;
  const key = named[1]
    .toLowerCase()
    .replace(/^(the )?(treaty|peace|congress) of /, '')
    .trim();
  const known = TREATIES[key];
  if (known === undefined) return { [named[0]]: named[1], note: `No treaty named ${named[1]} is on record.` };
  return { [named[0]]: named[1], year_signed: known.signed, place_signed: known.place, summary: known.overview };
}

/** The President of the United States in a year (`history_api_get_president_by_year`, `us_history_get_president`). */
function presidentResult(words: string[], args: Json): Json | undefined {
  if (!words.some((word) => /^(president|presidents)$/.test(word)) || words.includes('events')) return undefined;
  const year = numberArg(args, /^year$/i);
  if (year === undefined) return undefined;
  const echo = Object.fromEntries(Object.entries(args).filter(([, value]) => typeof value === 'string' || typeof value === 'number'));
  if (year < 1789 || year > 2026) return { ...echo, president: 'none', note: `The United States had no president in ${year}.` };
  // in a year two presidents served (1841, 1881), the one whose term began that year took over from the other
  const serving = US_PRESIDENTS.filter(([start]) => start <= year);
  const [, president] = serving.at(-1) as [number, string];
  return { ...echo, president };
}

/** A scientist's contributions (`historical_contrib_get_contrib`), those of the date's year where it names one. */
function contributionResult(words: string[], args: Json): Json | undefined {
  if (!words.some((word) => /^(contrib|contribution|contributions)$/.test(word))) return undefined;
  const scientist = textArg(args, /^(scientist|name|person|researcher|inventor)$/i);
  if (scientist === undefined) return undefined;
  const echo = Object.fromEntries(Object.entries(args).filter(([, value]) => typeof value === 'string' || typeof value === 'number'));
  const known = scientist[1]
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z]+/)
    .map((word) => CONTRIBUTIONS[word])
    .find((entry) => entry !== undefined);
  if (known === undefined) return { ...echo, contributions: [], note: `No contributions of ${scientist[1]} are on record.` };
  const field = textArg(args, /^(category|field|subject|discipline)$/i)?.[1].toLowerCase();
  const inField = known.contributions.filter((entry) => field === undefined || field === 'all' || entry.field.toLowerCase() === field);
  const year = Number(/^(\d{4})/.exec(textArg(args, /^(date|year|when)$/i)?.[1] ?? '')?.[1] ?? numberArg(args, /^year$/i) ?? NaN);
  const onDate = Number.isFinite(year) ? inField.filter((entry) => entry.year === year) : inField;
  if (onDate.length > 0 || !Number.isFinite(year)) return { ...echo, scientist: known.name, contributions: onDate };
  return {
    ...echo,
    scientist: known.name,
    contributions: [],
    note: `No contribution of ${known.name} is on record for ${year}; the ones on record are listed under other_contributions.`,
    other_contributions: inField,
  };
}

/** Tools about a quantity's or a person's history, not events (`crop_yield_get_history`, `get_monarchs`). */
const NOT_EVENTS =
  /^(gdp|population|yield|transactions?|orders?|bookings?|prices?|weather|expectancy|stocks?|rates?|monarchs?|leaders?|presidents?|culture|figures?|landmarks?|biography|papal|invention|date|year)$/;
/** What an `event_type` or `category` value, or a word of the tool's name, filters events by. */
const TYPE_WORDS: Array<[RegExp, EventType]> = [
  [/^(wars?|battles?|military|conflicts?)$/, 'war'],
  [/^(revolutions?)$/, 'revolution'],
  [/^(councils?|synods?)$/, 'council'],
  [/^(schisms?)$/, 'schism'],
  [/^(crusades?)$/, 'crusade'],
  [/^(reforms?|reformations?)$/, 'reform'],
  [/^(treaty|treaties)$/, 'treaty'],
  [/^(politics|political)$/, 'politics'],
  [/^(culture|cultural|art|arts)$/, 'culture'],
  [/^(science|scientific|inventions?)$/, 'science'],
];

function eventTypes(values: unknown[]): EventType[] {
  return values.flatMap((value) =>
    typeof value === 'string' ? TYPE_WORDS.filter(([pattern]) => pattern.test(value.trim().toLowerCase())).map(([, type]) => type) : [],
  );
}

/** The years a call asks about: a century (the 11th is 1001–1100), up to a century, a start and end year, one year. */
function yearRange(args: Json): [number, number] {
  const century = numberArg(args, /^century$/i);
  if (century !== undefined && century > 0) return [(century - 1) * 100 + 1, century * 100];
  const till = numberArg(args, /^(till|until|up_?to)_?century$/i);
  if (till !== undefined) return [-Infinity, till * 100];
  const year = numberArg(args, /^year$/i);
  if (year !== undefined) return [year, year];
  return [numberArg(args, /^(start|from|begin)(_?year)?$/i) ?? -Infinity, numberArg(args, /^(end|to|until)(_?year)?$/i) ?? Infinity];
}

const ordinal = (value: number): string =>
  `${value}${value % 100 >= 11 && value % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][value % 10] ?? 'th')}`;

/** The events of a religion or a country a history tool is asked about, in the years and of the kinds it asks. */
function historyResult(words: string[], description: string, args: Json): Json | undefined {
  if (!/\bhistor(y|ic|ical)\b/i.test(`${words.join(' ')} ${description}`) || words.some((word) => NOT_EVENTS.test(word))) return undefined;
  const religion = textArg(args, /^religion$/i);
  const country = textArg(args, /^(country|nation)$/i);
  const [subject, table, aliases] =
    religion !== undefined
      ? [religion[1], RELIGION_EVENTS, RELIGION_NAMES]
      : country !== undefined
        ? [country[1], COUNTRY_EVENTS, COUNTRY_NAMES]
        : [];
  if (subject === undefined || table === undefined || aliases === undefined) return undefined;
  const lower = subject.toLowerCase();
  const events: HistoricEvent[] = table[aliases[lower] ?? lower] ?? [];
  const [from, to] = yearRange(args);
  const asked = eventTypes([
    ...Object.entries(args)
      .filter(([key]) => /type|category|kind/i.test(key))
      .flatMap(([, value]) => value),
    ...words,
  ]);
  const count = numberArg(args, /^(count|number|limit|max_?results|top|num_?events)$/i);
  const found = events
    .filter((event) => event.year >= from && event.year <= to && (asked.length === 0 || asked.includes(event.type)))
    .slice(0, count !== undefined && count > 0 ? count : undefined);
  const echo = Object.fromEntries(Object.entries(args).filter(([key]) => !/^(count|sort_?by|order|limit)$/i.test(key)));
  if (found.length > 0) return { ...echo, events: found };
  const century = numberArg(args, /^century$/i);
  const when =
    century !== undefined ? ` in the ${ordinal(century)} century` : Number.isFinite(from) || Number.isFinite(to) ? ' in those years' : '';
  return { ...echo, events: [], note: `No major events of ${subject}${when} are on record.` };
}

/** Verbs of a setting a device or a game takes (`display_set_screen_brightness`, `update_player_equipment`). */
const SETTING_VERB = /^(set|adjust|change|update|modify)$/;
/** What an update sets when it is a setting, not a record's field: a level, a percentage. */
const SETTING_VALUE = /^(level|percentage|percent|volume|brightness|speed|temperature|intensity)$/i;
const DURATION = /^(duration|time|seconds|duration_?seconds|time_?seconds|period)$/i;
const capital = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** A device's or a game's new setting (`Screen brightness set to 72% for 300 seconds.`), or what is shown and for how long. */
function settingResult(words: string[], args: Json): Json | undefined {
  // a record's id names the record a change is of (`update_user_info(user_id)`); a setting's owner (`playerID`) only of an update
  const ids = Object.keys(args).filter((key) => /(^|_)id$|Id$|ID$/.test(key));
  if (ids.length > 0 && !words.some((word) => /^(update|modify)$/.test(word))) return undefined;
  const seconds = numberArg(args, DURATION);
  const at = words.findIndex((word) => SETTING_VERB.test(word));
  if (at >= 0 && at < words.length - 1) {
    const setting = words.slice(at + 1).join(' ');
    const valueEntry = Object.entries(args).find(
      ([key, value]) =>
        !DURATION.test(key) && typeof value === 'number' && (/^(set|adjust|change)$/.test(words[at]!) || SETTING_VALUE.test(key)),
    );
    if (valueEntry === undefined) return undefined;
    const [key, value] = valueEntry as [string, number];
    const percent = /percent|percentage/i.test(key) || /^(brightness|volume|contrast)$/.test(words.at(-1) ?? '');
    const shown = percent ? `${value}%` : /^(value|amount|number)$/i.test(key) ? String(value) : `${key.replace(/_/g, ' ')} ${value}`;
    // what of the setting is set (`attribute: "Color"` of the player's equipment)
    const part = Object.entries(args).find(
      ([name, entry]) => typeof entry === 'string' && entry.length <= 40 && !ids.includes(name),
    )?.[1] as string | undefined;
    const lasting = seconds === undefined ? '' : ` for ${seconds} seconds`;
    return {
      ...Object.fromEntries(Object.entries(args).filter(([name, entry]) => typeof entry === 'string' || ids.includes(name))),
      new_value: value,
      ...(percent ? { unit: 'percent' } : {}),
      ...(seconds === undefined ? {} : { duration_seconds: seconds }),
      status: `${capital(setting)}${part === undefined ? '' : ` ${part}`} set to ${shown}${lasting}.`,
    };
  }
  if (words.at(-1) === 'display' && words.length > 1 && seconds !== undefined) {
    const shown = words.slice(0, -1).join(' ');
    return { displayed: true, duration_seconds: seconds, status: `${capital(shown)} displayed for ${seconds} seconds.` };
  }
  return undefined;
}
