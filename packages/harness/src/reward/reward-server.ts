import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
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
type Rollout = z.infer<typeof Rollout>;
const Group = z.object({ rollouts: z.array(Rollout).min(1) });
const Rewards = z.object({ rewards: z.array(z.number()).min(1) });

/** The default largest request body: a rollout with its tools is a few KB to a few hundred KB. */
export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

export interface RunningRewardServer {
  url: string;
  close(): Promise<void>;
}

export interface RewardServerOptions {
  host?: string;
  port?: number;
  weights?: RewardWeights;
  /** A larger body gets 413 without being read to the end. */
  maxBodyBytes?: number;
  /** A client must send a request's headers within this time, else 408 (slowloris). Defaults to 20 s. */
  headersTimeoutMs?: number;
  /** A client must send a whole request, body included, within this time, else 408. Defaults to 120 s. */
  requestTimeoutMs?: number;
}

/** A request the server refuses, with its status and the reason sent back. */
class Refused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const problems = (error: z.ZodError) =>
  error.issues
    .slice(0, 5)
    .map((issue) => `$.${issue.path.join('.')}: ${issue.message}`)
    .join('; ');

/**
 * Every offered tool's parameters must compile as JSON Schema and validate a value without end (a
 * schema that is only a reference to itself, `{"$ref": "#"}`, compiles but recurses forever on any
 * value); the first that does not is named (path + the reason).
 */
function checkTools(validator: SchemaValidator, rollout: Rollout, at: string): void {
  rollout.tools.forEach((tool, index) => {
    try {
      validator.compile(tool.parameters);
      validator.validate(tool.parameters, {});
    } catch (error) {
      throw new Refused(
        400,
        `${at}.tools.${index}.parameters (tool "${tool.name}") is not a usable JSON Schema: ${(error as Error).message}`,
      );
    }
  });
}

function answer(validator: SchemaValidator, weights: RewardWeights, url: string | undefined, body: unknown): unknown {
  if (url === '/reward') {
    const parsed = Rollout.safeParse(body);
    if (!parsed.success) throw new Refused(400, problems(parsed.error));
    checkTools(validator, parsed.data, '$');
    return computeReward(parsed.data, validator, weights);
  }
  if (url === '/group') {
    const parsed = Group.safeParse(body);
    if (!parsed.success) throw new Refused(400, problems(parsed.error));
    parsed.data.rollouts.forEach((rollout, index) => checkTools(validator, rollout, `$.rollouts.${index}`));
    const parts = parsed.data.rollouts.map((rollout) => computeReward(rollout, validator, weights));
    const advantages = groupAdvantages(parts.map((part) => part.total));
    return { rollouts: parts.map((part, index) => ({ ...part, advantage: advantages[index] })) };
  }
  if (url === '/advantages') {
    const parsed = Rewards.safeParse(body);
    if (!parsed.success) throw new Refused(400, problems(parsed.error));
    return { advantages: groupAdvantages(parsed.data.rewards) };
  }
  throw new Refused(404, `no route ${url}; POST /reward, /group or /advantages`);
}

/** Reads the body up to `limit` bytes; past it, refuses with 413 and stops reading. */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length']);
    const tooLarge = () => new Refused(413, `the body is larger than the server's limit of ${limit} bytes (--max-body-bytes)`);
    if (Number.isFinite(declared) && declared > limit) return reject(tooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.removeAllListeners('data');
        request.pause();
        reject(tooLarge());
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    // The client went away or was cut (408 for a body too slow): nobody is left to answer.
    request.on('error', () => reject(new Refused(408, 'the request was not received in full (the client went away or was too slow)')));
  });
}

/**
 * The reward over HTTP + JSON for an external trainer (TRL, verl, OpenRLHF):
 * - `POST /reward` `{task, tools, messages, judged?}` → the reward parts;
 * - `POST /group` `{rollouts: [...]}` → the parts of each and their group-relative advantages;
 * - `POST /advantages` `{rewards: [...]}` → `{advantages}`.
 * A bad payload gets 400 with the JSON path of what is wrong (a tool whose parameters do not compile
 * included), a body over `maxBodyBytes` 413; no request can stop the server (anything unforeseen is a 500).
 */
export async function serveReward(options: RewardServerOptions = {}): Promise<RunningRewardServer> {
  const validator = new SchemaValidator();
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const send = (response: ServerResponse, status: number, body: unknown, close = false) => {
    if (response.headersSent) return;
    response.writeHead(status, { 'content-type': 'application/json', ...(close ? { connection: 'close' } : {}) }).end(JSON.stringify(body));
  };
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== 'POST') {
      request.resume();
      return send(response, 405, { error: 'POST a JSON body to /reward, /group or /advantages' });
    }
    const raw = await readBody(request, limit);
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch (error) {
      throw new Refused(400, `the body is not JSON: ${(error as Error).message}`);
    }
    send(response, 200, answer(validator, weights, request.url, body));
  };
  const requestTimeout = options.requestTimeoutMs ?? 120_000;
  const headersTimeout = Math.min(options.headersTimeoutMs ?? 20_000, requestTimeout);
  const server: Server = createServer(
    // Node checks both timeouts every connectionsCheckingInterval (its default, 30 s, would let them run late).
    { headersTimeout, requestTimeout, connectionsCheckingInterval: Math.max(100, Math.min(5_000, Math.floor(headersTimeout / 4))) },
    (request, response) => {
      handle(request, response).catch((error: unknown) => {
        if (error instanceof Refused) return send(response, error.status, { error: error.message }, error.status === 413);
        process.stderr.write(`reward server: ${request.method} ${request.url} failed: ${(error as Error).stack ?? String(error)}\n`);
        send(response, 500, { error: `the reward could not be computed: ${(error as Error).message ?? String(error)}` });
      });
    },
  );
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
