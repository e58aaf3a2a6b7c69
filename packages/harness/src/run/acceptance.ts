import type { Check, TokenUsage, Trajectory, Vote } from '@inftool/core';
import { verify, type Judge } from '../roles/judges.js';

export interface AcceptanceOptions {
  /** Failures before any check (the session could not run): always reasons. */
  failures: readonly string[];
  /** Checks recorded but not rejecting (e.g. exact expected calls when a model plays a role). */
  advisory: ReadonlySet<string>;
  /** K judges vote on what passed the rules; accepted when the accepting share reaches `threshold`. None: the rules decide. */
  judges?: { make: () => Judge[]; threshold: number };
}

export interface Acceptance {
  outcome: 'accepted' | 'rejected';
  /** Every reason, in order: failures, failed checks (`id: detail`), the vote. Empty when accepted. */
  reasons: string[];
  votes: Vote[];
  judgeUsage?: TokenUsage;
}

/**
 * The one acceptance decision: the rules (every non-advisory check must pass), then the judges (only on
 * what passed the rules, so no model is paid to read what a rule already rejects), then the outcome.
 */
export async function decideAcceptance(
  record: Omit<Trajectory, 'outcome' | 'reasons' | 'votes'> & { checks: Check[] },
  options: AcceptanceOptions,
): Promise<Acceptance> {
  const reasons = [...options.failures];
  for (const failed of record.checks.filter((entry) => !entry.ok && !options.advisory.has(entry.id)))
    reasons.push(`${failed.id}: ${failed.detail ?? 'failed'}`);
  if (reasons.length > 0 || !options.judges) return { outcome: reasons.length === 0 ? 'accepted' : 'rejected', reasons, votes: [] };
  const verdict = await verify({ ...record, outcome: 'accepted', reasons: [], votes: [] }, options.judges.make(), options.judges.threshold);
  if (!verdict.accepted) {
    const dissent = verdict.votes
      .filter((vote) => !vote.accept)
      .map((vote) => `${vote.judge}: ${vote.reason ?? ''}`)
      .join('; ');
    reasons.push(
      `verification: ${verdict.votes.filter((vote) => vote.accept).length}/${verdict.votes.length} judges accepted (threshold ${options.judges.threshold}); ${dissent}`,
    );
  }
  return {
    outcome: reasons.length === 0 ? 'accepted' : 'rejected',
    reasons,
    votes: verdict.votes,
    ...(verdict.usage ? { judgeUsage: verdict.usage } : {}),
  };
}
