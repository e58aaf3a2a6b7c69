import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { ChatMessage, SchemaValidator, Task } from '@inftool/core';
import { DEFAULT_WEIGHTS, computeReward, groupAdvantages, type RewardWeights } from './reward.js';

const Rollout = z.object({
  task: Task,
  tools: z.array(z.object({ name: z.string(), description: z.string().optional(), parameters: z.record(z.string(), z.unknown()) })),
  messages: z.array(ChatMessage),
  errors: z.array(z.string()).optional(),
  judged: z.object({ execution: z.number().min(0).max(1).optional(), reasoning: z.number().min(0).max(1).optional() }).optional(),
});
const Group = z.object({ rollouts: z.array(Rollout).min(1) });
const Rewards = z.object({ rewards: z.array(z.number()).min(1) });

export interface RunningRewardServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The reward over HTTP + JSON for an external trainer (TRL, verl, OpenRLHF):
 * - `POST /reward` `{task, tools, messages, judged?}` → the reward parts;
 * - `POST /group` `{rollouts: [...]}` → the parts of each and their group-relative advantages;
 * - `POST /advantages` `{rewards: [...]}` → `{advantages}`.
 * A bad payload gets 400 with the JSON path of what is wrong.
 */
export async function serveReward(options: { host?: string; port?: number; weights?: RewardWeights } = {}): Promise<RunningRewardServer> {
  const validator = new SchemaValidator();
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const send = (response: import('node:http').ServerResponse, status: number, body: unknown) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.method !== 'POST') return send(response, 405, { error: 'POST a JSON body to /reward, /group or /advantages' });
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch (error) {
        return send(response, 400, { error: `the body is not JSON: ${(error as Error).message}` });
      }
      const problems = (error: z.ZodError) => error.issues.slice(0, 5).map((issue) => `$.${issue.path.join('.')}: ${issue.message}`).join('; ');
      if (request.url === '/reward') {
        const parsed = Rollout.safeParse(body);
        if (!parsed.success) return send(response, 400, { error: problems(parsed.error) });
        return send(response, 200, computeReward(parsed.data, validator, weights));
      }
      if (request.url === '/group') {
        const parsed = Group.safeParse(body);
        if (!parsed.success) return send(response, 400, { error: problems(parsed.error) });
        const parts = parsed.data.rollouts.map((rollout) => computeReward(rollout, validator, weights));
        const advantages = groupAdvantages(parts.map((part) => part.total));
        return send(response, 200, { rollouts: parts.map((part, index) => ({ ...part, advantage: advantages[index] })) });
      }
      if (request.url === '/advantages') {
        const parsed = Rewards.safeParse(body);
        if (!parsed.success) return send(response, 400, { error: problems(parsed.error) });
        return send(response, 200, { advantages: groupAdvantages(parsed.data.rewards) });
      }
      return send(response, 404, { error: `no route ${request.url}; POST /reward, /group or /advantages` });
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
