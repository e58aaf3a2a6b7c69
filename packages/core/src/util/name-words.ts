/**
 * The words of an identifier, lower-cased: camelCase, PascalCase with acronyms, snake_case, kebab and
 * dotted names (`DateCreatedOnOrBefore` → date, created, on, or, before; `HTTPServer` → http, server;
 * `api-version` → api, version).
 */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}
