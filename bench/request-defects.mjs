// Counts what a reader finds in the user requests, argument values and answers of a run's ACCEPTED
// records (docs/benchmarks.md, "Request and answer defects"). Independent of the checks: its own plain
// detectors, so a check that hides a defect does not hide it here.
// Run: node bench/request-defects.mjs RUN_DIR [--examples N] [--json] [--against OTHER_RUN_DIR,…]
import { readDefectRun, createDefects, readRecords, words } from './defect-run.mjs';
import { pairingDefects } from './request-pairings.mjs';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const { args, exampleCount, file, lines } = readDefectRun('request-defects');
const base = file.replace(/trajectories\.jsonl$/, '');

/**
 * The descriptions of the run's tree by tool name (the manifest's tree, else `tree.json` beside the run):
 * an irrelevance request was written for a tool the record does not hold. Empty when no tree is found.
 */
function treeDescriptions() {
  const descriptions = new Map();
  let treeFile;
  try {
    const manifest = JSON.parse(readFileSync(join(base, 'manifest.json'), 'utf8'));
    treeFile = [manifest.plan?.tree, join(base, '..', 'tree.json')].find((candidate) => candidate && existsSync(candidate));
  } catch {
    treeFile = existsSync(join(base, '..', 'tree.json')) ? join(base, '..', 'tree.json') : undefined;
  }
  if (treeFile === undefined) return descriptions;
  const tree = JSON.parse(readFileSync(treeFile, 'utf8'));
  for (const domain of tree.domains ?? [])
    for (const category of domain.categories ?? [])
      for (const server of category.servers ?? [])
        for (const tool of server.tools ?? [])
          if (!descriptions.has(tool.name)) descriptions.set(tool.name, String(tool.description ?? ''));
  return descriptions;
}
const withheldDescriptions = treeDescriptions();
/** A first sentence of a description, as the detectors compare with it. */
const summaryOf = (description) => description.split(/(?<=[.!?])\s/)[0] ?? '';

const toolLists = new Map();
function toolsOf(record) {
  if (Array.isArray(record.tools)) return record.tools;
  const ref = record.tools?.$ref;
  if (typeof ref !== 'string') return [];
  if (!toolLists.has(ref)) toolLists.set(ref, JSON.parse(readFileSync(join(base, ref), 'utf8')));
  return toolLists.get(ref);
}
function schemaOf(tools, name) {
  const tool = tools.find((entry) => (entry.function?.name ?? entry.name) === name);
  return tool?.function?.parameters ?? tool?.parameters ?? tool?.inputSchema ?? {};
}

const { defects, note } = createDefects(exampleCount);

const DOC_VERBS =
  'returns|retrieves|gets|fetches|lists|activates|deactivates|determines|creates|deletes|updates|provides|allows|enables|sets|adds|removes|checks|calculates|computes|converts|searches|finds|generates|sends|starts|stops|triggers|registers|validates|queries|obtains|shows|displays|performs|executes|runs|returned|retrieved|used|represents|contains|describes|specifies|indicates';
