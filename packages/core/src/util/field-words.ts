/** Normalised field names (lower case, no separators) of integers that count, page, date or code something: two of them may well agree. */
export const COUNTING_FIELD =
  /^(page|pages|limit|offset|size|pagesize|perpage|total|count|numpages|pagecount|year|month|day|hour|minute|second|version|code|status|statuscode|zip|zipcode|postcode|postalcode|plz)$/;

/** The words of a field name longer than one letter, lower-cased (`maxTemp_c` → max, temp); unlike `nameWords`, acronyms are not split. */
export const fieldWords = (key: string): string[] =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 1);
