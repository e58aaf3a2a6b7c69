import { describe, expect, it } from 'vitest';
import { GLOBAL_NAME, countsAt, oneReportWorld } from './world-reports.js';

const reading = (name: string) => ({
  active_cases: 5,
  deaths: 90,
  name,
  recovered: 7,
  recovery_ratio: 0.1,
  death_ratio: 0.6,
  total_cases: 142,
});
const report = (name: string, generated: number) => ({
  data: { change: reading(name), generated_on: generated, regions: { switzerland: reading('switzerland') }, summary: reading(name) },
});

describe('oneReportWorld', () => {
  it('gives a region at a moment the same counts from a day chart and a year chart, growing over time', () => {
    const day = { data: { '2025-05-09T12:20:00Z': reading('Europe'), '2025-05-09T12:40:00Z': reading('Europe') } };
    const year = { data: { '2025-04-09T12:20:00Z': reading('Europe'), '2025-05-09T12:20:00Z': reading('Europe') } };
    oneReportWorld(day, { region: 'Europe', date: '2025-05-09' }, 'w1');
    oneReportWorld(year, { region: 'Europe', date: '2025-05-09' }, 'w1');
    const [first, second] = Object.values(day.data);
    expect(year.data['2025-05-09T12:20:00Z']).toEqual(first);
    expect(year.data['2025-04-09T12:20:00Z'].total_cases).toBeLessThan(first?.total_cases as number);
    expect(second?.total_cases).toBeGreaterThan(first?.total_cases as number);
    for (const point of [first, second]) {
      const { total_cases, deaths, recovered, active_cases } = point as ReturnType<typeof reading>;
      expect(deaths + recovered + active_cases).toBe(total_cases);
    }
  });

  it('names the whole of a report asked for no place for the world, and dates a report of an asked day that evening', () => {
    const latest = report('Southeast Asia', 1736677980);
    oneReportWorld(latest, { date: '2025-05-09' }, 'w1');
    expect(latest.data.summary.name).toBe(GLOBAL_NAME);
    expect(latest.data.change.name).toBe(GLOBAL_NAME);
    const generated = latest.data.generated_on * 1000;
    expect(generated).toBeGreaterThanOrEqual(Date.parse('2025-05-09T18:00:00Z'));
    expect(generated).toBeLessThan(Date.parse('2025-05-10T00:00:00Z'));
    expect(latest.data.summary.total_cases).toBeGreaterThan(latest.data.regions.switzerland.total_cases);
    expect(latest.data.change.total_cases).toBe(
      countsAt('w1', GLOBAL_NAME, generated)['total']! - countsAt('w1', GLOBAL_NAME, generated - 86_400_000)['total']!,
    );
  });

  it('counts a country below the regions and the world', () => {
    const time = Date.parse('2025-05-09T12:00:00Z');
    for (const world of ['w1', 'w2', 'w3'])
      expect(countsAt(world, 'Switzerland', time)['total']).toBeLessThan(countsAt(world, 'Europe', time)['total'] as number);
  });

  it('keeps the region a report was asked for', () => {
    const regional = report('Europe', 1736677980);
    oneReportWorld(regional, { region: 'Europe' }, 'w1');
    expect(regional.data.summary.name).toBe('Europe');
    expect(regional.data.generated_on).toBe(1736677980);
    expect(regional.data.summary.total_cases).toBe(countsAt('w1', 'Europe', 1736677980_000)['total']);
  });
});
