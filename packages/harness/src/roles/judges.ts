import { askChatModel, askForJson, sumUsage, type ChatModel, type TokenUsage, type Trajectory, type Vote } from '@inftool/core';
import { judgePrompt, type JudgeBrief } from './prompts/judge-prompts.js';

/** One verifier of a finished trajectory. */
export interface Judge {
  readonly id: string;
  vote(record: Trajectory): Promise<Vote>;
  usage?(): TokenUsage;
}

const VOTE_SCHEMA = {
  type: 'object',
  properties: { accept: { type: 'boolean' }, reason: { type: 'string' } },
  required: ['accept', 'reason'],
};

/** A chat model as a judge with one brief: it reads the task, the tools with their schemas and the whole conversation, and votes with a reason. */
export class ModelJudge implements Judge {
  constructor(
    readonly id: string,
    private readonly model: ChatModel,
    private readonly brief: JudgeBrief,
    private readonly temperature = 0,
  ) {}

  usage(): TokenUsage {
    return this.model.usage();
  }

  async vote(record: Trajectory): Promise<Vote> {
    const prompt = judgePrompt(record);
    const answer = await askForJson({
      ask: askChatModel(this.model, {
        system: this.brief.system,
        responseFormat: { type: 'json_schema', name: 'vote', schema: VOTE_SCHEMA },
        temperature: this.temperature,
      }),
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

/** The model-free judge: accepts what passed every check (the rules are its judgement; it adds no opinion of its own). */
export class OfflineJudge implements Judge {
  readonly id = 'offline';
  async vote(record: Trajectory): Promise<Vote> {
    const failed = record.checks.filter((check) => !check.ok).map((check) => check.id);
    return {
      judge: this.id,
      accept: failed.length === 0,
      reason: failed.length === 0 ? 'every check passed' : `failed: ${failed.join(', ')}`,
    };
  }
}

/** K votes and a majority threshold: the share of accepting votes must reach `threshold`. */
export async function verify(
  record: Trajectory,
  judges: Judge[],
  threshold: number,
): Promise<{ votes: Vote[]; accepted: boolean; usage?: TokenUsage }> {
  const votes = await Promise.all(judges.map((judge) => judge.vote(record)));
  const share = votes.length === 0 ? 1 : votes.filter((vote) => vote.accept).length / votes.length;
  const usages = judges.flatMap((judge) => (judge.usage ? [judge.usage()] : []));
  const usage = usages.length === 0 ? undefined : sumUsage(...usages);
  return { votes, accepted: share >= threshold, ...(usage ? { usage } : {}) };
}
