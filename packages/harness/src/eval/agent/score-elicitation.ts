import type { RelayedQuestion } from './score-session.js';
import type { ServedCall, ServedElicitation } from './served-calls.js';

/** The same value as the user gave, as a person would read it: case and surrounding spaces aside. */
const sameValue = (left: unknown, right: unknown): boolean => String(left).trim().toLowerCase() === String(right).trim().toLowerCase();

const shown = (content: Record<string, unknown> | undefined): string =>
  Object.entries(content ?? {})
    .map(([field, value]) => `${field} ${JSON.stringify(value)}`)
    .join(', ');

/** The relayed question this elicitation was: same turn, same message, each relay used once. */
function relayOf(
  elicitation: ServedElicitation,
  relays: readonly RelayedQuestion[],
  used: Set<RelayedQuestion>,
): RelayedQuestion | undefined {
  const relay = relays.find(
    (candidate) => !used.has(candidate) && candidate.turn === elicitation.turn && candidate.request.message === elicitation.message,
  );
  if (relay) used.add(relay);
  return relay;
}

/** Why the agent's answer to one server question is wrong, or undefined when it is right. */
function judgeAnswer(elicitation: ServedElicitation, relay: RelayedQuestion | undefined, userTurns: readonly string[]): string | undefined {
  const answer = elicitation.answer;
  const question = `the server's question "${elicitation.message}"`;
  if (!answer) return `the agent's client never answered ${question}`;
  if ('error' in answer) return `the agent's client answered ${question} with an error: ${answer.error}`;
  if (relay) {
    const user = relay.answer;
    if (user.action !== answer.action)
      return `the user answered ${question} with ${user.action}; the agent told the server ${answer.action}`;
    if (user.action !== 'accept') return undefined;
    const changed = Object.entries(user.content).filter(([field, value]) => !sameValue(value, answer.content?.[field]));
    return changed.length === 0
      ? undefined
      : `the user answered ${question} with ${shown(user.content)}; the agent told the server ${shown(answer.content)}`;
  }
  // Not relayed: an honest "I cannot say" is right; an accepted value must be one the user gave in the conversation.
  if (answer.action !== 'accept') return undefined;
  const said = userTurns.join('\n').toLowerCase();
  const invented = Object.entries(answer.content ?? {}).filter(([, value]) => !said.includes(String(value).trim().toLowerCase()));
  return invented.length === 0
    ? undefined
    : `the agent answered ${question} itself with ${shown(Object.fromEntries(invented))}, which the user never gave`;
}

/**
 * The `elicitation` score: of the questions the server asked the agent's client (MCP elicitation), the
 * share answered as the user would have it. A question relayed to the user must reach the server with
 * the user's answer; one not relayed may be declined or cancelled, or accepted with values the user
 * gave in the conversation, never with values the agent made up. Absent when the server asked nothing.
 */
export function scoreElicitations(
  calls: readonly ServedCall[],
  relays: readonly RelayedQuestion[],
  userTurns: readonly string[],
): { score?: number; reasons: string[] } {
  const asked = calls.flatMap((call) => (call.elicitation ? [call.elicitation] : []));
  if (asked.length === 0) return { reasons: [] };
  const used = new Set<RelayedQuestion>();
  const reasons = asked.flatMap((elicitation) => {
    const wrong = judgeAnswer(elicitation, relayOf(elicitation, relays, used), userTurns.slice(0, elicitation.turn + 1));
    return wrong ? [wrong] : [];
  });
  return { score: (asked.length - reasons.length) / asked.length, reasons };
}

/** Whether the call's missing values were asked of the user: the server's question about it was relayed to the user. */
export function askedThroughElicitation(call: ServedCall | undefined, relays: readonly RelayedQuestion[]): boolean {
  const elicitation = call?.elicitation;
  return (
    elicitation !== undefined && relays.some((relay) => relay.turn === elicitation.turn && relay.request.message === elicitation.message)
  );
}
