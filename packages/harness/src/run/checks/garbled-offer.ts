import { baseVerb } from '../../roles/action-phrase.js';
import { englishWord } from '../../roles/key-words.js';
import type { Capability } from '../../roles/capability.js';

/** Words that join or open a phrase: a noun pile is a run of words without any of them. */
const FUNCTION_WORD =
  /^(a|an|the|of|for|to|with|by|from|in|on|at|under|over|into|about|between|near|during|across|through|around|inside|outside|against|among|along|without|within|beyond|like|upon|toward|towards|behind|below|above|beside|onto|off|out|up|down|including|versus|such|after|before|since|until|where|when|while|if|and|or|its|their|his|her|your|my|our|this|that|these|those|which|who|given|based|using|via|per|as|than|one|two|three|all|any|each|every|some|no|not|is|are|be|can)$/i;
/** Words a phrase cannot end on ("the acceleration of an object under"). */
const DANGLING =
  /^(a|an|the|of|for|to|with|by|from|in|on|at|under|over|into|about|between|and|or|its|their|given|based|that|which|than|per|via)$/i;
/**
 * Particulars of a description sentence an offer carries over ("collect data with several requests for a
 * receipt", "cell functions based on its part", "the acceleration of an object under given conditions"):
 * a person offering help says what the tool does, not how its documentation qualifies it.
 */
const SPEC_PARTICULARS =
  /\b(?:with several \w+|based on its\b|under (?:given |specified |certain )?conditions|(?:the )?information about|in order to)\b/i;
/** Things a "look up" of says nothing of alone ("look up prefix search", "look up 72 hours", "look up dates"). */
const EMPTY_READ = /^(search|searches|download|downloads|engine|hour|hours|date|dates)$/i;
/** Nouns said without an article (no "a"): "look up weather", "calculate displacement". */
const MASS =
  /^(data|media|info|information|evidence|content|software|hardware|analysis|weather|traffic|news|music|pressure|speed|velocity|acceleration|displacement|energy|power|money|income|revenue|inventory|status|history|feedback|advice|help|access|progress|research|equipment|mail|email|storage|time|pollution|quality|health|nutrition|interest|tax|insurance|shipping|pricing|availability|usage|performance|currency|population|demand|supply|area|volume|mass|density|gravity|force|work|heat|light|sound|friction|momentum|torque|voltage|resistance|current|distance|tension|elevation|altitude|humidity|rainfall|snow|rain|wind|temperature|climate|sunlight|visibility|attendance|inflation|unemployment|GDP|ROI|XML|JSON|HTML|PDF|TSE|DNA|RNA)$/i;
const DETERMINED =
  /^(a|an|the|all|any|each|every|some|one|two|three|several|multiple|its|their|your|my|this|these|those|that|his|her|our)$/i;

/** Verbs of what tools do that `baseVerb` does not list ("Modifies the player's equipment", "Compresses a file"). */
const MORE_VERBS = new Set(
  'collect gather store trigger help modify compress decompress extract identify determine evaluate simulate perform provide analyse analyze summarize summarise merge split sort rank match detect classify recommend suggest plan measure forecast encode decode encrypt decrypt parse format render sign approve reject assign invite share archive restore publish solve find'.split(
    ' ',
  ),
);

/** A word as the base form of a verb a tool's capability opens with ("Modifies" → "modify"), else undefined. */
export function offerVerb(word: string): string | undefined {
  const lower = word.toLowerCase();
  const known = baseVerb(lower);
  if (known !== undefined) return known;
  const forms = [lower, lower.replace(/(?<=(?:ss|ch|sh|x|zz))es$/, ''), lower.replace(/ies$/, 'y'), lower.replace(/s$/, '')];
  return forms.find((form) => MORE_VERBS.has(form));
}

/** A heading's capitals on common words ("a Current Observation", "TSE Data", "Suggested Categories"). */
function headingCapitals(words: readonly string[]): string | undefined {
  return words.find((word, index) => index >= 0 && /^[A-Z][a-z]{2,}$/.test(word) && englishWord(word.toLowerCase()) === word.toLowerCase());
}

