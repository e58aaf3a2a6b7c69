import { nameWords } from '@inftool/core';
import { factsOnRecord, famousMisstatements, particleFacts, sportsMisstatements } from '@inftool/sim-server';
import type { ReviewedCall } from './conversation.js';

type Json = Record<string, unknown>;

/** A BFCL tool name's prefix (`simple_python_254_`), which says nothing of what the tool does. */
const BENCHMARK_PREFIX =
  /^(simple_python|simple_java|simple_javascript|simple|parallel_multiple|parallel|multiple|irrelevance|live_[a-z]+)_\d+_/;
/** Facts a record of history states that the facts on record decide: who won, who invented, who was president, when. */
const DECIDED = new Set(['winner', 'inventor', 'president', 'year_signed']);

/**
 * Results that contradict facts on record (`results_correct`): a known particle's mass or charge
 * that is not the real one in the unit asked (a proton of 41.5 kg), a known battle's winner, an
 * invention's inventor, a treaty's year or a year's US president that is not the real one; a book
 * or film credited to another author or year, a title search that returns only other titles, a
 * famous person's made-up birth, a museum's made-up hours, a city put in another country. A
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
