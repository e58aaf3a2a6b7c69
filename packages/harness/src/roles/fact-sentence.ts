/** Facts said as one sentence about their subject. */
import { indefiniteArticle } from '@inftool/core';
import { listing, propertyProse } from './format-value.js';
import type { Fact } from './field-facts.js';
import { capital, pick, mixedPick } from './seeded-pick.js';

/** Two changes at one moment said once: "was added on X and was updated on X" → "was added and last updated on X". */
function sameMoment(verbs: string[]): string[] {
  const out: string[] = [];
  for (const verb of verbs) {
    const [, done, when] = /^was (\w+) on (.+)$/.exec(verb) ?? [];
    const at = out.findIndex((earlier) => when !== undefined && earlier.startsWith('was ') && earlier.endsWith(` on ${when}`));
    if (at < 0 || done === undefined) out.push(verb);
    else
      out[at] =
        `${(out[at] as string).slice(0, -` on ${when as string}`.length)} and ${/^(updated|modified|changed|edited)$/.test(done) ? 'last ' : ''}${done} on ${when as string}`;
  }
  return out;
}

/**
 * An amount a named record has, said as what it has ("has a price of 0.17 USD", "an evidence count of 25"), not a
 * field read out ("its price is 0.17 USD"); a year, a date, a code or a plural key stays a property.
 */
function possessed(fact: Fact): Fact {
  const amount = /^the ([a-z][a-z ]*?) is (-?[\d.,]+(?:%| [A-Za-z/]+)?)$/.exec(fact.text);
  if (fact.kind !== 'property' || amount === null || fact.content === true) return fact;
  const [, key, value] = amount as unknown as [string, string, string];
  if (
    /\b(years?|date|day|time|id|identifier|number|code|version|rank|position|zip|phone)\b/.test(key) ||
    /[a-z]s$|[a-z]ed$| (for|of|to|in|on|at|by|from|per|with)$/.test(key)
  )
    return fact;
  return { ...fact, kind: 'verb', text: `has ${indefiniteArticle(key)} ${key} of ${value}` };
}

/**
 * Facts as one sentence: about a subject ("The fax FX1 has 3 pages and came from Atlanta, GA; its
 * status is delivered.", "For the post P1, the category is business.") or on their own ("The
 * converted amount is 92 and the rate is 0.92.").
 */
export function factSentence(facts: Fact[], subject?: string, seed = ''): string {
  // Amounts are said as what the record has while they lead; a text that leads (a verdict) keeps its place.
  const lead = facts.findIndex((fact) => fact.kind === 'property' && possessed(fact) === fact);
  const found = subject === undefined ? facts : facts.map((fact, index) => (lead < 0 || index < lead ? possessed(fact) : fact));
  const moments = sameMoment(found.filter((fact) => fact.kind === 'verb').map((fact) => fact.text));
  // A state its moment already says ("is finalized" beside "was finalized on …") is said once.
  const said = moments.filter((verb) => !moments.some((other) => other.startsWith(`was ${verb.replace(/^is /, '')} `)));
  // "has 3 pages and has 2 files" → "has 3 pages and 2 files".
  // Counts before amounts: "has 20 pages, a price of 0.17 USD and a duration of 300 seconds".
  const owned = said.filter((verb) => verb.startsWith('has ')).sort((a, b) => Number(/^has an? /.test(a)) - Number(/^has an? /.test(b)));
  // What the record is comes first: "is delivered and has 20 pages, …".
  const states = said.filter((verb) => /^(is|got) /.test(verb));
  const rest = said.filter((verb) => !verb.startsWith('has ') && !states.includes(verb));
  const verbs = [...states, ...(owned.length > 0 ? [`has ${listing(owned.map((verb) => verb.slice(4)))}`] : []), ...rest];
  const properties = found.filter((fact) => fact.kind === 'property').map((fact) => fact.text);
  if (subject === undefined || (subject === 'it' && verbs.length === 0)) {
    const plain =
      properties.length > 2
        ? `${propertyProse(properties)}${verbs.length > 0 ? `; it ${listing(verbs)}` : ''}`
        : properties.length === 0
          ? `it ${listing(verbs)}`
          : listing([...properties, ...verbs.map((verb) => `it ${verb}`)]);
    // Seeded openings, so answers without a subject do not all start "The …"; no seed, no opening (a tail after "I created …").
    // "The service reports that the service is …" says its subject twice: a result about a service opens plainly.
    const opening =
      seed === '' || subject === 'it' || /^the service\b/i.test(plain)
        ? ''
        : mixedPick(
            ['', '', 'The service reports that ', 'According to the service, ', 'Here is what came back: ', 'The result: ', 'It says '],
            seed + plain,
          );
    return `${capital(`${opening}${plain}`)}.`;
  }
  if (verbs.length === 0) {
    const about = subject.replace(/,$/, '');
    const props = propertyProse(properties);
    // "The file banner.jpg: the image type is …" reads as a broken sentence: a noun and an id take no colon heading.
    return pick(
      [
        `For ${about}, ${props}.`,
        /^the /i.test(about) ? `As for ${about}, ${props}.` : `${capital(about)}: ${props}.`,
        `Here is what I have on ${about}: ${props}.`,
        `As for ${about}, ${props}.`,
        `Looking at ${about}: ${props}.`,
        `About ${about}: ${props}.`,
        `What I see for ${about}: ${props}.`,
      ],
      seed + about,
    );
  }
  // A document leads with what it says: "“Headline”: the summary is “…”; it has 3 documents."
  if (found[0]?.content === true && verbs.length > 0)
    return subject === 'it'
      ? `${capital(propertyProse(properties.map((property) => property.replace(/^the /, 'its '))))}; it ${listing(verbs)}.`
      : /^the /i.test(subject)
        ? `As for ${subject}, ${propertyProse(properties)}; it ${listing(verbs)}.`
        : `${capital(subject)}: ${propertyProse(properties)}; it ${listing(verbs)}.`;
  const head = `${capital(subject)} ${listing(verbs)}`;
  return properties.length > 0 ? `${head}; ${propertyProse(properties.map((property) => property.replace(/^the /, 'its ')))}.` : `${head}.`;
}
