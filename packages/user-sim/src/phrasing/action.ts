import { ABBREVIATIONS, ownDescription, type Random } from '@inftool/core';
import { humanizeName, humanizeParameter } from './humanize.js';

/**
 * What a person asks a tool to do, from its description (or its name): "Returns the top level content
 * for the home page" → "show me the top level content for the home page"; "Retrieve a list of all
 * faxes." → "list all faxes"; "Last Session Info." → "get me the last session info". Always a clause
 * that starts with a verb in the imperative and a lower-case letter, so it fits "Could you …?".
 */
export interface Action {
  /** The verb (possibly several words: "show me", "look up"). */
  verb: string;
  /** What it acts on ("the top level content for the home page"); may be empty. */
  object: string;
}

/** Verbs that read data: the user asks for it in their own words. */
const READ = new Set([
  'get',
  'return',
  'retrieve',
  'fetch',
  'provide',
  'give',
  'read',
  'obtain',
  'load',
  'display',
  'view',
  'show',
  'access',
  'browse',
  'return',
  'locate',
]);
const READ_SAYINGS = ['get', 'pull up', 'show me', 'fetch', 'get me', 'find'];
const LIST_SAYINGS = ['list', 'show me', 'get me a list of', 'pull up'];
const NOUN_SAYINGS = ['get me', 'show me', 'pull up', 'check'];

/** Verbs taken as they are (base form); a description's third-person form is mapped back. */
const VERBS = new Set([
  'add',
  'allocate',
  'analyse',
  'analyze',
  'approve',
  'archive',
  'assign',
  'authenticate',
  'authorize',
  'batch',
  'block',
  'book',
  'calculate',
  'cancel',
  'change',
  'charge',
  'check',
  'clear',
  'close',
  'collect',
  'compare',
  'compute',
  'confirm',
  'convert',
  'copy',
  'count',
  'create',
  'decode',
  'delete',
  'describe',
  'detect',
  'disable',
  'dispatch',
  'download',
  'edit',
  'enable',
  'encode',
  'estimate',
  'export',
  'filter',
  'find',
  'finish',
  'finalize',
  'follow',
  'generate',
  'geocode',
  'import',
  'insert',
  'invite',
  'join',
  'list',
  'lock',
  'log',
  'login',
  'logout',
  'lookup',
  'mark',
  'merge',
  'move',
  'notify',
  'open',
  'order',
  'pause',
  'pay',
  'ping',
  'place',
  'post',
  'predict',
  'prepare',
  'publish',
  'purchase',
  'put',
  'query',
  'rank',
  'rate',
  'receive',
  'recommend',
  'refresh',
  'refund',
  'register',
  'reject',
  'remove',
  'rename',
  'renew',
  'reply',
  'report',
  'request',
  'reset',
  'resolve',
  'restore',
  'resume',
  'revoke',
  'run',
  'save',
  'schedule',
  'score',
  'search',
  'send',
  'set',
  'share',
  'sign',
  'signup',
  'sort',
  'start',
  'stop',
  'store',
  'submit',
  'subscribe',
  'suggest',
  'summarize',
  'summarise',
  'sync',
  'tag',
  'test',
  'track',
  'transfer',
  'translate',
  'trigger',
  'unblock',
  'unfollow',
  'unsubscribe',
  'update',
  'upload',
  'upsert',
  'validate',
  'verify',
  'vote',
  'watch',
  'write',
  'modify',
  'replace',
  'patch',
  'upgrade',
  'install',
  'uninstall',
  'invoke',
  'execute',
  'perform',
  'conduct',
  'evaluate',
  'identify',
  'match',
  'parse',
  'extract',
  'classify',
  'detect',
  'recognize',
  'transcribe',
  'render',
  'preview',
  'print',
  'scan',
  'shorten',
  'expand',
  'redeem',
  'claim',
  ...READ,
]);
/** Verbs written as one word that people write as two. */
const PHRASAL: Record<string, string> = {
  lookup: 'look up',
  login: 'log in',
  logout: 'log out',
  signup: 'sign up',
  setup: 'set up',
  checkout: 'check out',
  signin: 'sign in',
};
/** Openings of documentation that are not the request itself. */
const PREAMBLE =
  /^(?:(?:this|the)\s+(?:endpoint|api|method|operation|call|tool|function|service|route|resource)\s+(?:(?:is\s+used|can\s+be\s+used|lets\s+you|allows\s+you|(?:allows|lets|enables)\s+users?|allows|enables\s+you|is\s+for|will)\s+(?:to\s+)?)?|(?:endpoint|api|method|operation|function|call|service)\s+(?:to|for|that|which)\s+|allows?\s+(?:you\s+|users?\s+)?to\s+|used\s+to\s+|use\s+this\s+(?:endpoint\s+|method\s+)?to\s+|lets?\s+you\s+|enables?\s+(?:you\s+)?to\s+|helps?\s+(?:you\s+)?(?:to\s+)?)/i;