/** A singular countable noun with nothing before it ("delete webhook", "prepare transaction"): said as no person would. */
export function bareSingular(words: readonly string[]): boolean {
  if (words.length === 0 || words.length > 3 || DETERMINED.test(words[0] as string)) return false;
  const head = words.at(-1) as string;
  if (!/^[a-z]{3,}$/.test(head) || /(s|ing)$/.test(head) || MASS.test(head)) return false;
  if (words.some((word) => FUNCTION_WORD.test(word) || /\d/.test(word))) return false;
  return baseVerb(head) !== head;
}

/**
 * Why one offered capability reads as no person would say it, or undefined when it reads: the marks of
 * an operation name or a heading read out ("update battle reign game API player equipment", "look up
 * TSE Data", "game statistics player statistics", "delete webhook"), or of a phrase cut short ("look up
 * U.S", "the acceleration of an object under", "book a hotel room the city", "projects you're followings").
 */
export function garbledOffer({ verb, object }: Capability, sharesHead = false): string | undefined {
  const words = object.split(/\s+/).filter((word) => word !== '');
  const said = `"${`${verb} ${object}`.trim()}"`;
  const field = words.find(
    (word) => /[a-z][A-Z]/.test(word) && !/^(iPhone|iPad|iOS|eBay|YouTube|GitHub|LinkedIn|PayPal|JavaScript|TypeScript)$/.test(word),
  );
  if (field !== undefined) return `${said} reads out a field name ("${field}")`;
  // "a specified historical events": one thing said with a plural.
  const article = words.findIndex((word) => /^(a|an)$/i.test(word));
  const tail = article < 0 ? [] : words.slice(article + 1);
  if (
    tail.length >= 1 &&
    tail.length <= 4 &&
    !tail.some((word) => FUNCTION_WORD.test(word)) &&
    /^[a-z]{3,}[^su's]s$/.test(tail.at(-1) as string)
  )
    return `${said} says one thing with a plural ("${words[article] as string} … ${tail.at(-1) as string}")`;
  if (/(?:^|\s)(?:[A-Z]\.)+[A-Z]$/.test(object)) return `${said} ends in a cut abbreviation`;
  const particulars = SPEC_PARTICULARS.exec(object);
  if (particulars !== null) return `${said} carries the documentation's particulars ("${particulars[0]}")`;
  if (words.length > 0 && DANGLING.test(words.at(-1) as string)) return `${said} is cut short`;
  const capital = headingCapitals(words);
  if (capital !== undefined) return `${said} has "${capital}" capitalised as in a heading`;
  const glued = words.findIndex(
    (word, index) =>
      index > 0 &&
      /^(the|a|an)$/i.test(word) &&
      /^[a-z]{3,}$/i.test(words[index - 1] as string) &&
      !FUNCTION_WORD.test(words[index - 1] as string) &&
      !/(ing|ed)$/i.test(words[index - 1] as string) &&
      baseVerb(words[index - 1] as string) === undefined,
  );
  if (glued > 0) return `${said} runs two things together ("${words[glued - 1] as string} ${words[glued] as string}")`;
  const content = words.map((word) => word.toLowerCase()).filter((word) => word.length >= 4 && !FUNCTION_WORD.test(word));
  const twice = content.find((word, index) => content.indexOf(word) !== index);
  if (twice !== undefined) return `${said} says "${twice}" twice`;
  let run = 0;
  for (const word of words) {
    run = FUNCTION_WORD.test(word) ? 0 : run + 1;
    if (run >= 5) return `${said} piles up nouns as an operation name does`;
  }
  if (/\b(?:you're|you are|they're|we're)\s+\w+ings\b/i.test(object)) return `${said} makes a clause plural`;
  if (/^look up$/i.test(verb) && words.length > 0 && EMPTY_READ.test(words.at(-1) as string))
    return `${said} says nothing of what is looked up`;
  if (!/^look up$/i.test(verb) && /^(?:(?:a|an|the)\s+)?(collection|set|batch|group)\s+of\b/i.test(object))
    return `${said} names a heading, not a thing`;
  if (!sharesHead && bareSingular(words)) return `${said} leaves the article off a single thing, as an operation name does`;
  return undefined;
}
