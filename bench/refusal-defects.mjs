// Counts what a reader finds in the irrelevance refusals of a run's ACCEPTED records: capabilities said
// as garbled operation names or headings or in a description's wording, refusals that offer what they
// decline or decline what an offered tool's name says it does, the same request asked in several runs;
// and, in records of every kind, tool choice: a required value sent empty, a create sent with no values,
// a memory key read through the other store's tool (docs/benchmarks.md, "Request and answer defects"). Its own plain detectors, not
// the checks', so a check that hides a defect does not hide it here.
// Run: node bench/refusal-defects.mjs RUN_DIR [OTHER_RUN_DIR …] [--examples N] [--json]
//   (the other runs are read only for requests that recur across runs)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDefects, printDefects, readDefectRun, readRecords } from './defect-run.mjs';

const { args, exampleCount, file, lines } = readDefectRun('refusal-defects');
const { records } = readRecords(lines);
const { defects, note } = createDefects(exampleCount);

/** Joining and opening words: a run of five or more words without one is a pile of nouns. */
const JOINS =
  /^(a|an|the|of|for|to|with|by|from|in|on|at|under|over|into|about|between|near|during|and|or|its|their|your|my|this|that|which|given|based|using|via|per|as|one|two|all|any|each|every|some)$/i;
/** Words a capability cannot end on. */
const ENDS = /^(a|an|the|of|for|to|with|by|from|in|on|at|under|over|and|or|its|their|given|based|that|which)$/i;
/** Verbs a refusal offers with. */
const VERB =
  /^(look|list|search|get|find|create|add|delete|remove|update|cancel|calculate|compute|convert|book|send|check|locate|register|log|sign|help|translate|track|filter|modify|compress|prepare|finalize|finish|collect|query|trigger|display|generate|suggest|provide|submit|upload|download|set|start|stop|estimate|predict|analyze|analyse|retrieve|fetch|show|view|play|order|pay|transfer|schedule|move|copy|rename|open|close|identify|determine|evaluate|simulate|compare|count|record|rate|review|subscribe|reserve|buy|sell|lock|unlock|enable|disable|reset|verify|validate|monitor|notify|make|write|edit|describe|resolve|return|read|load|browse|dispatch|store|gather|measure|solve|recommend)$/i;

/** The text after "I can"/"My tools can" …: what a refusal offers instead, or undefined. */
function offerOf(text) {
  const match =
    /(?:What (?:they|I) can do is|They only let me|I can, however,|The tools (?:available to me|I have) can|My tools can|I could|If it helps, I can|I can)\s+(.+?)(?=\.(?:\s+[A-Z]|\s*$)|[;?!]| instead\b| if that\b|, if\b|$)/.exec(
      text,
    );
  return match?.[1];
}

/** What a refusal declines ("I can't X"), or undefined. */
function declinedOf(text) {
  const match =
    /(?:can't|cannot|not able to|no way to|have a tool to|tool here that can|tools I have here can|none of my tools can)\s+(.+?)(?=[.;?!]|, I'm afraid| here\b| with the tools| with what|$)/i.exec(
      text,
    );
  return match?.[1];
}

/** Why one offered piece ("look up TSE Data") reads as no person would say it, or undefined. */
function garbled(piece, first) {
  const words = piece.split(/\s+/).filter(Boolean);
  if (first && !VERB.test(words[0] ?? '')) return 'opens with no verb';
  if (/(?:^|\s)(?:[A-Z]\.)+[A-Z]$/.test(piece)) return 'cut abbreviation';
  if (ENDS.test(words.at(-1) ?? '') && !/^(log|sign) in$/i.test(piece)) return 'cut short';
  if (
    words.some(
      (word, index) =>
        index > 0 &&
        /^[A-Z][a-z]{2,}$/.test(word) &&
        /^([A-Z][a-z]+|[A-Z]{2,})$/.test(words[index - 1] ?? '') &&
        !/^(Facebook|Google|Twitter|Listen|Notes)$/.test(word),
    )
  )
    return 'heading capitals';
  if (
    /^(a|an)$/i.test(words.at(-2) ?? '') === false &&
    /\b(?:a|an)\s+(?:\w+\s+){0,2}\w+[^su]s$/.test(piece) &&
    !/\b(?:of|for|by|with|in|on)\b/.test(piece)
  )
    return 'one thing said as many';
  // The verb aside ("look up highest rated restaurants"): what is offered.
  const thing = first || VERB.test(words[0] ?? '') ? words.slice(/^(look|pull|log|sign)$/i.test(words[0] ?? '') ? 2 : 1) : words;
  const content = thing.map((word) => word.toLowerCase()).filter((word) => word.length >= 4 && !JOINS.test(word));
  if (content.some((word, index) => content.indexOf(word) !== index)) return 'a word said twice';
  let run = 0;
  for (const word of thing) if ((run = JOINS.test(word) ? 0 : run + 1) >= 5) return 'pile of nouns';
  if (/\b(?:you're|you are)\s+\w+ings\b/.test(piece)) return 'a clause made plural';
  if (/^look up (?:\d+ )?(?:hours?|dates?|\w+ search)$/i.test(piece)) return 'says nothing of what';
  return undefined;
}

/** Content words of a phrase, singular ("the final posts" → final, post). */
const contentWords = (phrase) =>
  phrase
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word.length >= 3 && !JOINS.test(word) && !/^(look|up|pull|get|find|show|fetch|your)$/.test(word))
    .map((word) => word.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, ''));

