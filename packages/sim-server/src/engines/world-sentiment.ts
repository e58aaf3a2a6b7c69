type Json = Record<string, unknown>;

/** Words that carry a writer's liking or disliking, by their stems. */
const POSITIVE =
  /\b(lov(e|ed|ely)|great|happy|friendly|worth|appreciat\w*|grew|strong|helpful|thanks?|excellent|good|wonderful|amazing|better|best|enjoy\w*|fantastic|solved|delight\w*|perfect|brilliant|pleas(ed|ant)|recommend\w*|impress\w*|beautiful|fast)\b/gi;
const NEGATIVE =
  /\b(late|damaged|cold|crowded|rain(ed|y)?|smaller|slow(ly)?|bad|terrible|awful|poor|broken|disappoint\w*|hate[ds]?|worst|crash\w*|locked|jams?|drops?|rude|dirty|noisy|expensive|never|fail\w*|wrong|problem)\b/gi;
/** A word that turns a sentence: what follows it weighs more. */
const CONTRAST = /\b(but|yet|however|although|though)\b/i;

const score = (text: string): number => (text.match(POSITIVE)?.length ?? 0) - (text.match(NEGATIVE)?.length ?? 0);

/** The sentiment a reader takes from `text`: its liking and disliking words, the clause after a "but" or "yet" counted twice. */
export function sentimentOf(text: string): 'positive' | 'neutral' | 'negative' {
  const parts = text.split(CONTRAST);
  const last = parts.length > 1 ? (parts[parts.length - 1] as string) : '';
  const total = score(text) + score(last);
  return total > 0 ? 'positive' : total < 0 ? 'negative' : 'neutral';
}

/** A sentiment label on a text the call sends agrees with the text's words. */
export function sentimentOfText(value: Json, args: Json): void {
  const text = Object.entries(args).find(
    ([key, entry]) => /^(text|content|sentence|review|message|input_?text)$/i.test(key) && typeof entry === 'string',
  )?.[1];
  if (typeof text !== 'string') return;
  for (const key of ['sentiment', 'label', 'polarity'])
    if (typeof value[key] === 'string' && /^(positive|neutral|negative)$/i.test(value[key] as string)) {
      const label = sentimentOf(text);
      value[key] = /^[A-Z]/.test(value[key] as string) ? label.charAt(0).toUpperCase() + label.slice(1) : label;
    }
}
