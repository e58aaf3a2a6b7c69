import type { PlannedCall } from '@inftool/core';
import { isResultRef } from './result-refs.js';
import type { IndexedTool } from './tool-index.js';

/** A value only its owner knows by heart: a phone number or an e-mail address. */
const CONTACT = /^(\+\d{8,15}|[^@\s]+@[^@\s]+\.[A-Za-z]{2,})$/;

/**
 * `planned` without the optional contacts (`From: "+13524526984"`) no earlier call of the story named, where the call
 * is fed by an earlier result: "faxes to the same recipient as that fax" says which faxes, and a sender number the
 * conversation never showed beside it would come from nowhere.
 */
export function withoutUnseenContacts(planned: PlannedCall, tool: IndexedTool, earlier: readonly PlannedCall[][]): PlannedCall {
  if (!Object.values(planned.arguments).some(isResultRef)) return planned;
  const required = new Set((tool.spec.inputSchema.required ?? []) as string[]);
  const seen = new Set(earlier.flat().flatMap((call) => Object.values(call.arguments).map((value) => String(value))));
  const kept = Object.entries(planned.arguments).filter(
    ([name, value]) => required.has(name) || typeof value !== 'string' || !CONTACT.test(value) || seen.has(value),
  );
  return kept.length === Object.keys(planned.arguments).length ? planned : { ...planned, arguments: Object.fromEntries(kept) };
}
