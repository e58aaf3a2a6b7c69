import { InfToolError, OpenAIChatModel, ReplayCache, type ChatModel, type Task } from '@inftool/core';
import { ModelUser, OfflineUser } from '@inftool/user-sim';
import type { RoleModels } from '../run/play-task.js';
import { OfflineAssistant } from './offline-assistant.js';

export const OFFLINE = 'offline';

export interface RoleChoice {
  user: string;
  assistant: string;
  endpoint: { baseURL?: string; apiKey?: string };
  cacheDir?: string;
  timeoutMs?: number;
}

/**
 * Every role is `offline` (the model-free implementation) or a model name on the OpenAI-compatible
 * endpoint. Each conversation gets its own model client, so token usage is counted per trajectory.
 */
export function selectRoles(choice: RoleChoice): RoleModels {
  const model = (name: string, role: string): (() => ChatModel) => {
    if (!choice.endpoint.baseURL) throw new InfToolError('config', `--${role}-model ${name} needs an endpoint: pass --base-url or set OPENAI_BASE_URL (or use ${OFFLINE})`);
    return () =>
      new OpenAIChatModel({
        model: name,
        baseURL: choice.endpoint.baseURL,
        apiKey: choice.endpoint.apiKey,
        ...(choice.timeoutMs ? { timeoutMs: choice.timeoutMs } : {}),
        ...(choice.cacheDir ? { cache: new ReplayCache({ dir: choice.cacheDir }) } : {}),
      });
  };
  const assistantModel = choice.assistant === OFFLINE ? undefined : model(choice.assistant, 'assistant');
  const userModel = choice.user === OFFLINE ? undefined : model(choice.user, 'user');
  return {
    assistant: (task: Task, chatName) => (assistantModel ? assistantModel() : new OfflineAssistant(task, chatName)),
    user: (task, tools) => (userModel ? new ModelUser(task, userModel()) : new OfflineUser(task, tools)),
    names: { user: choice.user, assistant: choice.assistant },
    // A model is judged on what it did, not on matching the offline plan's exact arguments.
    advisory: new Set(assistantModel || userModel ? ['expected_calls'] : []),
  };
}
