import { nameWords } from './entity-rules.js';

type Json = Record<string, unknown>;

/**
 * What a tool's description and context say its result holds, when its name says too little: the
 * system it belongs to ("This tool belongs to the ticketing system" → a ticket is a support
 * ticket), the attributes it lists ("such as opening hours and ticket prices"), the quantity its
 * name ends in (`uv_index_get_future` → a UV index).
 */

/** The system a tool belongs to, from a BFCL-style preamble ("This tool belongs to the trading system, which …"). */
export function systemContext(description: string): string | undefined {
  const found = /\bbelongs to the ([a-z][a-z -]{1,40}?) (system|api|service|platform)\b/i.exec(description);
  return found?.[1]?.toLowerCase();
}

/** The tool's own description: a preamble naming its system cut off ("… Tool description: Close a ticket."). */
export function ownDescription(description: string): string {
  const marker = /\bTool description:\s*/i.exec(description);
  return marker === null ? description : description.slice(marker.index + marker[0].length);
}

const text = (extra: Json = {}): Json => ({ type: 'string', ...extra });
const oneOf = (...values: string[]): Json => ({ type: 'string', enum: values });
const timestamp = text({ format: 'date-time' });

const SUPPORT_TITLES = [
  'Login fails after password reset',
  'Invoice shows the wrong amount',
  'VPN drops every few minutes',
  'Cannot export the monthly report',
  'Printer on floor 3 is offline',
  'Outlook stopped syncing on my phone',
  'Access request for the shared drive',
  'Laptop battery drains overnight',
];

interface Sense {
  /** The system's words (`ticketing`, `support`) and the tool words (`ticket`) the sense is for. */
  context: RegExp;
  noun: RegExp;
  fields: Record<string, Json>;
}

/** What a noun means in a system: a ticket in a ticketing system is a support ticket, an order in a trading system a trade. */
const SENSES: Sense[] = [
  {
    context: /\b(ticketing|ticket|support|helpdesk|help desk|issue|issues)\b/,
    noun: /^(ticket|tickets|issue|issues|case|cases)$/,
    fields: {
      title: oneOf(...SUPPORT_TITLES),
      status: oneOf('open', 'in progress', 'resolved', 'closed'),
      priority: { type: 'integer', minimum: 1, maximum: 5 },
      assigned_team: oneOf('Service Desk', 'IT Support', 'Billing', 'Facilities', 'Security'),
      created_at: timestamp,
    },
  },
  {
    context: /\b(trading|trade|brokerage|broker|stock|stocks|investment|exchange)\b/,
    noun: /^(order|orders|trade|trades)$/,
    fields: {
      symbol: text({ pattern: '^[A-Z]{2,4}$' }),
      order_type: oneOf('Buy', 'Sell'),
      price: { type: 'number', minimum: 5, maximum: 900 },
      amount: { type: 'integer', minimum: 1, maximum: 500 },
      // an order placed is open on the book: its first state is a success, not one still waiting
      status: oneOf('Open', 'Pending', 'Completed'),
      placed_at: timestamp,
    },
  },
];

/**
 * The fields of the tool's record as its system understands its noun, when a sense fits; a record
 * just created is in its first state (a new ticket is open, a new order pending... the enum's first).
 */
export function contextFields(words: string[], description: string, created = false): Record<string, Json> | undefined {
  const context = systemContext(description);
  if (context === undefined) return undefined;
  const fields = SENSES.find((sense) => sense.context.test(context) && words.some((word) => sense.noun.test(word)))?.fields;
  const status = fields?.['status']?.['enum'];
  return fields !== undefined && created && Array.isArray(status) ? { ...fields, status: { const: status[0] } } : fields;
}

/**
 * A declared schema with the fields its system's sense knows typed as the system has them (a ticket's
 * `status` one of a ticket's states, its `priority` 1 to 5, its `title` a support request), for
 * generating values only: each refines a bare field of the same type, so every value still fits the
 * declared schema. A status "of the update operation" is the operation's, `success`; a record a tool
 * creates is in its first state.
 */
