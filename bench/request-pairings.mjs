// Plain detectors of request values that do not belong together or follow from nothing shown (docs/benchmarks.md,
// "Request and answer defects"), for bench/request-defects.mjs. Independent of the harness's checks.

const SMALL_ENGLISH = /\b(the|your|you|my|our|please|thank|for|with|is|are|and|to)\b/gi;
const englishSentence = (value) =>
  typeof value === 'string' &&
  /^[\x20-\x7e]+$/.test(value) &&
  value.split(/\s+/).length >= 4 &&
  (value.match(SMALL_ENGLISH) ?? []).length >= 3;
const ENGLISH_CODES = /^(en([-_][a-z]{2})?|english|auto)$/i;
const LISTED_COMPANIES =
  /^(apple|microsoft|tesla|amazon|alphabet|google|nike|boeing|toyota|samsung( electronics)?|walmart|netflix|coca-cola)$/i;

/** The ids of the records of every list of two or more objects in a tool result (keys `id`, `sid`, `key`, `*_id`…). */
function listedIds(value, out) {
  if (Array.isArray(value)) {
    const records = value.filter((item) => item && typeof item === 'object' && !Array.isArray(item));
    if (records.length >= 2)
      for (const record of records)
        for (const [key, inner] of Object.entries(record))
          if (/^(id|sid|key|uuid|guid)$/i.test(key) && ['string', 'number'].includes(typeof inner)) out.add(String(inner));
    value.forEach((item) => listedIds(item, out));
  } else if (value && typeof value === 'object') Object.values(value).forEach((inner) => listedIds(inner, out));
  return out;
}

/**
 * Notes a record's pairing defects: a cap said as a form field, an English text sent from another language, a
 * listed company with a generic lower-case product, and a follow-up naming a prefixed id (`FX…`, a UUID) of the
 * kind the previous turn listed that none of the listed ones is and no earlier message holds.
 */
export function pairingDefects(note, id, messages, users, turnCalls) {
  users.forEach((text) => {
    const cap = /\bmax(?:imum)? (?:results?|items|records|hits|rows)\s+\d/i.exec(text);
    if (cap) note('request: a cap said as a form field ("maximum results 68")', id, `${cap[0]} | ${text}`);
  });
  for (const call of turnCalls) {
    const args = call.arguments ?? {};
    const texts = Object.values(args).filter(englishSentence);
    for (const [key, value] of Object.entries(args))
      if (
        texts.length > 0 &&
        /(source|from|input)[-_]?lang|^lang(uage)?$/i.test(key) &&
        typeof value === 'string' &&
        !ENGLISH_CODES.test(value)
      )
        note('argument: English text sent with another language as its own', id, `${call.name}(${key}=${value})`);
    const company = Object.entries(args).find(([key]) => /^company(_name)?$/i.test(key))?.[1];
    const product = Object.entries(args).find(([key]) => /^product(_name)?$/i.test(key))?.[1];
    if (LISTED_COMPANIES.test(String(company ?? '')) && typeof product === 'string' && /^[a-z][a-z ]+$/.test(product))
      note('argument: a listed company with a product it does not make', id, `${call.name}(${company}, ${product})`);
  }
  let seen = '';
  let turn = -1;
  let listed = new Set();
  for (const message of messages) {
    const content = String(message.content ?? '');
    if (message.role === 'user') {
      turn += 1;
      const shapes = new Set(
        [...listed].map((value) =>
          /^[A-Z]{2}[0-9a-f]{32}$/.test(value) ? value.slice(0, 2) : /^[0-9a-f-]{36}$/.test(value) ? 'uuid' : '',
        ),
      );
      for (const token of content.match(/\b[A-Z]{2}[0-9a-f]{32}\b|\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g) ??
        []) {
        const shape = token.length === 36 ? 'uuid' : token.slice(0, 2);
        const sourced = /\b(?:from my own records|not (?:from|in) (?:that|the) list)\b/i.test(content);
        if (turn > 0 && !sourced && shapes.has(shape) && !listed.has(token) && !seen.includes(token)) {
          note('request: a follow-up names a record of the listed kind none of the listed ones', id, `${token} | ${content}`);
          break;
        }
      }
      listed = new Set();
    }
    if (message.role === 'tool') {
      try {
        listedIds(JSON.parse(content), listed);
      } catch {
        /* text */
      }
    }
    seen += ` ${content}`;
  }
}
