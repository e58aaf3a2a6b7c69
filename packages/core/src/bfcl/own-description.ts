/**
 * What a description says about the tool itself. BFCL's multi-turn tools open with their suite
 * ("This tool belongs to the trading system, which … Tool description: Cancel an order."): the words
 * after the marker are the tool's own; without a marker, a suite sentence ("This tool belongs to …")
 * is dropped and what follows it is the tool's own (nothing, when nothing follows).
 */
export function ownDescription(description: string | undefined): string | undefined {
  if (description === undefined) return undefined;
  const marker = /\bTool description:\s*/i.exec(description);
  if (marker) return description.slice(marker.index + marker[0].length);
  const suite = /^\s*This (?:tool|function|API) (?:belongs to|is part of)\b[^.]*\.\s*/i.exec(description);
  return suite ? description.slice(suite[0].length) : description;
}
