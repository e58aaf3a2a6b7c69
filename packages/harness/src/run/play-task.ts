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

/** The run's circuit breaker as one task sees it: the failures of its own models, and whether the infrastructure failed it. */
interface TaskWatch {
  monitor: InfrastructureMonitor;
  failures: InfrastructureFailure[];
  wrap: ModelWrap;
  /** The task's interruption when any role model or the server failed it (its own failures or the run's since it started). */
  interrupted: () => TaskInterrupted | undefined;
}

function watchTask(task: Task, options: PlayOptions): TaskWatch {
  const monitor = options.monitor ?? new InfrastructureMonitor();
  const failures: InfrastructureFailure[] = [];
  const sharedBefore = monitor.sharedCount;
  const interrupted = (): TaskInterrupted | undefined => {
    const all = [...failures, ...monitor.sharedSince(sharedBefore)];
    return all.length > 0 ? new TaskInterrupted(rolloutId(task, options.rollout), all) : undefined;
  };
  return { monitor, failures, wrap: (model) => monitor.watch(model, failures), interrupted };
}

/** What one session played: its roles, the turns' calls and why it ended. */
interface Session {
  connection?: McpConnection;
  user?: UserSimulator;
  assistant?: Assistant;
  assistantModel?: ChatModel;
  toolsByName: Map<string, CatalogEntry>;
  turns: ToolCallRecord[][][];
  stops: StopReason[];
  userSatisfied: boolean;
  endReason: string;
  /** Why the session failed, when it did. */
  reasons: string[];
}

/**
 * Plays one task over a real MCP session: the user simulator talks, the assistant runs its
 * tool-calling loop on the simulated server, and the record comes out checked and schema-valid.
 * Never throws for a task's own failure: that is a rejected trajectory with the reason. Throws
 * `TaskInterrupted` when the infrastructure failed it instead (a model endpoint down, 5xx through
 * every retry, refused credentials, a timeout; the MCP server unreachable, or its session refused,
 * gone or dead under a tool call): no record, the task is played again on `--resume`.
 */
export async function playTask(task: Task, options: PlayOptions): Promise<Trajectory> {
  const watch = watchTask(task, options);
  const started = Date.now();
  const session = await playSession(task, options, watch);
  // What the infrastructure broke is not a conversation to check, judge or keep.
  const beforeJudging = watch.interrupted();
  if (beforeJudging) throw beforeJudging;
  const played = checkedRecord(task, options, session, new Date(started).toISOString());
  // Rules, then judges, then the outcome: one decision (run/acceptance.ts).
  const judges = options.roles.judges;
  const decision = await decideAcceptance(played, {
    failures: session.reasons,
    advisory: options.roles.advisory,
    ...(judges ? { judges: { make: () => judges.make(watch.wrap), threshold: judges.threshold } } : {}),
  });
  const afterJudging = watch.interrupted();
  if (afterJudging) throw afterJudging;
  if (decision.judgeUsage) played.usage.judge = decision.judgeUsage;
  const record: Trajectory = { ...played, votes: decision.votes, outcome: decision.outcome, reasons: decision.reasons };
  record.timings.ms = Date.now() - started;
  return contractChecked(record);
}

/** Connects, sets the roles up and plays the conversation; a failure ends the session with its reason (and counts against the infrastructure when it is one). */
async function playSession(task: Task, options: PlayOptions, watch: TaskWatch): Promise<Session> {
  const session: Session = { toolsByName: new Map(), turns: [], stops: [], userSatisfied: false, endReason: 'not started', reasons: [] };
  try {
    session.connection = await openConnection(options, session);
    await castRoles(task, options, session, session.connection, watch.wrap);
    await converse(session, options.maxTurns ?? 15);
  } catch (error) {
    noteSessionFailure(error, session, watch);
  } finally {
    await session.connection?.close().catch(() => undefined);
  }
  // The server's count clears on a session that played through, not on a connection alone: a server
  // that accepts sessions and then fails every call stops the run too.
  if (session.connection && !watch.failures.some((failure) => failure.source === MCP_SERVER)) watch.monitor.succeeded(MCP_SERVER);
  return session;
}

/** The session's connection; the client takes elicitation requests (a server asking the user for missing input) to the user simulator. */
function openConnection(options: PlayOptions, session: Session): Promise<McpConnection> {
  return connectServer(options.server, {
    label: 'sim',
    validator: options.validator,
    standaloneStream: false,
    ...(options.serverHeaders ? { headers: options.serverHeaders } : {}),
    capabilities: { elicitation: {} },
    beforeConnect: (client) =>
      client.setRequestHandler(ElicitRequestSchema, async (request) => {
        return session.user
          ? session.user.answerElicitation({
              message: request.params.message,
              requestedSchema: ('requestedSchema' in request.params
                ? request.params.requestedSchema
                : {}) as ElicitationRequest['requestedSchema'],
            })
          : { action: 'cancel' as const };
      }),
  });
}

