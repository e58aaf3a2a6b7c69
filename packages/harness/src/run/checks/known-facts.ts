import { nameWords } from '@inftool/core';
import {
  EXCHANGE_TOOL,
  elementMisstatements,
  PRICE_FIELD,
  RATE_FIELD,
  factsOnRecord,
  famousMisstatements,
  knownExchangeRate,
  knownSharePrice,
  particleFacts,
  rateLevels,
  sentimentOf,
  sportsMisstatements,
} from '@inftool/sim-server';
import type { ReviewedCall } from './conversation.js';
import { farTickerPrices } from './ticker-prices.js';

type Json = Record<string, unknown>;

/** A BFCL tool name's prefix (`simple_python_254_`), which says nothing of what the tool does. */
const BENCHMARK_PREFIX =
  /^(simple_python|simple_java|simple_javascript|simple|parallel_multiple|parallel|multiple|irrelevance|live_[a-z]+)_\d+_/;
/** Facts a record of history states that the facts on record decide: who won, who invented, who was president, when. */
const DECIDED = new Set(['winner', 'inventor', 'president', 'year_signed']);
/** How far a stated rate may stray from the approximate real one (either way) before it is wrong: rates move, not 1.5-fold. */
const RATE_TOLERANCE = 1.5;
/** How far a large company's stated share price may stray from its 2025 one (either way). */
const PRICE_TOLERANCE = 2;

const outside = (value: number, real: number, tolerance: number): boolean => value / real > tolerance || real / value > tolerance;

/**
 * An exchange rate between two known currencies that is far from the real one (USD to EGP at 17.7
 * when it is about 49.6), in the result's rate fields (at the top or one level down).
 */
export function wrongExchangeRates(call: ReviewedCall): string[] {
  if (typeof call.data !== 'object' || call.data === null || Array.isArray(call.data) || typeof call.arguments !== 'object') return [];
  const words = nameWords((call.name ?? call.chatName).replace(BENCHMARK_PREFIX, ''));
  if (!words.some((word) => EXCHANGE_TOOL.test(word))) return [];
  const known = knownExchangeRate(call.arguments as Json);
  if (known === undefined) return [];
  const data = call.data as Json;
  const levels = [
    data,
    ...Object.values(data).filter((value): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)),
  ];
  const stated = levels.flatMap((level) =>
    Object.entries(level).filter(([key, value]) => RATE_FIELD.test(key) && typeof value === 'number'),
  );
  return stated
    .filter(([, value]) => outside(value as number, known.rate, RATE_TOLERANCE))
    .map(
      ([key, value]) =>
        `${call.chatName}: ${key} ${String(value)} for ${known.from} to ${known.to}, which is about ${known.rate.toPrecision(3)}`,
    );
}

/** A large listed company's share price far from its real one (Walmart at 318 USD when it trades near 100). */
export function wrongSharePrices(call: ReviewedCall): string[] {
  if (typeof call.data !== 'object' || call.data === null || Array.isArray(call.data) || typeof call.arguments !== 'object') return [];
  const share = knownSharePrice(call.arguments, nameWords((call.name ?? call.chatName).replace(BENCHMARK_PREFIX, '')));
  if (share === undefined) return [];
  return (
    rateLevels(call.data as Json)
      // a price the call sets (an order's limit) is the caller's, not the market's
      .flatMap((level) =>
        Object.entries(level).filter(
          ([key, value]) => PRICE_FIELD.test(key) && typeof value === 'number' && value > 0 && !(key in (call.arguments as Json)),
        ),
      )
      .filter(([, value]) => outside(value as number, share.usd, PRICE_TOLERANCE))
      .map(([key, value]) => `${call.chatName}: ${share.company} ${key} ${String(value)} USD, far from its price near ${share.usd} USD`)
  );
}

/** A sentiment label on a sent text that says the opposite of the text's words ("I absolutely loved it" labelled negative). */
export function mislabelledSentiment(call: ReviewedCall): string[] {
  if (typeof call.data !== 'object' || call.data === null || Array.isArray(call.data) || typeof call.arguments !== 'object') return [];
  const text = Object.entries(call.arguments).find(
    ([key, value]) => /^(text|content|sentence|review|message|input_?text)$/i.test(key) && typeof value === 'string',
  )?.[1];
  const label = (call.data as Json)['sentiment'];
  if (typeof text !== 'string' || typeof label !== 'string') return [];
  const read = sentimentOf(text);
  const opposite = { positive: 'negative', negative: 'positive', neutral: '' }[read];
  return label.toLowerCase() === opposite ? [`${call.chatName}: "${text}" reads ${read}, not ${label}`] : [];
}

/**
 * Results that contradict facts on record (`results_correct`): a known particle's mass or charge
 * that is not the real one in the unit asked (a proton of 41.5 kg), a known battle's winner, an
 * invention's inventor, a treaty's year or a year's US president that is not the real one; a book
 * or film credited to another author or year, a title search that returns only other titles, a
 * famous person's made-up birth, a museum's made-up hours, a city put in another country, an
 * exchange rate between two known currencies or a large company's share price far from the real
 * one, a sentiment label opposite to the text's words, a known element's discoverer or year not
 * the real one. A
 * subject not on record is not judged.
 */
export function factsAgainstRecord(call: ReviewedCall): string[] {
  if (typeof call.data !== 'object' || call.data === null || Array.isArray(call.data) || typeof call.arguments !== 'object') return [];
  const data = call.data as Json;
  const args = call.arguments as Json;
  const problems: string[] = [];
  const real = structuredClone(data);
  particleFacts(real, args);
  for (const [key, value] of Object.entries(real))
    if (typeof value === 'number' && value !== data[key])
      problems.push(`${call.chatName}: ${String(args['particle'])} has ${key} ${String(value)}, not ${String(data[key])}`);
  const words = nameWords((call.name ?? call.chatName).replace(BENCHMARK_PREFIX, ''));
  problems.push(...wrongExchangeRates(call), ...wrongSharePrices(call), ...farTickerPrices(call), ...mislabelledSentiment(call));
  // a real book, film, person, museum or country stated otherwise than on record
  for (const problem of famousMisstatements(words, data, args)) problems.push(`${call.chatName}: ${problem}`);
  // a known element credited to another discoverer or year (Caesium "Wilhelm Röntgen")
  for (const problem of elementMisstatements(data, args)) problems.push(`${call.chatName}: ${problem}`);
  // an athlete asked of in a league not theirs, a match between teams of two sports
  for (const problem of sportsMisstatements(args)) problems.push(`${call.chatName}: ${problem}`);
  const facts = factsOnRecord(words, args);
  if (facts === undefined) return problems;
  for (const [key, value] of Object.entries(facts)) {
    const stated = data[key];
    if (!DECIDED.has(key) || (typeof stated !== 'string' && typeof stated !== 'number')) continue;
    if (String(stated).toLowerCase() !== String(value).toLowerCase())
      problems.push(`${call.chatName}: the ${key.replace(/_/g, ' ')} on record is ${String(value)}, not ${String(stated)}`);
  }
  return problems;
}