const SPEC_WORDING = new RegExp(
  `\\b(?:show me|pull up|get me|give me|fetch|look up|find|list|check|could you|can you|please|the|to)\\s+(?:the\\s+)?(?:${DOC_VERBS})\\b`,
  'i',
);
const PATH_TEMPLATE = /(?:^|[\s/(])(?::[a-z_][A-Za-z_]*\b|\{[A-Za-z_][\w-]*\})/;

function leaves(value, path = '', out = []) {
  if (typeof value === 'string' && /^\s*[{[]/.test(value)) {
    try {
      return leaves(JSON.parse(value), path, out);
    } catch {
      /* text */
    }
  }
  if (Array.isArray(value)) value.forEach((item) => leaves(item, path, out));
  else if (value !== null && typeof value === 'object') for (const [key, inner] of Object.entries(value)) leaves(inner, key, out);
  else if (value !== null && value !== undefined) out.push([path, value]);
  return out;
}
const LANGUAGES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const MEDIA = {
  'application/pdf': 'pdf',
  'text/csv': 'csv',
  'text/plain': 'plain text',
  'text/html': 'html',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'word document',
};
function said(text, value) {
  const lower = text.toLowerCase();
  if (typeof value === 'boolean') return true;
  if (typeof value === 'number') {
    return (
      lower.includes(String(value)) ||
      lower.includes(value.toLocaleString('en-US')) ||
      (Number.isInteger(value) && value <= 12 && /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/.test(lower))
    );
  }
  const text_ = String(value).toLowerCase().trim();
  if (text_.length < 2) return true;
  if (lower.includes(text_)) return true;
  // A language code said as its language ("pl-PL": "in Polish"), a media type as the file it is ("application/pdf": "a PDF").
  if (/^[a-z]{2,3}(?:[-_][a-z]{2,4})?$/.test(text_)) {
    const language = LANGUAGES.of(text_.split(/[-_]/)[0]);
    if (language && language.toLowerCase() !== text_ && lower.includes(language.toLowerCase())) return true;
  }
  const media = MEDIA[text_];
  if (media && lower.includes(media)) return true;
  const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(text_);
  if (date) return lower.includes(date[1]) && (lower.includes(`${date[2]}-${date[3]}`) || lower.includes(`${date[3]}`));
  // Spoken in other words: most of its content words appear.
  const parts = text_.split(/[^a-z0-9]+/).filter((part) => part.length >= 3);
  return parts.length > 0 && parts.filter((part) => lower.includes(part)).length >= Math.ceil(parts.length * 0.6);
}
function defaulted(schema, key, value) {
  const property = schema?.properties?.[key];
  if (property === undefined) return false;
  if (property.default !== undefined && JSON.stringify(property.default) === JSON.stringify(value)) return true;
  if (property.const !== undefined) return true;
  return Array.isArray(property.enum) && property.enum.length === 1;
}

// Periods a request or a call can name: "for week", "weekly", `spots_month`, `timespan: "day"`.
const PERIODS = [
  ['hour', /\b(hour|hours|hourly)\b/],
  ['day', /\b(day|days|daily)\b/],
  ['week', /\b(week|weeks|weekly)\b/],
  ['month', /\b(month|months|monthly)\b/],
  ['quarter', /\b(quarter|quarters|quarterly)\b/],
  ['year', /\b(year|years|yearly|annual|annually)\b/],
];
const periodsOf = (text) => new Set(PERIODS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name));
/** Words a person would type, from a request: lower case, values and punctuation out. */
const requestWords = (text, values) => {
  let lower = ` ${text.toLowerCase()} `;
  for (const value of values) if (value.length >= 2) lower = lower.split(value.toLowerCase()).join(' | ');
  return lower
    .replace(/[^a-z0-9|]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
};
/** The longest run of words a request shares with a text, word for word (values are breaks). */
function longestRun(words, text) {
  const other = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ');
  const at = new Map();
  other.forEach((word, index) => at.set(word, [...(at.get(word) ?? []), index]));
  let best = [];
  for (let start = 0; start < words.length; start += 1)
    for (const from of at.get(words[start]) ?? []) {
      let length = 0;
      while (start + length < words.length && other[from + length] === words[start + length]) length += 1;
      if (length > best.length) best = words.slice(start, start + length);
    }
  return best;
}
/** Words of a tool name ("om_readings" → om, readings; "getSpotsDay" → get, spots, day). */
const nameTokens = (name) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
/** wink-lexicon (a dependency of the harness): common English words. */
const LEXICON = createRequire(join(dirname(fileURLToPath(import.meta.url)), '../packages/harness/package.json'))(
  'wink-lexicon/src/lexicon.js',
);
const english = (word) =>
  [
    word,
    word.replace(/s$/, ''),
    word.replace(/es$/, ''),
    word.replace(/ies$/, 'y'),
    word.replace(/ed$/, ''),
    word.replace(/ing$/, ''),
  ].some((form) => LEXICON[form] !== undefined);
/** Words a person types: common English and the words of the tool's own description. */
const COMMON =
  /^(a|an|the|and|or|of|for|to|in|on|by|with|from|at|as|is|it|me|my|all|one|get|set|put|add|new|top|raw|old|hot|big|api|url|dns|sms|pdf|csv|xml|ip|id|ids|key|keys|tv|gps|vat|tax|log|faq|no|by|up|out|ping|info|sync|admin|auth|login|logout|email|inbox|delete|retrieve|dice|webhook|webhooks)$/;

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** -ing words that read as English before a value ("using X", "matching X"); others are a description's participle as a label ("with identifying X"). */
const ING_ENGLISH =
  /^(using|including|matching|containing|starting|ending|beginning|sorting|ordering|pending|trending|during|according|regarding|following|excluding|leaving|arriving|departing|returning|something|nothing|anything|everything)$/;
/** Words after which a "<value> as the <label>" clause names a parameter, not a role ("home as the index kind"). */
const LABEL_NOUNS = /^(kind|type|unit|units|mode|category|status|class|style|level|format|variant|method)$/;

/** A user turn's wording that comes from parameter labels, operation summaries or spec typos (defect class 6). */
function labelPhrasing(text, calls, values, tools, id, allCalls) {
  const lower = text.toLowerCase();
  const valueAt = values.filter((value) => value.length >= 3);
  // "with identifying b2b5…": a participle of the parameter's description as its label.
  for (const value of valueAt) {
    const ing = new RegExp(`\\b(?:with|by|for) (?:the |an? )?([a-z]+ing) ${escapeRegExp(value.toLowerCase())}`).exec(lower);
    if (ing && !ING_ENGLISH.test(ing[1])) {
      note('request: participle as a label ("with identifying X")', id, `${ing[0]} | ${text}`);
      break;
    }
  }
  // "home as the index kind", "month as the age unit": the label said as a role.
  const role = /\b(\S+) as the ([a-z]+(?: [a-z]+)?) ([a-z]+)\b/i.exec(text);
  if (role && LABEL_NOUNS.test(role[3]) && values.some((value) => value.toLowerCase() === role[1].toLowerCase().replace(/[,.]$/, '')))
    note('request: "<value> as the <param label>"', id, `${role[0]} | ${text}`);
  // "news search for "Moderate"": a choice of another parameter said as the search term (the call may come turns later).
  for (const call of allCalls) {
    const schema = schemaOf(tools, call.name);
    for (const [key, value] of Object.entries(call.arguments)) {
      const choices = schema?.properties?.[key]?.enum;
      if (typeof value !== 'string' || !Array.isArray(choices) || choices.length < 2) continue;
      if (new RegExp(`(?:search(?:es)? for|for) "${escapeRegExp(value)}"`, 'i').test(text))
        note('request: a choice said as the search term', id, `${key}=${value} | ${text}`);
    }
  }
  const quotedNumber = /"-?\d+(?:\.\d+)?"/.exec(text);
  if (quotedNumber) note('request: bare quoted number', id, `${quotedNumber[0]} | ${text}`);
  const doubled = /\b([a-z]{3,})\s+\1\b/i.exec(text);
  if (doubled && !values.some((value) => value.toLowerCase().includes(doubled[0].toLowerCase())))
    note('request: doubled word', id, `${doubled[0]} | ${text}`);
  const expression = /\b[A-Za-z_.]+\s*(?:=|!=|>=|<=|==)\s*["'][^"']*["']/.exec(text);
  if (expression) note('request: query syntax pasted', id, `${expression[0]} | ${text}`);
  const one = /\bthe one [a-z]+ of\b/i.exec(text);
  if (one) note('request: summary\'s "the one X of"', id, `${one[0]} | ${text}`);
  const actionNoun = /\b(?:the|that|first|same) (?:destroy|retrieve|partial|create)\b/i.exec(text);
  if (actionNoun) note('request: an operation word as a noun', id, `${actionNoun[0]} | ${text}`);
  const dangling = /\b[a-z]+ [A-Z]\w* based\b(?! (?:on|in|upon|at)\b)/.exec(text);
  if (dangling) note('request: dangling "based"', id, `${dangling[0]} | ${text}`);
  // "by article ID snd unit ID": a short word no dictionary knows and no value or name says (a spec's typo).
  let stripped = ` ${text} `;
  for (const value of values) if (value.length >= 2) stripped = stripped.split(value).join(' ');
  const names = new Set(
    calls.flatMap((call) => [...nameTokens(call.name), ...Object.keys(call.arguments).flatMap((key) => words(key).split(' '))]),
  );
  const typo = (stripped.match(/(?<![\w'-])[a-z]{3,4}(?![\w'-])/g) ?? []).find(
    (word) => !/[aeiouy]/.test(word) && LEXICON[word] === undefined && !COMMON.test(word) && !names.has(word),
  );
  if (typo) note('request: word no dictionary knows (spec typo)', id, `${typo} | ${text}`);
}

/** Words of a call's arguments that name a place (the counter's own list). */
const PLACE_KEY = /(?:^|_)(?:city|cities|location|locations|place|town|country|region|state|county|province|area)$/i;
/** Words the lexicon knows only as a verb in its base form ("perform", "calculate"; "a logged message" is English): after an article, a description's verb read as a noun. */
const verbOnly = (word) => {
  const tags = LEXICON[word.toLowerCase()];
  return Array.isArray(tags) && tags.length > 0 && tags.every((tag) => /^VB[PZ]?$/.test(tag));
};
/** A participle with no noun after it ("fetch a metered with account …"): the thing was lost. */
const participleOnly = (word) => {
  const tags = LEXICON[word.toLowerCase()];
  return Array.isArray(tags) && tags.length > 0 && tags.every((tag) => /^VB[DN]$/.test(tag));
};

/**
 * A description's sentence in a request (defect class 6, "asks"): its grammar ("the perform sentiment analysis", "the this
 * function allows users to"), its address to a developer ("matching your search criteria", "for the authenticated user"),
 * a place said twice ("in Berlin, DE in Berlin in DE"), doubled punctuation (",,"), an opener of a trouble ("Hey, I'm stuck").
 */
function sentenceFragments(text, calls, values, id) {
  let bare = ` ${text} `;
  for (const value of values) if (value.length >= 2) bare = bare.split(value).join('VALUE');
  const article = [...bare.matchAll(/\b(?:the|a|an) ([a-z]+)\b(?: (with|for|by|of|in|on|to|from|using)\b)?/gi)].find(
    (match) =>
      verbOnly(match[1]) || /^(this|that|these|those|the|a|an)$/i.test(match[1]) || (match[2] !== undefined && participleOnly(match[1])),
  );
  if (article) note('request: a verb or determiner after an article ("the perform")', id, `${article[0]} | ${text}`);
  const developer =
    /\b(?:matching|that match(?:es)?|meeting) (?:your|the|given|specified) (?:search )?(?:criteria|query|filters?|parameters|conditions)\b|\b(?:this|the) (?:function|endpoint|api|method|tool|operation) (?:allows|lets|enables|is used|returns|retrieves)\b|\ballows? users? to\b|\bfor the (?:authenticated|current|logged[- ]in) user\b|\b(?:gives|provides) access to\b/i.exec(
      bare,
    );
  if (developer) note("request: a description's clause to a developer", id, `${developer[0]} | ${text}`);
  const lower = text.toLowerCase();
  for (const call of calls) {
    const places = Object.entries(call.arguments)
      .filter(([key, value]) => PLACE_KEY.test(key) && typeof value === 'string' && value.length >= 2)
      .map(([, value]) => value.toLowerCase());
    // One call's place in pieces, one "in" after another ("in Berlin, DE in Berlin in DE", "in Rome in Lazio in IT").
    const twice = places
      .flatMap((place) => places.filter((other) => other !== place).map((other) => `in ${place} in ${other}`))
      .find((phrase) => lower.includes(phrase));
    if (twice) {
      note('request: a place said twice or in pieces', id, `${twice} | ${text}`);
      break;
    }
  }
  const punctuation = /,\s*,|\s,|[.?!]\s*[,;]|;\s*[,;]|\?\s*\?/.exec(bare.replace(/VALUE/g, 'x'));
  if (punctuation) note('request: doubled punctuation', id, `${JSON.stringify(punctuation[0])} | ${text}`);
  if (/\bI'm stuck\b/i.test(text)) note('request: an opener of a trouble the request does not have', id, text);
}

/** Units a parameter's description names a number in (the counter's own list, apart from the user simulator's). */
const DESCRIBED_UNIT =
  /\b(?:number|count) of (seconds|minutes|hours|days|nights|weeks|months|years)\b|\bin (?:the )?((?:square )?(?:kilometers|kilometres|km|meters|metres|miles|feet|seconds|minutes|hours|days|weeks|months|years|kelvin|celsius|degrees|usd|dollars|euros|grams|kilograms|kg|coulombs|amperes|m\/s\^?2|m\/s|meters\/second|miles per gallon))(?![\w/^])/i;

/**
 * Plumbing, syntax and empty references in a request (defect class 6): a header by its label ("with accept language
 * de-DE"), a filter's operators ("end eq 2025-10-15", "and like palace"), a unit without its number ("with the age in
 * months"), a unit said twice ("access valid for days of 20 days"), a reference that names no thing ("the batch of the
 * any you just found", "the order details you just ordered"), a number without the unit its description names
 * ("The timeframe is 5.", "a distance of 10").
 */
function plumbingPhrasing(text, calls, tools, id) {
  const header = /\b(accept[- ]language|content[- ]type|api[- ]version)\b/i.exec(text);
  if (header) note('request: header or plumbing label', id, `${header[0]} | ${text}`);
  const filter = /\b[a-z]+ (?:eq|ne|neq|gt|gte|lt|lte) \S|\band like \S/i.exec(text);
  if (filter) note('request: filter syntax', id, `${filter[0]} | ${text}`);
  const loneUnit = /\bwith the [a-z]+ in (?:seconds|minutes|hours|days|weeks|months|years)\b/i.exec(text);
  if (loneUnit) note('request: a unit without its number', id, `${loneUnit[0]} | ${text}`);
  const twice = /\b(seconds|minutes|hours|days|weeks|months|years) of \d+(?:\.\d+)? \1\b/i.exec(text);
  if (twice) note('request: unit said twice', id, `${twice[0]} | ${text}`);
  const empty =
    /\b(?:the|that) (?:any|by|get|retrieve)\b(?= you\b| from\b|[.,;?!]|$)/i.exec(text) ??
    [...text.matchAll(/\b(?:the|that) ([a-z]+) [a-z]+ you (?:just )?([a-z]+?)e?d\b/gi)].find(
      (match) => match[1].toLowerCase().replace(/e$/, '') === match[2].toLowerCase().replace(/e$/, ''),
    );
  if (empty) note('request: reference that names no thing', id, `${empty[0]} | ${text}`);
  for (const call of calls) {
    const properties = schemaOf(tools, call.name)?.properties ?? {};
    for (const [key, value] of Object.entries(call.arguments)) {
      if (typeof value !== 'number' && !(typeof value === 'string' && /^\d+(\.\d+)?$/.test(value))) continue;
      const unit = DESCRIBED_UNIT.exec(String(properties[key]?.description ?? ''));
      if (!unit) continue;
      const number = escapeRegExp(String(value));
      if (new RegExp(`\\b(?:of|is|it's) ${number}(?=[.,;!?)]|$| (?:and|with|for|in|from|on|at|to|once|please)\\b)`, 'i').test(text)) {
        note('request: number without its unit', id, `${key}=${value} (${unit[1] ?? unit[2]}) | ${text}`);
        break;
      }
    }
  }
}

/** Argument values a person would not give (defect class 7): a list with repeats, a masked value typed in, a country as a language, tags unrelated to the text. */
function listDefects(name, args, userText, id) {
  for (const [key, value] of Object.entries(args)) {
    if (Array.isArray(value)) {
      const plain = value.filter((item) => typeof item !== 'object').map((item) => String(item).toLowerCase());
      if (new Set(plain).size < plain.length)
        note('argument: list repeats an item', id, `${name}(${key}=${JSON.stringify(value).slice(0, 80)})`);
    }
    if (typeof value === 'string' && /(?:\*|X|x){2,}-/.test(value) && userText.includes(value))
      note('argument: masked value typed by the user', id, `${name}(${key}=${value})`);
    if (/lang|language|locale/i.test(key) && typeof value === 'string' && /^[A-Z]{2}$/.test(value))
      note('argument: country code as a language', id, `${name}(${key}=${value})`);
  }
  // Tags or keywords of a text that share no word with it ("q3, customer, tool" on a post about rural clinics).
  const text = Object.entries(args).find(
    ([key, value]) => /^(content|text|body|message|status|post|description)$/i.test(key) && typeof value === 'string' && value.length >= 20,
  )?.[1];
  const tags = Object.entries(args).find(
    ([key, value]) => /^(tags|hashtags|keywords|labels|topics)$/i.test(key) && Array.isArray(value) && value.length >= 2,
  )?.[1];
  if (text !== undefined && tags !== undefined) {
    const stem = (word) =>
      word
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '')
        .slice(0, 5);
    const textStems = new Set(text.split(/\s+/).map(stem));
    if (
      !tags.some((tag) =>
        String(tag)
          .split(/\s+/)
          .some((word) => textStems.has(stem(word))),
      )
    )
      note('argument: tags unrelated to the text', id, `${name}(${JSON.stringify(tags)}) | ${text.slice(0, 80)}`);
  }
}

/** Remarks on a record and last-resort labels of the value generator (its own lists, so the counter knows them by sight). */
const { isRecordRemark, isFillerLabel } = await import('../packages/sim-server/dist/index.js');
const TIME_UNIT = '(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)';
const AUTHORED_FIELD = /^(text|message|msg|content|body|comment|sentence|paragraph|input_text)$/i;

/**
 * Requests built from labels (defect class 5): a clipped tool name's last word ("that forec"), a documentation's
 * scope ("a file of any extension"), a kind with its label ("the home index kind"), a span as a thing ("with 3
 * hours"), a count without its unit ("a timeframe of 24"); texts a person writes that are a number or a record's
 * remark; a last-resort label said as a value ("personal outcome").
 */
function labelDefects(record, id, users, turnCalls, tools) {
  const prose = new Set();
  for (const tool of tools) {
    const fn = tool.function ?? tool;
    const properties = (fn.parameters ?? fn.inputSchema ?? {}).properties ?? {};
    const text = [fn.description ?? '', ...Object.values(properties).map((property) => String(property?.description ?? ''))].join(' ');
    for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) prose.add(word);
  }
  const cut = tools
    .map((tool) => (tool.function ?? tool).name ?? '')
    .filter((name) => name.length >= 60)
    .map((name) => nameTokens(name).at(-1) ?? '')
    .filter(
      (last) => last.length >= 3 && !prose.has(last) && [...prose].some((word) => word.length > last.length && word.startsWith(last)),
    );
  users.forEach((text, turn) => {
    const lower = text.toLowerCase();
    const word = cut.find((candidate) => new RegExp(`\\b${candidate}\\b`).test(lower));
    if (word) note('request: tool-name word cut short ("that forec")', id, `${word} | ${text}`);
    const scope = /\bof any (?:kind|type|sort|extension|format|size|length|shape)\b/i.exec(text);
    if (scope) note('request: documentation scope ("of any extension")', id, `${scope[0]} | ${text}`);
    for (const call of turnCalls.filter((entry) => entry.turn === turn)) {
      const schema = schemaOf(tools, call.name);
      for (const [key, value] of Object.entries(call.arguments)) {
        const label = nameTokens(key);
        if (
          typeof value === 'string' &&
          label.length >= 2 &&
          label.at(-1) === 'kind' &&
          lower.includes(`${value.toLowerCase()} ${label.join(' ')}`)
        )
          note('request: kind said with its label ("the home index kind")', id, `${key}=${value} | ${text}`);
        if (typeof value !== 'number' && !(typeof value === 'string' && /^\d+(\.\d+)?$/.test(value))) continue;
        const number = escapeRegExp(String(value));
        if (new RegExp(`\\bwith ${number} ${TIME_UNIT}\\b`).test(lower))
          note('request: span said as "with N hours"', id, `${key}=${value} | ${text}`);
        const unit = /\b(?:number of|how many) (seconds|minutes|hours|days|weeks|months|years)\b/i.exec(
          String(schema?.properties?.[key]?.description ?? ''),
        );
        if (unit && new RegExp(`\\b(?:a|an|the) [a-z ]+ of ${number}(?! ?${TIME_UNIT})\\b`).test(lower))
          note('request: count said without its unit ("a timeframe of 24")', id, `${key}=${value} (${unit[1]}) | ${text}`);
      }
    }
  });
  for (const call of turnCalls)
    for (const [key, value] of Object.entries(call.arguments)) {
      const ticket = /\b(ticket|issue|bug|incident)s?\b/.test(nameTokens(call.name).join(' '));
      if (!AUTHORED_FIELD.test(key) && !(ticket && key === 'description')) continue;
      if (typeof value === 'number' || (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)))
        note("argument: a person's text is a number", id, `${call.name}(${key}=${value})`);
      else if (isRecordRemark(value)) note("argument: a person's text is a record's remark", id, `${call.name}(${key}=${value})`);
    }
  for (const value of Object.values(record.task?.known ?? {}))
    if (isFillerLabel(value) && (users[0] ?? '').includes(value))
      note('request: a last-resort label as a value ("personal outcome")', id, `${value} | ${users[0]}`);
}

/** First user turns of other runs (`--against DIR,DIR`): a canned request one seed gives every tree word for word. */
const againstAt = args.indexOf('--against');
const otherFirstTurns = new Map();
if (againstAt >= 0)
  for (const directory of String(args[againstAt + 1] ?? '')
    .split(',')
    .filter(Boolean)) {
    const other = [join(directory, 'trajectories.jsonl'), join(directory, 'run', 'trajectories.jsonl')].find((candidate) =>
      existsSync(candidate),
    );
    if (other === undefined) continue;
    for (const line of readFileSync(other, 'utf8').split('\n').filter(Boolean)) {
      const first = (JSON.parse(line).messages ?? []).find((message) => message.role === 'user')?.content;
      if (typeof first === 'string') otherFirstTurns.set(first, directory);
    }
  }

const firstTurns = new Map();
let calls = 0;
let answers = 0;
const { records, byKind } = readRecords(lines);
for (const { record, id, kind, messages } of records) {
  const tools = toolsOf(record);
  const users = messages.filter((message) => message.role === 'user').map((message) => String(message.content ?? ''));
  if (users[0] !== undefined) firstTurns.set(users[0], [...(firstTurns.get(users[0]) ?? []), id]);
  // What the calls carry: their values (not the request's own words), tool names, descriptions and periods.
  const turnCalls = [];
  // An irrelevance request was written for a withheld tool: its known values stand for the call.
  if (kind === 'irrelevance') {
    const byTool = new Map();
    for (const [key, value] of Object.entries(record.task?.known ?? {})) {
      const at = key.lastIndexOf('.');
      if (!byTool.has(key.slice(0, at))) byTool.set(key.slice(0, at), {});
      byTool.get(key.slice(0, at))[key.slice(at + 1)] = value;
    }
    for (const [name, args] of byTool) turnCalls.push({ turn: 0, name, arguments: args });
  }
  {
    let turn = -1;
    for (const message of messages) {
      if (message.role === 'user') turn += 1;
      if (message.role === 'assistant' && Array.isArray(message.tool_calls))
        for (const call of message.tool_calls) {
          let parsed = {};
          try {
            parsed = JSON.parse(call.function.arguments);
          } catch {
            /* counted below */
          }
          turnCalls.push({ turn, name: call.function.name, arguments: parsed });
        }
    }
  }
  const descriptionOf = (name) => {
    const tool = tools.find((entry) => (entry.function?.name ?? entry.name) === name);
    return String(tool?.function?.description ?? tool?.description ?? '');
  };
  const valuesOf = (calls_) => calls_.flatMap((call) => leaves(call.arguments).map(([, value]) => String(value)));
  // Irrelevance: the request was written for a withheld tool; the offered ones are what it must not copy from.
  users.forEach((text, turn) => {
    const these = turnCalls.filter((call) => call.turn === turn);
    const values = valuesOf(these);
    const said = requestWords(text, values);
    // An irrelevance request written from the withheld tool's documentation: five words or more of its summary in a row.
    if (kind === 'irrelevance' && turn === 0)
      for (const call of these) {
        const run = longestRun(said, summaryOf(withheldDescriptions.get(call.name) ?? ''));
        if (run.length >= 5) {
          note('irrelevance: request in spec wording (5+ words)', id, `"${run.join(' ')}" | ${text}`);
          break;
        }
      }
    // A user who was asked for a value and apologises for it ("My apologies; it is …"): a person just gives it.
    if (kind === 'missing_param' && turn > 0 && /\b(sorry|apolog\w*|my bad|pardon)\b/i.test(text))
      note('missing_param: user apologises for a value asked for', id, text);
    // A spec summary copied word for word: six words or more of the called tool's description in a row.
    for (const call of these) {
      const run = longestRun(said, descriptionOf(call.name).split(/(?<=[.!?])\s/)[0] ?? '');
      if (run.length >= 6) {
        note('request: spec summary copied (6+ words)', id, `"${run.join(' ')}" | ${text}`);
        break;
      }
    }
    // A tool name's token no person types: in the request, in no value, neither English nor a word of the description.
    for (const call of these) {
      // A tool the record does not hold (an irrelevance request's withheld one) has no prose to judge by.
      if (descriptionOf(call.name) === '') continue;
      const schema = schemaOf(tools, call.name);
      const prose = [
        descriptionOf(call.name).replace(/\bhttps?:\/\/\S+/g, ' '),
        ...Object.entries(schema.properties ?? {}).flatMap(([key, property]) => [words(key), String(property?.description ?? '')]),
      ].join(' ');
      // Words of the prose as words of a sentence, not a heading's first word ("Marketdata" is a name's glue, "a Facebook post" a name).
      const own = new Set(
        requestWords(prose.replace(/(^|[.!?]\s+)[A-Z][a-z]+\b/g, '$1'), []).flatMap((word) => [word, word.replace(/e?s$/, '')]),
      );
      const leaked = nameTokens(call.name).filter(
        (token) =>
          !COMMON.test(token) &&
          !/^\d+$/.test(token) &&
          said.includes(token) &&
          !english(token) &&
          !own.has(token) &&
          !values.some((value) => value.toLowerCase().includes(token)),
      );
      const raw = new RegExp(`\\b${call.name.replace(/[^A-Za-z0-9_]/g, '')}\\b`).test(text) && /[_A-Z]/.test(call.name.slice(1));
      // The name read out word for word ("the payments creditors retrieve"), three words or more its description does not say so.
      const readOut = longestRun(said, nameTokens(call.name).join(' '));
      const readOutOwn = readOut.length >= 3 && longestRun(readOut, prose).length === readOut.length;
      // Read out, not said: five words or more, or an action after the thing (name order, "payments creditors retrieve").
      const nameOrder =
        readOut.length >= 5 ||
        readOut.slice(1).some((word) => /^(get|list|create|retrieve|destroy|update|delete|calculate|post|put|patch)$/.test(word));
      if (raw || leaked.length > 0 || (readOut.length >= 3 && nameOrder && !readOutOwn)) {
        const what = raw ? call.name : leaked.length > 0 ? leaked.join(', ') : `"${readOut.join(' ')}"`;
        note('request: tool-name token', id, `${call.name}: ${what} | ${text}`);
        break;
      }
    }
    // A parameter's name left before the value said by meaning: "the report for region in Latin America".
    for (const call of these)
      for (const [key, value] of Object.entries(call.arguments)) {
        if (typeof value !== 'string' || value.length < 2) continue;
        const human = words(key);
        const escaped = (part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        if (
          new RegExp(`\\b(?:for|by|with|of) (?:a |the )?${escaped(human)} (?:in|on|at|for|from) ${escaped(value.toLowerCase())}`).test(
            text.toLowerCase(),
          )
        )
          note('request: parameter name left before its value', id, `${key}=${value} | ${text}`);
      }
    // The period the request names is not the call's (a week asked, a month called).
    for (const call of these) {
      const carried = periodsOf(
        [...nameTokens(call.name), ...leaves(call.arguments).map(([, value]) => String(value).toLowerCase())].join(' '),
      );
      if (carried.size === 0) continue;
      const asked = periodsOf(
        requestWords(
          text,
          values.filter((value) => !periodsOf(value.toLowerCase()).size),
        ).join(' '),
      );
      if (asked.size > 0 && ![...asked].some((period) => carried.has(period)))
        note('request: period differs from the call', id, `${call.name} ${JSON.stringify(call.arguments).slice(0, 60)} | ${text}`);
    }
    labelPhrasing(text, these, values, tools, id, turnCalls);
    plumbingPhrasing(text, these, tools, id);
    sentenceFragments(text, these, values, id);
  });
  labelDefects(record, id, users, turnCalls, tools);
  pairingDefects(note, id, messages, users, turnCalls);
  if (users[0] !== undefined && otherFirstTurns.has(users[0]))
    note('request: first user turn another run has word for word (--against)', id, `${users[0]} | ${otherFirstTurns.get(users[0])}`);
  // Garbled wording of an irrelevance request or its refusal: a request verb before a verb read off a name ("pull up the
  // locate nearby parks"), a past participle made plural ("list artifacts produceds"), a clause cut on a number or a
  // determiner ("I can't renew your two."), a noun said twice in one phrase ("the outcome of a law case personal outcome").
  if (kind === 'irrelevance') {
    const texts = [
      users[0] ?? '',
      ...messages.filter((m) => m.role === 'assistant' && typeof m.content === 'string').map((m) => m.content),
    ];
    for (const text of texts) {
      const garble =
        /\b(?:pull up|show me|get me|get|fetch|find|check|list) (?:the )?(locate|find|get|search|fetch|retrieve|calculate|compute|lookup|determine|identify|create|update|delete)\b/i.exec(
          text,
        ) ??
        /\b(?!(?:need|seed|feed|speed|breed|weed|embed|hundred|shred|proceed|exceed|succeed|bleed|deed|steed|bed|red)s\b)[a-z]{3,}eds\b/i.exec(
          text,
        ) ??
        /\b(?:can't|cannot|able to|no way to|tool to|tools? (?:I have )?(?:here )?can) [a-z ]*?\b(?:your|my|the|a|an|two|three|four|some|of|for|to|with)(?=[.;,!?]| here\b| with the tools)/i.exec(
          text,
        ) ??
        /\b([a-z]{5,}) of (?:a |an |the )?(?:(?!and\b)[a-z]+ ){1,3}\1\b/i.exec(text);
      if (garble) {
        note('irrelevance: garbled request or refusal', id, `${garble[0]} | ${text}`);
        break;
      }
    }
  }
  for (const text of users) {
    const spec = SPEC_WORDING.exec(text);
    if (spec) note('request: spec wording', id, `${spec[0]} | ${text}`);
    const path = PATH_TEMPLATE.exec(text);
    if (path && !/\d:\d/.test(path[0])) note('request: path template', id, text);
  }
  let userText = '';
  let resultText = '';
  for (const message of messages) {
    if (message.role === 'user') userText += ` ${message.content ?? ''}`;
    if (message.role === 'tool') resultText += ` ${message.content ?? ''}`;
    if (message.role === 'assistant' && Array.isArray(message.tool_calls)) {
      for (const call of message.tool_calls) {
        calls += 1;
        let parsed = {};
        try {
          parsed = JSON.parse(call.function.arguments);
        } catch {
          continue;
        }
        const schema = schemaOf(tools, call.function.name);
        const invented = [];
        const pairs = [];
        for (const [key, value] of Object.entries(parsed)) {
          if (defaulted(schema, key, value)) continue;
          for (const [leafKey, leaf] of leaves(value, key)) {
            if (!said(userText, leaf) && !said(resultText, leaf)) invented.push(`${leafKey}=${JSON.stringify(leaf).slice(0, 40)}`);
            const human = words(leafKey);
            // A name read out before an amount or a choice ("limit 20", "status active"); names and ids after their noun are English.
            const amount = typeof leaf === 'number' || /^-?\d+(\.\d+)?$/.test(String(leaf));
            const choice = typeof leaf === 'string' && (/^[a-z]{1,15}$/.test(leaf) || /^[A-Z]$/.test(leaf));
            const idLike = /(^| )(id|ids|sid|key|keys|uuid|hash|sha1|md5|uri|url|code|number|zip|postcode|phone|year|page|version)$/.test(
              human,
            );
            if (human.length >= 2 && (amount || choice) && !idLike) {
              const pair = `${human} ${String(leaf).toLowerCase()}`;
              const lowerText = userText.toLowerCase();
              const at = lowerText.indexOf(` ${pair}`);
              if (at >= 0 && !/\b(the|a|an|its|my|your)$/.test(lowerText.slice(0, at).trimEnd())) pairs.push(pair);
            }
          }
          const lowerKey = key.toLowerCase();
          if (/city|town/.test(lowerKey) && typeof value === 'string' && /^[A-Z]{2,3}$/.test(value))
            note('argument: code as a city', id, `${call.function.name}(${key}=${value})`);
          if (
            /duration|interval|timeout|ttl|period|elapsed/.test(lowerKey) &&
            (/^\d{4}-\d{2}-\d{2}/.test(String(value)) || Number(value) > 1e9)
          )
            note('argument: timestamp as a duration', id, `${call.function.name}(${key}=${value})`);
          if (/station|airport|stop/.test(lowerKey) && typeof value === 'string' && /[a-z].*\d|\d.*[a-z]/.test(value) && value.length >= 8)
            note('argument: id as a station', id, `${call.function.name}(${key}=${value})`);
        }
        listDefects(call.function.name, parsed, userText, id);
        if (invented.length > 0) note('argument: value the user never gave', id, `${call.function.name}: ${invented.join(', ')}`);
        if (pairs.length >= 2) note('request: "<param> <value>" phrasing', id, pairs.join(' | '));
      }
    }
    if (message.role === 'assistant' && typeof message.content === 'string' && message.content !== '') {
      const answer = message.content;
      const label = /\bWhat should it (?:contain|include|say|be)\?|\bWhich [a-z ]+ is this about\?/.exec(answer);
      if (label) note('question: names nothing or reads a schema label', id, answer);
      answers += 1;
      // "the X is Y" three times in a row, X a field named in words (not "The unit uni_d6c9… is").
      const clause = String.raw`\b(?:[Tt]he|[Ii]ts) [A-Za-z '-]{1,40}? (?:is|are) (?:[^,;.]|[.,](?=\d))+?`;
      if (new RegExp(`${clause}(?:, (?:and )?| and |; )${clause}(?:, (?:and )?| and |; )${clause}(?=[,;.]| and |$)`).test(answer))
        note('answer: lists fields ("the X is Y" x3)', id, answer);
      const doubled = /\b([A-Za-z]{2,})\s+\1\b/i.exec(answer);
      if (doubled && !/^(that|had|very|bye|no|yes)$/i.test(doubled[1])) note('answer: doubled word', id, `${doubled[0]} | ${answer}`);
      const bytes = /(\d[\d,.]*) bytes/.exec(answer);
      if (bytes) {
        const number = Number(bytes[1].replace(/,/g, ''));
        const sizeKeyed = [...resultText.matchAll(/"([^"]*)":\s*(\d+)/g)].some(
          ([, key, value]) => Number(value) === number && /size|bytes|length|memory|disk|storage|capacity/i.test(key),
        );
        if (!sizeKeyed) note('answer: bytes for a value that is no size', id, answer);
      }
      if (
        /\b(?:is|are|has|have|was|with|of) one [a-z]+\b/.test(answer) &&
        !/\bone (of|more|another|day|time|item|result|record|entry)\b/.test(answer)
      )
        note('answer: "one X" number phrasing', id, answer);
      const tokens = (answer.match(/\b(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{6,}\b/g) ?? []).filter(
        (token) => !/^\d{4}-\d{2}/.test(token),
      );
      const repeated = tokens.find((token, index) => tokens.indexOf(token) !== index);
      if (repeated) note('answer: repeated id', id, `${repeated} | ${answer}`);
      if (kind === 'irrelevance') {
        // A refusal that offers the tools in their documentation's words ("I can register, retrieve a metered reading using account").
        const offered = tools.map((tool) => summaryOf(String(tool.function?.description ?? tool.description ?? '')));
        const quoted = offered
          .map((summary) => longestRun(requestWords(answer, []), summary))
          .reduce((best, run) => (run.length > best.length ? run : best), []);
        if (quoted.length >= 5) note('irrelevance: refusal quotes a tool description (5+ words)', id, `"${quoted.join(' ')}" | ${answer}`);
        if (
          /\b(I found|[Hh]ere (is|are)|I've (found|retrieved|fetched|done|booked|sent)|I have (found|retrieved|fetched|done|booked|sent)|[Dd]one\b)/.test(
            answer,
          )
        )
          note('irrelevance: refuses and claims it was done', id, answer);
      }
    }
  }
}
for (const [text, ids] of firstTurns)
  if (ids.length > 1) for (const id of ids.slice(1)) note('request: duplicate first user turn', id, text);

const summary = {
  file,
  accepted: lines.length,
  calls,
  answers,
  byKind,
  defects: Object.fromEntries(
    [...defects].map(([kind, entry]) => [kind, { records: entry.records.size, count: entry.count, examples: entry.examples }]),
  ),
};
if (args.includes('--json')) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
else {
  process.stdout.write(`${file}: ${lines.length} accepted records, ${calls} calls, ${answers} assistant texts\n`);
  for (const [kind, entry] of defects) {
    process.stdout.write(`${String(entry.records.size).padStart(5)} records ${String(entry.count).padStart(5)} times  ${kind}\n`);
    for (const example of entry.examples) process.stdout.write(`        ${example}\n`);
  }
}
