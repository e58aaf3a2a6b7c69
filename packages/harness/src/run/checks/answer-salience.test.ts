import { describe, expect, it } from 'vitest';
import { answerProblem } from './final-answer.js';
import type { ReviewedCall, ReviewedTurn } from './conversation.js';
import { reviewedCall } from '../../../../../test/support/reviewed-calls.js';

const turn = (user: string, answer: string, ...calls: ReviewedCall[]): ReviewedTurn => ({ user, steps: [calls], answer });

describe('answerProblem: the values asked for, not labels or secrets', () => {
  it('a number the tool is named for is said: a GreenPowerIndex forecast answered with its energy price alone is rejected', () => {
    const request = 'Fetch the GreenPowerIndex with a zipcode of 10001.';
    const forecast = reviewedCall('gsi_prediction', { zip: '10001' }, { forecast: [{ energyprice: -0.168, gsi: 38, scaled: false }] });
    expect(
      answerProblem(turn(request, 'I got back one forecast. It is not scaled and has an energy price of -0.168.', forecast), 0),
    ).toMatch(/leaves out the gsi the tool is named for/);
    const said = 'I got back one forecast. It is not scaled and has an energy price of -0.168 and a green power index of 38.';
    expect(answerProblem(turn(request, said, forecast), 0)).toBeUndefined();
    const dice = reviewedCall('probability_dice_roll', { desired_number: 5, die_sides: 20 }, { probability: 3.125e-7 });
    const odds = 'For desired number 5: the probability is 3.13e-7.';
    expect(answerProblem(turn('Get the probability of a dice roll.', odds, dice), 0)).toBeUndefined();
  });

  it('a field asked for by an argument is said, or said to be missing', () => {
    const request = 'Fetch information about the Treaty of Paris for information requested ratification date.';
    const args = { treaty_name: 'Treaty of Paris', info_requested: ['ratification date'] };
    const lacking = reviewedCall('euro_history_treaty_info', args, {
      treaty_name: 'Treaty of Paris',
      year_signed: 1783,
      place_signed: 'Paris',
    });
    expect(answerProblem(turn(request, 'The Treaty of Paris was signed in Paris in 1783.', lacking), 0)).toMatch(
      /lacks, without saying so/,
    );
    expect(
      answerProblem(turn(request, 'The Treaty of Paris was signed in Paris in 1783. It does not give the ratification date.', lacking), 0),
    ).toBeUndefined();
    // a treaty not on record holds no field to tell: saying so is the whole answer
    const absent = reviewedCall('euro_history_treaty_info', args, {
      treaty_name: 'Treaty of Paris',
      note: 'No treaty named Treaty of Paris is on record.',
    });
    expect(answerProblem(turn(request, 'No treaty named Treaty of Paris is on record.', absent), 0)).toBeUndefined();
    const holding = reviewedCall('euro_history_treaty_info', args, {
      treaty_name: 'Treaty of Paris',
      ratification_date: '1784-01-14',
      place_signed: 'Paris',
    });
    expect(answerProblem(turn(request, 'The Treaty of Paris was signed in Paris.', holding), 0)).toMatch(
      /leaves out the ratification date/,
    );
    expect(answerProblem(turn(request, 'The Treaty of Paris was ratified on 1784-01-14, in Paris.', holding), 0)).toBeUndefined();
  });

  it('an SSN or a password is never read out; a key the user asked for by name is', () => {
    const requisition = reviewedCall(
      'create_requisition',
      { reference: 'BK-18560' },
      { id: 'req_1', status: 'CR', institution_id: '9540206', ssn: '***-**-8831' },
    );
    const request = 'Create a requisition with reference BK-18560.';
    expect(
      answerProblem(
        turn(request, 'I created requisition req_1 for institution 9540206 (status CR); its SSN is ***-**-8831.', requisition),
        0,
      ),
    ).toMatch(/reads out a secret \(ssn\)/);
    expect(
      answerProblem(turn(request, 'I created requisition req_1 for institution 9540206 (status CR).', requisition), 0),
    ).toBeUndefined();
    const key = reviewedCall('create_key', { label: 'ci' }, { id: 'key_1', api_key: 'ak_4f9c2e71b0', expires: '2026-06-01' });
    expect(
      answerProblem(turn('Create an API key labelled ci.', 'I created key key_1, ak_4f9c2e71b0, valid until 2026-06-01.', key), 0),
    ).toBeUndefined();
    expect(answerProblem(turn('Create a key labelled ci.', 'I created key key_1, ak_4f9c2e71b0, valid until 2026-06-01.', key), 0)).toMatch(
      /reads out a secret/,
    );
  });

  it('named records counted without a name fail; counted with their names pass', () => {
    const committee = reviewedCall(
      'committee_detail',
      { committee_id: '4936143' },
      {
        id: '4936143',
        name: 'Health & Public Services',
        classification: 'committee',
        memberships: [{ person: { name: 'Angela Augusta' } }, { person: { name: 'Emanuel Leuschke' } }],
      },
    );
    const request = 'Pull up committee 4936143.';
    expect(answerProblem(turn(request, 'Health & Public Services has 2 memberships.', committee), 0)).toMatch(
      /without naming any: "2 memberships"/,
    );
    expect(
      answerProblem(turn(request, 'Health & Public Services has 2 memberships (Angela Augusta and Emanuel Leuschke).', committee), 0),
    ).toBeUndefined();
    expect(
      answerProblem(
        turn(
          request,
          'Health & Public Services has 2 memberships (Angela Augusta and Emanuel Leuschke); its classification is committee.',
          committee,
        ),
        0,
      ),
    ).toMatch(/a label, not a value: "its classification is committee"/);
  });

  it('headline counts (`numAPIs`, `numSpecs`) are values a metrics answer gives, not opaque keys it may skip', () => {
    const metrics = reviewedCall(
      'get_metrics',
      {},
      { numAPIs: 2529, numSpecs: 3412, numEndpoints: 108837, fixes: 31, issues: 44, stars: 7 },
    );
    const request = 'Find the basic metrics.';
    expect(answerProblem(turn(request, 'The directory lists 2,529 APIs, 3,412 specs and 108,837 endpoints.', metrics), 0)).toBeUndefined();
    expect(answerProblem(turn(request, 'The directory has 31 fixes.', metrics), 0)).toMatch(/thin/);
  });

  it('records holding several records are not named by one of them: "2 booked rooms" passes', () => {
    const booking = reviewedCall(
      'retrieve_booking',
      { bookingId: '3191595' },
      {
        id: '3191595',
        status: 'ACCEPTED',
        bookedRooms: [
          { adults: 2, rate: { name: 'Flex rate' }, notes: { fromGuest: 'Ann' } },
          { adults: 1, rate: { name: 'Saver' }, notes: { fromGuest: 'Bo' } },
        ],
      },
    );
    expect(
      answerProblem(turn('Find booking 3191595.', 'The booking 3191595 is accepted and has 2 booked rooms.', booking), 0),
    ).toBeUndefined();
    const bill = reviewedCall(
      'get_bill',
      { id: 'b1' },
      {
        id: 'b1',
        title: 'Adopting a State Scorpion',
        actions: [{ organization: { name: 'Senate' } }, { organization: { name: 'Senate' } }],
      },
    );
    expect(answerProblem(turn('Get bill b1.', '“Adopting a State Scorpion” has 2 actions.', bill), 0)).toBeUndefined();
  });
});
