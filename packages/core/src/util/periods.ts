/**
 * Periods of time a request, a tool name or an argument names ("for week", "weekly", `spots_month`,
 * `timespan: "day"`), each said as its base word. Shared by the request writer, the refusal writer and
 * the checks, so all three agree on what "the period" of a text is.
 */
export const PERIODS = ['hour', 'day', 'week', 'month', 'quarter', 'year'] as const;
export type Period = (typeof PERIODS)[number];

const PERIOD_WORDS: Record<Period, RegExp> = {
  hour: /\b(?:hour|hours|hourly)\b/i,
  day: /\b(?:day|days|daily)\b/i,
  week: /\b(?:week|weeks|weekly)\b/i,
  month: /\b(?:month|months|monthly)\b/i,
  quarter: /\b(?:quarter|quarters|quarterly)\b/i,
  year: /\b(?:year|years|yearly|annual|annually)\b/i,
};

/** The periods a text names, in the order of `PERIODS` ("Resolve change chart for week" → week). */
export function periodsOf(text: string): Period[] {
  return PERIODS.filter((period) => PERIOD_WORDS[period].test(text));
}

/**
 * A description copied from a sibling tool, said with the tool's own period: one period in the name
 * (`get_spots_month`) and another, alone, in the text ("Resolve change chart for week") → "Resolve
 * change chart for month". The text as it is when it names the name's period, none, or several.
 */
export function withOwnPeriod(text: string, nameWords: readonly string[]): string {
  const named = periodsOf(nameWords.join(' '));
  const said = periodsOf(text);
  if (named.length !== 1 || said.length !== 1 || said[0] === named[0]) return text;
  const own = named[0] as Period;
  const forms: Record<string, string> = {
    hourly: 'hourly',
    daily: 'daily',
    weekly: 'weekly',
    monthly: 'monthly',
    quarterly: 'quarterly',
    yearly: 'yearly',
    annual: 'yearly',
    annually: 'yearly',
  };
  return text.replace(PERIOD_WORDS[said[0] as Period], (word) => {
    const lower = word.toLowerCase();
    const adjective = forms[lower] !== undefined;
    const plural = !adjective && /s$/.test(lower);
    const replaced = adjective ? (own === 'day' ? 'daily' : `${own}ly`) : plural ? `${own}s` : own;
    return /^[A-Z]/.test(word) ? replaced.charAt(0).toUpperCase() + replaced.slice(1) : replaced;
  });
}
