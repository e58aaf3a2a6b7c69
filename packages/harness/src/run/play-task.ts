import {
  TRAJECTORY_SCHEMA_VERSION,
  Trajectory,
  errorMessage,
  isInfToolError,
  type ChatModel,
  type InfrastructureFailure,
  type RoleName,
  type SchemaValidator,
  type Task,
  type TokenUsage,
} from '@inftool/core';
import {
  Assistant,
  MCP_SERVER_SOURCE,
  SessionFailed,
  ToolCatalog,
  connectServer,
  type CatalogEntry,
  type McpConnection,
  type StopReason,
  type ToolCallRecord,
} from '@inftool/sim-client';
import type { ElicitationRequest, ToolView, UserSimulator } from '@inftool/user-sim';
import { ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { runChecks } from './checks.js';
import { readConversation } from './checks/conversation.js';
import { decideAcceptance } from './acceptance.js';
import { computeReward } from '../reward/reward.js';
import type { Judge } from '../roles/judges.js';
import { plannedFaultMeta } from '../tasks/fault-plan.js';
import { InfrastructureMonitor, TaskInterrupted, type ModelWrap } from './infrastructure.js';

export interface RoleModels {
  /** A chat model for the assistant, or undefined for the offline plan follower. */
  assistant: (task: Task, chatName: (tool: string) => string) => ChatModel;
  /** `wrap` (when given) wraps the user's model, so its calls are watched. */
  user: (task: Task, tools: ReadonlyMap<string, ToolView>, wrap?: ModelWrap) => UserSimulator;
  names: Partial<Record<RoleName, string>>;
  /** Checks that are recorded but do not reject (e.g. exact expected calls for a model assistant). */
  advisory: ReadonlySet<string>;
  /** K judges vote on every trajectory that passed its checks; it is accepted when the accepting share reaches `threshold`. */
  judges?: { make: (wrap?: ModelWrap) => Judge[]; threshold: number; count: number };
}

export interface PlayOptions {
  /** The server: a URL or a command line (one session per task). */
  server: string;
  /** HTTP headers for a URL server (credentials). */
  serverHeaders?: Record<string, string>;
  validator: SchemaValidator;
  roles: RoleModels;
  /** User turns at most (the paper's multi-turn cap). Defaults to 15. */
  maxTurns?: number;
  /** Reuse one listing for every task (big trees); the session still initializes. */
  sharedCatalog?: ToolCatalog;
  system?: string;
  /** Self-reflection: the reviewer's findings on earlier attempts, shown to the assistant's model after the system prompt, never recorded in the messages. */
  feedback?: string;
  /** Which rollout of the task this is (0-based): the record id gets `~r<n>` and the server seed varies. */
  rollout?: number;
  /** The run's circuit breaker: every role model's calls are watched through it. Defaults to one for this task alone. */
  monitor?: InfrastructureMonitor;
}

/** The MCP server, as a source of infrastructure failures. */
const MCP_SERVER = MCP_SERVER_SOURCE;

/** A record's id: the task's, with `~r<n>` for rollouts after the first. */
export function rolloutId(task: Task, rollout = 0): string {
  return rollout === 0 ? task.id : `${task.id}~r${rollout}`;
}

/** Failures a replay cannot fix: the infrastructure, not the conversation. */
const INFRASTRUCTURE = /^the session failed|record does not match the Trajectory schema/;

/**
 * Self-reflection: a rejected task is played again (up to `attempts` times in all) with the reviewer's
 * findings in the assistant's system prompt, and the new record re-checked; the first accepted one is
 * kept with what the earlier attempts were rejected for. Only worth it when a model plays a role (the
 * offline roles would repeat themselves exactly).
 */
export async function playWithReflection(task: Task, options: PlayOptions, attempts: number): Promise<Trajectory> {
  let record = await playTask(task, options);
  const previous: string[] = [];
  for (
    let attempt = 2;
    attempt <= attempts && record.outcome === 'rejected' && !record.reasons.some((reason) => INFRASTRUCTURE.test(reason));
    attempt += 1
  ) {
    previous.push(...record.reasons);
    const feedback = `A reviewer rejected an earlier attempt at this conversation for these reasons: ${previous.join('; ')}. Avoid those mistakes this time.`;
    record = { ...(await playTask(task, { ...options, feedback })), reflection: { attempt, previousReasons: [...previous] } };
  }
  return record;
}

const ASSISTANT_SYSTEM =
  'You are a helpful assistant with tools. Call tools when they help; ask the user when information is missing; answer in plain text when done.';

/**
 * Plays one task over a real MCP session: the user simulator talks, the assistant runs its
 * tool-calling loop on the simulated server, and the record comes out checked and schema-valid.
 * Never throws for a task's own failure: that is a rejected trajectory with the reason. Throws
 * `TaskInterrupted` when the infrastructure failed it instead (a model endpoint down, 5xx through
 * every retry, refused credentials, a timeout; the MCP server unreachable, or its session refused,
 * gone or dead under a tool call): no record, the task is played again on `--resume`.
 */
export async function playTask(task: Task, options: PlayOptions): Promise<Trajectory> {
  const monitor = options.monitor ?? new InfrastructureMonitor();
  const failures: InfrastructureFailure[] = [];
  const sharedBefore = monitor.sharedCount;
  const wrap: ModelWrap = (model) => monitor.watch(model, failures);
  const interrupted = (): TaskInterrupted | undefined => {
    const all = [...failures, ...monitor.sharedSince(sharedBefore)];
    return all.length > 0 ? new TaskInterrupted(rolloutId(task, options.rollout), all) : undefined;
  };
  const started = Date.now();
  const startedAt = new Date(started).toISOString();
  let connection: McpConnection | undefined;
  const reasons: string[] = [];
  const turns: ToolCallRecord[][][] = [];
  const stops: StopReason[] = [];
  let userSatisfied = false;
  let endReason = 'not started';
  let assistant: Assistant | undefined;
  let user: UserSimulator | undefined;
  let assistantModel: ChatModel | undefined;
  let toolsByName = new Map<string, CatalogEntry>();
  try {
    // The client takes elicitation requests (a server asking the user for missing input) to the user simulator.
    connection = await connectServer(options.server, {
      label: 'sim',
      validator: options.validator,
      standaloneStream: false,
      ...(options.serverHeaders ? { headers: options.serverHeaders } : {}),
      capabilities: { elicitation: {} },
      beforeConnect: (client) =>
        client.setRequestHandler(ElicitRequestSchema, async (request) => {
          return user
            ? user.answerElicitation({
                message: request.params.message,
                requestedSchema: ('requestedSchema' in request.params
                  ? request.params.requestedSchema
                  : {}) as ElicitationRequest['requestedSchema'],
              })
            : { action: 'cancel' as const };
        }),
    });
    const catalog = options.sharedCatalog ? options.sharedCatalog.rebind(connection) : await ToolCatalog.load([connection]);
    toolsByName = new Map(catalog.entries.map((entry) => [entry.name, entry]));
    const missing = task.tools.filter((tool) => !toolsByName.has(tool));
    if (missing.length > 0) throw new Error(`the server does not serve ${missing.join(', ')}`);
    const offered = new Set(task.tools);
    // Tools of the API that share a description word for word tell each other apart by name, offered or not.
    const namesakes = (tool: string) => {
      const description = toolsByName.get(tool)?.description ?? '';
      return description === ''
        ? []
        : catalog.entries.filter((entry) => entry.name !== tool && entry.description === description).map((entry) => entry.name);
    };
    const views = new Map(
      task.tools.map((tool) => [
        tool,
        {
          name: tool,
          description: toolsByName.get(tool)?.description ?? '',
          inputSchema: toolsByName.get(tool)?.inputSchema,
          namesakes: namesakes(tool),
        },
      ]),
    );
    user = options.roles.user(task, views, wrap);
    assistantModel = wrap(options.roles.assistant(task, (tool) => toolsByName.get(tool)?.chatName ?? tool));
    assistant = new Assistant({
      model: assistantModel,
      catalog,
      offer: (entry) => offered.has(entry.name),
      seed: rolloutId(task, options.rollout),
      world: task.seed,
      callMeta: plannedFaultMeta(task),
      system: options.feedback ? `${options.system ?? ASSISTANT_SYSTEM}\n\n${options.feedback}` : (options.system ?? ASSISTANT_SYSTEM),
    });
    let text = await user.opening();
    const maxTurns = options.maxTurns ?? 15;
    for (let turn = 0; turn < maxTurns; turn += 1) {
      const result = await assistant.respond(text);
      turns.push(result.steps);
      stops.push(result.stop);
      if (result.stop !== 'answered') {
        endReason = `the assistant stopped: ${result.stop}${result.error ? ` (${result.error})` : ''}`;
        break;
      }
      const action = await user.next({
        reply: result.reply,
        calls: result.steps.flat().map((call) => ({ tool: call.name, arguments: call.arguments, isError: call.isError })),
      });
      if (action.kind === 'done') {
        userSatisfied = action.satisfied;
        endReason = action.reason;
        break;
      }
      if (turn === maxTurns - 1) endReason = `the conversation reached ${maxTurns} user turns`;
      text = action.text;
    }
  } catch (error) {
    if (!connection && isInfToolError(error, 'connection_failed')) {
      const failure: InfrastructureFailure = { kind: 'unreachable', source: MCP_SERVER, message: errorMessage(error) };
      failures.push(failure);
      monitor.failed(failure);
    } else if (error instanceof SessionFailed) {
      // The session failed under a tool call (credentials refused, session gone, server dead): the
      // task is the infrastructure's loss, not a conversation with a tool error in it.
      failures.push(error.failure);
      monitor.failed(error.failure);
    }
    reasons.push(`the session failed: ${errorMessage(error)}`);
    endReason = errorMessage(error);
  } finally {
    await connection?.close().catch(() => undefined);
  }
  // The server's count clears on a session that played through, not on a connection alone: a server
  // that accepts sessions and then fails every call stops the run too.
  if (connection && !failures.some((failure) => failure.source === MCP_SERVER)) monitor.succeeded(MCP_SERVER);
  // What the infrastructure broke is not a conversation to check, judge or keep.
  const beforeJudging = interrupted();
  if (beforeJudging) throw beforeJudging;
  // The recorded system message is the plain one: reflection feedback lives only in `record.reflection`.
  const messages = (assistant?.messages ?? []).map((message, index) =>
    index === 0 && message.role === 'system' ? { ...message, content: options.system ?? ASSISTANT_SYSTEM } : message,
  );
  const tools = assistant?.tools ?? [];
  const wire = connection?.wire.records ?? [];
  const conversation = readConversation({ task, tools, messages, wire });
  const checks = runChecks(
    { task, messages, turns, wire, tools: toolsByName, offered: tools, stops, userSatisfied, endReason, validator: options.validator },
    conversation,
  );
  const usage: Partial<Record<RoleName, TokenUsage>> = {};
  const userUsage = user?.usage();
  if (userUsage) usage.user = userUsage;
  if (assistant && assistantModel && assistantModel.id !== 'offline') usage.assistant = assistant.usage();
  const errors = conversation.calls.filter((call) => call.isError).map((call) => call.id);
  const played = {
    schemaVersion: TRAJECTORY_SCHEMA_VERSION,
    id: rolloutId(task, options.rollout),
    task,
    tools,
    messages,
    wire,
    checks,
    // The reward parts, recorded with every trajectory (the closed loop reads them).
    reward: computeReward({ task, tools, messages, errors }, options.validator),
    usage,
    models: options.roles.names,
    timings: { startedAt, ms: 0, turns: turns.length },
  } satisfies Omit<Trajectory, 'outcome' | 'reasons' | 'votes'>;
  // Rules, then judges, then the outcome: one decision (run/acceptance.ts).
  const decision = await decideAcceptance(played, {
    failures: reasons,
    advisory: options.roles.advisory,
    ...(options.roles.judges
      ? { judges: { make: () => options.roles.judges!.make(wrap), threshold: options.roles.judges.threshold } }
      : {}),
  });
  const afterJudging = interrupted();
  if (afterJudging) throw afterJudging;
  if (decision.judgeUsage) usage.judge = decision.judgeUsage;
  const record: Trajectory = { ...played, votes: decision.votes, outcome: decision.outcome, reasons: decision.reasons };
  record.timings.ms = Date.now() - started;
  // The record is validated against the published contract before anyone stores it.
  const parsed = Trajectory.safeParse(record);
  if (!parsed.success) {
    return {
      ...record,
      outcome: 'rejected',
      reasons: [
        ...record.reasons,
        `record does not match the Trajectory schema: ${parsed.error.issues
          .slice(0, 3)
          .map((issue) => `$.${issue.path.join('.')}: ${issue.message}`)
          .join('; ')}`,
      ],
      messages: [],
      wire: [],
    };
  }
  return record;
}
