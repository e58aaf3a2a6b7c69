import { ownDescription } from './described-fields.js';
import { nameWords, singular } from './entity-rules.js';
import type { ResultKind } from './infer-output-schema.js';
import { sportNamedIn, sportTakenFor } from './values/topic.js';

type Json = Record<string, unknown>;

/** Fields a tool's action gives its result; `many` when the result is a list of such records. */
export interface ActionFields {
  fields: Record<string, Json>;
  many?: boolean;
}

/** Whether the tool's name or its description's first sentence matches a pattern. */
type Has = (pattern: RegExp) => boolean;

const score = { type: 'number', minimum: 0.05, maximum: 0.99 };
const timestamp = { type: 'string', format: 'date-time' };

/** Words of the tool's name and of its description's first sentence, lower-case. */
function actionText(words: string[], description: string): string {
  return `${words.join(' ')} ${(ownDescription(description).split(/(?<=[.!?])\s|\n/)[0] ?? '').toLowerCase()}`;
}

/**
 * What a tool of no known topic returns, by what it does (its name, its description's first
 * sentence): a search returns hits with a score, a relation tool pairs subjects with related
 * entities, a commit or submit returns the new status, a status tool a status and times, a document
 * tool the document. `many` when the result is a list of such records; `undefined` when none fits.
 */
export function actionFields(words: string[], description: string, kind: ResultKind): ActionFields | undefined {
  const text = actionText(words, description);
  const has: Has = (pattern) => pattern.test(text);
  // an athlete's statistics or performance are the numbers of their sport, not counts of records
  const athlete = athleteFields(words, description);
  if (athlete !== undefined) return athlete;
  // a tool named for metrics or statistics returns them, not a name: counts of what its description counts
  if (words.some((word) => MEASURE_NOUN.test(word))) return { fields: measureFields(description) };
  return (
    credentialFields(has) ??
    relationFields(has) ??
    documentFields(has) ??
    figureFields(has, words) ??
    bestTimeFields(has) ??
    submissionFields(has, kind) ??
    serviceFields(has)
  );
}

/** Arguments that give a command from a fixed list (`cmd: cancel | trigger_next_event`). */
const COMMAND_ARGUMENT = /^(cmd|command|action|operation|op)$/i;

/**
 * A tool told to carry out a command from a fixed list (`verify_control(cmd: "cancel")`) answers
 * whether the command was carried out, not a record with a name: its status and when.
 */
export function commandFields(inputProperties: Record<string, Json>): ActionFields | undefined {
  const command = Object.entries(inputProperties).find(
    ([key, schema]) => COMMAND_ARGUMENT.test(key) && Array.isArray(schema['enum']) && schema['enum'].length > 0,
  );
  if (command === undefined) return undefined;
  return { fields: { status: { type: 'string', enum: ['successful', 'accepted'] }, carried_out_at: timestamp } };
}

/** A session opened, a signature made, raw data read out. */
function credentialFields(has: Has): ActionFields | undefined {
  if (has(/\b(session|sessions)\b/) && has(/\b(create|new|open|start)\b/))
    return {
      fields: {
        session_key: { type: 'string', pattern: '^[0-9a-f]{32}$' },
        status: { const: 'created' },
        lifetime_hours: { type: 'integer', minimum: 1, maximum: 48 },
      },
    };
  if (has(/\b(signature|signatures|signed)\b/))
    return {
      fields: {
        signature: { type: 'string' },
        algorithm: { type: 'string', enum: ['ecdsa-plain-SHA256', 'ecdsa-plain-SHA384'] },
        signed_at: timestamp,
      },
    };
  if (has(/\braw data\b|\braw\b/))
    return { fields: { raw: { type: 'string' }, format: { type: 'string', enum: ['base64'] }, created_at: timestamp } };
  return undefined;
}

/** Entities related to a subject, or the hits of a search. */
function relationFields(has: Has): ActionFields | undefined {
  if (
    has(/\b(related|relations?|associations?|associated|links?|neighbou?rs?|similar|interactions?|connections?)\b/) &&
    !has(/\b(by|for) (id|ids)\b/)
  ) {
    return {
      many: true,
      fields: {
        subject: { type: 'string' },
        related_name: { type: 'string' },
        related_type: { type: 'string' },
        relation_type: { type: 'string', enum: ['associated_with', 'interacts_with', 'part_of', 'similar_to'] },
        score,
      },
    };
  }
  if (has(/\b(search|best[ _]hit|hits?|autocomplete|suggest|suggestions?|closest|matches|lookup)\b/)) {
    return { many: true, fields: { name: { type: 'string' }, entity_type: { type: 'string' }, score } };
  }
  return undefined;
}

