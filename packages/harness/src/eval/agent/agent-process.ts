import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { ElicitationAnswer, ElicitationRequest } from '@inftool/user-sim';
import { isJsonObject } from '@inftool/core';

/** Why the agent stopped answering, when it did. */
export type AgentFailure = 'crashed' | 'turn_timeout' | 'task_timeout' | 'bad_output';

export class AgentError extends Error {
  constructor(
    readonly failure: AgentFailure,
    message: string,
  ) {
    super(message);
  }
}

/** How much of the agent's stderr is kept for the reason of a failure. */
const STDERR_TAIL = 2000;

/**
 * The agent under test as a process: `command` runs in a shell in its own process group, with
 * its endpoint in its environment (`INFTOOL_MCP_URL`, `INFTOOL_MCP_COMMAND`); user turns go to its stdin as JSON lines
 * (`{"role":"user","content":…}`), and each turn's reply comes back as one JSON line on stdout
 * (`{"role":"assistant","content":…}`). Lines that are not JSON objects are protocol errors; the
 * agent's stderr is kept (its tail) for the reason of a failure. `stop` ends the whole group.
 */
export class AgentProcess {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly lines: string[] = [];
  private waiting: ((line: string | undefined) => void) | undefined;
  private stderr = '';
  private exit: string | undefined;
  private readonly exited: Promise<void>;