/** First words that are no verb even when a determiner follows ("About the API", "Information the …"). */
const NOT_VERBS =
  /^(a|an|the|this|that|these|those|all|about|info|information|detail|data|summary|overview|note|what|how|why|when|where|which|who|with|from|for|and|or|but|via|per|new|one|main|current|latest|each|every|some|any|here|there)$/i;

/** A verb's base form, when `word` is one (base or third person). */
export function baseVerb(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (VERBS.has(lower)) return lower;
  const candidates = [lower.replace(/ies$/, 'y'), lower.replace(/es$/, ''), lower.replace(/s$/, '')];
  return candidates.find((candidate) => candidate !== lower && VERBS.has(candidate));
}

/** Markdown, links, parentheses and code names out; camelCase and snake_case names in words. */
function cleanSentence(text: string): string {
  return (
    text
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      // A path template is no words ("the environment variable named ':name'", "/pets/{petId}").
      .replace(
        /\s*(?:\b(?:named|called|with (?:the )?(?:name|id|key))\s+)?['"`]?(?::[A-Za-z_]\w*|\{[A-Za-z_][\w-]*\})['"`]?(?=[\s.,;:)]|$)/g,
        '',
      )
      .replace(/https?:\/\/\S+/g, '')
      .replace(/[`*_]{1,2}([^`*_]+)[`*_]{1,2}/g, '$1')
      // A heading that spells its word out ("Dispatch (Green Energy Distribution Schedule)") names a thing: the spelt-out words say it.
      .replace(/^[A-Za-z-]+\s*\(((?:[A-Z][a-z]+ )+[A-Z][a-z]+)\)\.?$/, '$1')
      .replace(/\s*\([^()]*\)/g, '')
      // "one version of a particular API": the one asked for is "the version of the API".
      .replace(/\b[Oo]ne ([a-z]+) of (?:an?|the) (?:(?:particular|specific|given|single|certain) )?/g, 'the $1 of the ')
      // "the latest posts of postKind for …": a parameter's code name in the prose is said as an argument, not here.
      .replace(/\s+of\s+[a-z]+[A-Z][A-Za-z0-9]*\b/g, '')
      // "one version of an API with a serviceName": which parameter the tool takes is no words of a request.
      .replace(/\s+with\s+(?:an?\s+|the\s+)?[a-z]+[A-Z][A-Za-z0-9]*(?=[\s.,;:]|$)/g, '')
      .replace(/\b[a-z]+[A-Z][A-Za-z0-9]*\b|\b[a-z0-9]+(?:_[a-z0-9]+)+\b/g, (name) => humanizeParameter(name))
      .replace(/\b(Uri|Url|Id|Api|Json|Xml|Csv|Pdf)\b/g, (word) => word.toUpperCase())
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[\s.!?:;,]+$/, '')
  );
}

function sentences(description: string): string[] {
  return (
    description
      // Markup is no words of a request: HTML comments (`<!-- theme: danger -->`), quote marks of Markdown (`> Cancels…`).
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/(^|\n)\s*>\s*/g, '$1')
      .replace(/(^|\s)>\s+(?=[A-Z])/g, '$1. ')
      .replace(/\r?\n+/g, ' ')
      .split(/(?<=[.!?])\s+(?=[A-Z])|\s+-\s+/)
      .map(cleanSentence)
      .filter((sentence) => sentence.length > 0)
  );
}

/**
 * A description's typos mended from its own words: a word that is another word of the text (or of
 * the tool's name) with one inner letter missing ("Informtion" beside "information") or one letter
 * doubled ("meterrs" beside "meters") is that word. Endings are left alone ("meter" is no typo of "meters").
 */
export function mendTypos(text: string, vocabulary: readonly string[]): string {
  const known = [...new Set(vocabulary.map((word) => word.toLowerCase()).filter((word) => /^[a-z]{5,}$/.test(word)))];
  const fix = (word: string): string | undefined => {
    const lower = word.toLowerCase();
    if (lower.length < 5) return undefined;
    for (const other of known) {
      if (other.length === lower.length + 1) {
        // One inner letter missing.
        for (let index = 1; index < other.length - 1; index += 1) {
          // A doubled letter is the other's typo ("meterrs"), not this word's.
          if (other[index] === other[index - 1] || other[index] === other[index + 1]) continue;
          if (other.slice(0, index) + other.slice(index + 1) === lower) return other;
        }
      } else if (other.length === lower.length - 1) {
        // One letter doubled.
        for (let index = 1; index < lower.length; index += 1)
          if (lower[index] === lower[index - 1] && lower.slice(0, index) + lower.slice(index + 1) === other) return other;
      }
    }
    return undefined;
  };
  return text.replace(/[A-Za-z]+/g, (word) => {
    const mended = fix(word) ?? smallWordTypo(word);
    if (mended === undefined) return word;
    return /^[A-Z][a-z]/.test(word) ? mended.charAt(0).toUpperCase() + mended.slice(1) : mended;
  });
}

/** Small words a description joins its phrases with. */
const SMALL_WORDS = ['and', 'the', 'for', 'with', 'from'];

/**
 * A small word with one letter struck wrong ("snd" for "and", "fpr" for "for"): a lower-case word of no
 * vowel, one letter off a small word, is that word (no vowel: no word or abbreviation a spec means).
 */
function smallWordTypo(word: string): string | undefined {
  if (!/^[b-df-hj-np-tv-xz]{3,4}$/.test(word)) return undefined;
  return SMALL_WORDS.find(
    (small) => small.length === word.length && [...small].filter((letter, index) => letter !== word[index]).length === 1,
  );
}

/** Title Case text ("Get all Slides", "Last Session Info") in lower case, acronyms kept; `share` is how much must be titled. */
function untitle(text: string, share = 0.6): string {
  const words = text.split(' ').filter((word) => word.length >= 3);
  const titled = words.filter((word) => /^[A-Z][a-z]/.test(word));
  if (words.length === 0 || titled.length / words.length < share || (share >= 0.6 && titled.length / words.length === share)) return text;
  return text.replace(/\b[A-Z][a-z]+\b/g, (word) => word.toLowerCase());
}

/** Phrases of API documentation a person would not say. */
function plainWords(object: string): string {
  return (
    object
      // A small word the documentation wrote twice ("a list of of all the projects").
      .replace(/\b(of|the|a|an|to|for|by|with|in|on|and)\s+\1\b/gi, '$1')
      // A word the documentation wrote twice ("Get name name, alpha-2 …") is said once.
      .replace(/\b([A-Za-z]{3,})\s+\1\b/gi, '$1')
      // A scope the documentation states ("a new file of any extension", "records of any type") is no words of a request.
      .replace(/\s+of\s+any\s+(?:kind|type|sort|extension|format|size|length|shape)\b/gi, '')
      // A period as a bare noun ("change chart for week"): "for the week".
      .replace(/\bfor (hour|day|week|month|quarter|year)\b(?! of\b)/gi, 'for the $1')
      // A programming word for a thing is no word of a request: "the image object reference of …" → "the image of …",
      // "autocomplete objects" → "autocomplete suggestions"; "filter available evidence" → "filter the evidence".
      .replace(/\s+object\s+references?\b/gi, '')
      .replace(/\bautocomplete\s+objects?\b/gi, 'autocomplete suggestions')
      // A choice of steps the documentation offers ("hourly or daily historical weather records") is settled by the values.
      .replace(/\b(?:hourly|daily|weekly|monthly|yearly) or (?:hourly|daily|weekly|monthly|yearly)\s+(?=[a-z])/gi, '')
      // An API's response is no thing a person asks for: "Energy API response" → "energy data", "Energy Forecast API response" → "energy forecast".
      .replace(
        /\b(?:(?:the|a|an)\s+)?(?!(?:the|a|an)\s)((?:[A-Za-z]+\s+){0,3}?[A-Za-z]+?)\s+(?:(forecast|data|report)\s+)?API\s+response\b/gi,
        (_, thing: string, kind: string | undefined) => `the ${thing.toLowerCase()} ${(kind ?? 'data').toLowerCase()}`,
      )
      .replace(/^available\s+(?=[a-z])/i, 'the ')
      // "Provides access to weather forecast information": what is asked for is the weather forecast.
      .replace(/^access\s+to\s+(?:the\s+)?((?:[a-z]+\s+){0,3}?[a-z]+?)(?:\s+(?:information|data))?$/i, '$1')
      // The documentation's clause for the searcher's inputs ("messages matching your search criteria") is said by the values.
      .replace(
        /\s+(?:matching|that match(?:es)?|which match(?:es)?|meeting|that meet|fitting)\s+(?:your|the|my|given|specified)?\s*(?:(?:search|filter)\s+)?(?:criteria|query|queries|filters?|parameters|conditions)\b/gi,
        '',
      )
      // Whom the API acts for ("Follow a user for the authenticated user") is the person asking: no words of the request.
      .replace(/\s+(?:for|of|on behalf of|as)\s+the\s+(?:authenticated|current|logged[- ]in|calling|requesting)\s+user\b/gi, '')
      // The documentation speaks to the developer ("your search"); the person asking says "my".
      .replace(/\byour\b/gi, 'my')
      // Two prepositions run together ("the image object reference by of a Newsletter Edition"): the second one stays.
      .replace(/\b(?:by|for|with|of)\s+(by|for|with|of)\b/gi, '$1')
      .replace(
        /\b(the|a|an)\s+(specified|given|passed|provided|requested|specific|particular|certain|passed-in)\s+/gi,
        (_, article: string) => `${article.toLowerCase() === 'the' ? 'the' : 'a'} `,
      )
      // "given" as a preposition ("the mileage given the distance needed") is "for".
      .replace(/(?<!\b(?:the|a|an)\s)\bgiven\s+(?=(?:the|a|an)\s)/gi, 'for ')
      // "for specific country" (no article): "for a country"; "the single brand" is "the brand".
      .replace(/\b(for|of|in|by)\s+(?:specific|particular|certain)\s+(?=[a-z]+\b(?<!s\b))/gi, '$1 a ')
      .replace(/\b(the|a|an)\s+single\s+(?=[a-z]{2})/g, '$1 ')
      .replace(/\b(specified|given|passed in|provided)\s+/gi, '')
      .replace(/\s+(passed in|provided|specified|given)$/i, '')
      .replace(/\bassociated (?:with|to) the\b/gi, 'with the')
      .replace(/\b(and|or|then)\s+([a-z]+)\b/g, (phrase, conjunction: string, word: string) =>
        /s$/.test(word) && baseVerb(word) !== undefined && baseVerb(word) !== word ? `${conjunction} ${baseVerb(word) as string}` : phrase,
      )
      .replace(/\b([Aa])\s+(?=[aeioAEIO]|u(?!s|ni))/g, '$1n ')
      .trim()
  );
}

function verbLed(sentence: string): { verb: string; rest: string } | undefined {
  const stripped = sentence.replace(PREAMBLE, '');
  const [first = '', ...rest] = stripped.split(' ');
  // A word no list knows that a determiner follows is a verb of its own: "Perform a t-test", "Plot a sine wave", "Locate the nearest parking lot".
  // A word made a verb by its ending leads as one whatever follows: "Categorize transaction", "Classify text".
  const verb =
    baseVerb(first) ??
    // A noun of the act written for its verb ("Retrieval the GreenPowerIndex", "Removal the tag"): the verb.
    (/^(the|a|an|all)$/i.test(rest[0] ?? '') ? baseVerb(first.toLowerCase().replace(/al$/, 'e')) : undefined) ??
    (/^[A-Za-z][a-z]{3,}(?:ize|ify)$/.test(first) && !NOT_VERBS.test(first) ? first.toLowerCase() : undefined) ??
    (/^[A-Za-z][a-z]{2,}$/.test(first) &&
    !/(ing|ed|tion|ness|ment|s)$/.test(first) &&
    !NOT_VERBS.test(first) &&
    /^(a|an|the|all|specific|two|three|multiple|every|each|its|their|some|one|any)$/i.test(rest[0] ?? '')
      ? first.toLowerCase()
      : undefined);
  // The same in the third person ("Activates the parking brake", "Determines the winner"): the documentation's voice, said as a request.
  const third =
    verb === undefined &&
    /^[A-Za-z][a-z]{3,}s$/.test(first) &&
    !/(ss|us|is|ous|ics|ness|ings|tions|ments)$/.test(first.toLowerCase()) &&
    !NOT_VERBS.test(first) &&
    /^(a|an|the|all|specific|two|three|multiple|every|each|its|their|some|one|any)$/i.test(rest[0] ?? '')
      ? thirdPersonBase(first.toLowerCase())
      : undefined;
  const led = verb ?? third;
  // "This function allows users to add a product to their cart": the users are the person asking ("my cart").
  const users = /\b(?:allows|lets|enables)\s+users?\s+to\b/i.test(sentence);
  return led === undefined ? undefined : { verb: led, rest: users ? rest.join(' ').replace(/\btheir\b/gi, 'my') : rest.join(' ') };
}

/** Whether a description's first sentence opens with a verb ("Resolve change chart", "Activates the brake"). */
export function verbLedText(text: string): boolean {
  return verbLed(sentences(text)[0] ?? text) !== undefined;
}

/** The base form of a verb in the third person: "activates" → "activate", "searches" → "search", "applies" → "apply". */
function thirdPersonBase(word: string): string {
  if (/ies$/.test(word)) return word.replace(/ies$/, 'y');
  if (/(ch|sh|x|z|ss)es$/.test(word)) return word.replace(/es$/, '');
  return word.replace(/s$/, '');
}

/**
 * A tool name as words of a request: an operation id's trailing HTTP method and the path words that
 * only repeat its summary are no words of it (`nearest_place_nearest_place_get` → "nearest place",
 * `jurisdiction_detail_jurisdictions_jurisdiction_id_get` → "jurisdiction detail").
 */
export function nameAsWords(toolName: string): string {
  // A benchmark's numbered prefix (`simple_python_93_get_theater_movie_releases`) is no word of a request.
  let words = humanizeName(toolName.replace(BENCHMARK_PREFIX, '')).split(' ');
  // An API version the name ends with (`create_eua_v2`) is no word of a request.
  if (words.length > 1 && /^v\d+$/i.test(words.at(-1) as string)) words = words.slice(0, -1);
  // `get_sdw_rest_services_get_qid`: a leading method and a path, the operation after the path's last method ("get qid").
  const inner = words.findLastIndex((word, index) => index > 0 && /^(get|list|create|delete|update|search|find)$/i.test(word));
  if (words.length >= 4 && /^(get|post|put|patch|delete)$/i.test(words[0] as string) && inner > 0 && inner < words.length - 1)
    words = words.slice(inner);
  if (words.length > 2 && /^(get|post|put|patch|delete)$/i.test(words.at(-1) as string)) {
    words.pop();
    const seen = new Set<string>();
    const kept: string[] = [];
    for (const word of words) {
      const plain = word.toLowerCase().replace(/s$/, '');
      // The path repeats the summary's nouns (and names its ids): from the first repeat on, nothing new is said.
      if (seen.has(plain) && kept.length > 0) break;
      seen.add(plain);
      kept.push(word);
    }
    return kept.join(' ');
  }
  return words.join(' ');
}

/** A benchmark's numbered copy of a tool (`simple_python_93_…`, `parallel_multiple_12_…`). */
const BENCHMARK_PREFIX =
  /^(?:simple_python|simple_java|simple_javascript|simple|parallel_multiple|parallel|multiple|irrelevance|live_[a-z]+)_\d+_(?=[a-z])/i;

/**
 * The sentence of a description a request is made from: the first one, or a short verb-led one after a
 * long heading; a long one cut at its first clause; none that fits, the tool's name. Names the text also
 * writes in lower case are common nouns, typos are mended, Title Case is lowered.
 */
function chosenSentence(all: readonly string[], description: string | undefined, toolName: string): string {
  // A heading-like first sentence ("Meter Reading.") is kept unless a short verb-led one follows a long noun phrase,
  // or a bare Title Case label ("People Geo.") that a verb-led sentence says in words.
  let chosen = all[0];
  const label = chosen !== undefined && /^(?:[A-Z][A-Za-z]*\s*){1,3}$/.test(chosen.replace(/[.:]$/, ''));
  // A note the markup hid ("… location. **Note:** …") ends the sentence after a label.
  // So does a comma after its thing ("List of supported Jurisdictions, a Jurisdiction is a state …").
  const next = label ? all[1]?.split(/\.\s+(?=[A-Z])|[,;]\s/)[0] : all[1];
  if (
    chosen !== undefined &&
    !verbLed(chosen) &&
    (chosen.split(' ').length > 8 || label) &&
    next !== undefined &&
    verbLed(next) &&
    // "Access to status information …" is a noun, not a verb, when a preposition follows it.
    !(label && /^(to|of|for|with|from)\b/.test(verbLed(next)?.rest ?? '')) &&
    next.split(' ').length <= 14
  )
    chosen = next;
  // A full stop before a lower-case word ("… for a specified period. in the format of …") ends a sentence too.
  if (chosen !== undefined && chosen.split(' ').length > 16) chosen = chosen.split(/\.\s+(?=[a-z])/)[0];
  if (chosen !== undefined && chosen.split(' ').length > 16)
    chosen = chosen.split(/,|;|\s+(?:which|that|so that|in order to|where|because|if)\s+/)[0];
  // "Calculate the number of solar panels needed for a house based on the square footage …": the inputs it is based on are the values said.
  if (chosen !== undefined && chosen.split(' ').length > 16 && verbLed(chosen))
    chosen = chosen.split(/\s+(?:based on|based upon|given|using|according to|depending on|from the given)\s+/)[0];
  // Only a sentence no verb leads is no request: a verb-led one is cut short later, never traded for the name read out.
  if (chosen === undefined || (chosen.split(' ').length > 18 && !verbLed(chosen)))
    chosen = spelledInitials(withoutPrefix(nameAsWords(toolName)), description);
  // "the Ministry associated with the ministry key": a word the text also writes in lower case is a common noun.
  const lowerWords = new Set((description ?? '').split(/[^A-Za-z]+/).filter((word) => /^[a-z]+$/.test(word)));
  chosen = chosen.replace(/(?<=\S )[A-Z][a-z]+\b/g, (word) => (lowerWords.has(word.toLowerCase()) ? word.toLowerCase() : word));
  return untitle(
    mendTypos(chosen, [...(description ?? '').split(/[^A-Za-z]+/), ...toolName.split(/[^A-Za-z]+/)]),
    verbLed(chosen) ? 0.6 : 0.5,
  );
}

/**
 * A name's abbreviation spelled out as its description writes it: "create eua" with "… end-user agreements" →
 * "create end-user agreement", "euas" → "end-user agreements". Words the description writes whole stay.
 */
export function spelledInitials(text: string, description: string | undefined): string {
  const words = (description ?? '').split(/\s+/).map((word) => word.replace(/[^A-Za-z-]/g, ''));
  return text.replace(/\b[a-z]{3,5}\b/g, (word) => {
    if (words.some((other) => other.toLowerCase() === word)) return word;
    const plural = /s$/.test(word) && word.length > 3;
    const initials = plural ? word.slice(0, -1) : word;
    for (let start = 0; start < words.length; start += 1)
      for (let end = start + 1; end <= Math.min(words.length, start + initials.length); end += 1) {
        const run = words.slice(start, end);
        const parts = run.flatMap((part) => part.split('-')).filter(Boolean);
        if (parts.length !== initials.length || parts.map((part) => part[0]?.toLowerCase()).join('') !== initials) continue;
        const last = (run.at(-1) as string).toLowerCase();
        const singular = last.replace(/ies$/, 'y').replace(/(?<!s)s$/, '');
        return [...run.slice(0, -1).map((part) => part.toLowerCase()), plural ? `${singular}s` : singular].join(' ');
      }
    return word;
  });
}

/** Without a description the name speaks: `slides_get_all` → "get all slides"; a leading HTTP method is not a request. */
function nameAction(toolName: string): string {
  return (
    withoutPrefix(nameAsWords(toolName))
      // A framework's trailing action (`payments_creditors_retrieve`, `…_partial_update`, `…_destroy`) leads: "get payments creditor".
      .replace(/^([a-z ]+?) (retrieve|destroy|partial update|list|create|update)$/i, (_, noun: string, verb: string) => {
        const said = verb === 'retrieve' ? 'get' : verb === 'destroy' ? 'delete' : verb === 'partial update' ? 'update' : verb;
        // One thing is created: "create a payments creditor", not "create payments creditors".
        return `${said} ${said === 'list' ? noun : said === 'create' ? `a ${singularLast(noun)}` : singularLast(noun)}`;
      })
      .replace(/^(\w+) (get|list|create|delete|update|search|find|add)\b/, '$2 $1')
      .replace(/^(post|put|patch) /, 'submit ')
  );
}

/** The action a tool performs, in a user's words; `random` picks among equivalent sayings. */
export function actionOf(fullDescription: string | undefined, toolName: string, random: Random): Action {
  // BFCL's multi-turn tools open with their suite ("This tool belongs to the ticketing system, which …"): what the tool does comes after.
  const description = ownDescription(fullDescription);
  // An operation id written as the first sentence ("getDailyReportAllCountries. Get daily report …") is no words of a request.
  const all = sentences((description ?? '').replace(/^\s*[a-z]+(?:[A-Z][a-z0-9]*)+\.\s+/, ''));
  const chosen = chosenSentence(all, description, toolName);
  const fromName = all.length === 0 ? nameAction(toolName) : undefined;
  let led = verbLed(chosen) ?? namedAction(chosen, toolName) ?? (fromName === undefined ? undefined : verbLed(fromName));
  // "Paginated Results Service": the thing a person asks for is the results, not the service.
  if (!led)
    return {
      verb: random.pick(NOUN_SAYINGS),
      object: withArticle(
        shortObject(plainWords(unglued(chosen.replace(/(?<=\S)\s+(?:service|endpoint|API|operation|method|resource)$/i, '')))),
      ),
    };
  // "Batch filter available evidence", "Batch query expression levels": the verb after "batch" is the request's.
  if (led.verb === 'batch') led = verbLed(led.rest) ?? led;
  let object = plainWords(led.rest);
  if (led.verb === 'list' || (READ.has(led.verb) && /^(a\s+)?list\s+of\s+/i.test(object))) {
    // "List of all the projects" (a heading that starts with the noun "List") → "all the projects".
    object = object.replace(/^(a\s+)?list\s+of\s+/i, '').replace(/^of\s+/i, '');
    return { verb: random.pick(LIST_SAYINGS), object: shortObject(object) };
  }
  // "Get name, alpha-2, alpha-3 code, latitude and longitude for every country": the fields come back; the thing asked for is every country.
  const fields = /^(?:[\w-]+(?: [\w-]+){0,2}, )+[\w -]+ and [\w -]+ (?:for|of) (every|each|all) ([a-z]+(?: [a-z]+)?)$/i.exec(object);
  if (fields && READ.has(led.verb))
    return {
      verb: random.pick(LIST_SAYINGS),
      object: `${(fields[1] as string).toLowerCase() === 'all' ? 'all' : 'every'} ${fields[2] as string}`,
    };
  object = shortObject(object);
  if (READ.has(led.verb))
    return {
      verb: random.pick(READ_SAYINGS),
      object: object.length === 0 ? 'it' : fromName !== undefined || bareSingular(object) ? withArticle(object) : object,
    };
  // "Resolve report for region": an API's word for fetching, unless what follows is something one settles or looks up
  if (led.verb === 'resolve' && object !== '' && !RESOLVABLE.test(object))
    return { verb: random.pick(READ_SAYINGS), object: withArticle(object) };
  // "ping service" → "ping the service".
  if (/^(ping|check|test|refresh|reset|restart)$/.test(led.verb) && bareSingular(object)) object = withArticle(object);
  return { verb: PHRASAL[led.verb] ?? led.verb, object };
}

/**
 * A description led by the tool's own one-word name and a preposition ("Comment on a tweet" of
 * `comment`, "Retweet to your followers" of `retweet`): the name is what the tool does, a verb, never
 * a thing to pull up (a request to read the comment is a request for a write).
 */
function namedAction(sentence: string, toolName: string): { verb: string; rest: string } | undefined {
  const [first = '', ...rest] = sentence.replace(PREAMBLE, '').split(' ');
  const name = toolName.replace(BENCHMARK_PREFIX, '').toLowerCase();
  if (first.toLowerCase() !== name || !/^[a-z]{3,}$/.test(name) || NOT_VERBS.test(name)) return undefined;
  return /^(on|to|upon|at|with)$/i.test(rest[0] ?? '') ? { verb: name, rest: rest.join(' ') } : undefined;
}

/** A trailing phrase of a description's object: from its last preposition on ("… between two football teams"). */
const TRAILING_PHRASE =
  /\s+(?:between|for|with|in|on|from|to|by|at|within|across|using|via)\s+(?:(?!\s(?:between|for|with|in|on|from|to|by|at|within|across|using|via)\s).)*$/i;

/** Words as the pasted-summary check counts them ("alpha-2" is two). */
const wordCount = (text: string) => text.split(/[^A-Za-z0-9]+/).filter(Boolean).length;

/**
 * A description's object said short, as a person would ask: a long one (`OBJECT_WORDS` words or more) keeps its
 * first alternative and loses trailing phrases ("the results of the most recent match between two football teams"
 * → "the results of the most recent match"), so a request never pastes the tool's summary back.
 */
const OBJECT_WORDS = 10;
/** Words that only go on with a preposition ("based on", "related to"): left at an object's end they dangle. */
const NEEDS_PREPOSITION = /\s+(?:based|depending|according|relative|related|dependent|corresponding|belonging|pertaining|due|respect)$/i;
function shortObject(object: string): string {
  let said = object;
  if (wordCount(said) >= OBJECT_WORDS && / or /.test(said)) said = said.split(/,? or /)[0] as string;
  while (wordCount(said) >= OBJECT_WORDS) {
    // A word that needs the phrase cut ("a discovery based | on the name") goes with it.
    const cut = said
      .replace(TRAILING_PHRASE, '')
      .replace(/\s*[,;:]$/, '')
      .replace(NEEDS_PREPOSITION, '');
    if (cut === said || wordCount(cut) < 2) break;
    said = cut;
  }
  return said;
}

/** Two words a heading glued into one ("Marketdata", "timezone") said apart, as the shared abbreviations list spells them. */
function unglued(text: string): string {
  return text.replace(/\b[A-Za-z]{6,}\b/g, (word) => {
    const spelled = ABBREVIATIONS[word.toLowerCase()];
    return spelled !== undefined && spelled.replace(/ /g, '') === word.toLowerCase() ? spelled : word;
  });
}

/** What a person resolves: an issue, a conflict, a name to an address. */
export const RESOLVABLE =
  /\b(issues?|tickets?|incidents?|conflicts?|disputes?|alerts?|problems?|bugs?|cases?|comments?|threads?|names?|hostnames?|domains?|address(es)?|dns|urls?|uris?|references?|refs?|alias(es)?|ids?|identifiers?|handles?|symbols?|dependenc(y|ies)|merges?|errors?|claims?|requests?)\b/i;

/** Words that a tool name may start with and a person says as they are. */
const SAID_PREFIXES =
  /^(get|set|add|all|new|top|my|our|your|one|two|raw|old|hot|big|api|url|dns|sms|pdf|csv|xml|ip|id|tv|gps|vat|tax|pet|job|car|bus|map|web|app|log|key|faq)$/i;

/**
 * A tool name's words without a leading abbreviation a person could not say (`om_readings` → "readings",
 * `gsi_dispatch` → "dispatch"): a short first word of no vowel sound or no known meaning goes when more follow.
 */
function withoutPrefix(words: string): string {
  const [first = '', ...rest] = words.split(' ');
  if (rest.length === 0 || first.length > 3 || SAID_PREFIXES.test(first) || baseVerb(first) !== undefined) return words;
  return rest.join(' ');
}

/** The last word of a noun phrase as one thing: "payments creditors" → "payments creditor". */
function singularLast(phrase: string): string {
  return phrase.replace(/(?<=\w{3})(ies|s)$/, (ending: string) => (ending === 'ies' ? 'y' : ''));
}

/** An object that starts with a bare singular noun a person says with an article ("best hour in …", "association with ID …", "latest report"). */
function bareSingular(object: string): boolean {
  const first = object.split(' ')[0] ?? '';
  return (
    /^[a-z]{3,}$/.test(first) &&
    !/(?<!s)s$/.test(first) &&
    baseVerb(first) === undefined &&
    !/^(information|info|data|details|help|more|some|everything|anything|something|nothing|evidence|content|metadata|me|it|them|us)$/.test(
      first,
    )
  );
}

function withArticle(phrase: string): string {
  if (/^(?:(?:a|an|the|some|all|any|my|our|your|every|each)\b|\d)/i.test(phrase)) return phrase;
  return `the ${/^[A-Z][a-z]+\b/.test(phrase) ? phrase.charAt(0).toLowerCase() + phrase.slice(1) : phrase}`;
}

/** The action as one clause: "show me the top level content for the home page". */
export function actionText(action: Action): string {
  return action.object ? `${action.verb} ${action.object}` : action.verb;
}