export function withSystemSense(schema: Json, toolName: string, description: string | undefined): Json {
  const context = systemContext(description ?? '');
  if (context === undefined) return schema;
  const words = nameWords(toolName);
  const sense = SENSES.find((candidate) => candidate.context.test(context) && words.some((word) => candidate.noun.test(word)));
  if (sense === undefined) return schema;
  const bare = (declared: Json): boolean => ['enum', 'const', 'pattern', 'format'].every((keyword) => declared[keyword] === undefined);
  // a record just created is in its first state (a new ticket is open)
  const fields =
    contextFields(
      words,
      description ?? '',
      words.some((word) => /^(create|add|new|open|submit|raise|place)$/.test(word)),
    ) ?? sense.fields;
  const refine = (node: unknown): unknown => {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return node;
    const copy: Json = { ...(node as Json) };
    if (typeof copy['items'] === 'object') copy['items'] = refine(copy['items']);
    const properties = copy['properties'];
    if (typeof properties === 'object' && properties !== null) {
      const refined: Json = {};
      for (const [key, declared] of Object.entries(properties as Record<string, Json>)) {
        const known = fields[key];
        const operation = key === 'status' && /\boperation\b/i.test(String(declared['description'] ?? ''));
        refined[key] =
          operation && declared['type'] === 'string' && bare(declared)
            ? { ...declared, enum: ['success'] }
            : known !== undefined &&
                bare(declared) &&
                (declared['type'] === undefined || declared['type'] === (known['type'] ?? declared['type']))
              ? { ...declared, ...known }
              : refine(declared);
      }
      copy['properties'] = refined;
    }
    return copy;
  };
  return refine(schema) as Json;
}

const SCORE =
  /^(won|wins|losses|draws|goals|points|titles|championships|medals|awards|trophies|assists|rebounds|touchdowns|runs|appearances)$/;

/** The schema of an attribute a description names (`opening hours`, `ticket prices`, `championships won`), undefined when it would only be free text. */
export function phraseSchema(words: string[]): Json | undefined {
  const last = words.at(-1);
  if (last === undefined) return undefined;
  if (words.some((word) => /^(hours|opening)$/.test(word)))
    return text({ pattern: '^(Mon-Fri|Daily|Tue-Sun) (08|09|10):00-(17|18|20):00$' });
  // a painting at auction sells for millions, a museum ticket for tens
  if (
    words.some((word) => /^(artwork|artworks|painting|paintings|auction|sculpture)$/.test(word)) &&
    words.some((word) => /^(price|prices|value|estimate)$/.test(word))
  )
    return { type: 'number', minimum: 2_000_000, maximum: 150_000_000 };
  if (words.some((word) => /^(price|prices|fee|fees|cost|costs|ticket|tickets|admission|fare|fares)$/.test(word)))
    return { type: 'number', minimum: 5, maximum: 60 };
  if (SCORE.test(last) || words.some((word) => SCORE.test(word) && /^(won|total|number|count)$/.test(last)))
    return { type: 'integer', minimum: 0, maximum: 40 };
  if (/^(uv)$/.test(words[0] ?? '') && /^(index|level)$/.test(last)) return { type: 'integer', minimum: 0, maximum: 11 };
  if (/^(probability|likelihood|chance)$/.test(last)) return { type: 'number', minimum: 0, maximum: 1 };
  if (/^(rate|ratio|percentage|percent)$/.test(last)) return { type: 'number', minimum: 0.01, maximum: 0.99 };
  if (/^(population|visitors|attendance|capacity|members|employees|count|number)$/.test(last))
    return { type: 'integer', minimum: 10, maximum: 250_000 };
  if (/^(year|founded|established)$/.test(last)) return { type: 'integer', minimum: 1800, maximum: 2025 };
  if (/^(date|birthday|deadline)$/.test(last)) return text({ format: 'date' });
  if (/^(rating|score)$/.test(last)) return { type: 'number', minimum: 1, maximum: 5 };
  const physical = PHYSICAL[last];
  if (physical !== undefined) return physical.schema;
  return undefined;
}

/**
 * Physical quantities a fact tool returns (`science_facts_get_charge`), in a unit of their own: a
 * particle's charge in coulombs, its size in meters. Values too small for a range a generator can
 * step through are the few real ones (the elementary charge, a nucleon's size).
 */
