import { SCENARIO_KINDS, type Trajectory } from '@inftool/core';
import { readConversation, type Conversation } from '../run/checks/conversation.js';
import { contentWords, isCut, isRawJson } from '../run/checks/final-answer.js';
import { implausibleArguments, unplannedErrors } from '../run/checks/reviewer.js';
import { duplicateCalls, placeholderValues, resultFacts, stateFindings, uninformativeResult } from '../run/checks/results.js';
import { errorResult } from '../run/checks/error-result.js';
import { opaqueLabel, wrongCountNoun } from '../run/checks/final-answer.js';
import { userRequestProblems } from '../run/checks/user-request.js';
import { worldProblems } from '../run/checks/world-consistency.js';
import type { AuditedRecord } from './read-records.js';

/** `count` of `of`, and the share (0 when `of` is 0). */
export interface Ratio {
  count: number;
  of: number;
  share: number;
}

/** The quality figures of a set of records (the detectors are the checks' own). */
export interface QualityRow {
  records: number;
  accepted: number;
  /** Records with an error result the plan did not ask for (or a planned one left unhandled). */
  unplannedError: Ratio;
  /** Answers after tool results that are raw JSON or cut mid-value. */
  badAnswers: Ratio;
  /** Calls with at least one implausible argument value. */
  implausibleCalls: Ratio;
  /** Successful results with only generic keys and echoed arguments. */
  uninformativeResults: Ratio;
  /** Successful results holding filler: a value that only restates its field or tool name (`"credits": "metering credits"`, `"parent-47"`), or a name made of the tool's noun (`"Relation 130"`). Rejected by `results_specific`. */
  placeholderResults: Ratio;
  /** Records whose results contradict each other, the call's filters, or themselves (`world_consistent`). */
  worldInconsistent: Ratio;
  /** Answers after tool results that read out a field name that is not English ("the describtion is"), or count with a noun that names nothing real ("2 months: Asia Pacific and Europe"). */
  unreadableLabels: Ratio;
  /** First user messages with plumbing a person never types: a cursor, a secret, a raw parameter name (`user_request`). */
  plumbingRequests: Ratio;
  /** Reads by id that returned another id. */
  readsOtherId: Ratio;
  /** User turns with a duplicate call. */
  duplicateTurns: Ratio;
  /** First user messages opening with the most common three words, and those words. */
  templatedOpenings: Ratio & { words: string };
  /** Irrelevance: distinct requests, and requests sharing content words with the offered tools (hard negatives). */
  irrelevance?: { distinct: number; hardNegatives: Ratio };
  /** Parallel: records with a step that calls two or more different tools. */
  parallelDistinctTools?: Ratio;
  /** Multi-turn: mean user turns, and records where a later call's argument is a value from an earlier result. */
  multiTurn?: { meanUserTurns: number; reusesResult: Ratio };
  meanBytes: number;
  /** Failed checks by id (records failing each). */
  failedChecks: Record<string, number>;
}

export interface QualityReport {
  runDir: string;
  /** Over every record: what the generator makes. */
  all: { overall: QualityRow; byKind: Record<string, QualityRow> };
  /** Over accepted records: what the data set holds. */
  accepted: { overall: QualityRow; byKind: Record<string, QualityRow> };
}

const ratio = (count: number, of: number): Ratio => ({ count, of, share: of === 0 ? 0 : count / of });

interface Audited {
  record: Trajectory;
  bytes: number;
  conversation: Conversation;
}

function firstUser(record: Trajectory): string {
  const message = record.messages.find((entry) => entry.role === 'user');
  return message?.role === 'user' ? message.content : '';
}

/** Every leaf value of a call's arguments, nested ones included. */
function argumentLeaves(call: Conversation['calls'][number]): string[] {
  const leaves: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
    else if (typeof value === 'string' || typeof value === 'number') leaves.push(String(value));
  };
  if (typeof call.arguments === 'object') walk(call.arguments);
  return leaves;
}

/**
 * A result value distinctive enough to count as chained when a later call sends it: an id or a name (3+
 * characters, with a digit, a separator or a capital; at most six words, not a sentence), or an integer
 * of 4+ digits. Not a lone lower-case word ("general") or a note, which match by coincidence.
 */
