/** What a create made, told by what the user needs of it: its noun from the tool's name, its link, its status in words. */

const MAKING = /^(create|created|creates|new|add|added|post|make|made|insert|submit)$/;

/** The made thing's noun in a tool name beside a verb of making (`requisition_created` → "requisition"), or undefined. */
export function toolMadeNoun(tool: string): string | undefined {
  const words = tool
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  if (!words.some((word) => MAKING.test(word))) return undefined;
  const rest = words.filter((word) => !MAKING.test(word));
  return rest.length === 1 && /^[a-z]{4,}$/.test(rest[0] as string) ? rest[0] : undefined;
}

/**
 * The link a made record gives the user to go on with (a requisition's or a checkout's `link`), when the call did not
 * send it: "Its link is https://…". Undefined for none.
 */
export function madeLink(record: Record<string, unknown>, sent: Record<string, unknown>): string | undefined {
  const link = record['link'] ?? record['url'];
  if (typeof link !== 'string' || !/^https?:\/\/\S+$/.test(link) || Object.values(sent).includes(link)) return undefined;
  return `Its link is ${link}.`;
}

/** Nordigen's requisition status codes in words (their API documentation's table). */
const REQUISITION_STATUS: Record<string, string> = {
  CR: 'created',
  GC: 'giving consent',
  UA: 'undergoing authentication',
  RJ: 'rejected',
  SA: 'selecting accounts',
  GA: 'granted access',
  LN: 'linked',
  EX: 'expired',
};

/** A requisition's two-letter status in words ("CR" → "created"); any other status as it is. */
export function statusWords(tool: string, status: string | undefined): string | undefined {
  return status !== undefined && /requisition/i.test(tool) ? (REQUISITION_STATUS[status] ?? status) : status;
}

/** A requisition's status code told in words ("UA" → "undergoing authentication"), in a record or a list of them. */
export function spellRequisitions(tool: string, raw: unknown): unknown {
  if (!/requisition/i.test(tool)) return raw;
  const spell = (item: unknown): unknown => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return item;
    const record = item as Record<string, unknown>;
    const status = record['status'];
    const words = typeof status === 'string' ? REQUISITION_STATUS[status] : undefined;
    const results = Array.isArray(record['results']) ? { results: record['results'].map(spell) } : {};
    return { ...record, ...(words !== undefined ? { status: words } : {}), ...results };
  };
  return Array.isArray(raw) ? raw.map(spell) : spell(raw);
}
