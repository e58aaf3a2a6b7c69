type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An item's amount with its currency (`transactionAmount: {amount: "104.1", currency: "EGP"}` → `104.10 EGP`). */
function money(item: Json): string | undefined {
  for (const value of Object.values(item)) {
    if (!isRecord(value)) continue;
    const amount = Number(value['amount']);
    if (Number.isFinite(amount) && typeof value['currency'] === 'string') return `${amount.toFixed(2)} ${value['currency']}`;
  }
  return undefined;
}

/** What an item is, in its own words: its name, title, remittance text or description. */
function label(item: Json): string | undefined {
  const entry = Object.entries(item).find(
    ([key, value]) =>
      /(name|title|remittance|description|memo|reference)/i.test(key) && typeof value === 'string' && /[a-z]{3}/i.test(value),
  );
  return entry?.[1] as string | undefined;
}

function date(item: Json): string | undefined {
  const entry = Object.entries(item).find(
    ([key, value]) => /date/i.test(key) && typeof value === 'string' && /^\d{4}-\d\d-\d\d/.test(value),
  );
  return (entry?.[1] as string | undefined)?.slice(0, 10);
}

function itemPhrase(item: Json): string | undefined {
  const [amount, text, day] = [money(item), label(item), date(item)];
  if (amount === undefined && text === undefined) return undefined;
  return [amount, text === undefined ? undefined : `“${text.replace(/[.\s]+$/, '')}”`, day === undefined ? undefined : `on ${day}`]
    .filter(Boolean)
    .join(' ');
}

/**
 * A result whose one field groups lists of records by state (`transactions: {booked: [...], pending: [...]}`):
 * each group counted and its first items said by amount, text and date. Undefined for any other shape.
 */
export function describeGrouped(parsed: unknown): string | undefined {
  if (!isRecord(parsed) || Object.keys(parsed).length !== 1) return undefined;
  const [key, groups] = Object.entries(parsed)[0] as [string, unknown];
  if (!isRecord(groups)) return undefined;
  const lists = Object.entries(groups).filter(([, items]) => Array.isArray(items) && items.every(isRecord)) as Array<[string, Json[]]>;
  if (lists.length < 2 || lists.length !== Object.keys(groups).length) return undefined;
  const noun = key.replace(/_/g, ' ');
  const counts = lists.map(([group, items]) => `${items.length} ${group}`);
  const told = lists.flatMap(([group, items]) => {
    const said = items.slice(0, 3).map(itemPhrase).filter(Boolean);
    const more = items.length > said.length ? `, and ${items.length - said.length} more` : '';
    return said.length === 0 ? [] : [`${group.replace(/^./, (letter) => letter.toUpperCase())}: ${said.join('; ')}${more}.`];
  });
  return [`I found ${counts.slice(0, -1).join(', ')} and ${counts.at(-1) as string} ${noun}.`, ...told].join(' ');
}
