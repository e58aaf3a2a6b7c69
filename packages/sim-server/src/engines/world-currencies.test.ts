import { describe, expect, it } from 'vitest';
import { oneCurrencyPerHolding } from './world-currencies.js';

const row = (currency: string) => ({ transactionAmount: { amount: '12.50', currency } });

describe('oneCurrencyPerHolding', () => {
  it('puts the transactions of one account in one currency: the one asked, its country’s, else the common one', () => {
    const drawn = () => ({ booked: [row('XAF'), row('EUR'), row('SRD')], pending: [row('TRY')] });
    const codes = (value: ReturnType<typeof drawn>) => [...value.booked, ...value.pending].map((entry) => entry.transactionAmount.currency);
    const plain = drawn();
    oneCurrencyPerHolding(plain, { account_id: 'a1' }, 'retrieve_account_transactions');
    expect(new Set(codes(plain))).toEqual(new Set(['EUR']));
    const national = drawn();
    oneCurrencyPerHolding(national, { id: 'a1', country: 'SE' }, 'get_account_transactions');
    expect(new Set(codes(national))).toEqual(new Set(['SEK']));
    const bulgarian = drawn();
    oneCurrencyPerHolding(bulgarian, { id: 'a1', country: 'BG' }, 'retrieve_account_transactions');
    expect(new Set(codes(bulgarian))).toEqual(new Set(['BGN']));
  });

  it('leaves a listing of many accounts, an exchange and a call about no holding alone', () => {
    const many = {
      accounts: [
        { id: 'a', currency: 'EUR' },
        { id: 'b', currency: 'USD' },
      ],
    };
    oneCurrencyPerHolding(many, {}, 'list_accounts');
    expect(many.accounts.map((entry) => entry.currency)).toEqual(['EUR', 'USD']);
    const exchange = { amount: '10.00', currency: 'EUR', currencyExchange: { amount: '10.80', currency: 'USD' } };
    oneCurrencyPerHolding(exchange, { account_id: 'a' }, 'get_transaction');
    expect(exchange.currencyExchange.currency).toBe('USD');
    const creditors = {
      results: [
        { name: 'Deja Kemmer', currency: 'NPR' },
        { name: 'Rasheed Nicolas', currency: 'PYG' },
      ],
    };
    oneCurrencyPerHolding(creditors, { account: 'checking-8063' }, 'payments_creditors_list');
    expect(creditors.results.map((entry) => entry.currency)).toEqual(['NPR', 'PYG']);
    const prices = {
      items: [
        { price: 3, currency: 'EUR' },
        { price: 400, currency: 'JPY' },
      ],
    };
    oneCurrencyPerHolding(prices, { product_id: 'p1' }, 'get_product_prices');
    expect(prices.items.map((entry) => entry.currency)).toEqual(['EUR', 'JPY']);
  });
});
