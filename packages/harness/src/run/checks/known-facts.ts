import { nameWords } from '@inftool/core';
import { factsOnRecord, famousMisstatements, knownExchangeRate, particleFacts, sportsMisstatements } from '@inftool/sim-server';
import type { ReviewedCall } from './conversation.js';

type Json = Record<string, unknown>;

/** A BFCL tool name's prefix (`simple_python_254_`), which says nothing of what the tool does. */
const BENCHMARK_PREFIX =
  /^(simple_python|simple_java|simple_javascript|simple|parallel_multiple|parallel|multiple|irrelevance|live_[a-z]+)_\d+_/;
/** Facts a record of history states that the facts on record decide: who won, who invented, who was president, when. */
const DECIDED = new Set(['winner', 'inventor', 'president', 'year_signed']);
/** A tool about exchanging money, by the words of its name. */
const EXCHANGE_TOOL = /^(exchange|currency|currencies|forex|fx|conversion|convert)$/;
/** A result field that states an exchange rate. */
const RATE_FIELD = /^(rate|exchange_?rate|conversion_?rate|fx_?rate|rate_?value)$/i;
/** How far a stated rate may stray from the approximate real one (either way) before it is wrong: rates move, not 1.5-fold. */
const RATE_TOLERANCE = 1.5;

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
    .filter(([, value]) => {
      const ratio = (value as number) / known.rate;
      return !(ratio <= RATE_TOLERANCE && ratio >= 1 / RATE_TOLERANCE);
    })
    .map(
      ([key, value]) =>
        `${call.chatName}: ${key} ${String(value)} for ${known.from} to ${known.to}, which is about ${known.rate.toPrecision(3)}`,
    );
}

/**
 * Results that contradict facts on record (`results_correct`): a known particle's mass or charge
 * that is not the real one in the unit asked (a proton of 41.5 kg), a known battle's winner, an
 * invention's inventor, a treaty's year or a year's US president that is not the real one; a book
 * or film credited to another author or year, a title search that returns only other titles, a
 * famous person's made-up birth, a museum's made-up hours, a city put in another country, an
 * exchange rate between two known currencies far from the real one. A
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
  problems.push(...wrongExchangeRates(call));
  // a real book, film, person, museum or country stated otherwise than on record
  for (const problem of famousMisstatements(words, data, args)) problems.push(`${call.chatName}: ${problem}`);
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
