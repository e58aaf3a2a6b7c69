import { describe, expect, it } from 'vitest';
import { outcomeSentence, stateOutcome } from './operation-outcome.js';

/** Output schemas as BFCL's multi-turn function docs declare them. */
const status = (description: string) => ({ type: 'object', properties: { status: { type: 'string', description } } });

describe('a change whose output is only its status says what it changed', () => {
  it('names the record and the new values', () => {
    expect(
      outcomeSentence('edit_ticket', { ticket_id: 15485, updates: { description: 'Pilot version, limited to five sites.', priority: 3 } }),
    ).toBe('Ticket 15485 updated: description set to “Pilot version, limited to five sites.”, priority set to 3.');
    expect(outcomeSentence('close_ticket', { ticket_id: 7 })).toBe('Ticket 7 closed.');
    expect(outcomeSentence('resolve_ticket', { ticket_id: 7, resolution: 'Replaced the cable' })).toBe(
      'Ticket 7 resolved: resolution “Replaced the cable”.',
    );
    expect(outcomeSentence('mv', { source: 'report.txt', destination: 'archive' })).toBe('report.txt moved to archive.');
    expect(outcomeSentence('memory_append', { text: 'Met the supplier' })).toBe('Appended text “Met the supplier” to the memory.');
    expect(outcomeSentence('remove_stock_from_watchlist', { symbol: 'AAPL' })).toBe('Stock removed from the watchlist: symbol AAPL.');
    expect(outcomeSentence('add_contact', { user_name: 'otis_bins64' })).toBe('Contact otis_bins64 added.');
    // a value that opens with its label's last word says it once
    const arn = 'arn:aws:translate:us-east-1:768446018031:terminology/brand-names';
    expect(outcomeSentence('tag_resource', { ResourceArn: arn, Tags: [{ Key: 'project', Value: 'launch' }] })).toBe(
      `Resource tagged: resource ${arn}, tags project=launch.`,
    );
  });

  it('fills the outcome fields and success flags of an explicit schema, and nothing else', () => {
    const args = { ticket_id: 7, updates: { priority: 2 } };
    expect(stateOutcome({ status: 'success' }, status('Status of the update operation.'), 'edit_ticket', args)).toEqual({
      status: 'Ticket 7 updated: priority set to 2.',
    });
    const sent = {
      type: 'object',
      properties: {
        sent_status: { type: 'boolean', description: 'True if the message was sent successfully, False otherwise.' },
        message: { type: 'string', description: 'A message describing the result of the send attempt.' },
      },
    };
    expect(stateOutcome({ sent_status: false, message: 'x' }, sent, 'add_contact', { user_name: 'otis_bins64' })).toEqual({
      sent_status: true,
      message: 'Contact otis_bins64 added.',
    });
    // a field named as an argument carries what was sent
    expect(stateOutcome({ sent_status: true, message: 'Hi there' }, sent, 'send_message', { message: 'Hi there' })).toEqual({
      sent_status: true,
      message: 'Hi there',
    });
    // a record's own status is the record's, and an enum is kept
    const ticket = { status: 'open' };
    expect(stateOutcome(ticket, status('Current status of the ticket.'), 'create_ticket', { title: 'A' })).toBe(ticket);
    const brake = {
      type: 'object',
      properties: { status: { type: 'string', enum: ['on', 'off'], description: 'Status of the operation.' } },
    };
    expect(stateOutcome({ status: 'on' }, brake, 'set_brake', {})).toEqual({ status: 'on' });
    expect(stateOutcome({ status: 'ok' }, undefined, 'edit_ticket', args)).toEqual({ status: 'ok' });
  });

  it('a change whose API answers with an empty body says what it changed', () => {
    const args = { ResourceArn: 'arn:aws:translate:us-east-1:1:terminology/menu', Tags: [{ Key: 'team', Value: 'docs' }] };
    expect(stateOutcome({}, { type: 'object', properties: {} }, 'tag_resource', args)).toEqual({
      message: 'Resource tagged: resource arn:aws:translate:us-east-1:1:terminology/menu, tags team=docs.',
    });
    // a read that answers with nothing is left alone
    expect(stateOutcome({}, { type: 'object', properties: {} }, 'get_resource', args)).toEqual({});
  });
});
