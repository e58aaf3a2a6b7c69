import { askChatModel, askForJson, sumUsage, type ChatModel, type TokenUsage, type Trajectory, type Vote } from '@inftool/core';

/** One verifier of a finished trajectory. */
export interface Judge {
  readonly id: string;
  vote(record: Trajectory): Promise<Vote>;
  usage?(): TokenUsage;
}

const JUDGE_SYSTEM =
  'You review a conversation between a user and a tool-using AI assistant, for training data. Accept it only if the assistant ' +
  'understood the request, called the right tools with arguments supported by what the user said, did not invent facts, ' +
  'asked when information was missing, and gave a final answer consistent with the tool results. Answer with JSON only.';

const VOTE_SCHEMA = { type: 'object', properties: { accept: { type: 'boolean' }, reason: { type: 'string' } }, required: ['accept', 'reason'] };

function transcript(record: Trajectory): string {
  const lines = record.messages.map((message) => {
    switch (message.role) {
      case 'system':
        return '';
      case 'user':
        return `USER: ${message.content}`;
      case 'assistant':
        return `ASSISTANT: ${message.content ?? ''}${(message.tool_calls ?? []).map((call) => `\n  CALL ${call.function.name} ${call.function.arguments}`).join('')}`;
      case 'tool':
        return `RESULT: ${message.content.slice(0, 600)}`;
    }
  });
  return lines.filter(Boolean).join('\n');
}

/** A chat model as a judge: it reads the task, the tools and the transcript, and votes with a reason. */
export class ModelJudge implements Judge {
  constructor(readonly id: string, private readonly model: ChatModel, private readonly temperature: number) {}

  usage(): TokenUsage {
    return this.model.usage();
  }

  async vote(record: Trajectory): Promise<Vote> {
    const prompt =
      `Task (${record.task.kind}): ${record.task.goal}\n\nTools offered: ${record.tools.map((tool) => `${tool.name}: ${tool.description ?? ''}`.slice(0, 200)).join('\n')}\n\n` +
      `Conversation:\n${transcript(record).slice(0, 12_000)}\n\nAnswer {"accept": true|false, "reason": "one sentence"}.`;
    const answer = await askForJson({
      ask: askChatModel(this.model, { system: JUDGE_SYSTEM, responseFormat: { type: 'json_schema', name: 'vote', schema: VOTE_SCHEMA }, temperature: this.temperature }),
      prompt,
      check: (value) => (typeof value['accept'] === 'boolean' ? undefined : '"accept" must be true or false'),
      repair: (problem) => `That cannot be used: ${problem}. Answer with JSON only.`,
      maxAttempts: 2,
    });
    // A judge that cannot answer abstains as a rejection, with the reason: nothing is accepted unjudged.
    if (!answer.ok) return { judge: this.id, accept: false, reason: `no usable vote: ${answer.problems.join('; ').slice(0, 300)}` };
    return { judge: this.id, accept: answer.value['accept'] === true, reason: String(answer.value['reason'] ?? '') };
  }
}

/** The model-free judge: accepts what passed every check (the rules are its judgement). */
export class OfflineJudge implements Judge {
  readonly id = 'offline';
  async vote(record: Trajectory): Promise<Vote> {
    const failed = record.checks.filter((check) => !check.ok).map((check) => check.id);
    return { judge: this.id, accept: failed.length === 0, reason: failed.length === 0 ? 'every check passed' : `failed: ${failed.join(', ')}` };
  }
}

/** K votes and a majority threshold: the share of accepting votes must reach `threshold`. */
export async function verify(record: Trajectory, judges: Judge[], threshold: number): Promise<{ votes: Vote[]; accepted: boolean; usage?: TokenUsage }> {
  const votes = await Promise.all(judges.map((judge) => judge.vote(record)));
  const share = votes.length === 0 ? 1 : votes.filter((vote) => vote.accept).length / votes.length;
  const usages = judges.flatMap((judge) => (judge.usage ? [judge.usage()] : []));
  const usage = usages.length === 0 ? undefined : sumUsage(...usages);
  return { votes, accepted: share >= threshold, ...(usage ? { usage } : {}) };
}
