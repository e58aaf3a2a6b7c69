import { describe, expect, it } from 'vitest';
import { oneTurnConversation as conversationOf, reviewedCall as call } from '../../../../../test/support/reviewed-calls.js';
import { reportWorldProblems } from './report-world.js';

const covid = (name: string, total: number) => ({
  name,
  total_cases: total,
  deaths: Math.floor(total / 50),
  recovered: Math.floor(total / 2),
});
const problemsOf = (...calls: Parameters<typeof call>[]) => reportWorldProblems(conversationOf(calls.map((entry) => call(...entry))));
const asked = { region: 'Europe', date: '2025-05-09' };

describe('series_consistent: reports of one world', () => {
  it('rejects a region whose same-moment totals differ between charts, and one that falls from a chart to a later one', () => {
    const day = { data: { '2025-05-09T12:20:00Z': covid('Europe', 90), '2025-05-09T12:40:00Z': covid('Europe', 122) } };
    const year = { data: { '2025-05-09T12:20:00Z': covid('Europe', 241) } };
    expect(problemsOf(['get_spots_day', asked, day], ['get_spots_year', asked, year])).toEqual([
      'europe total_cases at 2025-05-09 12:20 is 90 in get_spots_day but 241 in get_spots_year',
      'europe total_cases falls from 241 in get_spots_year (2025-05-09 12:20) to 122 in get_spots_day (2025-05-09 12:40)',
      'europe deaths at 2025-05-09 12:20 is 1 in get_spots_day but 4 in get_spots_year',
      'europe deaths falls from 4 in get_spots_year (2025-05-09 12:20) to 2 in get_spots_day (2025-05-09 12:40)',
      'europe recovered at 2025-05-09 12:20 is 45 in get_spots_day but 120 in get_spots_year',
      'europe recovered falls from 120 in get_spots_year (2025-05-09 12:20) to 61 in get_spots_day (2025-05-09 12:40)',
    ]);
  });

  it('passes charts that agree on their shared point and grow', () => {
    const day = { data: { '2025-05-09T12:20:00Z': covid('Europe', 2400), '2025-05-09T12:40:00Z': covid('Europe', 2410) } };
    const year = { data: { '2025-04-09T12:20:00Z': covid('Europe', 1900), '2025-05-09T12:20:00Z': covid('Europe', 2400) } };
    expect(problemsOf(['get_spots_day', asked, day], ['get_spots_year', asked, year])).toEqual([]);
  });

  it('rejects a latest report named for a region and generated nine days after its date; passes the world on that evening', () => {
    const report = (name: string, generated: number) => ({ data: { generated_on: generated, summary: covid(name, 176) } });
    const late = Date.parse('2025-05-18T08:10:00Z') / 1000;
    expect(problemsOf(['get_summary_latest', { date: '2025-05-09' }, report('Middle East', late)])).toEqual([
      'get_summary_latest: the report of 2025-05-09 was generated 2025-05-18 08:10',
      'get_summary_latest: the summary of a report asked for no place is named "Middle East", not the world',
    ]);
    const evening = Date.parse('2025-05-09T20:10:00Z') / 1000;
    expect(problemsOf(['get_summary_latest', { date: '2025-05-09' }, report('Global', evening)])).toEqual([]);
    expect(problemsOf(['get_summary_region', asked, report('Europe', evening)])).toEqual([]);
  });
});
