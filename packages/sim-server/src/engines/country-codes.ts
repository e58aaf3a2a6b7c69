/**
 * Countries by ISO 3166 alpha-2 code and English name (`Intl.DisplayNames`), so a filter by one finds
 * records that hold the other: `address_country: "New Zealand"` lists creditors whose code is `NZ`.
 */
const names = new Intl.DisplayNames(['en'], { type: 'region' });
let byName: Map<string, string> | undefined;

/** The English name of a two-letter code (`PT` → `Portugal`), else undefined. */
export function countryName(code: string): string | undefined {
  if (!/^[A-Za-z]{2}$/.test(code)) return undefined;
  try {
    const name = names.of(code.toUpperCase());
    return name === undefined || name === code.toUpperCase() ? undefined : name;
  } catch {
    return undefined;
  }
}

/** The two-letter code of a country's English name (`Portugal` → `PT`), else undefined. */
export function countryCode(name: string): string | undefined {
  if (byName === undefined) {
    byName = new Map();
    for (let first = 65; first <= 90; first += 1)
      for (let second = 65; second <= 90; second += 1) {
        const code = String.fromCharCode(first, second);
        const found = countryName(code);
        if (found !== undefined && !byName.has(found.toLowerCase())) byName.set(found.toLowerCase(), code);
      }
  }
  return byName.get(name.trim().toLowerCase());
}

/** Whether two texts name the same country, one by code and one by name. */
export function sameCountry(a: string, b: string): boolean {
  const [left, right] = [a.trim().toLowerCase(), b.trim().toLowerCase()];
  return countryName(left)?.toLowerCase() === right || countryName(right)?.toLowerCase() === left;
}
