/** Short words an API name glues to an acronym before it (`getECObyID`: "ECO by ID", not "EC Oby ID"). */
const GLUED_WORD = /([A-Z]{2,})(by|for|of|to|in|on|and|or|from|with|at|per|as|via)(?=[A-Z0-9]|[^A-Za-z0-9]|$)/g;

/** The words of one run of letters and digits (no separators). */
function runWords(run: string): string[] {
  let text = run;
  // Only in a mixed-case name: `BYOF` or `CAST_TO` in capitals are words as they are.
  if (/[a-z]/.test(text)) text = text.replace(GLUED_WORD, '$1 $2');
  return (
    text
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      // `HTTPServer` → HTTP Server; an acronym's plural stays whole (`IDs`, `URLs`).
      .replace(/([A-Z]+)([A-Z](?!s(?:[^a-z]|$))[a-z])/g, '$1 $2')
      .split(' ')
      .filter(Boolean)
  );
}

/**
 * The words of an identifier, lower-cased: camelCase, PascalCase with acronyms, snake_case, kebab and
 * dotted names (`DateCreatedOnOrBefore` → date, created, on, or, before; `HTTPServer` → http, server;
 * `api-version` → api, version; `getECObyID` → get, eco, by, id, not ec, oby, id; `getUserIDs` → get, user, ids).
 */
export function nameWords(name: string): string[] {
  return name
    .split(/[^A-Za-z0-9]+/)
    .flatMap(runWords)
    .map((word) => word.toLowerCase());
}
