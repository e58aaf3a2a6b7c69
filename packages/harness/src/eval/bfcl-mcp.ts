import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pLimit from 'p-limit';
import {
  PythonFloat,
  emptyUsage,
  parsePythonJson,
  stringifyPythonJson,
  sumUsage,
  type ChatModel,
  type ChatRequest,
  type ChatResponse,
  type TokenUsage,
} from '@inftool/core';
import { importBfcl } from '@inftool/mcp-tree';
import { Simulation, serveHttp } from '@inftool/sim-server';
import { Assistant, ToolCatalog, connectServer } from '@inftool/sim-client';
import { bfclCheck, type CheckSummary } from './bfcl-check.js';
import type { ExpectedCall } from './bfcl-checker.js';
import { readBfclAnswers, readBfclQuestions, type BfclAnswer, type BfclQuestion } from './bfcl-files.js';

export interface BfclMcpOptions {
  data: string;
  categories: string[];
  /** The assistant's model, or `oracle` for the model-free plumbing check. */
  model: ChatModel | 'oracle';
  out: string;
  limit?: number;
  concurrency?: number;
  /** Judge by the strict reading instead of BFCL's verdicts (docs/eval.md). Defaults to false. */
  strict?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface BfclReport {
  categories: Record<string, CheckSummary>;
  /** The unweighted mean of the category accuracies, as BFCL's summary table averages them. */
  overall: number;
  usage: TokenUsage;
}

/** The model-free oracle: it answers each question with the first accepted value of the ground truth (or nothing, for irrelevance). */
class Oracle implements ChatModel {
  readonly id = 'oracle';
  constructor(
    private readonly calls: ExpectedCall[],
    private readonly chatName: (name: string) => string,
    /** Parameters each function declares: an answer may list one it does not, with "" accepted; a model reading the doc leaves it out. */
    private readonly declared: (name: string) => ReadonlySet<string>,
  ) {}
  usage(): TokenUsage {
    return emptyUsage();
  }
  async complete(request: ChatRequest): Promise<ChatResponse> {
    const base = { finishReason: 'stop', usage: { promptTokens: 0, completionTokens: 0 }, model: 'oracle', cached: false };
    if (request.messages.at(-1)?.role === 'tool' || this.calls.length === 0) return { ...base, content: 'Done.', toolCalls: [] };
    const first = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(first);
      if (typeof value === 'object' && value !== null && !(value instanceof PythonFloat))
        return Object.fromEntries(
          Object.entries(value).flatMap(([key, choices]) => {
            const chosen = (Array.isArray(choices) ? choices : [choices]).find((choice) => choice !== '');
            return chosen === undefined ? [] : [[key, first(chosen)]];
          }),
        );
      return value;
    };
    return {
      ...base,
      content: null,
      toolCalls: this.calls.map((call, index) => {
        const [name, args] = Object.entries(call)[0] as [string, Record<string, unknown[]>];
        // The arguments have the shape of a nested answer dict: the first accepted value of each, less any undeclared optional one.
        const chosen = first(
          Object.fromEntries(Object.entries(args).filter(([key, choices]) => this.declared(name).has(key) || !choices.includes(''))),
        );
        // Written as a model would write them: a float stays a float literal (`1.0`).
        return { id: `oracle_${index}`, name: this.chatName(name), arguments: stringifyPythonJson(chosen) };
      }),
    };
  }
}

/**
 * A call's arguments as BFCL would decode them: from the model's own text, so a float it wrote as
 * `2.0` stays a float (BFCL judges by Python types); the parsed arguments when the text is not found.
 */
function pythonArguments(assistant: Assistant, callId: string, parsed: Record<string, unknown>): Record<string, unknown> {
  for (const message of assistant.messages) {
    if (message.role !== 'assistant') continue;
    const raw = message.tool_calls?.find((call) => call.id === callId)?.function.arguments;
    if (raw === undefined) continue;
    try {
      const value = parsePythonJson(raw);
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
    } catch {
      // The assistant parsed it already; a text it could parse is JSON, so this is not reached in practice.
    }
  }
  return parsed;
}

function questionText(question: BfclQuestion & { question?: Array<Array<{ role: string; content: string }>> }): string {
  return (question.question?.[0] ?? [])
    .filter((message) => message.role === 'user')
    .map((message) => message.content)
    .join('\n');
}

type ImportedTools = Awaited<ReturnType<typeof importBfcl>>['tools'];

/**
 * One question over a real MCP session: its functions served by a simulated server of their own,
 * the assistant's first turn of calls decoded into BFCL's form.
 */
