import { mendArticles, nameWords, type ChatTool, type Task, withOwnPeriod } from '@inftool/core';
import { RESOLVABLE } from '@inftool/user-sim';
import { englishWord, humanKey, listing, misspelt, sayableKey } from './result-facts.js';
import { actionPhrase, agree, baseVerb, BENCHMARK_PREFIX } from './action-phrase.js';
import { ownDescription } from '../tasks/words.js';
import { aboutAsked, capabilityList, capabilityOf, particularOf, phraseParts, type Capability } from './capability.js';
import { bareSingular, garbledOffer, offerVerb } from '../run/checks/garbled-offer.js';
import { nameCapability, withNameCompounds, withoutParticulars, wordyOffer } from './name-capability.js';

/** Verbs a request is phrased with ("Could you pull up …", "Kindly list …"). */
const REQUEST_VERBS =
  /\b(get|fetch|find|search|list|show|pull|look|check|create|add|make|delete|remove|update|change|send|cancel|book|calculate|compute|convert|resolve|batch|collect|query|retrieve|give|tell|set|start|stop|generate|download|upload|post|submit|register|track|translate|predict|estimate|transfer|order|reserve|renew|pay|schedule|move|top up|call)\b/i;

/**
 * What the user asked for, in plain words and said back to them: the request from its verb to the end
 * of its clause, without the particulars ("with ID …", a JSON body) or the politeness around it, and
 * with "me"/"my" turned round ("Could you pull up my fax with SID FX1?" → "pull up your fax").
 */
