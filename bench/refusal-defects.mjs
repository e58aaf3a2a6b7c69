// Counts what a reader finds in the irrelevance refusals of a run's ACCEPTED records: capabilities said
// as garbled operation names or headings, refusals that offer what they decline, and the same request
// asked in several runs (docs/benchmarks.md, "Request and answer defects"). Its own plain detectors, not
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

let refusals = 0;
for (const { record, id, kind } of records) {
  if (kind !== 'irrelevance') continue;
  const answer = record.messages.filter((message) => message.role === 'assistant').at(-1)?.content ?? '';
  const offer = offerOf(answer);
  if (offer === undefined) continue;
  refusals += 1;
  const pieces = offer.split(/,\s*(?:and\s+)?|\s+and\s+/).filter(Boolean);
  const why = pieces.map((piece, index) => garbled(piece.trim(), index === 0)).find((reason) => reason !== undefined);
  if (why !== undefined) note('garbled capability', id, `${why}: ${offer}`);
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

printDefects(defects, { count: refusals, file, args, unitOf: () => `of ${refusals} accepted refusals` });
