import { createRandom } from '@inftool/core';

/**
 * A product beside a company is one that company sells (docs/harness.md, "What is said"): "the revenue of
 * Alphabet for the Pixel", never "of Alphabet for backpacks". The planner draws the product from the
 * company's own; `user_request` rejects a listed company paired with a product it does not make.
 */
export const COMPANY_PRODUCTS: Readonly<Record<string, readonly string[]>> = {
  apple: ['iPhone', 'iPad', 'MacBook Air', 'Apple Watch', 'AirPods'],
  microsoft: ['Xbox', 'Surface Pro', 'Microsoft 365', 'Azure'],
  tesla: ['Model 3', 'Model Y', 'Model S', 'Powerwall', 'Cybertruck'],
  amazon: ['Kindle', 'Echo Dot', 'Fire TV Stick', 'Prime membership'],
  alphabet: ['Pixel', 'Nest thermostat', 'Google Workspace', 'YouTube Premium'],
  google: ['Pixel', 'Nest thermostat', 'Google Workspace', 'YouTube Premium'],
  nike: ['Air Max', 'Air Jordan', 'Pegasus running shoes'],
  boeing: ['737 MAX', '787 Dreamliner', '777X'],
  toyota: ['Corolla', 'Camry', 'Prius', 'RAV4'],
  'samsung electronics': ['Galaxy S24', 'Galaxy Tab', 'QLED TV'],
  samsung: ['Galaxy S24', 'Galaxy Tab', 'QLED TV'],
  walmart: ['Great Value groceries', 'Walmart+ membership', 'Onn TV'],
  netflix: ['Standard plan', 'Premium plan'],
  'coca-cola': ['Coca-Cola Classic', 'Diet Coke', 'Sprite', 'Fanta'],
};

const COMPANY_KEY = /^(?:company|company[-_ ]?name|companyName|brand|manufacturer)$/i;
const PRODUCT_KEY = /^(?:product|product[-_ ]?name|productName)$/i;

/** The company and product arguments of a call, where the company is one whose products are known. */
export function companyProduct(
  args: Record<string, unknown>,
): { productKey: string; products: readonly string[]; product: unknown } | undefined {
  const companyKey = Object.keys(args).find((key) => COMPANY_KEY.test(key));
  const productKey = Object.keys(args).find((key) => PRODUCT_KEY.test(key));
  if (companyKey === undefined || productKey === undefined) return undefined;
  const products = COMPANY_PRODUCTS[String(args[companyKey]).trim().toLowerCase()];
  return products === undefined ? undefined : { productKey, products, product: args[productKey] };
}

/** Whether a product is one of the company's (either names the other: "iPhone 15" is an iPhone). */
export const sellsProduct = (products: readonly string[], product: unknown): boolean =>
  typeof product !== 'string' ||
  products.some((known) => product.toLowerCase().includes(known.toLowerCase()) || known.toLowerCase().includes(product.toLowerCase()));

/** The arguments with the product drawn from the company's own (seeded), where the one planned is not; unchanged where the schema refuses it. */
export function productOfCompany(
  args: Record<string, unknown>,
  seed: number,
  valid: (args: Record<string, unknown>) => boolean,
): Record<string, unknown> {
  const pair = companyProduct(args);
  if (pair === undefined || sellsProduct(pair.products, pair.product)) return args;
  const fixed = { ...args, [pair.productKey]: createRandom(seed).pick(pair.products) };
  return valid(fixed) ? fixed : args;
}