export function requestedAction(goal: string): string | undefined {
  const verb = REQUEST_VERBS.exec(goal);
  if (!verb) return undefined;
  const clause = goal
    .slice(verb.index)
    .split(/[?!]|\.(?:\s|$)|,\s|\s(?:with|for me|on my behalf|if you can|please|thanks?|thank you)\b|\s[A-Z][a-z]+\s(?:is|are)\s/i)[0]
    ?.replace(/\{.*$/, '')
    .replace(/^(get|find|show|pull up|give|fetch) me\b/i, '$1')
    .replace(/\bmy\b/gi, 'your')
    .replace(/\bme\b/gi, 'you')
    .replace(/\s+/g, ' ')
    .trim();
  if (!clause || clause.split(' ').length < 2) return undefined;
  const words = clause.split(' ');
  // A long clause ("get last session info for all easee wallboxes user has access") is cut at its first
  // preposition past the object; one still long, or holding codes, is not said back at all.
  const at = words.findIndex((word, index) => index >= 3 && /^(for|of|with|by|from|in|on|at|that|which|where|to)$/i.test(word));
  // No preposition to cut at: the clause whole ("renew your two library books", never "renew your two").
  let end = words.length > 8 && at > 0 ? at : words.length;
  // A noun that names nothing alone ("get a list", "get one version") keeps what it is of: "get a list of all APIs".
  if (
    end < words.length &&
    /^(list|lists|set|number|version|versions|one|kind|type|group|page|summary|details|copy|part)$/i.test(words[end - 1] as string)
  ) {
    const next = words.findIndex((word, index) => index > end + 1 && /^(for|with|by|from|in|on|that|which|where|to)$/i.test(word));
    end = next > 0 && next <= 9 ? next : Math.min(words.length, 9);
  }
  // A cut is never left on a participle ("get an article belonging"): the phrase it opens is kept when short, else the participle goes.
  if (end < words.length && /(ing|ed)$/i.test(words[end - 1] as string)) {
    const next = words.findIndex((word, index) => index > end + 1 && /^(for|of|with|by|from|in|on|that|which|where|to)$/i.test(word));
    end = next > 0 && next <= 9 ? next : end - 1;
  }
  const cut = words.slice(0, end).join(' ');
  const said = cut.replace(/(\s+(of|for|to|with|by|and|the|a|an|in|on|all))+$/i, '');
  if (said.split(' ').length > 9) return undefined;
  return said.charAt(0).toLowerCase() + said.slice(1);
}

/** The first sentences of a tool's description, each up to its first comma, "Allows to collect" said "collect". */
function firstSentences(tool: ChatTool): string[] {
  // A description copied from a sibling ("Resolve change chart for week" on `get_spots_month`) is said with the name's period.
  return (
    withOwnPeriod(ownDescription(tool.description) ?? '', nameWords(tool.name))
      .replace(/\s*\([^)]*\)/g, '')
      // "Returns an hourly forecast - Given a lat/lon": what it is given tells it from a tool on the same thing.
      .replace(/\s+-\s+(?=given\b)/gi, ' ')
      .replace(/`/g, '')
      .split(/(?<![\s.][A-Z]\.)(?<=[.!?])\s+/)
      .slice(0, 3)
      // "Allows to collect data …" → "collect data …".
      .map(
        (sentence) =>
          sentence
            .replace(/[.!?:]+$/, '')
            // "Search and retrieve law cases": one verb says it.
            .replace(/^([A-Za-z]+) and ([A-Za-z]+)\s/, (whole, first: string, second: string) =>
              baseVerb(first) !== undefined && baseVerb(second) !== undefined ? `${first} ` : whole,
            )
            .split(/,|;| - /)[0]
            ?.trim()
            .replace(/^allows? (?:you )?to\s+(\w+)/i, (whole, verb: string) =>
              baseVerb(verb) !== undefined || /^(collect|gather|store|upload|download|retrieve|query|fetch|send|submit)$/i.test(verb)
                ? verb
                : whole,
            ) ?? '',
      )
      // A long one ("Search for a historical law case based on specific criteria like …") is said up to its criteria.
      .map((sentence) => (sentence.split(/\s+/).length > 10 ? sentence.replace(/\s+(?:based on|such as|like)\s.*$/i, '') : sentence))
      .map(clauseOf)
      .filter((sentence) => sentence !== '')
  );
}

/** Words after which a long sentence's particulars begin ("Calculate the final speed of an object that starts …"). */
const CLAUSE_END =
  /^(that|which|who|whose|where|when|while|given|using|including|within|during|for|from|in|on|at|under|by|with|to|based|such|like|after|before|if|so|via|according)$/i;

/** A sentence over ten words said up to where its particulars begin, past its verb and object; a short one as it is. */
function clauseOf(sentence: string): string {
  const words = sentence.split(/\s+/);
  if (words.length <= 10) return sentence;
  // "Get the posts associated with the keys …": a participle after the thing begins its particulars too.
  const cut = words.findIndex(
    (word, index) =>
      index >= 3 &&
      (CLAUSE_END.test(word) || (/^[a-z]{4,}(ed|ing)$/.test(word) && !/^(and|or|the|a|an|of)$/i.test(words[index - 1] as string))),
  );
  if (cut < 0) return sentence;
  const kept = words.slice(0, cut);
  while (kept.length > 2 && /^(and|or|the|a|an|of)$/i.test(kept.at(-1) as string)) kept.pop();
  return kept.join(' ');
}

/**
 * The sentence that says what a tool does with a verb ("Retrieve TSE Data for a given receipt"; a verb in
 * the third person before a determiner, "Triggers a new build", in its base form), said as a capability.
 */
function verbalSentence(sentences: readonly string[], sentencesInVerbs: readonly string[]): string | undefined {
  const turned = new Set(sentencesInVerbs.filter((sentence, index) => sentence !== sentences[index]));
  const verbal = sentencesInVerbs.find((sentence) => {
    const words = sentence.split(/\s+/);
    // A statement about the tool ("Dispatch of green energy has two aspects") is no verb phrase.
    return (
      words.length >= 2 &&
      words.length <= 10 &&
      (offerVerb(words[0] as string) !== undefined || turned.has(sentence) || /^(collect|gather|store)$/i.test(words[0] as string)) &&
      !/^(post|put|patch)$/i.test(words[0] as string) &&
      !/[:]|\b(has|have|is|are|was|were|can|will)\b/i.test(sentence)
    );
  });
  if (verbal === undefined) return undefined;
  // "Allows to collect data …" → "collect data …".
  const words = verbal.split(/\s+/);
  const verb = offerVerb(words[0] as string) ?? (words[0] as string).toLowerCase();
  // "Resolve change chart for week": an API's word for fetching, unless what follows is settled or looked up (a ticket, a hostname).
  const said = verb === 'resolve' && !RESOLVABLE.test(words.slice(1).join(' ')) ? 'get' : verb;
  return agree([said, ...words.slice(1)].join(' '));
}

/**
 * Whether a phrase read off a tool's name reads as words ("convert currency" from `convert_currency`,
 * whose description speaks of currencies), not as the name's pile of nouns ("calculate kinematics final
 * speed", "fetch game statistics player statistics"): a verb and at most two words its description uses.
 */
function namePhraseReads(text: string, tool: ChatTool): boolean {
  const words = text.toLowerCase().split(/\s+/);
  const named = new Set(humanKey(tool.name.replace(BENCHMARK_PREFIX, '')).toLowerCase().split(/\s+/));
  if (!words.every((word) => named.has(word))) return true;
  const description = (tool.description ?? '').toLowerCase();
  return words.length <= 3 && words.slice(1).every((word) => description.includes(word.replace(/s$/, '')));
}

/** What a tool does when no sentence of it starts with a verb: its title, a verb its name holds, else "work with" its name. */
function titleOrName(tool: ChatTool, title: string | undefined): string {
  // A one-word title that is a verb ("Register", "Login") is what the tool does, not a thing to look up.
  if (title !== undefined && /^log ?(in|out)$/i.test(title))
    return title.toLowerCase().startsWith('login') || /in$/i.test(title) ? 'log in' : 'log out';
  if (title !== undefined && /^(register|subscribe|unsubscribe|authenticate|signup|sign up|checkout)$/i.test(title))
    return title.toLowerCase().replace('signup', 'sign up');
  // A title is said only when its words are English ("Wim Proess Informtion" is not).
  if (title !== undefined && title.split(/\s+/).length <= 4 && /^[A-Z]/.test(title) && !title.split(/\s+/).some(misspelt))
    return `look up ${title.toLowerCase()}`;
  const phrase = actionPhrase(tool.name, tool.description, 8);
  if (
    phrase.verbal &&
    !/^(post|put|patch)\s/i.test(phrase.text) &&
    phrase.text.toLowerCase() !== humanKey(tool.name.replace(BENCHMARK_PREFIX, '')) &&
    namePhraseReads(phrase.text, tool)
  )
    return phrase.text.charAt(0).toLowerCase() + phrase.text.slice(1);
  const rest = humanKey(tool.name.replace(BENCHMARK_PREFIX, '')).replace(/^(get|post|put|patch|delete|handle)\s+/, '');
  return sayableKey(rest) !== undefined ? `work with ${sayableKey(rest) as string}` : '';
}

/**
 * What an offered tool does, short and in words: the first sentence of its description that starts
 * with a verb (parentheticals and anything after a comma dropped: "Retrieve TSE Data for a given
 * receipt"), else its title ("Meter Reading. …" → "look up meter reading"), else its name said as
 * "work with …"; never an HTTP verb glued to a name ("post evidence filter").
 */
export function canDo(tool: ChatTool): string {
  const sentences = firstSentences(tool);
  // A verb in the third person before a determiner ("Triggers a new build") is the verb of what the tool does.
  const sentencesInVerbs = sentences.map((sentence) =>
    sentence.replace(/^([A-Z][a-z]{3,})(s)(?= (?:a|an|the|all|one|its|their|every|each)\b)/, (whole, stem: string) => {
      const known = offerVerb(`${stem}s`);
      if (known !== undefined) return known.charAt(0).toUpperCase() + known.slice(1);
      return /(at|ur|ut|er|nd|ct|rt|ve|se)$/.test(stem) ? stem : whole;
    }),
  );
  // A title that is a verb ("Login (via Mail). Sends a mail …") says what the tool is for; the sentences after it say how.
  const title = sentencesInVerbs[0];
  if (title !== undefined && /^(log ?(in|out)|register|subscribe|unsubscribe|authenticate|sign ?up|checkout)$/i.test(title))
    return titleOrName(tool, title);
  const described = verbalSentence(sentences, sentencesInVerbs) ?? titleOrName(tool, title);
  // A phrase that says the description's particulars ("look up the information about cell functions based on its part"):
  // the tool's name says what it does more plainly ("look up cell functions").
  if (!wordyOffer(described)) return withNameCompounds(described, tool);
  return nameCapability(tool) ?? withNameCompounds(withoutParticulars(described), tool);
}

/**
 * A capability as prose: camelCase words spelled out ("postKind" → "post kind"), a common word a spec
 * capitalised said in lower case ("prepare Transaction" → "prepare transaction"; names such as
 * "Facebook" stay), and a verb before two nouns said with "of" ("get newsletters image" → "get the
 * image of newsletters").
 */
function plain(text: string): string {
  const split = text
    .replace(/\b[a-z]+[A-Z]\w*\b/g, (word) => humanKey(word))
    // A period as a bare noun ("change chart for week"): "for the week".
    .replace(/\bfor (hour|day|week|month|quarter|year)\b(?! of\b)/gi, 'for the $1')
    .replace(/\b(uri|url|api|id|md5|sha1|tse|xml|pdf)\b/gi, (word) => word.toUpperCase())
    .split(' ');
  // A capitalised word beside another ("Listen Notes") is a name and stays.
  const capitalised = (word?: string) => word !== undefined && /^[A-Z]/.test(word);
  const words = split.map((word, index) =>
    index > 0 &&
    /^[A-Z][a-z]{2,}$/.test(word) &&
    !capitalised(split[index - 1]) &&
    !capitalised(split[index + 1]) &&
    englishWord(word.toLowerCase()) === word.toLowerCase()
      ? word.toLowerCase()
      : word,
  );
  const [verb, owner, thing] = words;
  if (
    words.length === 3 &&
    verb !== undefined &&
    owner !== undefined &&
    thing !== undefined &&
    /^(get|fetch|retrieve|show|return|read|download)$/.test(verb) &&
    !/ly$|^(today|now|nearby|online|here|there|back|up|down|out|in|on|all|first|last|latest)$/.test(thing) &&
    /^[a-z]{3,}[^su]s$/.test(owner) &&
    /^[a-z]{3,}[^s]$/.test(thing) &&
    englishWord(owner) !== undefined &&
    englishWord(thing) !== undefined &&
    baseVerb(thing) === undefined
  )
    return `${verb} the ${thing} of ${owner}`;
  return words.join(' ');
}

/** A capability that only reads the tool's name out ("get posts latest media uri" for `posts_get_latest_media_uri`) says nothing a person would. */
function readsOutName(text: string, tool: ChatTool): boolean {
  const object = text.toLowerCase().split(' ').slice(1).join(' ');
  // Words the description says too are English to its reader ("get evidence by ID").
  if ((tool.description ?? '').toLowerCase().includes(object)) return false;
  const named = nameWords(tool.name)
    .map((word) => word.toLowerCase())
    .filter((word) => !/^(get|post|put|patch|delete)$/.test(word))
    .join(' ');
  return object.split(' ').length >= 3 && ` ${named} `.includes(` ${object} `);
}

function pick<T>(options: readonly T[], seed: string): T {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return options[hash % options.length] as T;
}

/** Objects that say nothing of what a tool is about alone ("look up children", "help with information"). */
const GENERIC_OBJECT = /^(children|parents|items|entries|objects|things|results|keys|related entities|information|info|data|details)$/i;

/** What was asked as a verb and its object ("pull up the post" → pull up, "the post"). */
function askedCapability(asked: string): Capability | undefined {
  const match = /^(pull up|look up|find information about|\S+)\s+(.+)$/i.exec(asked);
  return match ? { verb: (match[1] as string).toLowerCase(), object: match[2] as string } : undefined;
}

/**
 * What a tool offers, said as a kind of thing ("look up posts"), or with its particulars where the kind
 * alone would be what was asked or says nothing ("look up a post by its key" when the latest posts of an
 * index were asked; "look up the children of a SHA1", not "look up children"). A bare "register" says what.
 */
function offerOf(text: string, asked: Capability | undefined, tool: ChatTool | undefined): Capability | undefined {
  const capability = capabilityOf(text);
  if (capability === undefined) return undefined;
  if (capability.object === '' && /^(register|sign up|signup)$/.test(capability.verb)) return { verb: 'register', object: 'an account' };
  const vague = GENERIC_OBJECT.test(capability.object);
  if (!vague && (asked === undefined || !aboutAsked(asked, capability))) return capability;
  const particular = particularOf(text);
  if (particular === undefined) return vague ? undefined : capability;
  // "look up posts" says no more than the thing: the one value it needs says which ("look up posts by their keys").
  const key = tool === undefined ? undefined : onlyKeyOf(tool);
  if (key === undefined || (phraseParts(particular.object)?.particulars.length ?? 1) > 0) return particular;
  const many = /s$/.test(particular.object);
  return { ...particular, object: `${particular.object} by ${many ? 'their' : 'its'} ${key}${many ? 's' : ''}` };
}

/** A word made plural ("receipt" → "receipts", "category" → "categories"). */
const pluralWord = (word: string) =>
  /(s|x|ch|sh)$/.test(word) ? `${word}es` : /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`;

/**
 * What a tool offers in words a person says, or undefined when it cannot be said: of a description that
 * does two things ("finish a collection of data and finalize receipt") the first that reads, a common
 * word capitalised as in a heading said in lower case ("look up a current observation"), a single thing
 * named bare said as a kind ("prepare transaction" → "prepare transactions"); never an offer
 * `garbledOffer` finds garbled.
 */
function sayableOffer(text: string, asked: Capability | undefined, tool: ChatTool | undefined): Capability | undefined {
  // "… and finalize receipt": an "and" before a verb begins a second thing the tool does.
  const parts: string[] = [];
  for (const piece of text.split(/\s+and\s+/)) {
    if (parts.length > 0 && offerVerb(piece.split(/\s+/)[0] as string) === undefined) parts.push(`${parts.pop() as string} and ${piece}`);
    else parts.push(piece);
  }
  for (const part of parts) {
    // The offer as a kind of thing, else with its particulars ("look up the date of a historical event", not "look up dates").
    for (const capability of [offerOf(part, asked, tool), particularOf(part)]) {
      const said = capability === undefined ? undefined : sayable(capability);
      if (said !== undefined) return said;
    }
  }
  return undefined;
}

/** A capability in the words a person says (see `sayableOffer`), or undefined when one of its things is garbled. */
function sayable(capability: Capability): Capability | undefined {
  const common = (word: string) =>
    /^[A-Z][a-z]{2,}$/.test(word) && englishWord(word.toLowerCase()) === word.toLowerCase() ? word.toLowerCase() : word;
  // Each thing of "account and category" is said as a kind ("accounts and categories"), and each must read.
  const parts = capability.object.split(/\s+and\s+/);
  // "estimated preparation and cooking times": a thing before a plural one may share its head, and stays as it is.
  const plural = /s$/.test(parts.at(-1) as string);
  const things = parts.map((thing, index) => {
    const words = thing
      .split(/\s+/)
      .filter((word) => word !== '')
      .map(common);
    if (bareSingular(words) && !(plural && index < parts.length - 1)) words.push(pluralWord(words.pop() as string));
    return words.join(' ');
  });
  const garbled = things.some((thing, index) =>
    garbledOffer({ verb: capability.verb, object: thing }, index < things.length - 1 && plural),
  );
  return garbled ? undefined : { ...capability, object: things.join(' and ') };
}

/** The one value a tool needs when it is an identifier (`postKeys` → "key", `id` → "ID"). */
function onlyKeyOf(tool: ChatTool): string | undefined {
  const required = (tool.parameters?.['required'] ?? []) as unknown;
  const properties = Object.keys((tool.parameters?.['properties'] ?? {}) as Record<string, unknown>);
  // The required ones, else a tool's only parameter.
  const names = Array.isArray(required) && required.length > 0 ? required : properties;
  if (names.length !== 1) return undefined;
  const last = humanKey(String(names[0])).split(' ').at(-1)?.toLowerCase() ?? '';
  const word = last.replace(/s$/, '');
  if (!/^(id|key|guid|sid|reference|uri|code|slug)$/.test(word)) return undefined;
  return /^(id|guid|sid|uri)$/.test(word) ? word.toUpperCase() : word;
}

/** Two offers that differ only in number and determiners. */
function sameOffer(a: Capability, b: Capability): boolean {
  const bare = (capability: Capability) =>
    `${capability.verb} ${capability.object}`
      .toLowerCase()
      .replace(/\b(?:a|an|the|its|their)\b/g, ' ')
      .replace(/(?<=\w{3})s\b/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  return bare(a) === bare(b);
}

/** Whether `other` is `capability` said with more words before its thing ("current local times" of "local times"). */
function saysMoreOf(other: Capability, capability: Capability): boolean {
  return (
    other.verb === capability.verb &&
    other.object.length > capability.object.length &&
    other.object.toLowerCase().endsWith(` ${capability.object.toLowerCase()}`)
  );
}

/** A refusal when no tool says what it does. */
function cannotAlone(what: string, seed: string): string {
  return pick(
    [
      `Sorry, I have no tool here that can ${what}.`,
      `I'm afraid none of my tools can ${what}.`,
      `That is not something the tools I have can do, sorry.`,
    ],
    seed,
  );
}

/** What the offered tools do, nearest the request first, at most three, each said once, with the tool that does it. */
function offeredTexts(goal: string, tools: readonly ChatTool[]): { can: string[]; toolOf: Map<string, ChatTool> } {
  // Tools that read the same ("resolve change chart for week" three times) are said once.
  const can: string[] = [];
  const toolOf = new Map<string, ChatTool>();
  // The tools nearest the request come first: they are the ones worth offering.
  const stems = new Set(
    goal
      .toLowerCase()
      .match(/[a-z]{4,}/g)
      ?.map((word) => word.slice(0, 4)) ?? [],
  );
  const near = (tool: ChatTool) =>
    new Set(
      `${humanKey(tool.name)} ${tool.description ?? ''}`
        .toLowerCase()
        .match(/[a-z]{4,}/g)
        ?.map((word) => word.slice(0, 4))
        .filter((stem) => stems.has(stem)),
    ).size;
  const ranked = tools
    .map((tool, index) => ({ tool, index, score: near(tool) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.tool);
  for (const tool of ranked) {
    if (can.length >= 3) break;
    const text = plain(canDo(tool));
    if (text !== '' && !can.includes(text) && !readsOutName(text, tool)) {
      can.push(text);
      toolOf.set(text, tool);
    }
  }
  return { can, toolOf };
}

/**
 * The answer to a request no offered tool serves: what the user asked for, in plain words, that none of
 * the tools here can do it, and what they can do instead; never a raw tool name. Worded several ways,
 * chosen by the request, so the same seed gives the same answer.
 */
export function cannotText(task: Task, tools: ChatTool[]): string {
  const { can, toolOf } = offeredTexts(task.goal, tools);
  const said = requestedAction(task.goal);
  const asked = said === undefined ? undefined : mendArticles(said);
  const what = asked ?? 'do that';
  const seed = task.goal;
  if (can.length === 0) return cannotAlone(what, seed);
  // Tools known only by a name ("work with bulk md5") are said once, as topics, and only when no tool says what it does.
  // The others as short verb phrases, not their documentation: "look up meter readings and register".
  const askedAs = asked === undefined ? undefined : askedCapability(asked);
  const verbal = can
    .filter((text) => !text.startsWith('work with '))
    .map((text) => sayableOffer(text, askedAs, toolOf.get(text)))
    .filter((capability): capability is Capability => capability !== undefined)
    // Two tools said alike ("posts by their keys", "a post by its key") are offered once.
    .filter((capability, index, all) => all.findIndex((other) => sameOffer(other, capability)) === index)
    // "local times" beside "current local times": the one that says more is offered.
    .filter((capability, index, all) => !all.some((other, at) => at !== index && saysMoreOf(other, capability)));
  const topics = can
    .filter((text) => text.startsWith('work with '))
    .map((text) => text.slice('work with '.length))
    .filter((topic) => !GENERIC_OBJECT.test(topic));
  if (verbal.length === 0 && topics.length === 0) return cannotAlone(what, seed);
  const offer = verbal.length > 0 ? capabilityList(verbal) : `help with ${listing(topics)}`;
  return pick(
    [
      `I'm sorry, but none of the tools I have here can ${what}. What they can do is ${offer}.`,
      `I can't ${what} with the tools available to me. They only let me ${offer}; would any of that help?`,
      `That is outside what my tools cover, so I can't ${what}. I can ${offer}, if that is useful.`,
      `Unfortunately I have no way to ${what} here. The tools I have can ${offer}.`,
      `Sorry, I'm not able to ${what}; none of the tools here covers it. I could ${offer} instead.`,
      `I don't have a tool to ${what}. My tools can ${offer}.`,
      `None of my tools can ${what}, I'm afraid. What I can do is ${offer}.`,
      `That isn't possible with what I have here; I can't ${what}. I can, however, ${offer}.`,
      `I'm afraid I can't ${what}. The tools available to me can ${offer}; tell me if one of those helps.`,
      `There is no tool here that can ${what}. If it helps, I can ${offer}.`,
    ],
    seed,
  );
}