const PHYSICAL: Record<string, { unit: string; schema: Json }> = {
  charge: { unit: 'C', schema: { type: 'number', enum: [1.602176634e-19, 3.204353268e-19] } },
  diameter: { unit: 'm', schema: { type: 'number', enum: [1.68e-15, 1.7e-15] } },
  radius: { unit: 'm', schema: { type: 'number', enum: [8.4e-16, 8.5e-16] } },
  wavelength: { unit: 'nm', schema: { type: 'number', minimum: 380, maximum: 750 } },
};

/** The unit a physical quantity a fact tool returns is given in (`charge` → C), undefined for other words. */
export function physicalUnit(word: string | undefined): string | undefined {
  return word === undefined ? undefined : PHYSICAL[word]?.unit;
}

/** A risk level beside a UV index, as a forecast gives it. */
function companions(field: string): Record<string, Json> {
  return /(^|_)uv_index$/.test(field) ? { risk_level: oneOf('low', 'moderate', 'high', 'very high', 'extreme') } : {};
}

/** Lists in a description: "such as opening hours and ticket prices", "including the participants and the winner", "e.g., 'championships_won'". */
const LISTS = [/\bsuch as ([^.;:()]+)/gi, /\bincluding (?:the )?([^.;:()]+)/gi, /\be\.g\.,? ([^.;:()]+(?:\.[^ ][^.;:()]*)*)/gi];

function listedPhrases(text: string): string[][] {
  const phrases: string[][] = [];
  for (const pattern of LISTS) {
    for (const match of text.matchAll(pattern)) {
      for (const part of (match[1] ?? '').split(/,|\band\b|\bor\b/)) {
        const words = nameWords(part.replace(/^\s*(the|a|an|its|their)\s+/i, '').replace(/\betc\b/i, '')).filter(
          (word) => !/^(the|a|an|etc)$/.test(word),
        );
        if (words.length > 0 && words.length <= 3) phrases.push(words);
      }
    }
  }
  return phrases;
}

/**
 * The typed attributes the description and the parameters' descriptions list ("such as championships
 * won" → `championships_won`, an integer), and those the enum of a `details`-like parameter offers.
 * Only those a type says something of: a free-text attribute would be filled with made-up words.
 */
export function describedFields(description: string, inputProperties: Record<string, Json>): Record<string, Json> {
  const phrases = listedPhrases(ownDescription(description));
  for (const [key, schema] of Object.entries(inputProperties)) {
    if (!/^(details?|info|information|fields|attributes|stats?|statistics?|metrics?|data|include)$/i.test(key)) continue;
    phrases.push(...listedPhrases(String(schema['description'] ?? '')));
    const items = (schema['items'] ?? schema) as Json;
    if (Array.isArray(items['enum'])) for (const value of items['enum']) if (typeof value === 'string') phrases.push(nameWords(value));
  }
  const fields: Record<string, Json> = {};
  for (const words of phrases) {
    const schema = phraseSchema(words);
    const name = words.map((word) => (word === 'prices' ? 'price' : word)).join('_');
    if (schema !== undefined && !(name in inputProperties)) Object.assign(fields, { [name]: schema }, companions(name));
  }
  return fields;
}

const MODIFIERS = /^(future|current|today|latest|historical|history|daily|weekly|monthly|forecast|live|now|recent|past|realtime)$/;

/** The nouns of a tool's name without the words of when that follow its quantity (`uv_index_get_future` → uv, index). */
export function withoutModifiers(nouns: string[]): string[] {
  const kept = [...nouns];
  while (kept.length > 1 && MODIFIERS.test(kept.at(-1) as string)) kept.pop();
  return kept;
}

/** The quantity a tool's name ends in when a described type fits it (`uv_index_get_future` → `uv_index`, 0 to 11, and its risk level). */
export function typedNoun(nouns: string[], inputProperties: Record<string, Json>): Record<string, Json> | undefined {
  const kept = withoutModifiers(nouns).slice(-2);
  // a physical quantity is named alone (`science_facts_get_charge` → `charge`), with its unit unless the call sends one
  const unit = physicalUnit(kept.at(-1));
  const name = unit === undefined ? kept.join('_') : (kept.at(-1) as string);
  const schema = phraseSchema(kept);
  if (schema === undefined || name === '' || name in inputProperties) return undefined;
  return { [name]: schema, ...companions(name), ...(unit !== undefined && !('unit' in inputProperties) ? { unit: { const: unit } } : {}) };
}

