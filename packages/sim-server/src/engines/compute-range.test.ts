import { describe, expect, it } from 'vitest';
import { computedIntoSchema } from './compute-explicit.js';

const flag = { type: 'object', properties: { canDrive: { type: 'boolean' } } };

describe('a drive feasibility is a full tank’s range, not a coin', () => {
  it('says a short trip can be driven and an ocean crossing cannot', () => {
    const tool = 'estimate_drive_feasibility_by_mileage';
    expect(computedIntoSchema({ canDrive: false }, flag, tool, { distance: 10 })).toEqual({ canDrive: true });
    expect(computedIntoSchema({ canDrive: true }, flag, tool, { distance: 8039.3 })).toEqual({ canDrive: false });
  });

  it('leaves other tools alone', () => {
    expect(computedIntoSchema({ canDrive: true }, flag, 'estimate_distance', { distance: 8039.3 })).toEqual({ canDrive: true });
  });
});