/** A description's wording carried into an offer ("collect data with several requests", "based on its part"). */
const SPEC_WORDING =
  /\b(?:with several|based on its|under (?:given )?conditions|information about|in order to|for a given|of a specified)\b/i;
/** Name words that say no thing: verbs, time words, benchmark and HTTP words. */
const NAME_NOISE =
  /^(get|list|fetch|find|retrieve|search|lookup|look|calculate|compute|post|put|patch|delete|create|add|by|all|the|of|for|latest|current|live|v\d+|api|simple|parallel|multiple|irrelevance|python|java|javascript|\d+)$/i;
const stemOf = (word) =>
  word
    .toLowerCase()
    .replace(/(ings?|ies|es|s)$/, '')
    .slice(0, 6);

/** The tools offered in a record, as chat tools. */
function offeredTools(record, runDirectory) {
  let tools = record.tools;
  if (tools?.$ref) tools = JSON.parse(readFileSync(join(runDirectory, tools.$ref), 'utf8'));
  const all = (Array.isArray(tools) ? tools : (tools?.tools ?? [tools])).filter(Boolean).map((tool) => tool.function ?? tool);
  const offered = new Set(record.task?.tools ?? []);
  return offered.size > 0 ? all.filter((tool) => offered.has(tool.name)) : all;
}

/** An offered tool whose name's things (two words at least, its parameters' words aside) the request all says: it fits. */
function fittingByName(goal, tools) {
  const said = new Set((goal.toLowerCase().match(/[a-z]{3,}/g) ?? []).map(stemOf));
  return tools.find((tool) => {
    const parameters = new Set(Object.keys(tool.parameters?.properties ?? {}).flatMap((name) => name.toLowerCase().split(/[_\W]+/)));
    const words = tool.name
      .split(/[_\W]+|(?<=[a-z])(?=[A-Z])/)
      .map((word) => word.toLowerCase())
      .filter((word) => word !== '' && !NAME_NOISE.test(word) && !parameters.has(word));
    // A change the request does not ask for ("delete" a schedule for "schedule a batch") does not fit it.
    const changes = tool.name
      .toLowerCase()
      .split(/[_\W]+/)
      .filter((word) => /^(delete|remove|cancel|update|calculate|compute|convert)$/.test(word));
    if (changes.some((verb) => !said.has(stemOf(verb)))) return false;
    return new Set(words.map(stemOf)).size >= 2 && words.every((word) => said.has(stemOf(word)));
  })?.name;
}

/** Tool-choice defects of a record of any kind: empty required values, argument-less creates, a key read from the other store. */
function toolChoice(record, id, tools) {
  const byName = new Map(tools.map((tool) => [tool.name, tool]));
  const nameOf = new Map();
  const results = [];
  const storeOf = (name) => /^(core|archival)_memory_/.exec(name ?? '')?.[1];
  const empty = (value) => value === '' || (typeof value === 'object' && value !== null && Object.keys(value).length === 0);
  for (const message of record.messages ?? []) {
    if (message.role === 'tool') results.push({ store: storeOf(nameOf.get(message.tool_call_id)), content: String(message.content ?? '') });
    for (const call of message.tool_calls ?? []) {
      const name = call.function.name;
      nameOf.set(call.id, name);
      const schema = byName.get(name)?.parameters ?? {};
      let args = {};
      try {
        args = JSON.parse(call.function.arguments || '{}');
      } catch {
        // arguments that are no JSON are read as none
      }
      for (const parameter of schema.required ?? [])
        if (parameter in args && empty(args[parameter])) note('required value sent empty', id, `${name}(${call.function.arguments})`);
      if (
        /^(create|add|book|make|new)_|_(create|add|book)$/i.test(name) &&
        Object.keys(schema.properties ?? {}).length > 0 &&
        Object.keys(args).length === 0
      )
        note('create sent with no values', id, `${name}({})`);
      // A memory key one store's result gave, read with the other store's tool.
      const store = storeOf(name);
      const key = typeof args.key === 'string' ? `"${args.key}"` : undefined;
      if (store === undefined || key === undefined) continue;
      const from = results.filter((result) => result.store !== undefined && result.content.includes(key));
      if (from.length > 0 && from.every((result) => result.store !== store))
        note('memory key read from the other store', id, `${name} reads key ${key} that ${from[0].store} memory gave`);
    }
  }
}

