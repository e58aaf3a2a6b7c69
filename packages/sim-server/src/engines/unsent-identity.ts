import { nameWords } from '@inftool/core';

type Json = Record<string, unknown>;

/** Fields that identify what a create made or who it is for: a name, a street, an agent, an e-mail, a URL. */
const IDENTIFYING = /^(name|street|address|email|title|url|uri|agent|phone|city)$/;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A create's result without the identifying values it could have been sent and was not: a creditor
 * created without `agent_name` or `address_street`, an account registered without `first_name`, does
 * not come back with a made-up agent, street or first name (a real service leaves them empty). Looks at
 * the result, its `data` and `data.attributes`; `valid` keeps a result its schema would refuse unchanged.
 */
export function withoutUnsentIdentity(result: Json, inputNames: readonly string[], args: Json, valid: (value: Json) => boolean): Json {
  const unsent = new Set(
    inputNames
      .filter((name) => args[name] === undefined && IDENTIFYING.test(nameWords(name).at(-1) ?? ''))
      .map((name) => name.toLowerCase()),
  );
  if (unsent.size === 0) return result;
  const copy = structuredClone(result);
  const data = copy['data'];
  for (const level of [copy, data, isRecord(data) ? data['attributes'] : undefined])
    if (isRecord(level))
      for (const key of Object.keys(level)) if (unsent.has(key.toLowerCase()) && typeof level[key] === 'string') delete level[key];
  return valid(copy) ? copy : result;
}
