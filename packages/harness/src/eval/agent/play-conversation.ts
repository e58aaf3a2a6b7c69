import { errorMessage } from '@inftool/core';
import type { ElicitationAnswer, ElicitationRequest, UserSimulator } from '@inftool/user-sim';
import { AgentError, type AgentProcess } from './agent-process.js';
import type { TaskEndpoint } from './session-server.js';
import type { PlayedSession, PlayedTurn, RelayedQuestion } from './score-session.js';
import { servedCalls } from './served-calls.js';

/** A conversation as it was played: the turns, how it ended, and where the time went. */
export interface PlayedConversation {
  turns: PlayedTurn[];
  failure?: PlayedSession['failure'];
  endReason: string;
  /** The server's questions the agent relayed to the user, with the answers. */
  relays: RelayedQuestion[];
  /** The user's verdict when it ended the conversation itself. */
  userSatisfied?: boolean;
  /** Waiting for the agent's replies, relayed questions aside (ms). */
  agentMs: number;
  /** The user simulator's own time: its turns and its answers to relayed questions (ms). */
  userMs: number;
}

export interface ConversationLimits {
  turnTimeoutMs: number;
  maxTurns: number;
  /** When the task's time runs out (ms since the epoch). */
  deadline: number;
}

/** The user simulator could not go on (its model failed through every retry, or gave no usable answer). */
class UserFailed extends Error {}

/**
 * Plays one conversation between the user simulator and the agent: the user's opening, the agent's
 * reply, the user's next turn from that reply and the calls the server saw in the turn, until the
 * user is done, the turn limit, or a failure. A failure of the agent or of the user simulator ends
 * the conversation with its reason; nothing here throws for either.
 */
export async function playConversation(
  agent: AgentProcess,
  user: UserSimulator,
  endpoint: TaskEndpoint,
  limits: ConversationLimits,
): Promise<PlayedConversation> {
  const played: PlayedConversation = { turns: [], endReason: 'not started', relays: [], agentMs: 0, userMs: 0 };
  const fromUser = async <T>(step: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await step();
    } catch (error) {
      throw new UserFailed(`the user simulator failed: ${errorMessage(error)}`);
    } finally {
      played.userMs += performance.now() - started;
    }
  };
  try {
    let text = await fromUser(() => user.opening());
    for (let turn = 0; turn < limits.maxTurns; turn += 1) {
      endpoint.turn = turn;
      const reply = await agentTurn(agent, text, turn, limits, played, (request) => relayToUser(user, request, fromUser));
      if (reply === undefined) break;
      const calls = servedCalls(endpoint.wire).filter((call) => call.turn === turn);
      const action = await fromUser(() =>
        user.next({ reply, calls: calls.map((call) => ({ tool: call.name, arguments: call.arguments, isError: call.isError })) }),
      );
      if (action.kind === 'done') {
        if (action.failed) throw new UserFailed(action.reason);
        played.endReason = action.reason;
        played.userSatisfied = action.satisfied;
        break;
      }
      if (turn === limits.maxTurns - 1) played.endReason = `the conversation reached ${limits.maxTurns} user turns`;
      text = action.text;
    }
  } catch (error) {
    if (!(error instanceof UserFailed)) throw error;
    played.failure = { kind: 'user_failed', reason: error.message };
    played.endReason = error.message;
  }
  return played;
}

/** The user's answer to a question the agent relayed; a user who cannot answer cancels. */
async function relayToUser(
  user: UserSimulator,
  request: ElicitationRequest,
  fromUser: <T>(step: () => Promise<T>) => Promise<T>,
): Promise<ElicitationAnswer> {
  return fromUser(() => user.answerElicitation(request)).catch((): ElicitationAnswer => ({ action: 'cancel' }));
}

/** One turn of the agent: its reply, or undefined when it failed (the failure is noted in `played`). */
async function agentTurn(
  agent: AgentProcess,
  text: string,
  turn: number,
  limits: ConversationLimits,
  played: PlayedConversation,
  answer: (request: ElicitationRequest) => Promise<ElicitationAnswer>,
): Promise<string | undefined> {
  const asked = performance.now();
  let relayMs = 0;
  const relay = async (request: ElicitationRequest): Promise<ElicitationAnswer> => {
    const started = performance.now();
    const reply = await answer(request);
    relayMs += performance.now() - started;
    played.relays.push({ turn, request, answer: reply });
    return reply;
  };
  try {
    const reply = await agent.ask(text, limits.turnTimeoutMs, limits.deadline, relay);
    const ms = performance.now() - asked - relayMs;
    played.agentMs += ms;
    played.turns.push({ user: text, reply, ms });
    return reply;
  } catch (error) {
    if (!(error instanceof AgentError)) throw error;
    const ms = performance.now() - asked - relayMs;
    played.agentMs += ms;
    played.turns.push({ user: text, ms });
    played.failure = { kind: error.failure, reason: error.message };
    played.endReason = `the agent failed: ${error.message}`;
    return undefined;
  }
}
