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

/** Each English name `nameOf` gives a two-letter code (letters from `first`: `A` or `a`), lower-cased, to its first code. */
export function codesByName(first: 'A' | 'a', nameOf: (code: string) => string | undefined): Map<string, string> {
  const byName = new Map<string, string>();
  const start = first.charCodeAt(0);
  for (let one = start; one < start + 26; one += 1)
    for (let two = start; two < start + 26; two += 1) {
      const code = String.fromCharCode(one, two);
      const name = nameOf(code)?.toLowerCase();
      if (name !== undefined && name !== code.toLowerCase() && !byName.has(name)) byName.set(name, code);
    }
  return byName;
}

/** The two-letter code of a country's English name (`Portugal` → `PT`), else undefined. */
export function countryCode(name: string): string | undefined {
  byName ??= codesByName('A', countryName);
  return byName.get(name.trim().toLowerCase());
}

/** Whether two texts name the same country, one by code and one by name. */
export function sameCountry(a: string, b: string): boolean {
  const [left, right] = [a.trim().toLowerCase(), b.trim().toLowerCase()];
  return countryName(left)?.toLowerCase() === right || countryName(right)?.toLowerCase() === left;
}
