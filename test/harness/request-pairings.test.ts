import { describe, expect, it } from 'vitest';
import type { Conversation, ReviewedCall } from '../../packages/harness/src/run/checks/conversation.js';
import { reviewedCall } from '../support/reviewed-calls.js';
import { mismatchedPairings } from '../../packages/harness/src/run/checks/request-pairings.js';
import { mismatchedTextLanguage, textInItsLanguage } from '../../packages/harness/src/tasks/text-language.js';

const call = (name: string, args: Record<string, unknown>, data: unknown, turn: number): ReviewedCall =>
  reviewedCall(name, args, data, turn);
const conversation = (turns: Array<[string, ReviewedCall[]]>, description = ''): Conversation =>
  ({
    task: {},
    tools: new Map(
      turns.flatMap(([, calls]) => calls.map((made) => [made.chatName, { name: made.chatName, description, parameters: {} }])),
    ),
    turns: turns.map(([user, calls]) => ({ user, steps: [calls], answer: 'Done.' })),
    calls: turns.flatMap(([, calls]) => calls),
  }) as unknown as Conversation;

const FAXES = { faxes: [{ sid: 'FX0ac53b8ffdcd3561947d23cc252c3139' }, { sid: 'FX90022351029f6fb81faffd265764fda8' }] };

describe('a follow-up after a list', () => {
  it('rejects a record of the listed kind none of the listed ones; passes one picked from the list or another kind', () => {
    const listed = call('list_fax', {}, FAXES, 0);
    const unseen = conversation([
      ['Show me all faxes.', [listed]],
      ['Delete fax FX5cfcdc1d2ac1ca8423e5eca28d872094.', [call('delete_fax', { Sid: 'FX5cfcdc1d2ac1ca8423e5eca28d872094' }, {}, 1)]],
    ]);
    expect(mismatchedPairings(unseen).join()).toMatch(/names FX5cfcdc1d2ac1ca8423e5eca28d872094, a record of the kind just listed/);
    const picked = conversation([
      ['Show me all faxes.', [listed]],
      ['Delete fax FX90022351029f6fb81faffd265764fda8.', [call('delete_fax', { Sid: 'FX90022351029f6fb81faffd265764fda8' }, {}, 1)]],
    ]);
    expect(mismatchedPairings(picked)).toEqual([]);
    const themes = { items: [{ key: '9421899' }, { key: '9997987' }] };
    const otherKind = conversation([
      ['Fetch all themes.', [call('themes_get_all', {}, themes, 0)]],
      ['Pull up the service with a key of 2965805.', [call('services_get_one', { key: '2965805' }, {}, 1)]],
    ]);
    expect(mismatchedPairings(otherKind)).toEqual([]);
    // Two tools that share only their verb (`retrieve_…`) list and read different kinds: agreements, then a payment.
    const agreements = { results: [{ id: '8ad56987-bf98-4e54-84cf-7ec81ba7dd72' }, { id: '1c47eabb-c73e-456a-90f6-0a776ac38164' }] };
    const payment = conversation([
      ['Get me all end-user agreements.', [call('retrieve_all_euas_for_an_end_user_v2', {}, agreements, 0)]],
      [
        'Get the payment with ID 7b644d05-3eb8-ae75-0450-6197ad68be13.',
        [call('retrieve_payment', { id: '7b644d05-3eb8-ae75-0450-6197ad68be13' }, {}, 1)],
      ],
    ]);
    expect(mismatchedPairings(payment)).toEqual([]);
  });
});

describe('a text and its language', () => {
  const text = 'Please confirm your booking by Friday.';
  it('rejects an English text sent from another language; passes it from English', () => {
    const from = (code: string) =>
      conversation(
        [
          [
            `Translate "${text}" from ${code} into Russian.`,
            [call('translate_text', { Text: text, SourceLanguageCode: code, TargetLanguageCode: 'ru' }, {}, 0)],
          ],
        ],
        'Translates text.',
      );
    expect(mismatchedPairings(from('sw')).join()).toMatch(/English text is sent with SourceLanguageCode sw \(swahili\)/);
    expect(mismatchedPairings(from('en'))).toEqual([]);
  });

  it('is planned in English: a code keeps its shape, a name is "English", a value the schema refuses stays', () => {
    expect(textInItsLanguage({ Text: text, SourceLanguageCode: 'sw', TargetLanguageCode: 'ru' }, () => true, true)).toEqual({
      Text: text,
      SourceLanguageCode: 'en',
      TargetLanguageCode: 'ru',
    });
    const review = 'The movie started slowly, yet the ending made the whole evening worth it.';
    expect(textInItsLanguage({ text: review, language: 'Azerbaijani' }, () => true)).toEqual({ text: review, language: 'English' });
    expect(textInItsLanguage({ text: review, language: 'Azerbaijani' }, () => false)).toEqual({ text: review, language: 'Azerbaijani' });
    // A target language is not the text's; a text that is no English sentence is not judged.
    expect(mismatchedTextLanguage({ text: review, target_language: 'fr' })).toEqual([]);
    expect(mismatchedTextLanguage({ text: 'Guten Morgen, wie geht es dir?', source_language: 'de' })).toEqual([]);
  });
});

describe('a cap on the results', () => {
  it('rejects one said as a form field; passes "up to 68 results"', () => {
    const said = (user: string) => conversation([[user, [call('get_recommendations', { maxResults: '68' }, { items: [] }, 0)]]]);
    expect(mismatchedPairings(said('Get me recommendations maximum results 68.')).join()).toMatch(/cap as a form field/);
    expect(mismatchedPairings(said('Get me up to 68 recommendations.'))).toEqual([]);
  });
});

describe('a company and its product', () => {
  it('rejects a listed company paired with a product it does not sell; plans and passes one it does', async () => {
    const { productOfCompany } = await import('../../packages/harness/src/tasks/company-products.js');
    const said = (product: string) =>
      conversation([
        [
          `Estimate the revenue of Alphabet for ${product}.`,
          [call('revenue_forecast', { company: 'Alphabet', product }, { revenue: 1 }, 0)],
        ],
      ]);
    expect(mismatchedPairings(said('backpack')).join()).toMatch(/a product it does not sell: backpack/);
    expect(mismatchedPairings(said('Pixel'))).toEqual([]);
    const planned = productOfCompany({ company: 'Alphabet', product: 'backpack' }, 7, () => true);
    expect(['Pixel', 'Nest thermostat', 'Google Workspace', 'YouTube Premium']).toContain(planned['product']);
    // A company whose products are not known keeps what was planned.
    expect(productOfCompany({ company: 'Acme Tools', product: 'backpack' }, 7, () => true)).toEqual({
      company: 'Acme Tools',
      product: 'backpack',
    });
  });
});

describe('a follow-up that says where its id comes from', () => {
  it('is rejected all the same: an id none of the listed ones is no record the user saw', () => {
    const sourced = conversation([
      ['Show me all faxes.', [call('list_fax', {}, FAXES, 0)]],
      [
        'Delete fax FX5cfcdc1d2ac1ca8423e5eca28d872094, one from my own records.',
        [call('delete_fax', { Sid: 'FX5cfcdc1d2ac1ca8423e5eca28d872094' }, {}, 1)],
      ],
    ]);
    expect(mismatchedPairings(sourced).join()).toMatch(/names FX5cfcdc1d2ac1ca8423e5eca28d872094, a record of the kind just listed/);
  });
});
