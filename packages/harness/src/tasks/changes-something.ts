import { nameWords, ownDescription } from '@inftool/core';
import type { IndexedTool } from './tool-index.js';
import { jobKind } from './job-kind.js';
import { resultSchema } from './tool-roles.js';
import { leadsWithReading } from './reading-lead.js';

/** Verbs of a call that changes the world (sending, booking, paying, signing, deleting…). */
const CHANGE_VERB =
  /\b(create|creates|add|adds|insert|register|upload|submit|send|sends|post|publish|book|books|reserve|order|buy|purchase|pay|pays|charge|refund|transfer|move|rename|write|set|sets|update|updates|edit|cancel|cancels|delete|deletes|remove|removes|schedule|invite|approve|accept|close|closes|resolve|sign|signs|commit)\b/;

/**
 * Whether sending a call twice could do a thing twice: a create or another POST-like job, never a lookup,
 * a computation (a cone's volume, a unit conversion) or a call the spec marks read-only or idempotent.
 */
export function changesSomething(tool: IndexedTool): boolean {
  const annotations = tool.spec.annotations ?? {};
  if (annotations.readOnlyHint === true || annotations.idempotentHint === true) return false;
  const job = jobKind(tool);
  if (job === 'create') return true;
  if (job !== 'other' || resultSchema(tool).kind === 'compute') return false;
  // Another job (a POST, a BFCL function) changes something only if its name or description says so: `news(topic)` reads.
  const description = ownDescription(tool.spec.description) ?? '';
  if (leadsWithReading(description)) return false; // "Analyse a board … suggest the next move": `move` is a noun
  const said = `${nameWords(tool.spec.name).join(' ')} ${description.split(/[.!?]/)[0] ?? ''}`;
  return CHANGE_VERB.test(said.toLowerCase());
}