async function answerQuestion(
  question: BfclQuestion,
  tools: ImportedTools,
  answers: Map<string, BfclAnswer>,
  options: BfclMcpOptions,
  work: string,
  report: BfclReport,
): Promise<{ id: string; result: unknown[] }> {
  const file = join(work, `${question.id}.json`);
  await writeFile(
    file,
    JSON.stringify({
      tools: tools.map((tool) => ({ name: tool.source.name, description: tool.description, inputSchema: tool.inputSchema })),
    }),
  );
  const http = await serveHttp(await Simulation.create({ treeFile: file, seed: question.id }), {
    port: 0,
    standaloneSse: false,
    jsonResponse: true,
  });
  const connection = await connectServer(http.url, { label: 'bfcl', standaloneStream: false });
  try {
    const catalog = await ToolCatalog.load([connection]);
    const chatName = (name: string) => catalog.entries.find((entry) => entry.name === name)?.chatName ?? name;
    const declared = (name: string) =>
      new Set(
        Object.keys((catalog.entries.find((entry) => entry.name === name)?.inputSchema['properties'] ?? {}) as Record<string, unknown>),
      );
    const model = options.model === 'oracle' ? new Oracle(answers.get(question.id)?.ground_truth ?? [], chatName, declared) : options.model;
    const assistant = new Assistant({
      model,
      catalog,
      maxSteps: 1,
      system:
        'You are an expert in composing function calls. Call the functions that answer the question; when none fits, say so and call nothing.',
    });
    const turn = await assistant.respond(questionText(question as Parameters<typeof questionText>[0]));
    report.usage = sumUsage(report.usage, assistant.usage());
    const calls = (turn.steps[0] ?? []).map((call) => ({
      [call.name ?? call.chatName]: typeof call.arguments === 'string' ? {} : pythonArguments(assistant, call.id, call.arguments),
    }));
    return { id: question.id, result: calls };
  } finally {
    await connection.close().catch(() => undefined);
    await http.close();
  }
}

/** One category: every question answered (a few at once), the results written, scored by the BFCL checker. */
async function evaluateCategory(category: string, options: BfclMcpOptions, work: string, report: BfclReport): Promise<void> {
  const questionsFile = join(options.data, `BFCL_v4_${category}.json`);
  const answersFile = join(options.data, 'possible_answer', `BFCL_v4_${category}.json`);
  const irrelevance = category.includes('irrelevance');
  const questions = [...(await readBfclQuestions(questionsFile)).values()].slice(0, options.limit);
  const answers = irrelevance ? new Map<string, BfclAnswer>() : await readBfclAnswers(answersFile);
  const imported = await importBfcl(questionsFile);
  const toolsById = new Map<string, ImportedTools>();
  for (const tool of imported.tools) toolsById.set(tool.source.id ?? '', [...(toolsById.get(tool.source.id ?? '') ?? []), tool]);
  const limit = pLimit(options.concurrency ?? 4);
  let done = 0;
  const results = await Promise.all(
    questions.map((question) =>
      limit(() =>
        answerQuestion(question, toolsById.get(question.id) ?? [], answers, options, work, report).finally(() =>
          options.onProgress?.((done += 1), questions.length),
        ),
      ),
    ),
  );
  const resultsFile = join(options.out, `BFCL_v4_${category}_result.json`);
  await writeFile(resultsFile, results.map((result) => stringifyPythonJson(result)).join('\n') + '\n');
  report.categories[category] = await bfclCheck({
    questions: questionsFile,
    ...(irrelevance ? {} : { answers: answersFile }),
    results: resultsFile,
    category,
    out: join(options.out, `BFCL_v4_${category}_score.jsonl`),
    strict: options.strict ?? false,
  });
}

/**
 * BFCL through MCP: each question's functions are served by the simulated server (Streamable HTTP,
 * a server per question), the assistant answers the question over a real MCP session, its first
 * turn's tool calls are decoded into BFCL's form and judged by the BFCL checker.
 */
export async function evaluateBfcl(options: BfclMcpOptions): Promise<BfclReport> {
  await mkdir(options.out, { recursive: true });
  const work = await mkdtemp(join(tmpdir(), 'inftool-bfcl-'));
  const report: BfclReport = { categories: {}, overall: 0, usage: emptyUsage() };
  try {
    for (const category of options.categories) await evaluateCategory(category, options, work, report);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  const accuracies = Object.values(report.categories).map((summary) => summary.accuracy);
  report.overall = accuracies.length === 0 ? 0 : accuracies.reduce((total, value) => total + value, 0) / accuracies.length;
  await writeFile(join(options.out, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  return report;
}