let refusals = 0;
const runDirectory = args.find((arg) => !arg.startsWith('--') && !/^\d+$/.test(arg));
for (const { record, id, kind } of records) {
  const tools = offeredTools(record, existsSync(join(runDirectory, 'trajectories.jsonl')) ? runDirectory : join(runDirectory, 'run'));
  toolChoice(record, id, tools);
  if (kind !== 'irrelevance') continue;
  const fits = fittingByName(record.task?.goal ?? '', tools);
  if (fits !== undefined) note('refuses although an offered tool fits', id, `${fits}: ${record.task.goal}`);
  const answer = record.messages.filter((message) => message.role === 'assistant').at(-1)?.content ?? '';
  const offer = offerOf(answer);
  if (offer === undefined) continue;
  refusals += 1;
  const pieces = offer.split(/,\s*(?:and\s+)?|\s+and\s+/).filter(Boolean);
  const why = pieces.map((piece, index) => garbled(piece.trim(), index === 0)).find((reason) => reason !== undefined);
  if (why !== undefined) note('garbled capability', id, `${why}: ${offer}`);
  if (pieces.some((piece) => SPEC_WORDING.test(piece) || piece.trim().split(/\s+/).length > 9))
    note('capability in description wording', id, offer);
  // The declined thing said as one offered piece is, by a read for a read or the same verb ("can't pull up a current
  // observation … look up a current observation"; "can't book a room … book a hotel room").
  const declinedText = declinedOf(answer) ?? '';
  const reads = (verb) => /^(look|pull|get|find|show|fetch|list|search|retrieve|view|check|give)$/i.test(verb);
  const head = (phrase) =>
    contentWords(
      phrase
        .trim()
        .replace(/^(\S+)\s+(?:for|about)\s+/i, '$1 ')
        .replace(/\s(?:for|with|by|in|on|from|given|based|that|near)\s.*$/, ''),
    );
  const declined = head(declinedText);
  const declinedVerb = declinedText.split(/\s+/)[0] ?? '';
  let verb = '';
  const same = pieces.some((piece) => {
    const first = piece.trim().split(/\s+/)[0] ?? '';
    if (VERB.test(first)) verb = first;
    const offered = head(piece);
    const alike = (reads(verb) && reads(declinedVerb)) || verb.toLowerCase() === declinedVerb.toLowerCase();
    return (
      alike &&
      declined.length > 0 &&
      declined.every((word) => offered.includes(word)) &&
      offered.every((word) => declined.includes(word) || word === 'hotel')
    );
  });
  if (same) note('offers what it declines', id, answer);
}

// The same request in several runs: irrelevance goals of this run found in the others given.
const others = args.filter((arg, index) => index > 0 && !arg.startsWith('--') && !/^\d+$/.test(arg) && arg !== args[0]);
const goalsOf = (directory) => {
  const goals = new Set();
  for (const name of ['trajectories.jsonl', 'rejected.jsonl', 'run/trajectories.jsonl', 'run/rejected.jsonl']) {
    const path = join(directory, name);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, 'utf8').split('\n').filter(Boolean)) {
      const record = JSON.parse(line);
      if (record.task?.kind === 'irrelevance') goals.add(record.task.goal);
    }
  }
  return goals;
};
const elsewhere = new Set(others.flatMap((directory) => [...goalsOf(directory)]));
for (const { record, id, kind } of records)
  if (kind === 'irrelevance' && elsewhere.has(record.task?.goal)) note('request asked in another run', id, record.task.goal);

const toolKinds = new Set(['required value sent empty', 'create sent with no values', 'memory key read from the other store']);
printDefects(defects, {
  count: refusals,
  file,
  args,
  unitOf: (kind) => (toolKinds.has(kind) ? `of ${records.length} accepted records` : `of ${refusals} accepted refusals`),
});
