import { describe, expect, it } from 'vitest';
import { recitedField } from './recited-field.js';
import { answerProblem } from './final-answer.js';
import { reviewedCall } from '../../../../../test/support/reviewed-calls.js';

describe('recitedField: field names recited, not told', () => {
  it('flags a sort, a kind, a number or code and a plural said as a field', () => {
    expect(recitedField('For Tokyo, the country is Japan and the time zone is Asia/Tokyo, with city as the type.')).toMatch(/sort/);
    expect(recitedField('Education is active; its twitter feed username is BCGovNews and its kind is personal.')).toMatch(/kind/);
    expect(
      recitedField('Ministry of Transport is not active; its minister name is Lester Dietrich, with 452865 as its weekend contact number.'),
    ).toMatch(/number or a code/);
    expect(recitedField('The username is jason11 and the tags are authenticated, with @solon_mccullough as the mentions.')).toMatch(
      /number or a code|plural/,
    );
    expect(recitedField('The username is jason11 and the content is “Hi”, with urgent and internal as the tags.')).toMatch(/plural/);
    expect(recitedField('Name SENTRY_DSN was deleted.')).toMatch(/field named as the record/);
    expect(recitedField('Environment variable SENTRY_DSN was deleted.')).toBeUndefined();
  });

  it('passes a word or a name said as the thing, and values told', () => {
    expect(recitedField('The rating is 3.6 and its director is Ingrid Solberg, with thriller as its genre.')).toBeUndefined();
    expect(recitedField('The temperature is 88 °F and the condition is rain, with a wind speed of 7 km/h.')).toBeUndefined();
    expect(
      recitedField('The status is ok and the version is 2.8.8, with “Open Targets Platform REST API” as the service.'),
    ).toBeUndefined();
    expect(recitedField('The username is jason11, with tags authenticated and mentions @solon_mccullough.')).toBeUndefined();
    expect(recitedField('The price is 2 USD, with mild as its severity and delivered as its address.')).toBeUndefined();
  });

  it('rejects such an answer in the final_answer check', () => {
    const place = reviewedCall(
      'search_place',
      { text: 'Tokyo' },
      { name: 'Tokyo', country: 'Japan', timezone: 'Asia/Tokyo', type: 'city' },
    );
    const turn = (answer: string) => ({ user: 'Find Tokyo.', steps: [[place]], answer });
    expect(answerProblem(turn('For Tokyo, the country is Japan and the time zone is Asia/Tokyo, with city as the type.'), 0)).toMatch(
      /reads out a record instead of telling it: a record's sort/,
    );
    expect(answerProblem(turn('Tokyo is in Japan; its time zone is Asia/Tokyo.'), 0)).toBeUndefined();
  });
});
