// Counts what a reader finds wrong with the follow-ups and clarifying questions of a run's ACCEPTED
// records: a follow-up that answers with what the user already gave (a key looked up from its own
// post's reference, a conversion converted back), a write's status text sent on as content, a log-in
// as a record just made, a follow-up that says "the fax you looked up earlier" when two faxes were
// looked up, a turn that repeats an earlier call exactly, and a clarifying question that does not
// name the missing value or say why it is needed. Independent of the generator's rules.
// Run: node bench/turn-defects.mjs RUN_DIR [--examples N] [--json]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readDefectRun, readRecords, createDefects, printDefects, isObject } from './defect-run.mjs';

const { args, exampleCount, file, lines } = readDefectRun('turn-defects');
const { records } = readRecords(lines);
const toolFiles = new Map();
/** A record's offered tools: inline, or the shared file its `$ref` names. */
function offeredTools(record) {
  if (Array.isArray(record.tools)) return record.tools;
  const path = join(dirname(file), record.tools?.$ref ?? '');
  if (!toolFiles.has(path)) toolFiles.set(path, existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : []);
  return toolFiles.get(path);
}
const { defects, note } = createDefects(exampleCount);
const norm = (key) => key.toLowerCase().replace(/[^a-z0-9]/g, '');
const isRef = (value) => isObject(value) && isObject(value.$result);
const STATUS = /^(status|message|msg|result|detail)$/i;
const REPORT = /\b(added|created|deleted|removed|sent|updated|saved|cancell?ed|closed|success(ful(ly)?)?|failed)\b/i;
const VAGUE = /which details|what exactly should i send|what should it (contain|be)\?$/i;
const NOT_STORE =
  /^(get|fetch|list|read|retrieve|search|find|show|view|lookup|describe|add|create|post|put|patch|update|edit|delete|remove|all|one|by|id|key|details?|single|any)$/i;
const WRITE = /^(add|create|post|submit|register|insert|new|make|book|place|send|upload|start)/i;
const LOOSE = /\b(you (just )?(looked up|found|fetched|got)|you \w+ earlier|from earlier|from before|that \w+)\b/i;