  constructor(command: string, environment: Record<string, string>) {
    this.child = spawn(command, {
      shell: true,
      detached: true, // its own process group: stop() ends the agent and everything it started
      env: { ...process.env, ...environment },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.exited = new Promise((resolve) => {
      this.child.once('error', (error) => {
        this.exit ??= `could not be started: ${error.message}`;
        resolve();
      });
      this.child.once('close', (code, signal) => {
        this.exit ??= signal ? `was killed by ${signal}` : `exited with code ${code ?? 'unknown'}`;
        resolve();
      });
    });
    void this.exited.then(() => this.deliver(undefined));
    this.child.stdin.on('error', () => undefined); // a closed pipe shows as the exit
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (chunk: string) => {
      this.stderr = (this.stderr + chunk).slice(-STDERR_TAIL);
    });
    createInterface({ input: this.child.stdout, crlfDelay: Infinity }).on('line', (line) => {
      if (line.trim() !== '') this.deliver(line);
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  private deliver(line: string | undefined): void {
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = undefined;
      waiting(line);
    } else if (line !== undefined) this.lines.push(line);
  }

  /** The agent's stderr, last lines, for a failure's reason. */
  stderrTail(): string {
    const text = this.stderr.trim();
    return text === '' ? '' : text.split('\n').slice(-3).join(' | ').slice(-400);
  }

  private failureText(what: string): string {
    const tail = this.stderrTail();
    return tail === '' ? what : `${what} (stderr: ${tail})`;
  }

  /** The next line on stdout, `undefined` when the agent exited, `null` when none came by `until` (ms since the epoch). */
  private nextLine(until: number): Promise<string | undefined | null> {
    let timer: NodeJS.Timeout | undefined;
    return new Promise<string | undefined | null>((resolve) => {
      const queued = this.lines.shift();
      if (queued !== undefined) return resolve(queued);
      if (this.exit !== undefined) return resolve(undefined);
      timer = setTimeout(
        () => {
          this.waiting = undefined;
          resolve(null);
        },
        Math.max(0, until - Date.now()),
      );
      this.waiting = resolve;
    }).finally(() => clearTimeout(timer));
  }

  /**
   * Sends one user turn and waits for the reply: at most `timeoutMs`, and never past `deadline` (the
   * task's). Meanwhile the agent may relay a server's question to the user (a line
   * `{"role":"elicitation","message":…,"requestedSchema":…}`): `relay` answers it, and the answer goes
   * back on stdin as `{"role":"elicitation","action":…,"content"?:…}`. Throws `AgentError` when the
   * agent exits, stays silent, or writes something that is neither a reply nor a relayed question.
   */
  async ask(text: string, timeoutMs: number, deadline: number, relay?: ElicitationRelay): Promise<string> {
    if (this.lines.length > 0)
      throw new AgentError(
        'bad_output',
        `the agent wrote ${this.lines.length} line(s) more than one reply to the previous turn: ${JSON.stringify((this.lines[0] as string).slice(0, 120))}`,
      );
    if (this.exit !== undefined) throw new AgentError('crashed', this.failureText(`the agent ${this.exit} before the turn`));
    this.child.stdin.write(`${JSON.stringify({ role: 'user', content: text })}\n`);
    const taskLeft = deadline - Date.now();
    const until = Date.now() + Math.max(0, Math.min(timeoutMs, taskLeft));
    const failure: AgentFailure = taskLeft <= timeoutMs ? 'task_timeout' : 'turn_timeout';
    for (;;) {
      const line = await this.nextLine(until);
      if (line === null)
        throw new AgentError(
          failure,
          failure === 'task_timeout'
            ? `the agent did not answer before the task's time limit ran out`
            : `the agent did not answer within ${timeoutMs} ms (the per-turn limit)`,
        );
      if (line === undefined) {
        await this.exited;
        throw new AgentError('crashed', this.failureText(`the agent ${this.exit ?? 'closed its output'} without answering`));
      }
      const message = parseAgentLine(line);
      if (message.kind === 'reply') return message.content;
      if (!relay)
        throw new AgentError(
          'bad_output',
          `the agent relayed a question to the user, but no one takes it here: ${JSON.stringify(line.slice(0, 120))}`,
        );
      const answer = await relay(message.request);
      this.child.stdin.write(`${JSON.stringify({ role: 'elicitation', ...answer })}\n`);
    }
  }

  /**
   * Closes stdin (the end of the conversation), waits `graceMs` for the agent to exit, then ends its
   * process group (SIGTERM, a second later SIGKILL). Never waits for ever: output held open by a process
   * the agent detached from its group is let go 2 s after the SIGKILL.
   */
  async stop(graceMs: number): Promise<void> {
    this.child.stdin.end();
    if (this.exit === undefined) await Promise.race([this.exited, new Promise((resolve) => setTimeout(resolve, graceMs).unref())]);
    if (this.exit !== undefined) return;
    this.signal('SIGTERM');
    await Promise.race([this.exited, new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
    if (this.exit === undefined) {
      this.signal('SIGKILL');
      await Promise.race([this.exited, new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
    }
    if (this.exit === undefined) {
      // Killed, but a process outside its group (one it detached) still holds its output open: stop reading.
      this.exit = 'was killed by SIGKILL';
      this.child.stdout.destroy();
      this.child.stderr.destroy();
      this.child.stdin.destroy();
    }
  }

  private signal(signal: NodeJS.Signals): void {
    const pid = this.child.pid;
    if (pid === undefined) return;
    try {
      process.kill(-pid, signal); // the group: a shell's children too
    } catch {
      this.child.kill(signal);
    }
  }
}

/** A question of the server the agent relays to the user; the user's answer. */
export type ElicitationRelay = (request: ElicitationRequest) => Promise<ElicitationAnswer>;

/**
 * A line of the agent's: a reply `{"role":"assistant","content":"…"}`, or a server's question it relays to
 * the user, `{"role":"elicitation","message":"…","requestedSchema":{…}}`.
 */
export function parseAgentLine(line: string): { kind: 'reply'; content: string } | { kind: 'elicitation'; request: ElicitationRequest } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new AgentError('bad_output', `the agent wrote a line that is not JSON: ${JSON.stringify(line.slice(0, 120))}`);
  }
  if (isJsonObject(value) && value['role'] === 'assistant' && typeof value['content'] === 'string')
    return { kind: 'reply', content: value['content'] };
  if (
    isJsonObject(value) &&
    value['role'] === 'elicitation' &&
    typeof value['message'] === 'string' &&
    isJsonObject(value['requestedSchema'])
  )
    return {
      kind: 'elicitation',
      request: { message: value['message'], requestedSchema: value['requestedSchema'] as ElicitationRequest['requestedSchema'] },
    };
  throw new AgentError(
    'bad_output',
    `the agent wrote ${JSON.stringify(line.slice(0, 120))}; a reply is one line {"role":"assistant","content":"<text>"}`,
  );
}

/** A reply line: `{"role":"assistant","content":"…"}` (anything else, a relayed question too, is a protocol failure). */
export function parseReply(line: string): string {
  const message = parseAgentLine(line);
  if (message.kind !== 'reply')
    throw new AgentError(
      'bad_output',
      `the agent wrote ${JSON.stringify(line.slice(0, 120))} where a reply {"role":"assistant","content":"<text>"} was due`,
    );
  return message.content;
}