function chainable(fact: string | number | boolean): boolean {
  if (typeof fact === 'number') return Number.isInteger(fact) && Math.abs(fact) >= 1000;
  if (typeof fact !== 'string') return false;
  const text = fact.trim();
  return text.length >= 3 && text.split(/\s+/).length <= 6 && !/[.!?]$/.test(text) && /[\d_\-:/@.]|^\p{Lu}/u.test(text);
}

/**
 * Does a later call send, as an argument, a value an earlier call's result returned (an id, a name)? In a
 * later step of the same turn or a later turn. A value the user had said before the result returned it is
 * the user's own (echoed by the result), not chained; one the user repeats after seeing it is.
 */
export function reusesResult(conversation: Conversation): boolean {
  const returned = new Set<string>();
  let said = '';
  for (const turn of conversation.turns) {
    said += `\n${turn.user.toLowerCase()}`;
    for (const step of turn.steps) {
      for (const call of step) if (!call.rejected && argumentLeaves(call).some((value) => returned.has(value.toLowerCase()))) return true;
      for (const call of step) {
        if (call.rejected || errorResult(call)) continue;
        // A value the user said before it came back is the user's own (the result echoes it); one the user repeats later was learnt from the result.
        for (const fact of resultFacts(call, { newIds: true }))
          if (chainable(fact) && !said.includes(String(fact).toLowerCase())) returned.add(String(fact).toLowerCase());
      }
    }
  }
  return false;
}

/** What `row` counts over a group of records, before the ratios. */
interface Tally {
  errors: number;
  answers: number;
  badAnswers: number;
  labels: number;
  world: number;
  plumbing: number;
  calls: number;
  implausible: number;
  results: number;
  uninformative: number;
  placeholders: number;
  reads: number;
  otherId: number;
  turns: number;
  duplicates: number;
  bytes: number;
  failedChecks: Record<string, number>;
  /** The first three words of the first request, and how many records open with them. */
  openings: Map<string, number>;
}

function emptyTally(): Tally {
  return {
    errors: 0,
    answers: 0,
    badAnswers: 0,
    labels: 0,
    world: 0,
    plumbing: 0,
    calls: 0,
    implausible: 0,
    results: 0,
    uninformative: 0,
    placeholders: 0,
    reads: 0,
    otherId: 0,
    turns: 0,
    duplicates: 0,
    bytes: 0,
    failedChecks: {},
    openings: new Map(),
  };
}

/** The answers of the turns that made calls: raw JSON or cut, opaque labels or a wrong count noun. */
function countAnswers(tally: Tally, conversation: Conversation): void {
  for (const turn of conversation.turns) {
    const made = turn.steps.flat().filter((call) => !call.rejected);
    if (made.length === 0) continue;
    tally.turns += 1;
    tally.answers += 1;
    if (isRawJson(turn.answer ?? '') || isCut(turn.answer ?? '')) tally.badAnswers += 1;
    if (
      opaqueLabel(
        turn.answer ?? '',
        made.filter((call) => !errorResult(call)).map((call) => call.data),
      ) !== undefined ||
      wrongCountNoun(turn.answer ?? '') !== undefined
    )
      tally.labels += 1;
  }
}

/** The calls made: implausible arguments; of the results, uninformative ones and placeholders. */
function countCalls(tally: Tally, conversation: Conversation): void {
  for (const call of conversation.calls) {
    if (call.rejected) continue;
    tally.calls += 1;
    if (implausibleArguments(conversation, call).length > 0) tally.implausible += 1;
    if (!errorResult(call)) {
      tally.results += 1;
      if (uninformativeResult(call, conversation)) tally.uninformative += 1;
      if (placeholderValues(call, conversation).length > 0) tally.placeholders += 1;
    }
  }
}

