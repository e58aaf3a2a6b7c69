import type { ChatTool, Task } from '@inftool/core';
import { describe, expect, it } from 'vitest';
import { canDo, cannotText } from './irrelevance-answer.js';
import { nameCapability, withNameCompounds, withoutParticulars, wordyOffer } from './name-capability.js';
import { garbledOffer } from '../run/checks/garbled-offer.js';
import { refusalProblems } from '../run/checks/refusal.js';

const tool = (name: string, description: string): ChatTool => ({ name, description, parameters: {} });

describe('nameCapability: what a tool does, said from its name', () => {
  it('says a verb and the thing the name holds, a namespace and a doer read right', () => {
    expect(nameCapability(tool('get_cell_function', 'Get the information about cell functions based on its part.'))).toBe(
      'look up cell functions',
    );
    expect(
      nameCapability(tool('kinematics_calculate_acceleration', 'Calculates the acceleration of an object under given conditions.')),
    ).toBe('calculate acceleration');
    expect(nameCapability(tool('time_converter', 'Converts the local time of user’s region to the target region’s local time.'))).toBe(
      'convert time',
    );
  });

  it('says nothing for an HTTP verb, an identifier, a word the description does not use, or no English', () => {
    expect(nameCapability(tool('post_get_one', 'Get one post by its key.'))).toBeUndefined();
    expect(nameCapability(tool('get_disease_ids', 'Get diseases for a list of IDs.'))).toBeUndefined();
    expect(nameCapability(tool('quittung_create', 'Allows to collect data with several requests for a receipt.'))).toBeUndefined();
    expect(nameCapability(tool('get_zorblat', 'Returns the weather.'))).toBeUndefined();
  });

  it('cuts a description’s particulars and completes a noun the name keeps whole', () => {
    expect(wordyOffer('collect data with several requests for a receipt')).toBe(true);
    expect(wordyOffer('look up hourly forecasts')).toBe(false);
    expect(withoutParticulars('collect data with several requests for a receipt')).toBe('collect data for a receipt');
    expect(
      withNameCompounds('return 72 hours of historical quality conditions', tool('get_history_airquality_city', 'Returns 72 hours …')),
    ).toBe('return 72 hours of historical air quality conditions');
  });
});

describe('cannotText: offers in short plain phrases', () => {
  it('offers what the tools do, never a description’s particulars', () => {
    const text = cannotText({ goal: 'Order a vegetarian pizza to my office, please.', tools: [] } as unknown as Task, [
      tool('functions_zero', 'Find the zero points of a function.'),
      tool('get_cell_function', 'Get the information about cell functions based on its part.'),
      tool('functions_intersect', 'Locate the intersection points of two functions.'),
    ]);
    expect(text).toMatch(/look up [a-z ]*cell functions/);
    expect(text).not.toMatch(/based on|information about/);
    expect(refusalProblems(text)).toEqual([]);
    expect(canDo(tool('quittung_collect', 'Allows to collect data with several requests for a receipt.'))).toBe(
      'collect data for a receipt',
    );
  });

  it('the offer check fails the particulars a description sentence carries', () => {
    expect(garbledOffer({ verb: 'collect', object: 'data with several requests for a receipt' })).toMatch(/particulars/);
    expect(garbledOffer({ verb: 'look up', object: 'the information about cell functions based on its part' })).toMatch(/particulars/);
    expect(garbledOffer({ verb: 'calculate', object: 'the acceleration of an object under conditions' })).toMatch(/particulars/);
    expect(garbledOffer({ verb: 'look up', object: 'cell functions' })).toBeUndefined();
    expect(
      refusalProblems(
        "I'm afraid I can't pull up TSE data. I can, however, collect data with several requests for a receipt and finalize receipts.",
      ),
    ).toHaveLength(1);
  });
});
