import { describe, expect, it } from 'vitest';
import { reviewedCall as call } from '../../../../../test/support/reviewed-calls.js';
import { incoherentRecords } from './record-coherence.js';
import { implausibleContent } from './result-content.js';

const review = (fields: Record<string, unknown>) => ({ reviewId: '2278049', customerNickname: 'sally_doyle67', ...fields });

describe('incoherentRecords', () => {
  it('rejects a review whose rating, recommendation and text disagree', () => {
    const bad = call(
      'get_article_reviews',
      { articleId: ['6261876'] },
      {
        content: [review({ rating: 5, recommend: false, description: 'The sole started to come off after two months.' })],
      },
    );
    expect(incoherentRecords(bad)).toEqual([
      'a 5-star review that says recommend: false',
      'a 5-star review whose description complains ("The sole started to come off after two months.")',
    ]);
    expect(implausibleContent(bad)).toContain('get_article_reviews: a 5-star review that says recommend: false');
    const praised = call('get_review', { reviewId: '1' }, review({ rating: 1, recommend: true, title: 'Comfortable and well made' }));
    expect(incoherentRecords(praised)).toHaveLength(2);
  });
  it('passes a review told as one story, and a middling one either way', () => {
    const good = call(
      'get_article_reviews',
      {},
      {
        content: [
          review({ rating: 5, recommend: true, description: 'Fits true to size and the fabric feels sturdy.' }),
          review({ rating: 2, recommend: false, title: 'Returned it: the seams came loose' }),
          review({ rating: 3, recommend: false, description: 'Nice colour, but the sleeves are a little long.' }),
        ],
      },
    );
    expect(incoherentRecords(good)).toEqual([]);
  });

  it('rejects outcome counts above their whole, and passes ones within it', () => {
    const details = (input: string) => ({
      JobDetails: { TranslatedDocumentsCount: '50', DocumentsWithErrorsCount: '10', InputDocumentsCount: input },
    });
    expect(incoherentRecords(call('describe_text_translation_job', { JobId: '1930233' }, details('5')))).toEqual([
      'TranslatedDocumentsCount 50 and DocumentsWithErrorsCount 10 out of InputDocumentsCount 5',
    ]);
    expect(incoherentRecords(call('describe_text_translation_job', { JobId: '1930233' }, details('60')))).toEqual([]);
  });

  it('rejects a common name of another thing, and passes a common name of the same one', () => {
    const bad = call('get_all_lab_tests', {}, { items: [{ id: '8867853', name: 'Urinalysis', common_name: 'Lipid panel' }] });
    expect(incoherentRecords(bad)).toEqual(['"Urinalysis" has the common_name "Lipid panel", another thing']);
    expect(incoherentRecords(call('get_symptom', {}, { name: 'Dizziness', common_name: "Alzheimer's disease" }))).toHaveLength(1);
    // a risk factor called by another factor's name
    expect(incoherentRecords(call('get_all_risk_factors', {}, { items: [{ name: 'Smoking', common_name: 'Age over 60' }] }))).toEqual([
      '"Smoking" has the common_name "Age over 60", another thing',
    ]);
    expect(incoherentRecords(call('get_risk_factor', {}, { name: 'Pregnancy', common_name: 'Recent travel abroad' }))).toHaveLength(1);
    const good = call(
      'get_all_lab_tests',
      {},
      {
        items: [
          { id: '1', name: 'Hemoglobin A1c', common_name: 'HbA1c' },
          { id: '2', name: 'Hypertension', common_name: 'High blood pressure' },
          { id: '3', name: 'Myocardial infarction', common_name: 'Heart attack' },
        ],
      },
    );
    expect(incoherentRecords(good)).toEqual([]);
  });

  it('rejects an unpaged count above its rows and a playlist of 25 episodes in 27 seconds', () => {
    const counted = call('get_history_energy', { lat: -33.92, lon: 18.42 }, { count: 50, data: [{ temp: 8.57 }, { temp: 12 }] });
    expect(incoherentRecords(counted)).toEqual(['count is 50, but data holds 2 and nothing pages it']);
    const playlist = call(
      'get_playlists',
      {},
      { playlists: [{ name: 'My podcast playlist', episode_count: 25, total_audio_length_sec: 27 }] },
    );
    expect(incoherentRecords(playlist)).toEqual(['25 episodes in 27 seconds of audio']);
  });
  it('passes a count of its rows, a count beside paging, and minutes per episode', () => {
    expect(incoherentRecords(call('get_history_energy', {}, { count: 2, data: [{ temp: 8.57 }, { temp: 12 }] }))).toEqual([]);
    expect(incoherentRecords(call('list', { page: 2 }, { count: 50, data: [{ id: 1 }] }))).toEqual([]);
    expect(incoherentRecords(call('list', {}, { count: 50, next: 'https://x.example/?page=2', results: [{ id: 1 }] }))).toEqual([]);
    expect(incoherentRecords(call('get_playlists', {}, { episode_count: 25, total_audio_length_sec: 45_000 }))).toEqual([]);
  });

  it('rejects a list field holding a bare number and a UUID with letters past f', () => {
    const bare = call('retrieve_account_transactions', { id: 'b2b5b0fe-adb2-43d2-ac77-a0ae8cb9296b' }, { transactions: '115' });
    expect(incoherentRecords(bare)).toEqual(['transactions should list records but holds the bare number "115"']);
    const uuid = call('get_batch', { batchid: '3409476' }, { customerid: '3lfr3x9b-1jmp-32y1-6257-k8996ep8bjr3' });
    expect(incoherentRecords(uuid)).toEqual(['3lfr3x9b-1jmp-32y1-6257-k8996ep8bjr3 is no UUID (letters past f)']);
    const sent = call('add_tags', { transactionId: 'qujo8883-kh90-61j5-acg7-3j0510ph9d4s' }, { id: '7198939' });
    expect(incoherentRecords(sent)).toHaveLength(1);
  });
  it('rejects a name that is the number the call sent, and passes a named record', () => {
    const echoed = call(
      'bills_search',
      { jurisdiction: '1825645' },
      { results: [{ jurisdiction: { classification: 'state', name: '1825645' } }] },
    );
    expect(incoherentRecords(echoed)).toEqual(['name "1825645" is the number the call sent']);
    const named = call(
      'bills_search',
      { jurisdiction: '1825645' },
      { results: [{ jurisdiction: { id: '1825645', name: 'North Carolina' } }] },
    );
    expect(incoherentRecords(named)).toEqual([]);
    expect(incoherentRecords(call('get_area', { zip: '101150' }, { name: '101150' }))).toEqual([]);
  });
  it('passes listed records, counts named as counts, and real UUIDs', () => {
    const good = call(
      'retrieve_account_transactions',
      { id: 'b2b5b0fe-adb2-43d2-ac77-a0ae8cb9296b' },
      {
        transactions: { booked: [{ transactionId: '722d30b2-b46f-4ed4-a8cd-16d262180d37', amount: '12.40' }] },
        transaction_count: 115,
      },
    );
    expect(incoherentRecords(good)).toEqual([]);
  });

  it('rejects a draw after extra time, and passes a decided one and a plain draw', () => {
    expect(incoherentRecords(call('get_game_results', {}, { team_1_score: 2, team_2_score: 2, status: 'final after extra time' }))).toEqual(
      ['a 2–2 draw "final after extra time"'],
    );
    expect(incoherentRecords(call('get_game_results', {}, { team_1_score: 3, team_2_score: 2, status: 'final after extra time' }))).toEqual(
      [],
    );
    expect(incoherentRecords(call('get_game_results', {}, { team_1_score: 1, team_2_score: 1, status: 'final' }))).toEqual([]);
    expect(incoherentRecords(call('get_game_results', {}, { team_1_score: 0, team_2_score: 5, status: 'final after extra time' }))).toEqual(
      ['a 0–5 "final after extra time": extra time starts level'],
    );
  });
});
