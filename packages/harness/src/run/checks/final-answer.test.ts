import { describe, expect, it } from 'vitest';
import { answerProblem } from './final-answer.js';
import type { ReviewedCall, ReviewedTurn } from './conversation.js';

const call = (data: unknown, args: Record<string, unknown> = {}): ReviewedCall => ({ id: 'c1', chatName: 'tool', name: 'tool', arguments: args, result: JSON.stringify(data), data, isError: false, rejected: false, turn: 0, step: 0 });
const turn = (answer: string, ...calls: ReviewedCall[]): ReviewedTurn => ({ user: 'please', steps: [calls], answer });

describe('answerProblem: the answer states the results', () => {
  const ratio = call({ data: { primary: { name: 'Europe', death_ratio: 0.040285703944113994 } } }, { region: 'Europe' });

  it('accepts a number rounded sensibly, also as a percentage, and not a number rounded away', () => {
    expect(answerProblem(turn('The death ratio in Europe is 0.04.', ratio), 0)).toBeUndefined();
    expect(answerProblem(turn('The death ratio in Europe is 4.03%.', ratio), 0)).toBeUndefined();
    expect(answerProblem(turn('The death ratio in Europe is 0.', ratio), 0)).toMatch(/states none of the results/);
    expect(answerProblem(turn('The death ratio is 0.4 or so.', ratio), 0)).toMatch(/states none of the results/);
    expect(answerProblem(turn('About 4 in the region.', call({ value: 3.7 })), 0)).toMatch(/states none of the results/);
    expect(answerProblem(turn('The total is 82,883 cases.', call({ total_cases: 82883 })), 0)).toBeUndefined();
  });

  it('accepts a boolean said in words only when the words say it', () => {
    const deleted = call({ deleted: true, id: 'FX1' }, { Sid: 'FX1' });
    expect(answerProblem(turn('Fax FX1 was deleted.', deleted), 0)).toBeUndefined();
    expect(answerProblem(turn('Fax FX1 was not deleted.', deleted), 0)).toMatch(/states none of the results/);
    expect(answerProblem(turn('I looked at fax FX1 for you.', deleted), 0)).toMatch(/states none of the results/);
    const inactive = call({ is_active: false, email_verified: false });
    expect(answerProblem(turn('The account is not active and its email is not verified.', inactive), 0)).toBeUndefined();
    expect(answerProblem(turn('The account is active.', inactive), 0)).toMatch(/states none of the results/);
    expect(answerProblem(turn('The email verified is no.', inactive), 0)).toBeUndefined();
  });

  it('accepts a timestamp stated by its date, and a text without its full stop', () => {
    expect(answerProblem(turn('The API was added on 2025-02-06 05:26 UTC.', call({ added: '2025-02-06T05:26:00Z' })), 0)).toBeUndefined();
    expect(answerProblem(turn('The API was added recently.', call({ added: '2025-02-06T05:26:00Z' })), 0)).toMatch(/states none/);
    expect(answerProblem(turn('The post’s note reads “Approved by finance”.', call({ note: 'Approved by finance.' })), 0)).toBeUndefined();
  });

  it('still rejects raw JSON quoted from a server error', () => {
    const failed: ReviewedCall = { ...call(undefined), result: '422 Unprocessable Entity: get_drug rejected drug_id = "x": the service does not accept this value', data: undefined };
    expect(answerProblem(turn('I could not get the drug: the service answered "422 Unprocessable Entity: get_drug rejected drug_id = "x": nope".', failed), 0)).toMatch(/raw JSON/);
    expect(answerProblem(turn("The service rejected the drug id 'x' as invalid, so I could not get the drug.", failed), 0)).toBeUndefined();
  });
});
