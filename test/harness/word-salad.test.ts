import { describe, expect, it } from 'vitest';
import { isWordSalad } from '../../packages/harness/src/run/checks/word-salad.js';

describe('the word-salad detector', () => {
  const salad = [
    'on heavily',
    'unto pension numeric',
    'why searchingly',
    'cinder procrastinate rise',
    'fooey aggressive',
    'peony troubled zealous',
    'helplessly abacus',
    'past live actually',
    'below reckless',
    'unfortunately within whose',
  ];
  const phrases = [
    'machine learning',
    'new york',
    'san francisco weather',
    'San Francisco weather',
    'best pizza near me',
    'cheap flights to paris',
    'how to bake bread',
    'red running shoes',
    'hello world',
    'buy milk',
    'light blue',
    'the meeting is at noon',
    'wireless noise cancelling headphones',
    'john smith',
    'data science jobs in berlin',
    'weekly report',
    'customer support',
    'in stock',
    'Innovative transitional complexity',
    'quarterly sales report',
    'weather tomorrow',
    'coffee shops open now',
    'reset my password',
    'Ada Lovelace',
    'iPhone 15 Pro',
    'sign up',
    'dark mode',
    'open source',
    'order status',
    'running late',
    'vegan restaurants',
    'how much does it cost',
    'summer dresses',
    'electric cars under 30000',
    'mountain bike',
    'used cars',
    'what is the weather in tokyo',
    'book a table for two',
  ];
  it.each(salad)('flags "%s"', (value) => expect(isWordSalad(value)).toBe(true));
  it.each(phrases)('leaves "%s" alone', (value) => expect(isWordSalad(value)).toBe(false));
  it('never flags a single word, digits or punctuation', () => {
    for (const value of ['over', 'abacus', 'SKU-123 blue', 'size: large', '42 apples']) expect(isWordSalad(value)).toBe(false);
  });
});
