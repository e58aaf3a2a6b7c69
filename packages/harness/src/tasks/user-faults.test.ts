import { describe, expect, it } from 'vitest';
import { createRandom, SchemaValidator, seedFrom, type PlannedCall } from '@inftool/core';
import { otherIdOfShape, userFaults } from './user-faults.js';

describe('values a user gets wrong', () => {
  it('another id of the same shape: same length and classes, a prefix kept, most characters different', () => {
    const random = createRandom(seedFrom('ids'));
    for (const id of ['4829130', 'FX18eb3c', 'ord-10442', '20250412-000318']) {
      const other = otherIdOfShape(id, random)!;
      expect(other).toHaveLength(id.length);
      expect(other.replace(/[0-9]/g, '0').replace(/[a-z]/g, 'a').replace(/[A-Z]/g, 'A')).toBe(
        id.replace(/[0-9]/g, '0').replace(/[a-z]/g, 'a').replace(/[A-Z]/g, 'A'),
      );
      const differs = [...other].filter((character, index) => character !== id[index]).length;
      expect(differs * 2).toBeGreaterThanOrEqual(id.replace(/^([a-z]+-|0x)/, '').length);
    }
    expect(otherIdOfShape('ord-10442', random)!.startsWith('ord-')).toBe(true);
    // a hex number stays one: `0x` and hex digits only
    expect(otherIdOfShape('0xec8ced53bd2938', random)).toMatch(/^0x[0-9a-f]{14}$/);
    expect(otherIdOfShape('45bdeab6-e29c-9d1e-9af7-92b531bd9709', random)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
  });

  it('offers a wrong id that names no record, a count over the cap, and a date written month first', () => {
    const validator = new SchemaValidator();
    const schema = {
      type: 'object',
      properties: { ticket_id: { type: 'string' }, opened_on: { type: 'string' }, limit: { type: 'integer' } },
      required: ['ticket_id'],
    };
    const call: PlannedCall = { tool: 'list_ticket_events', arguments: { ticket_id: '4829130', opened_on: '2025-03-04' } };
    const faults = userFaults(
      call,
      {
        schema,
        idName: 'ticket_id',
        existing: new Set(['4829130']),
        valid: (planned) => validator.validate(schema, planned.arguments).valid,
        plausible: () => true,
      },
      createRandom(seedFrom('faults')),
    );
    expect(faults.map((fault) => fault.fault).sort()).toEqual(['bad_format', 'out_of_range', 'wrong_id']);
    const byKind = Object.fromEntries(faults.map((fault) => [fault.fault, fault]));
    expect(byKind['wrong_id']!.call.arguments['ticket_id']).not.toBe('4829130');
    expect(byKind['wrong_id']!.corrected).toBe(call);
    expect(byKind['bad_format']!.call.arguments['opened_on']).toBe('03/04/2025');
    const over = byKind['out_of_range']!;
    expect(over.call.arguments['limit'] as number).toBeGreaterThan(over.corrected.arguments['limit'] as number);
    // a day that can only be read one way is not asked about
    const plain = { ...call, arguments: { ...call.arguments, opened_on: '2025-05-17' } };
    const clear = userFaults(plain, { schema, existing: new Set(), valid: () => true, plausible: () => true }, createRandom(seedFrom('y')));
    expect(clear.map((fault) => fault.fault)).not.toContain('bad_format');
    // nor one whose description states the format (the planner's plausibility check refuses the user's way)
    const stated = userFaults(
      call,
      { schema, existing: new Set(), valid: () => true, plausible: (planned) => !String(planned.arguments['opened_on']).includes('/') },
      createRandom(seedFrom('z')),
    );
    expect(stated.map((fault) => fault.fault)).not.toContain('bad_format');
    // a date whose format the schema fixes cannot be sent another way (the schema refuses it): none planned
    const fixed = { ...schema, properties: { ...schema.properties, opened_on: { type: 'string', format: 'date' } } };
    const none = userFaults(
      call,
      { schema: fixed, existing: new Set(), valid: () => true, plausible: () => true },
      createRandom(seedFrom('x')),
    );
    expect(none.map((fault) => fault.fault)).not.toContain('bad_format');
  });
});
