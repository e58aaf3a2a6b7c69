import type { ReviewedCall } from './conversation.js';

/**
 * Company names where nothing is about companies (`"closed": "Hudson Media"`, `"webp": "Purdy
 * Holdings"`, `{"name": "Parisian Holdings"}` from `rm`): the mark of a generator that filled a field
 * it knew nothing about with a name from a pool. A value is company-shaped when it is a surname or
 * two with a company word (`Keller Group`, `Thiel-Kling Consulting`, `Reilly LLC`) or faker's
 * `Little, Bode and Jaskolski`; it is filler unless its field names an organisation (`company`,
 * `publisher`, `bank`, `sponsor`…) or the tool and its description speak of organisations.
 */
const COMPANY_WORD = '(Group|Partners|Associates|Holdings|Foundation|Media|Consulting|LLC|Inc|Ltd|Corp|Corporation|and Sons|& Sons)';
const COMPANY = new RegExp(
  `^[A-Z][a-zA-Z'-]+(?: [A-Z][a-zA-Z'-]+)?,? ${COMPANY_WORD}\\.?$|^[A-Z][a-z'-]+, [A-Z][a-z'-]+ and [A-Z][a-z'-]+$|^[A-Z][a-z'-]+ - [A-Z][a-z'-]+$`,
);
/** Fields that name an organisation, or someone that may be one. */
const ORGANISATION_FIELD =
  /(org|compan|firm|business|publisher|provider|vendor|supplier|employer|sponsor|operator|carrier|manufacturer|brand|merchant|agency|owner|creditor|debtor|institution|bank|partner|author|poster|uploader|creator|distributor|issuer|insurer|seller|retailer|client|customer|payee|payer|counterparty|producer|studio|label|holder|landlord|lender|beneficiary|recipient|sender|account_?name|legal_?name|entity|party|tenant|advertiser|shop|store)/i;
/** Tools whose records belong to organisations: their unnamed fields may hold one. */
const ORGANISATION_TEXT =
  /\b(compan(y|ies)|organi[sz]ations?|business(es)?|vendors?|suppliers?|partners?|clients?|employers?|brands?|publishers?|firms?|agenc(y|ies)|sponsors?|merchants?|lawsuits?|corporat\w*|stocks?|creditors?)\b/i;

export function organisationFiller(call: ReviewedCall, context: { text: string; name: string }): string[] {
  if (ORGANISATION_TEXT.test(`${context.text} ${context.name.replace(/[_.-]+/g, ' ')}`)) return [];
  const found: string[] = [];
  const walk = (value: unknown, key: string): void => {
    if (Array.isArray(value)) for (const item of value) walk(item, key);
    else if (typeof value === 'object' && value !== null) for (const [child, item] of Object.entries(value)) walk(item, child);
    else if (typeof value === 'string' && COMPANY.test(value.trim()) && !ORGANISATION_FIELD.test(key))
      found.push(`${key || 'value'}: "${value}" (a company name in a field that is not about companies)`);
  };
  walk(call.data, '');
  return found;
}