/** Lists the tools, then makes the user simulator (who sees the task's tools) and the assistant (offered only those). */
async function castRoles(task: Task, options: PlayOptions, session: Session, connection: McpConnection, wrap: ModelWrap): Promise<void> {
  const catalog = options.sharedCatalog ? options.sharedCatalog.rebind(connection) : await ToolCatalog.load([connection]);
  const toolsByName = new Map(catalog.entries.map((entry) => [entry.name, entry]));
  session.toolsByName = toolsByName;
  const missing = task.tools.filter((tool) => !toolsByName.has(tool));
  if (missing.length > 0) throw new Error(`the server does not serve ${missing.join(', ')}`);
  const offered = new Set(task.tools);
  session.user = options.roles.user(task, toolViews(task, catalog.entries, toolsByName), wrap);
  session.assistantModel = wrap(options.roles.assistant(task, (tool) => toolsByName.get(tool)?.chatName ?? tool));
  session.assistant = new Assistant({
    model: session.assistantModel,
    catalog,
    offer: (entry) => offered.has(entry.name),
    seed: rolloutId(task, options.rollout),
    world: task.seed,
    callMeta: plannedFaultMeta(task),
    system: options.feedback ? `${options.system ?? ASSISTANT_SYSTEM}\n\n${options.feedback}` : (options.system ?? ASSISTANT_SYSTEM),
  });
}

/** The task's tools as the user simulator sees them. */
function toolViews(task: Task, entries: readonly CatalogEntry[], toolsByName: ReadonlyMap<string, CatalogEntry>): Map<string, ToolView> {
  // Tools of the API that share a description word for word tell each other apart by name, offered or not.
  const namesakes = (tool: string) => {
    const description = toolsByName.get(tool)?.description ?? '';
    return description === ''
      ? []
      : entries.filter((entry) => entry.name !== tool && entry.description === description).map((entry) => entry.name);
  };
  return new Map(
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
}

/** The turns: the user speaks, the assistant answers (calling tools), until the user is done, the assistant stops, or `maxTurns`. */
async function converse(session: Session, maxTurns: number): Promise<void> {
  const { user, assistant } = session;
  if (!user || !assistant) return;
  let text = await user.opening();
  for (let turn = 0; turn < maxTurns; turn += 1) {
    const result = await assistant.respond(text);
    session.turns.push(result.steps);
    session.stops.push(result.stop);
    if (result.stop !== 'answered') {
      session.endReason = `the assistant stopped: ${result.stop}${result.error ? ` (${result.error})` : ''}`;
      return;
    }
    const action = await user.next({
      reply: result.reply,
      calls: result.steps.flat().map((call) => ({ tool: call.name, arguments: call.arguments, isError: call.isError })),
    });
    if (action.kind === 'done') {
      session.userSatisfied = action.satisfied;
      session.endReason = action.reason;
      return;
    }
    if (turn === maxTurns - 1) session.endReason = `the conversation reached ${maxTurns} user turns`;
    text = action.text;
  }
}

function noteSessionFailure(error: unknown, session: Session, watch: TaskWatch): void {
  if (!session.connection && isInfToolError(error, 'connection_failed')) {
    const failure: InfrastructureFailure = { kind: 'unreachable', source: MCP_SERVER, message: errorMessage(error) };
    watch.failures.push(failure);
    watch.monitor.failed(failure);
  } else if (error instanceof SessionFailed) {
    // The session failed under a tool call (credentials refused, session gone, server dead): the
    // task is the infrastructure's loss, not a conversation with a tool error in it.
    watch.failures.push(error.failure);
    watch.monitor.failed(error.failure);
  }
  session.reasons.push(`the session failed: ${errorMessage(error)}`);
  session.endReason = errorMessage(error);
}

/** The record of a played session with its checks, reward and usage: everything but the acceptance decision. */
function checkedRecord(task: Task, options: PlayOptions, session: Session, startedAt: string) {
  const { assistant, assistantModel, connection, turns, stops, userSatisfied, endReason, toolsByName } = session;
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
  const userUsage = session.user?.usage();
  if (userUsage) usage.user = userUsage;
  if (assistant && assistantModel && assistantModel.id !== 'offline') usage.assistant = assistant.usage();
  const errors = conversation.calls.filter((call) => call.isError).map((call) => call.id);
  return {
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
}

/** The record validated against the published contract before anyone stores it: one that does not match is rejected, emptied, with the first issues. */
function contractChecked(record: Trajectory): Trajectory {
  const parsed = Trajectory.safeParse(record);
  if (parsed.success) return record;
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
