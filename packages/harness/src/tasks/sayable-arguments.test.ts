import { describe, expect, it } from 'vitest';
import { implausibleNames, maskedValue, queryExpression, unrelatedTags } from './sayable-arguments.js';
import type { IndexedTool } from './tool-index.js';

describe('maskedValue', () => {
  it('knows a number a service prints masked, which no owner types', () => {
    for (const value of ['***-**-5610', 'XXXX-XXXX-1234', '••••4242', '**** **** **** 4242', 'xxxx1234'])
      expect(maskedValue(value)).toBe(true);
  });

  it('leaves formulas, codes and ordinary text alone', () => {
    for (const value of ['3*x**3 - 2*x + 1', 'XL', 'SSN 123-45-6789', 'a**b', 'Max-XL', 'TXX-12', 42])
      expect(maskedValue(value)).toBe(false);
  });
});

describe('queryExpression', () => {
  it('knows a filter written in an API’s syntax, which a user does not paste', () => {
    for (const value of ['state = "ACTIVE"', "age >= '30'", 'status=="open"']) expect(queryExpression(value)).toBe(true);
  });

  it('leaves plain values alone', () => {
    for (const value of ['ACTIVE', 'x = 3', 'rheumatoid arthritis', '{"target": "BRCA1"}', 42]) expect(queryExpression(value)).toBe(false);
  });
});

describe('unrelatedTags', () => {
  const content = 'The province announced new funding for rural health clinics.';
  it('knows tags that name nothing the text is about', () => {
    expect(unrelatedTags('tags', ['q3', 'customer', 'tool'], { content, tags: [] })).toBe(true);
  });

  it('keeps tags that name what the text says, and tags with no text beside them', () => {
    expect(unrelatedTags('tags', ['#health', 'rural'], { content })).toBe(false);
    expect(unrelatedTags('tags', ['q3', 'customer'], { title: 'Q3' })).toBe(false);
    expect(unrelatedTags('mentions', ['@ann'], { content })).toBe(false);
  });
});

describe('implausibleNames: a required value sent empty', () => {
  const poker: IndexedTool = {
    spec: {
      name: 'poker_game_winner',
      description: 'Identify the winner in a poker game based on the cards.',
      inputSchema: {
        type: 'object',
        properties: { players: { type: 'array', items: { type: 'string' } }, cards: { type: 'object' }, type: { type: 'string' } },
        required: ['players', 'cards'],
      },
    },
    domain: 'd',
    category: 'c',
    server: 's',
  };
  it('questions `cards: {}` when cards are required, not an empty optional value nor a filled one', () => {
    expect(implausibleNames(poker, { players: ['Ada', 'Margaret'], cards: {} })).toEqual(['cards']);
    expect(implausibleNames(poker, { players: [], cards: { Ada: ['A♠', 'K♠'] } })).toEqual(['players']);
    expect(implausibleNames(poker, { players: ['Ada'], cards: { Ada: ['A♠', 'K♠'] }, type: '' })).toEqual([]);
  });
});
