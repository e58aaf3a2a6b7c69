import pLimit from 'p-limit';
import {
  askChatModel,
  askForJson,
  formatIssues,
  normaliseSchema,
  type ChatModel,
  type SchemaValidator,
  type ToolSpec,
} from '@inftool/core';
import type { ImportedTool } from '../importers/imported.js';
import { abstractionPrompt, discriminatorPrompt, repairPrompt, REDUNDANCY_SYSTEM_PROMPT } from './prompts.js';

export interface ModelMergeOptions {
  model: ChatModel;
  validator: SchemaValidator;
  /** Tools shown to the discriminator at once; bigger clusters are judged in slices. Defaults to 12. */
  maxClusterSize?: number;
  /** Clusters judged at once. Defaults to 4. */
  concurrency?: number;
  /** Tries per question, repairs included. Defaults to 2. */
  maxAttempts?: number;
  onCluster?: (done: number, total: number) => void;
}

/** One redundant set: the tool written to replace it, and the tools it replaces (indices). */
export interface ModelMergeDecision {
  members: number[];
  /** The consolidated tool; undefined when the abstraction failed (then the longest-described member stays). */
  tool?: ImportedTool;
}

export interface ModelMergeResult {
  decisions: ModelMergeDecision[];
  /** What the model could not do, per slice or set (those tools stay as they are, or merge offline-style). */
  failures: Array<{ members: string[]; step: 'discriminator' | 'abstraction'; reason: string }>;
  calls: number;
}

const GROUPS_SCHEMA = {
  type: 'object',
  properties: { redundant: { type: 'array', items: { type: 'array', items: { type: 'integer', minimum: 0 }, minItems: 2 } } },
  required: ['redundant'],
  additionalProperties: false,
};

const TOOL_SCHEMA = {
  type: 'object',
  properties: { name: { type: 'string', minLength: 1 }, description: { type: 'string', minLength: 1 }, inputSchema: { type: 'object' } },
  required: ['name', 'description', 'inputSchema'],
  additionalProperties: false,
};

function ask(model: ChatModel, name: string, schema: Record<string, unknown>, result: ModelMergeResult) {
  return askChatModel(model, {
    system: REDUNDANCY_SYSTEM_PROMPT,
    responseFormat: { type: 'json_schema', name, schema },
    temperature: 0,
    onCall: () => (result.calls += 1),
  });
}

/**
 * The paper's redundancy step with a model: a discriminator splits each cluster into redundant sets
 * and unique tools; an abstraction step writes one consolidated tool per redundant set. Every answer
 * is parsed and checked (indices in range and disjoint; a 2020-12 object inputSchema), repaired or
 * retried, and never used unchecked: what still fails is reported and those tools are left alone.
 */
export async function modelMerge(tools: ImportedTool[], clusters: number[][], options: ModelMergeOptions): Promise<ModelMergeResult> {
  const size = options.maxClusterSize ?? 12;
  const attempts = options.maxAttempts ?? 2;
  const slices = clusters
    .flatMap((members) =>
      Array.from({ length: Math.ceil(members.length / size) }, (_, index) => members.slice(index * size, (index + 1) * size)),
    )
    .filter((slice) => slice.length > 1);
  const limit = pLimit(options.concurrency ?? 4);
  const result: ModelMergeResult = { decisions: [], failures: [], calls: 0 };
  let done = 0;
  const label = (index: number): string => (tools[index] as ImportedTool).source.name;
  await Promise.all(
    slices.map((slice) =>
      limit(async () => {
        const groups = await askForJson({
          ask: ask(options.model, 'redundant_sets', GROUPS_SCHEMA, result),
          prompt: discriminatorPrompt(slice.map((index) => tools[index] as ImportedTool)),
          check: (value) => {
            const check = options.validator.validate(GROUPS_SCHEMA, value);
            if (!check.valid) return `the answer does not match the schema: ${formatIssues(check.issues)}`;
            const seen = new Set<number>();
            for (const group of value['redundant'] as number[][]) {
              for (const position of group) {
                if (position >= slice.length) return `tool ${position} does not exist (the tools are numbered 0 to ${slice.length - 1})`;
                if (seen.has(position)) return `tool ${position} is in two sets; a tool belongs to at most one`;
                seen.add(position);
              }
            }
            return undefined;
          },
          repair: repairPrompt,
          maxAttempts: attempts,
        });
        if (!groups.ok) {
          result.failures.push({ members: slice.map(label), step: 'discriminator', reason: groups.problems.join('; ') });
        } else {
          for (const group of groups.value['redundant'] as number[][]) {
            const members = group.map((position) => slice[position] as number);
            const decision = await abstract(tools, members, options, attempts, result);
            result.decisions.push(decision);
          }
        }
        options.onCluster?.((done += 1), slices.length);
      }),
    ),
  );
  return result;
}

async function abstract(
  tools: ImportedTool[],
  members: number[],
  options: ModelMergeOptions,
  attempts: number,
  result: ModelMergeResult,
): Promise<ModelMergeDecision> {
  const group = members.map((index) => tools[index] as ImportedTool);
  let written: ToolSpec['inputSchema'] | undefined;
  const answer = await askForJson({
    ask: ask(options.model, 'consolidated_tool', TOOL_SCHEMA, result),
    prompt: abstractionPrompt(group),
    check: (value) => {
      const shape = options.validator.validate(TOOL_SCHEMA, value);
      if (!shape.valid) return `the answer does not match the schema: ${formatIssues(shape.issues)}`;
      const normalised = normaliseSchema(value['inputSchema'], 'openapi-3.1').schema;
      if (normalised['type'] !== 'object') return 'inputSchema must have "type": "object" at the root';
      const meta = options.validator.checkSchema(normalised);
      if (!meta.valid) return `inputSchema is not valid JSON Schema 2020-12: ${formatIssues(meta.issues)}`;
      written = normalised as ToolSpec['inputSchema'];
      return undefined;
    },
    repair: repairPrompt,
    maxAttempts: attempts,
  });
  if (!answer.ok || !written) {
    result.failures.push({
      members: group.map((tool) => tool.source.name),
      step: 'abstraction',
      reason: answer.ok ? 'no inputSchema' : answer.problems.join('; '),
    });
    return { members };
  }
  const first = group[0] as ImportedTool;
  return {
    members,
    tool: {
      api: first.api,
      baseName: String(answer.value['name']),
      description: String(answer.value['description']),
      inputSchema: written,
      ...(first.annotations ? { annotations: first.annotations } : {}),
      source: first.source,
      notes: [],
    },
  };
}
