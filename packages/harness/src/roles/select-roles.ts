import {
  InfToolError,
  OpenAIChatModel,
  ReplayCache,
  bufferedFetch,
  type ChatModel,
  type RequestThrottle,
  type RetryPolicy,
  type Task,
} from '@inftool/core';
import { ModelUser, OfflineUser } from '@inftool/user-sim';
import type { ModelWrap } from '../run/infrastructure.js';
import type { RoleModels } from '../run/play-task.js';
import { OfflineAssistant } from './offline-assistant.js';
import { ModelJudge, OfflineJudge, type Judge } from './judges.js';
import { JUDGE_BRIEFS } from './prompts/judge-prompts.js';

export const OFFLINE = 'offline';

export interface RoleChoice {
  user: string;
  assistant: string;
  /** Judges: `offline` or a model name; `count` votes (K), accepted at `threshold` (share of accepting votes). */
  judge?: { model: string; count: number; threshold: number };
  endpoint: { baseURL?: string; apiKey?: string };
  /** Per-role endpoints, over `endpoint` (e.g. the judges on another server than the assistant). */
  endpoints?: Partial<Record<'user' | 'assistant' | 'judge', { baseURL?: string; apiKey?: string }>>;
  cacheDir?: string;
  timeoutMs?: number;
  /** Requests in flight per model client. Defaults to 64. */
  concurrency?: number;
  /** Retries of a failed model call (defaults: `defaultRetryPolicy`). */
  retry?: Partial<RetryPolicy>;
  /** A request budget per model endpoint shared with other processes (`--max-rpm`, `--max-tpm` of a queued run). */
  throttle?: (model: string, baseURL: string) => RequestThrottle | undefined;
}

/**
 * Every role is `offline` (the model-free implementation) or a model name on the OpenAI-compatible
 * endpoint. The assistant's model client is shared by all conversations (token usage is counted per
 * conversation from its responses); users and judges count their own, so they get one each.
 */
export function selectRoles(choice: RoleChoice): RoleModels {
  const model = (name: string, role: 'user' | 'assistant' | 'judge'): (() => ChatModel) => {
    const endpoint = {
      ...choice.endpoint,
      ...Object.fromEntries(Object.entries(choice.endpoints?.[role] ?? {}).filter(([, value]) => value !== undefined)),
    };
    if (!endpoint.baseURL)
      throw new InfToolError(
        'config',
        `--${role}-model ${name} needs an endpoint: pass --${role}-base-url or --base-url, or set OPENAI_BASE_URL (or use ${OFFLINE})`,
      );
    const throttle = choice.throttle?.(name, endpoint.baseURL);
    return () =>
      new OpenAIChatModel({
        model: name,
        baseURL: endpoint.baseURL,
        apiKey: endpoint.apiKey,
        ...(choice.timeoutMs ? { timeoutMs: choice.timeoutMs } : {}),
        ...(choice.retry ? { retry: choice.retry } : {}),
        ...(throttle ? { throttle } : {}),
        concurrency: choice.concurrency ?? 64,
        fetch: bufferedFetch, // no streaming here: whole responses, without the built-in fetch's stream machinery
        ...(choice.cacheDir ? { cache: new ReplayCache({ dir: choice.cacheDir }) } : {}),
      });
  };
  const makeAssistant = choice.assistant === OFFLINE ? undefined : model(choice.assistant, 'assistant');
  let sharedAssistant: ChatModel | undefined;
  const assistantModel = makeAssistant ? () => (sharedAssistant ??= makeAssistant()) : undefined;
  const userModel = choice.user === OFFLINE ? undefined : model(choice.user, 'user');
  return {
    assistant: (task: Task, chatName) => (assistantModel ? assistantModel() : new OfflineAssistant(task, chatName)),
    user: (task, tools, wrap) =>
      userModel ? new ModelUser(task, wrap ? wrap(userModel()) : userModel(), { tools }) : new OfflineUser(task, tools),
    names: { user: choice.user, assistant: choice.assistant, ...(choice.judge ? { judge: choice.judge.model } : {}) },
    ...(choice.judge
      ? {
          judges: {
            make: judgeMaker(choice.judge, choice.judge.model === OFFLINE ? undefined : model(choice.judge.model, 'judge')),
            threshold: choice.judge.threshold,
            count: choice.judge.count,
          },
        }
      : {}),
    // A model is judged on what it did, not on matching the offline plan's exact arguments.
    advisory: new Set(assistantModel || userModel ? ['expected_calls'] : []),
  };
}

function judgeMaker(judge: NonNullable<RoleChoice['judge']>, model: (() => ChatModel) | undefined): (wrap?: ModelWrap) => Judge[] {
  // K judges cycle through distinct briefs (tool use, faithfulness, the user's goal): independent votes, not one prompt K times.
  return (wrap) =>
    Array.from({ length: judge.count }, (_, index) => {
      const brief = JUDGE_BRIEFS[index % JUDGE_BRIEFS.length]!;
      return model ? new ModelJudge(`${judge.model}#${index + 1}:${brief.id}`, wrap ? wrap(model()) : model(), brief) : new OfflineJudge();
    });
}
