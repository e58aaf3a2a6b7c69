import { nameWords, ownDescription } from '@inftool/core';
import type { Conversation, ReviewedCall } from './conversation.js';
import { errorResult } from './error-result.js';
import { toolAction } from './results.js';

/**
 * The assistant's action fits the request (docs/harness.md, `call_subject`): a turn that asks to see
 * something ("pull up the comment on that tweet", "show me the booking") is not answered by writes only
 * (`comment`, `create_booking`), unless the turn also asks for a change ("… and add a comment").
 */

/** Sayings that ask to see or read, never to change. */
const READ_ASK = /\b(pull up|show me|look up|fetch|display|get me|find me|let me see|read me|remind me)\b/i;
/** Verbs of change. */
const CHANGE_VERB =
  /^(add|append|archive|assign|book|buy|cancel|change|close|comment|create|delete|edit|file|follow|insert|like|log|make|mark|move|order|pay|place|post|publish|put|record|register|remove|rename|reply|reserve|resolve|retweet|save|schedule|send|set|share|store|submit|tweet|unfollow|update|upload|write)$/i;
/** A verb of change where a clause starts ("Comment … on it", "… and then post a comment"), not a noun after an article ("the comment"). */
const CHANGE_ASK = new RegExp(
  `(?:^|[.,;!?]\\s*|\\b(?:and|then|also|please|to|you|now|i want to|i'd like to)\\s+)(?:${CHANGE_VERB.source.slice(2, -2)})\\b`,
  'i',
);

/** Whether a call changes the world: a create, update or delete, or a tool whose description opens with a verb of change. */
function writes(call: ReviewedCall, conversation: Conversation): boolean {
  const { action } = toolAction(call, conversation);
  const first = nameWords(ownDescription(conversation.tools.get(call.chatName)?.description) ?? '')[0] ?? '';
  // `post_evidence_by_id`, `metering_post`: the HTTP method in an operation's name, a search or a lookup sent as a POST
  const words = nameWords(call.chatName);
  if (action === 'create' && (words[0] === 'post' || words.at(-1) === 'post') && !CHANGE_VERB.test(first)) return false;
  if (action === 'create' || action === 'update' || action === 'delete') return true;
  return action === 'other' && CHANGE_VERB.test(first);
}

/** Turns that ask to see something and are answered with writes only. */
export function writesForReads(conversation: Conversation): string[] {
  const problems: string[] = [];
  conversation.turns.forEach((turn, index) => {
    const text = turn.user.replace(/"[^"]*"|“[^”]*”/g, ' ').trim();
    if (!READ_ASK.test(text) || CHANGE_ASK.test(text)) return;
    const calls = conversation.calls.filter((call) => call.turn === index && !call.rejected && !errorResult(call));
    if (calls.length === 0 || !calls.every((call) => writes(call, conversation))) return;
    const asked = READ_ASK.exec(text)?.[0] ?? '';
    problems.push(
      `turn ${index + 1} asks to ${asked} something, and the assistant only writes: ${calls.map((call) => call.chatName).join(', ')}`,
    );
  });
  return problems;
}
