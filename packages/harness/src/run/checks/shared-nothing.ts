/**
 * A value said once for all items that tells nothing: a zero ("16 entries, all with snow 0 mm"); what matters of
 * a series is what changes, and a zero shared by every item is nothing to report. Returns the phrase, or undefined.
 */
export function sharedNothing(answer: string): string | undefined {
  return /\ball with (?:[a-z][a-z ]*? )?0(?:\.0+)?(?: ?(?:mm|cm|m|km|%|°[CF]|[a-z/]+))?(?=[.,;:)](?!\d)|$)/i.exec(answer)?.[0];
}
