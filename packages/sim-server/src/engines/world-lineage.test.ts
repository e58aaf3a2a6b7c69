import { describe, expect, it } from 'vitest';
import { createdBeforeStay, createdInLineage } from './world-lineage.js';
import { WorldTables } from './world-tables.js';

describe('createdInLineage', () => {
  it('moves a medium created before its fax after the fax, its update after that', () => {
    const world = new WorldTables('lineage');
    world.table('fax').set('FX1', { id: 'FX1', fields: { sid: 'FX1', date_created: '2025-11-11T16:51:00Z' } });
    const medium = {
      id: 'ME1',
      fields: { sid: 'ME1', fax_sid: 'FX1', date_created: '2025-11-09T10:00:00Z', date_updated: '2025-11-10T10:00:00Z' },
    };
    createdInLineage(medium, 'media', world, ['date_created', 'date_updated']);
    const created = Date.parse(medium.fields.date_created);
    expect(created).toBeGreaterThan(Date.parse('2025-11-11T16:51:00Z'));
    expect(medium.fields.date_created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(Date.parse(medium.fields.date_updated)).toBeGreaterThan(created);
  });

  it('takes the owner the call names over the one the record drew', () => {
    const world = new WorldTables('lineage');
    world.table('fax').set('FX2', { id: 'FX2', fields: { date_created: '2026-01-17T16:57:00Z' } });
    const medium = { id: 'ME2', fields: { fax_sid: 'FX9', date_created: '2025-12-04T02:54:00Z' } };
    createdInLineage(medium, 'media', world, ['date_created'], { FaxSid: 'FX2' });
    expect(Date.parse(medium.fields.date_created)).toBeGreaterThan(Date.parse('2026-01-17T16:57:00Z'));
  });

  it('moves a fax created after its known media before them', () => {
    const world = new WorldTables('lineage');
    world.table('media').set('ME3', { id: 'ME3', fields: { fax_sid: 'FX3', date_created: '2025-03-01T08:00:00Z' } });
    const fax = { id: 'FX3', fields: { sid: 'FX3', date_created: '2025-04-01T08:00:00Z' } };
    createdInLineage(fax, 'fax', world, ['date_created']);
    expect(Date.parse(fax.fields.date_created)).toBeLessThan(Date.parse('2025-03-01T08:00:00Z'));
  });

  it('draws a fax its media were listed under before them, never after the medium it names', () => {
    const world = new WorldTables('lineage');
    const medium = { id: 'ME6', fields: { sid: 'ME6', date_created: '2025-04-26T07:13:00Z' } };
    createdInLineage(medium, 'media', world, ['date_created'], { FaxSid: 'FX6' });
    world.table('media').set('ME6', medium);
    const fax = { id: 'FX6', fields: { sid: 'FX6', media_sid: 'ME6', date_created: '2025-06-04T17:25:00Z' } };
    createdInLineage(fax, 'fax', world, ['date_created']);
    expect(Date.parse(fax.fields.date_created)).toBeLessThan(Date.parse('2025-04-26T07:13:00Z'));
  });

  it('moves a medium drawn while another fax media were listed after the fax whose media_sid names it', () => {
    const world = new WorldTables('lineage');
    world.table('fax').set('FX7', { id: 'FX7', fields: { sid: 'FX7', media_sid: 'ME7', date_created: '2025-02-19T10:30:00Z' } });
    // list_fax_media(FaxSid FX8) fills the medium in passing: it has no fax_sid yet, the call names another fax
    const medium = { id: 'ME7', fields: { sid: 'ME7', date_created: '2024-12-15T19:30:00Z', date_updated: '2025-02-08T05:39:00Z' } };
    createdInLineage(medium, 'media', world, ['sid', 'date_created', 'date_updated'], { FaxSid: 'FX8' });
    const created = Date.parse(medium.fields.date_created);
    expect(created).toBeGreaterThan(Date.parse('2025-02-19T10:30:00Z'));
    expect(Date.parse(medium.fields.date_updated)).toBeGreaterThan(created);
  });

  it('draws a fax before the medium its media_sid names, even with an owner of its own', () => {
    const world = new WorldTables('lineage');
    world.table('media').set('ME9', { id: 'ME9', fields: { sid: 'ME9', date_created: '2025-01-10T08:00:00Z' } });
    world.table('account').set('AC9', { id: 'AC9', fields: { date_created: '2024-01-01T00:00:00Z' } });
    const fax = { id: 'FX9', fields: { sid: 'FX9', account_sid: 'AC9', media_sid: 'ME9', date_created: '2025-03-01T08:00:00Z' } };
    createdInLineage(fax, 'fax', world, ['date_created']);
    expect(Date.parse(fax.fields.date_created)).toBeLessThan(Date.parse('2025-01-10T08:00:00Z'));
  });

  it('leaves a stamp already shown, and one that fits, as it is', () => {
    const world = new WorldTables('lineage');
    world.table('fax').set('FX4', { id: 'FX4', fields: { date_created: '2025-05-01T00:00:00Z' } });
    const shown = { id: 'ME4', fields: { fax_sid: 'FX4', date_created: '2025-04-01T00:00:00Z' } };
    createdInLineage(shown, 'media', world, []);
    expect(shown.fields.date_created).toBe('2025-04-01T00:00:00Z');
    const fits = { id: 'ME5', fields: { fax_sid: 'FX4', date_created: '2025-06-01T00:00:00Z' } };
    createdInLineage(fits, 'media', world, ['date_created']);
    expect(fits.fields.date_created).toBe('2025-06-01T00:00:00Z');
  });
});

describe('createdBeforeStay', () => {
  it('moves a booking drawn as created after the stay the call sends to days before it', () => {
    const world = new WorldTables('stay');
    const booking = { id: 'B1', fields: { bookingId: 'B1', createdAt: '2025-09-02T15:44:00.000Z', bookedRooms: [], start: '2025-10-11' } };
    createdBeforeStay(booking, 'booking', world, ['createdAt', 'bookedRooms', 'start'], {
      body: { start: '2025-06-19', end: '2025-07-26' },
    });
    expect(booking.fields.createdAt).toMatch(/\.000Z$/);
    expect(Date.parse(booking.fields.createdAt)).toBeLessThan(Date.parse('2025-06-19'));
  });

  it('leaves a record that is no stay, and a stamp already shown', () => {
    const world = new WorldTables('stay');
    const event = { id: 'E1', fields: { createdAt: '2025-09-02T15:44:00Z', start: '2025-06-19' } };
    createdBeforeStay(event, 'event', world, ['createdAt'], {});
    expect(event.fields.createdAt).toBe('2025-09-02T15:44:00Z');
    const shown = { id: 'B2', fields: { createdAt: '2025-09-02T15:44:00Z', hotel: {}, start: '2025-06-19' } };
    createdBeforeStay(shown, 'booking', world, [], {});
    expect(shown.fields.createdAt).toBe('2025-09-02T15:44:00Z');
  });
});
