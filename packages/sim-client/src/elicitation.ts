import type { ElicitResult } from '@modelcontextprotocol/sdk/types.js';

/**
 * What a client with no person at hand answers a form elicitation (`elicitation/create`):
 * - `accept-defaults`: accept with every field's `default` (SEP-1034), when that fills each required
 *   field; a required field without a default cannot be made up, so the request is declined;
 * - `decline`: decline every request;
 * - `cancel`: cancel every request (dismissed without a choice).
 */
export type ElicitationPolicy = 'accept-defaults' | 'decline' | 'cancel';

export const ELICITATION_POLICIES: readonly ElicitationPolicy[] = ['accept-defaults', 'decline', 'cancel'];

/** The part of an `elicitation/create` request a policy reads. */
export interface ElicitationRequest {
  message: string;
  mode?: string;
  requestedSchema?: unknown;
}

type Primitive = string | number | boolean | string[];

function isPrimitive(value: unknown): value is Primitive {
  return (
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value)) ||
    (Array.isArray(value) && value.every((item) => typeof item === 'string'))
  );
}

/** The fields a form schema gives defaults for, and the required fields it does not. */
export function formDefaults(schema: unknown): { content: Record<string, Primitive>; missing: string[] } {
  const content: Record<string, Primitive> = {};
  const object = (schema ?? {}) as { properties?: unknown; required?: unknown };
  const properties = object.properties && typeof object.properties === 'object' ? (object.properties as Record<string, unknown>) : {};
  for (const [name, property] of Object.entries(properties)) {
    const value = (property as { default?: unknown } | null)?.default;
    if (isPrimitive(value)) content[name] = value;
  }
  const required = Array.isArray(object.required) ? object.required.filter((name): name is string => typeof name === 'string') : [];
  return { content, missing: required.filter((name) => !(name in content)) };
}

/** The answer `policy` gives to `request`, with a line saying why (for a log). */
export function answerElicitation(request: ElicitationRequest, policy: ElicitationPolicy): { result: ElicitResult; note: string } {
  if (policy === 'cancel') return { result: { action: 'cancel' }, note: 'cancelled (--elicitation cancel)' };
  if (policy === 'decline') return { result: { action: 'decline' }, note: 'declined (--elicitation decline)' };
  if (request.mode !== undefined && request.mode !== 'form')
    return { result: { action: 'decline' }, note: `declined: a ${request.mode} elicitation needs a person` };
  const { content, missing } = formDefaults(request.requestedSchema);
  if (missing.length > 0)
    return { result: { action: 'decline' }, note: `declined: no default for the required field(s) ${missing.join(', ')}` };
  return { result: { action: 'accept', content }, note: `accepted with the defaults ${JSON.stringify(content)}` };
}
