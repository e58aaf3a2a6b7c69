import { COUNTRY_CURRENCY } from './values/places.js';
import { isJsonObject } from '@inftool/core';

type Json = Record<string, unknown>;
const snake = (key: string): string => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/** A tool or an argument about one holding of money: an account, a wallet, a portfolio, its balance or its transactions. */
const HOLDING =
  /(^|_)(account|accounts|wallet|wallets|portfolio|portfolios|ledger|balance|balances|transaction|transactions|statement|statements|iban)(_|$)/;
const CURRENCY_KEY = /^(currency|currency_?code)$/i;
/** Where another currency is the point: an exchange, a conversion, an original amount before it. */
const OTHER_CURRENCY = /exchange|conversion|convert|fx|original|instructed|source|target|foreign/i;
const CODE = /^[A-Z]{3}$/;
/** A currency beside an amount is the amount's (a creditor's own currency is no amount of the account). */
const AMOUNT_KEY = /amount|balance|^value$|price|total|sum$/i;
const COMMON = new Set(Object.values(COUNTRY_CURRENCY));
/** Currencies of countries banking APIs name that the city table leaves out. */
const MORE_CURRENCIES: Readonly<Record<string, string>> = {
  BG: 'BGN',
  PL: 'PLN',
  CZ: 'CZK',
  HU: 'HUF',
  RO: 'RON',
  DK: 'DKK',
  NO: 'NOK',
  IS: 'ISK',
  ...Object.fromEntries(['BE', 'FI', 'GR', 'LU', 'LV', 'LT', 'EE', 'SK', 'SI', 'MT', 'CY', 'HR'].map((code) => [code, 'EUR'])),
};

/** The currency fields of `value` beside an amount, outside exchanges and conversions, each with its owner. */
function currencyFields(value: unknown, found: Array<[Json, string]> = []): Array<[Json, string]> {
  if (Array.isArray(value)) value.forEach((entry) => currencyFields(entry, found));
  else if (isJsonObject(value))
    for (const [key, entry] of Object.entries(value)) {
      if (CURRENCY_KEY.test(key) && typeof entry === 'string' && CODE.test(entry)) {
        if (Object.keys(value).some((other) => AMOUNT_KEY.test(other))) found.push([value, key]);
      } else if (!OTHER_CURRENCY.test(key)) currencyFields(entry, found);
    }
  return found;
}

/** The currency a call's holding is kept in: one the call names, its country's, else the commonest of the result (a common one first). */
function holdingCurrency(args: Json, codes: string[]): string {
  const asked = Object.entries(args).find(([key, entry]) => CURRENCY_KEY.test(key) && typeof entry === 'string' && CODE.test(entry));
  if (asked !== undefined) return asked[1] as string;
  const country = Object.entries(args).find(([key, entry]) => /^country(_?code)?$/i.test(key) && typeof entry === 'string');
  const code = country === undefined ? '' : (country[1] as string).toUpperCase();
  const national = COUNTRY_CURRENCY[code] ?? MORE_CURRENCIES[code];
  if (national !== undefined) return national;
  const counts = new Map<string, number>();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + (COMMON.has(code) ? 100 : 1));
  return [...counts.entries()].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

/**
 * One account, wallet or portfolio holds one currency: the amounts of a result about one (its
 * balances, its transactions) are all in the currency the call names, else its country's, else the
 * one most of them use. An exchange or a conversion keeps its other currency.
 */
export function oneCurrencyPerHolding(value: Json, args: Json, tool: string): void {
  // a call that names one (by an id, an IBAN, an account number), not a listing of many
  const named = Object.keys(args).some((key) => /(^|_)(id|iban|number|account|wallet|portfolio)$/.test(snake(key)));
  const about = HOLDING.test(snake(tool)) || Object.keys(args).some((key) => HOLDING.test(snake(key)));
  if (!about || !named) return;
  const fields = currencyFields(value);
  const codes = fields.map(([owner, key]) => owner[key] as string);
  if (new Set(codes).size < 2) return;
  const currency = holdingCurrency(args, codes);
  for (const [owner, key] of fields) owner[key] = currency;
}