/** The played calls of each user turn: [{tool, args, data}] per turn. */
function playedTurns(messages) {
  const turns = [];
  const byId = new Map();
  for (const message of messages) {
    if (message.role === 'user') turns.push({ user: message.content ?? '', calls: [] });
    for (const call of message.tool_calls ?? []) {
      const entry = { tool: call.function.name, args: safe(call.function.arguments), data: undefined };
      byId.set(call.id, entry);
      turns.at(-1)?.calls.push(entry);
    }
    if (message.role === 'tool' && byId.has(message.tool_call_id)) byId.get(message.tool_call_id).data = safe(message.content);
  }
  return turns;
}
function safe(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
const toolOf = (name, plan) => plan.flat().find((call) => name === call.tool || name.endsWith(call.tool))?.tool ?? name;

function followUps({ record, id, kind, messages }) {
  const plan = record.task?.expectedCalls ?? [];
  const turns = playedTurns(messages).filter((turn) => turn.calls.length > 0);
  plan.forEach((calls, step) =>
    calls.forEach((planned) => {
      for (const [parameter, value] of Object.entries(planned.arguments ?? {})) {
        if (!isRef(value)) continue;
        const source = plan[value.$result.turn]?.[value.$result.call];
        const consumer = turns[step]?.calls.findLast((call) => toolOf(call.tool, plan) === planned.tool);
        const produced = turns[value.$result.turn]?.calls.findLast((call) => toolOf(call.tool, plan) === source?.tool);
        if (source === undefined || consumer === undefined) continue;
        const leaf = value.$result.field.split('.').at(-1);
        const sent = new Set(Object.keys(consumer.args ?? {}).map(norm));
        // A record's own id feeds a read of that record: what it answers with is the record, not a loop.
        if (isObject(consumer.data) && !/^(id|key|sid|uuid|guid)$|(_id|Id|_key|Key|Sid)$/.test(leaf))
          for (const [name, given] of Object.entries(source.arguments ?? {})) {
            if (norm(name) === norm(leaf) || sent.has(norm(name)) || isRef(given)) continue;
            const back = Object.entries(consumer.data).find(([key]) => norm(key) === norm(name))?.[1];
            const equal =
              typeof back === 'number' && typeof given === 'number'
                ? Math.abs(back - given) <= 0.01 * Math.abs(given) + 0.01
                : back !== undefined && String(back) === String(given);
            if (equal)
              note(
                `circular follow-up (${kind})`,
                id,
                `${source.tool}(${name}=${given}) → ${planned.tool} answers ${name}=${back}: ${turns[step].user}`,
              );
          }
        const carried = isObject(produced?.data) ? produced.data[leaf] : undefined;
        if (STATUS.test(leaf) && typeof carried === 'string' && REPORT.test(carried) && carried.trim().split(/\s+/).length > 1)
          note(`status text carried (${kind})`, id, `${planned.tool}.${parameter} = "${carried}"`);
        const store = (tool) =>
          new Set(
            tool
              .split(/[^A-Za-z0-9]+/)
              .filter((word) => !NOT_STORE.test(word))
              .map((word) => word.replace(/s$/, '')),
          );
        const [from, to] = [store(source.tool), store(planned.tool)];
        if (
          /^(key|id)$/i.test(leaf) &&
          /^(key|id)$/i.test(parameter) &&
          !WRITE.test(source.tool) &&
          [...from].some((word) => !to.has(word)) &&
          [...to].some((word) => !from.has(word))
        )
          note(`handle of another store (${kind})`, id, `${source.tool}.${leaf} → ${planned.tool}.${parameter}`);
        if (/log_?in|sign_?in/i.test(planned.tool) && /^(add|create|post|register|insert|new)/i.test(source.tool))
          note(`log-in as a record just made (${kind})`, id, `${source.tool} → ${planned.tool}: ${turns[step].user}`);
        // Another record of the same kind came up after the one meant (or beside it): "that fax" could be either.
        const same = plan.flatMap((calls, turn) =>
          turn >= value.$result.turn && turn < step
            ? calls.filter((call, index) => call.tool === source.tool && !(turn === value.$result.turn && index === value.$result.call))
            : [],
        );
        const named = Object.values(source.arguments ?? {}).some(
          (given) => typeof given !== 'object' && turns[step].user.includes(String(given)),
        );
        if (same.length > 0 && !named && LOOSE.test(turns[step].user) && !/\b(first|second|third)\b/.test(turns[step].user))
          note(`ambiguous reference (${kind})`, id, `${same.length + 1}× ${source.tool}: ${turns[step].user}`);
      }
    }),
  );
  const seen = new Set();
  for (const [index, turn] of turns.entries()) {
    for (const call of turn.calls) {
      const key = `${call.tool} ${JSON.stringify(call.args)}`;
      if (seen.has(key) && !/delete|remove|cancel/i.test(call.tool))
        note(`repeats an earlier turn's call (${kind})`, id, `turn ${index + 1}: ${key.slice(0, 160)}`);
    }
    for (const call of turn.calls) seen.add(`${call.tool} ${JSON.stringify(call.args)}`);
  }
}

function question({ record, id, messages }) {
  const firstCall = messages.findIndex((message) => (message.tool_calls ?? []).length > 0);
  const asked = messages
    .slice(0, firstCall < 0 ? undefined : firstCall)
    .find((message) => message.role === 'assistant' && /\?/.test(message.content ?? ''));
  if (asked === undefined) return;
  const text = asked.content;
  const words = new Set();
  for (const key of record.task?.unknown ?? []) {
    const [tool, ...rest] = key.split('.');
    const parameter = rest.join('.');
    const schema =
      offeredTools(record).find((offered) => offered.name === tool || offered.name.endsWith(tool))?.parameters?.properties?.[parameter] ??
      {};
    const said = `${parameter} ${schema.description ?? ''} ${JSON.stringify(schema.examples ?? '')}`;
    for (const word of said
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .match(/[a-z]{3,}|\bid\b/g) ?? [])
      if (
        !/^(the|and|for|with|body|data|payload|input|request|params|string|list|that|this|from|are|its|can|also|object|objects)$/.test(word)
      )
        words.add(word.replace(/s$/, ''));
  }
  const lower = text.toLowerCase();
  // A search term is asked for as what to look for.
  const searchAsked = [...words].some((word) => /^(search|query|keyword|term)/.test(word)) && /search|look for|terms?\b/.test(lower);
  if (VAGUE.test(text) || (!searchAsked && ![...words].some((word) => lower.includes(word))))
    note('clarifying question does not name the value', id, text);
  if (!/\bneed\b[^.?]*\b(to|for)\b/.test(lower)) note('clarifying question says not why', id, text);
}

for (const entry of records) {
  if (entry.kind === 'multi_turn' || entry.kind === 'error_recovery') followUps(entry);
  if (entry.kind === 'missing_param') question(entry);
}
printDefects(defects, { count: records.length, file, args });
