import { describe, expect, it } from 'vitest';
import { ownDescription } from './own-description.js';

describe('ownDescription', () => {
  it('keeps the words after the suite marker', () => {
    expect(
      ownDescription(
        'This tool belongs to the ticketing system that is part of a company, which allows users to create tickets. Tool description: Close a ticket.',
      ),
    ).toBe('Close a ticket.');
  });
  it('drops a suite sentence without a marker', () => {
    expect(ownDescription('This tool belongs to the trading system, which lets users trade. Get the stock information.')).toBe(
      'Get the stock information.',
    );
    expect(ownDescription('This tool belongs to the trading system.')).toBe('');
  });
  it('leaves other descriptions alone', () => {
    expect(ownDescription('Get a drug by ID.')).toBe('Get a drug by ID.');
    expect(ownDescription(undefined)).toBeUndefined();
  });
});
