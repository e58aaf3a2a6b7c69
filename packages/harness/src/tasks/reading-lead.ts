/**
 * Whether a tool's description leads with a verb that only reads or works something out ("Analyse a
 * board position and suggest the next move", "Calculate how much a person should pay", "This function
 * calculates the variance of a set of numbers"): a change word later in the sentence is then a noun
 * or part of what is read ("move", "pay", "set"), not what the tool does.
 */
const READING_VERBS = new Set(
  (
    'get fetch find locate search list look lookup retrieve retrieval return show display view read query browse check verify validate ' +
    'calculate compute convert estimate predict analyse analyze assess evaluate detect identify determine measure compare count ' +
    'sort rank filter apply solve simulate forecast recommend suggest summarize summarise translate explain describe provide give'
  ).split(' '),
);

/** "Sorts" → "sort", "Applies" → "apply", "Analyses" → "analyse". */
function base(word: string): string {
  const lower = word.toLowerCase();
  const forms = [lower, lower.replace(/ies$/, 'y'), lower.replace(/es$/, ''), lower.replace(/s$/, '')];
  return forms.find((form) => READING_VERBS.has(form)) ?? lower;
}

/** The verb the description's first sentence leads with ("This function calculates …" → "calculate"). */
export function leadVerb(description: string): string | undefined {
  const sentences = description.split(/(?<=[.!?])\s/).map((text) => text.trim());
  // A title first ("Prediction. Retrieval the GreenPowerIndex …"): the sentence after it says what the tool does.
  const titled = (sentences[0] ?? '').split(/\s+/).length <= 2 && sentences.length > 1;
  const sentence = (titled ? sentences[1] : sentences[0]) ?? '';
  const rest = sentence.replace(/^(?:this|the)\s+(?:function|tool|endpoint|api|method|operation)\s+(?:will\s+|is used to\s+)?/i, '');
  const word = /^[A-Za-z]+/.exec(rest)?.[0];
  return word === undefined ? undefined : base(word);
}

/** Whether the description's lead verb reads or computes (never changes a record). */
export function leadsWithReading(description: string): boolean {
  const verb = leadVerb(description);
  return verb !== undefined && READING_VERBS.has(verb);
}