/** A document (XML, YAML, PDF, CSV or HTML) with its media type and size. */
function documentFields(has: Has): ActionFields | undefined {
  if (has(/\b(xml|zugferd|xrechnung|pdf|yaml|swagger|openapi|html|csv|document|docs|documentation)\b/)) {
    const format = has(/\b(xml|zugferd|xrechnung)\b/)
      ? 'application/xml'
      : has(/\b(yaml|swagger|openapi)\b/)
        ? 'application/yaml'
        : has(/\bpdf\b/)
          ? 'application/pdf'
          : has(/\bcsv\b/)
            ? 'text/csv'
            : 'text/html';
    return {
      fields: {
        content_type: { const: format },
        content: { type: 'string', contentMediaType: format },
        size_bytes: { type: 'integer', minimum: 100, maximum: 90_000 },
      },
    };
  }
  return undefined;
}

/** A plot or a drawing: an image file, named after what it shows. */
function figureFields(has: Has, words: string[]): ActionFields | undefined {
  if (
    has(/^(plot|plots|draw|draws|render|renders|chart|graph|visuali[sz]e)\b/) ||
    has(/\b(generates?|creates?) an? (\w+ )?(image|picture|plot|chart)\b/)
  ) {
    const shown = words.filter(
      (word) => !/^(plot|plots|draw|draws|render|renders|chart|graph|visuali[sz]e|generate|create|image|picture|\d+)$/.test(word),
    );
    return {
      fields: {
        file_name: { const: `${shown.join('_') || 'figure'}.png` },
        format: { const: 'png' },
        width: { type: 'integer', enum: [800, 1024, 1200, 1600] },
        height: { type: 'integer', enum: [600, 768, 900] },
        created_at: timestamp,
      },
    };
  }
  return undefined;
}

/** The best hour or slot for something (the cheapest, the greenest). */
function bestTimeFields(has: Has): ActionFields | undefined {
  if (has(/\b(best|optimal|cheapest|greenest|lowest|highest)\b/) && has(/\b(hours?|times?|slots?|days?|besthour)\b/)) {
    return { fields: { best_hour: timestamp, value: { type: 'number', minimum: 5, maximum: 95 } } };
  }
  return undefined;
}

/** A commit, submission or preparation (or any create): the new status. */
function submissionFields(has: Has, kind: ResultKind): ActionFields | undefined {
  if (has(/\b(commit|comit|submit|finali[sz]es?|finish(es|s)?|complete|confirm|approve|register|prepare|collect)\b/) || kind === 'create') {
    if (has(/\b(commit|comit|finali[sz]es?|finish(es|s)?|complete|confirm|approve)\b/))
      return {
        fields: {
          status: { type: 'string', enum: ['completed', 'finalized'] },
          item_count: { type: 'integer', minimum: 1, maximum: 12 },
          finalized_at: timestamp,
        },
      };
    if (has(/\b(prepare|collect)\b/))
      return {
        fields: {
          status: { type: 'string', enum: ['pending', 'open'] },
          item_count: { type: 'integer', minimum: 1, maximum: 12 },
          expires_at: timestamp,
        },
      };
    return { fields: { status: { type: 'string', enum: ['created', 'accepted'] }, created_at: timestamp } };
  }
  return undefined;
}

/** A ranking of values, the state of a service, or a link. */
function serviceFields(has: Has): ActionFields | undefined {
  if (has(/\b(top|most|popular|trending|ranking)\b/)) {
    return { many: true, fields: { value: { type: 'string' }, count: { type: 'integer', minimum: 3, maximum: 5000 } } };
  }
  // the state of a service or database, not the "info" of a museum or a team
  if (
    has(/\b(status|health|ping|info|about|stats?|statistics)\b/) &&
    has(/\b(status|health|ping|service|server|database|db|api|system|uptime)\b/)
  ) {
    return {
      fields: {
        status: { type: 'string', enum: ['ok', 'operational'] },
        record_count: { type: 'integer', minimum: 1000, maximum: 5_000_000 },
        last_updated: timestamp,
      },
    };
  }
  if (has(/\b(uri|url|link)\b/))
    return { fields: { uri: { type: 'string', format: 'uri' }, title: { type: 'string' }, published_at: timestamp } };
  return undefined;
}