/**
 * What a reviewer asks of a thing of no topic whose name says only "details", "type" or "divide":
 * a battle's outcome and losses, a discovery's discoverer and year, a cell's type, a division's
 * daughter cells. Keyed by the subject noun; each field typed so its value says something.
 */
const DETAILS: Array<[RegExp, Record<string, Json>]> = [
  [
    /^battles?$/,
    {
      outcome: oneOf('decisive victory', 'tactical victory', 'stalemate'),
      casualties: { type: 'integer', minimum: 800, maximum: 60_000 },
      duration_days: { type: 'integer', minimum: 1, maximum: 5 },
    },
  ],
  [/^(discovery|discoveries)$/, { discoverer: text(), year: { type: 'integer', minimum: 1600, maximum: 1990 } }],
  [/^type$/, { cell_type: oneOf('eukaryotic') }],
  [/^divide$/, { daughter_cells: { type: 'integer', enum: [2, 4] } }],
];

/** The fields a thing's details hold (`get_battle_details` → outcome, casualties), by its subject noun; undefined for other nouns. */
export function detailFields(nouns: string[], inputProperties: Record<string, Json>): Record<string, Json> | undefined {
  const last = withoutModifiers(nouns).at(-1);
  // a cell's type only: a type of anything else is no cell type
  if (last === undefined || (last === 'type' && !nouns.includes('cell')) || (last === 'divide' && !nouns.includes('cell')))
    return undefined;
  const fields = DETAILS.find(([pattern]) => pattern.test(last))?.[1];
  if (fields === undefined) return undefined;
  const kept = Object.fromEntries(Object.entries(fields).filter(([key]) => !(key in inputProperties)));
  return Object.keys(kept).length === 0 ? undefined : kept;
}

/** Nouns of people: their records are named as people are (`full_name`), not as products. */
const PEOPLE =
  /^(sculptors?|architects?|monarchs?|kings?|queens?|rulers?|emperors?|presidents?|leaders?|ministers?|authors?|writers?|poets?|artists?|painters?|composers?|musicians?|singers?|actors?|actresses|directors?|players?|athletes?|coaches?|scientists?|inventors?|discoverers?|prophets?|saints?|mathematicians?|physicists?|chemists?|astronauts?|pharaohs?|generals?|explorers?|philosophers?|politicians?|senators?|governors?|mayors?|founders?|ceos?|winners?|candidates?|members?|employees?|doctors?|lawyers?|teachers?|students?|people|persons?)$/;

/**
 * The fields of a record about people (`get_monarchs` → their full names, where they were born and
 * when), and whether the noun asks for several. A person the call names keeps the name it was asked by.
 */
export function peopleFields(
  nouns: string[],
  inputProperties: Record<string, Json> = {},
): { fields: Record<string, Json>; many: boolean } | undefined {
  const last = nouns.at(-1);
  if (last === undefined || !PEOPLE.test(last)) return undefined;
  const many = /(s|people)$/.test(last) && !/ss$/.test(last);
  const named = Object.keys(inputProperties).some(
    (key) => /^(name|full_?name|person|who)$/i.test(key) || nameWords(key).includes(last.replace(/s$/, '')),
  );
  return {
    fields: { ...(named ? {} : { full_name: text() }), birth_place: text(), birth_year: { type: 'integer', minimum: 1400, maximum: 1995 } },
    many,
  };
}

/** What a description says the tool computes: "Estimate the energy output of a solar farm" → energy, output. */
export function describedQuantity(description: string): string[] | undefined {
  const found =
    /^\s*(?:estimates?|calculates?|computes?|predicts?|forecasts?|determines?)\s+(?:the\s+|an?\s+)?((?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:of|for|from|based|in|at|given|between|using|by|with)\b/i.exec(
      ownDescription(description),
    );
  const words =
    found?.[1] === undefined ? [] : nameWords(found[1]).filter((word) => !/^(total|estimated|expected|potential|possible)$/.test(word));
  return words.length === 0 ? undefined : words;
}
