import { describe, expect, it } from 'vitest';
import { coherentRecords, reviewTone } from './world-coherence.js';

describe('coherentRecords', () => {
  it('draws a review as one story: a 5-star review recommends and praises, a 1-star one does not', () => {
    const result = {
      content: [
        { rating: 5, recommend: false, title: 'Good value for the price', description: 'The sole started to come off after two months.' },
        {
          rating: 1,
          recommend: true,
          title: 'Comfortable and well made',
          description: 'Arrived quickly and looks exactly like the photos.',
        },
        {
          rating: 3,
          recommend: false,
          title: 'Colour is darker than in the photos',
          description: 'Nice colour, but the sleeves are a little long.',
        },
      ],
    };
    coherentRecords(result, {});
    const [high, low, middle] = result.content;
    expect(high).toMatchObject({ recommend: true, title: 'Good value for the price' });
    expect(reviewTone(high!.description)).toBe(1);
    expect(low!.recommend).toBe(false);
    expect(reviewTone(low!.title)).toBe(-1);
    expect(reviewTone(low!.description)).toBe(-1);
    expect(middle).toMatchObject({ recommend: false, description: 'Nice colour, but the sleeves are a little long.' });
  });

  it('gives a record the common name of its own thing, and leaves a fitting one alone', () => {
    const result = {
      items: [
        { id: '1', name: 'Urinalysis', common_name: 'Lipid panel' },
        { id: '2', name: 'Hemoglobin A1c', common_name: 'HbA1c' },
        { id: '3', name: 'Strep throat', common_name: 'Tension-type headache' },
        { id: '4', name: 'Dizziness', common_name: "Alzheimer's disease" },
      ],
    };
    coherentRecords(result, {});
    expect(result.items.map((item) => item.common_name)).toEqual(['Urine test', 'HbA1c', 'Streptococcal pharyngitis', 'Dizziness']);
  });

  it('gives a risk factor a common name of its own, never another factor', () => {
    const factors = {
      items: [
        { id: '1', name: 'Smoking', common_name: 'Age over 60' },
        { id: '2', name: 'Pregnancy', common_name: 'Recent travel abroad' },
        { id: '3', name: 'Age over 60', common_name: 'Obesity' },
        { id: '4', name: 'Obesity', common_name: 'Obesity' },
      ],
    };
    coherentRecords(factors, {});
    expect(factors.items.map((item) => item.common_name)).toEqual(['Tobacco use', 'Pregnancy', 'Age over 60', 'Obesity']);
  });

  it('raises a whole count to its outcomes: no more documents translated than were put in', () => {
    const job = { JobDetails: { TranslatedDocumentsCount: '50', DocumentsWithErrorsCount: '10', InputDocumentsCount: '5' } };
    coherentRecords(job, {});
    expect(job.JobDetails.InputDocumentsCount).toBe('60');
    const fine = { total_records: 30, failed_records: 2, processed_records: 20 };
    coherentRecords(fine, {});
    expect(fine.total_records).toBe(30);
  });

  it("gives a name not on record its own name as common name, and asks a record's question about it", () => {
    const factor = { id: '3129962', name: 'Obesity', common_name: 'High blood pressure', question: 'team question' };
    const symptom = { id: '7', name: 'Headache', common_name: 'Headache', question: 'Do you have a headache?' };
    coherentRecords({ items: [factor, symptom] }, {});
    expect(factor.common_name).toBe('Obesity');
    expect(factor.question).toBe('Do you have obesity?');
    expect(symptom.question).toBe('Do you have a headache?');
    const travel = { id: '8', name: 'Recent travel abroad', question: 'shared question' };
    coherentRecords(travel, {});
    expect(travel.question).toBe('Does “Recent travel abroad” apply to you?');
  });

  it('makes an unpaged count the rows it counts, and leaves a paged total alone', () => {
    const unpaged = { count: 50, data: [{ temp: 8.5 }, { temp: 12 }] };
    coherentRecords(unpaged, { lat: -33.9, lon: 18.4 });
    expect(unpaged.count).toBe(2);
    const paged = { count: 50, next: 'https://api.example.com/items?page=2', results: [{ id: 1 }, { id: 2 }] };
    coherentRecords(paged, {});
    expect(paged.count).toBe(50);
    const asked = { count: 50, data: [{ id: 1 }] };
    coherentRecords(asked, { page: 3 });
    expect(asked.count).toBe(50);
  });

  it('gives a playlist minutes per episode, not seconds', () => {
    const playlist = { name: 'My podcast playlist', episode_count: 25, total_audio_length_sec: 27 };
    coherentRecords(playlist, {});
    expect(playlist.total_audio_length_sec / 25).toBeGreaterThanOrEqual(1200);
    expect(playlist.total_audio_length_sec / 25).toBeLessThanOrEqual(3600);
    const fine = { episode_count: 10, total_audio_length_sec: 21_000 };
    coherentRecords(fine, {});
    expect(fine.total_audio_length_sec).toBe(21_000);
  });

  it('gives a finished match a score: no goalless final, no draw after extra time; a live draw stays', () => {
    const goalless = { team_1_score: 0, team_2_score: 0, status: 'final' };
    coherentRecords(goalless, {});
    expect(goalless.team_1_score + goalless.team_2_score).toBe(1);
    const extra = { team_1_score: 2, team_2_score: 2, status: 'final after extra time' };
    coherentRecords(extra, {});
    expect(extra.team_1_score).not.toBe(extra.team_2_score);
    const rout = { team_1_score: 0, team_2_score: 5, status: 'final after extra time' };
    coherentRecords(rout, {});
    expect(Math.abs(rout.team_1_score - rout.team_2_score)).toBeGreaterThan(0);
    expect(Math.abs(rout.team_1_score - rout.team_2_score)).toBeLessThanOrEqual(2);
    const drawn = { team_1_score: 1, team_2_score: 1, status: 'final' };
    coherentRecords(drawn, {});
    expect(drawn).toEqual({ team_1_score: 1, team_2_score: 1, status: 'final' });
  });
});

describe('coherentRecords: UV risk', () => {
  it("labels a UV index by the WHO category of its number, in the label's case", () => {
    const reading = { uv_index: 4, risk_level: 'high', location: 'Buenos Aires, Argentina' };
    coherentRecords(reading, {});
    expect(reading.risk_level).toBe('moderate');
    const strong = { uvi: 9, exposure_category: 'Low' };
    coherentRecords(strong, {});
    expect(strong.exposure_category).toBe('Very High');
  });
});
