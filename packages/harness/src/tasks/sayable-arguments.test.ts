import { describe, expect, it } from 'vitest';
import { maskedValue, queryExpression } from './sayable-arguments.js';

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