function countRecord(tally: Tally, { record, bytes, conversation }: Audited): void {
  tally.bytes += bytes;
  for (const check of record.checks) if (!check.ok) tally.failedChecks[check.id] = (tally.failedChecks[check.id] ?? 0) + 1;
  if (unplannedErrors(conversation).length > 0) tally.errors += 1;
  countAnswers(tally, conversation);
  tally.duplicates += new Set(duplicateCalls(conversation).map((problem) => problem.split(':')[0])).size;
  countCalls(tally, conversation);
  if (worldProblems(conversation).length > 0) tally.world += 1;
  if (userRequestProblems(conversation).length > 0) tally.plumbing += 1;
  const state = stateFindings(conversation);
  tally.reads += state.reads;
  tally.otherId += state.otherId.length;
  const opening =
    firstUser(record)
      .toLowerCase()
      .match(/[\p{L}\p{N}']+/gu)
      ?.slice(0, 3)
      .join(' ') ?? '';
  if (opening) tally.openings.set(opening, (tally.openings.get(opening) ?? 0) + 1);
}

/** Figures of one scenario kind: distinct and hard-negative irrelevance requests, parallel calls of 2+ tools, multi-turn chains. */
function kindFigures(items: Audited[], quality: QualityRow): void {
  const irrelevance = items.filter((item) => item.record.task.kind === 'irrelevance');
  if (irrelevance.length > 0) {
    const hard = irrelevance.filter(({ record }) => {
      const offered = contentWords(record.tools.map((tool) => `${tool.name.replace(/[_-]/g, ' ')} ${tool.description ?? ''}`).join(' '));
      return [...contentWords(firstUser(record))].some((word) => offered.has(word));
    });
    quality.irrelevance = {
      distinct: new Set(irrelevance.map(({ record }) => firstUser(record).trim().toLowerCase())).size,
      hardNegatives: ratio(hard.length, irrelevance.length),
    };
  }
  const parallel = items.filter((item) => item.record.task.kind === 'parallel');
  if (parallel.length > 0)
    quality.parallelDistinctTools = ratio(
      parallel.filter(({ conversation }) =>
        conversation.turns.some((turn) =>
          turn.steps.some((step) => new Set(step.filter((call) => !call.rejected).map((call) => call.chatName)).size >= 2),
        ),
      ).length,
      parallel.length,
    );
  const multi = items.filter((item) => item.record.task.kind === 'multi_turn');
  if (multi.length > 0) {
    const userTurns = multi.reduce((total, { conversation }) => total + conversation.turns.length, 0);
    quality.multiTurn = {
      meanUserTurns: userTurns / multi.length,
      reusesResult: ratio(multi.filter(({ conversation }) => reusesResult(conversation)).length, multi.length),
    };
  }
}

function row(items: Audited[]): QualityRow {
  const tally = emptyTally();
  for (const item of items) countRecord(tally, item);
  const [topWords, topCount] = [...tally.openings.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? ['', 0];
  const quality: QualityRow = {
    records: items.length,
    accepted: items.filter((item) => item.record.outcome === 'accepted').length,
    unplannedError: ratio(tally.errors, items.length),
    badAnswers: ratio(tally.badAnswers, tally.answers),
    implausibleCalls: ratio(tally.implausible, tally.calls),
    uninformativeResults: ratio(tally.uninformative, tally.results),
    placeholderResults: ratio(tally.placeholders, tally.results),
    worldInconsistent: ratio(tally.world, items.length),
    unreadableLabels: ratio(tally.labels, tally.answers),
    plumbingRequests: ratio(tally.plumbing, items.length),
    readsOtherId: ratio(tally.otherId, tally.reads),
    duplicateTurns: ratio(tally.duplicates, tally.turns),
    templatedOpenings: { ...ratio(topCount, items.length), words: topWords },
    meanBytes: items.length === 0 ? 0 : Math.round(tally.bytes / items.length),
    failedChecks: tally.failedChecks,
  };
  kindFigures(items, quality);
  return quality;
}

function grouped(items: Audited[]): { overall: QualityRow; byKind: Record<string, QualityRow> } {
  const kinds = [...SCENARIO_KINDS, ...new Set(items.map((item) => item.record.task.kind))].filter(
    (kind, index, all) => all.indexOf(kind) === index,
  );
  const byKind: Record<string, QualityRow> = {};
  for (const kind of kinds) {
    const ofKind = items.filter((item) => item.record.task.kind === kind);
    if (ofKind.length > 0) byKind[kind] = row(ofKind);
  }
  return { overall: row(items), byKind };
}

/** The quality table of a run, over all its records and over the accepted ones, per scenario kind and overall. */
export function auditRecords(runDir: string, records: readonly AuditedRecord[]): QualityReport {
  const items = records.map(({ record, bytes }) => ({
    record,
    bytes,
    conversation: readConversation({ task: record.task, tools: record.tools, messages: record.messages, wire: record.wire }),
  }));
  return { runDir, all: grouped(items), accepted: grouped(items.filter((item) => item.record.outcome === 'accepted')) };
}