/** Words naming measures of something (`get_data_metrics`, `player_stats`), not a thing with a name. */
const MEASURE_NOUN = /^(metrics|stats|statistics|counts|totals|analytics|kpis?)$/;
/** Plurals a description uses for itself or its verbs, never a counted thing (`Returns the metrics about…`). */
const NOT_COUNTED =
  /^(metrics|stats|statistics|counts|totals|numbers|returns|gets|lists|shows|provides|gives|includes|contains|retrieves|fetches|details|results|data|others|things|items|values|this|thus|various|analytics|kpis|sources)$/;

/**
 * What a metrics or statistics tool measures: a count of each thing its description names in the
 * plural ("the number of associations and evidences, divided by datasource" → `association_count`,
 * `evidence_count`, `datasource_count`), else a record count; with the instant they were taken.
 */
function measureFields(description: string): Record<string, Json> {
  const said = nameWords(ownDescription(description));
  // what the counts are divided by (a data source, a region) is counted in tens, what they count in thousands
  const counted = new Map<string, Json>();
  const many = { type: 'integer', minimum: 120, maximum: 2_500_000 };
  const few = { type: 'integer', minimum: 3, maximum: 40 };
  said.forEach((word, index) => {
    const plural = /^[a-z]{3,}s$/.test(word) && !/(ss|us|is)$/.test(word) && !NOT_COUNTED.test(word);
    const divided = index > 0 && /^(by|per)$/.test(said[index - 1] as string) && /^[a-z]{4,}$/.test(word) && !NOT_COUNTED.test(word);
    if ((plural || divided) && counted.size < 5 && !counted.has(singular(word))) counted.set(singular(word), divided ? few : many);
  });
  if (counted.size === 0) counted.set('record', many);
  const fields: Record<string, Json> = {};
  // a run-together word is said apart (`datasource` → `data_source_count`, told "25 data sources")
  for (const [noun, count] of counted) fields[`${noun.replace(/^data(source|set|base|point)$/, 'data_$1')}_count`] = count;
  fields['measured_at'] = timestamp;
  return fields;
}

const count = (minimum: number, maximum: number): Json => ({ type: 'integer', minimum, maximum });
const rate = (minimum: number, maximum: number): Json => ({ type: 'number', minimum, maximum });

/** A season's numbers of a player of each sport. */
const SEASON_LINES: Readonly<Record<string, Record<string, Json>>> = {
  soccer: {
    appearances: count(20, 38),
    goals: count(2, 30),
    assists: count(1, 15),
    minutes_played: count(1500, 3400),
    yellow_cards: count(0, 9),
  },
  basketball: { games_played: count(50, 82), points_per_game: rate(12, 31), rebounds_per_game: rate(3, 13), assists_per_game: rate(2, 10) },
  football: { games_played: count(12, 17), passing_yards: count(2800, 5200), touchdowns: count(15, 45), interceptions: count(4, 15) },
  baseball: { games_played: count(110, 162), batting_average: rate(0.24, 0.33), home_runs: count(12, 55), runs_batted_in: count(50, 130) },
  hockey: { games_played: count(60, 82), goals: count(15, 60), assists: count(20, 90), plus_minus: count(-10, 35) },
  cricket: { matches: count(10, 16), runs: count(250, 750), batting_average: rate(25, 60), strike_rate: rate(120, 170) },
};

/** A player's season statistics or performance (`soccer_stat_get_player_stats`): their sport's numbers for the season. */
function athleteFields(words: string[], description: string): ActionFields | undefined {
  const said = `${words.join(' ')} ${description.toLowerCase()}`;
  if (!/\b(players?|athletes?)\b/.test(said) || !/\b(stats?|statistics|performance)\b/.test(said)) return undefined;
  if (/\b(video ?games?|board ?games?|tabletop|chess|poker|cards?)\b/.test(said)) return undefined;
  const line = SEASON_LINES[sportNamedIn(said) ?? sportTakenFor(description)];
  return line === undefined ? undefined : { fields: { ...line } };
}
