import { describe, expect, it } from 'vitest';
import { reviewedCall } from '../support/reviewed-calls.js';
import type { Task } from '@inftool/core';
import type { Conversation, ReviewedCall } from '../../packages/harness/src/run/checks/conversation.js';
import { resultsMatchCall } from '../../packages/harness/src/run/checks/results-match.js';
import { ignoredFilters } from '../../packages/harness/src/run/checks/world-consistency.js';

/** The examples are from accepted demo records (`pnpm demo`), cut to the fields that matter. */
const call = reviewedCall;
const conversation = (...calls: ReviewedCall[]): Conversation => ({
  task: { id: 't', kind: 'single' } as Task,
  tools: new Map(),
  turns: [{ user: 'please', steps: [calls], answer: 'done' }],
  calls,
});

describe('results_match_call (a): listed items hold what the filters asked for', () => {
  const body = JSON.stringify({ target: ['KRAS', 'IL6'], disease: ['type 2 diabetes', 'breast cancer'] });
  it('rejects items of other genes and other diseases than a JSON body asked for, naming the call and the field', () => {
    const problems = resultsMatchCall(
      conversation(
        call(
          'post_evidence_filter',
          { body },
          {
            items: [
              { id: '1', target_symbol: 'EGFR', disease_name: 'breast carcinoma' },
              { id: '2', target_symbol: 'KRAS', disease_name: "Alzheimer's disease" },
            ],
          },
        ),
      ),
    );
    expect(problems).toEqual([
      'post_evidence_filter: item 1 has target_symbol "EGFR", the call asked for KRAS or IL6',
      `post_evidence_filter: item 2 has disease_name "Alzheimer's disease", the call asked for type 2 diabetes or breast cancer`,
    ]);
  });

  it('passes items of the genes and diseases asked for, and fields of another kind of value than the filter (a symbol beside an id filter)', () => {
    const items = [
      { id: '1', target_symbol: 'IL6', disease_name: 'type 2 diabetes mellitus' },
      { id: '2', target_symbol: 'KRAS', disease_name: 'breast carcinoma' },
    ];
    expect(resultsMatchCall(conversation(call('post_evidence_filter', { body }, { items })))).toEqual([]);
    const byId = { items: [{ id: '5', target: 'ENSG00000012048', target_symbol: 'BRCA1', disease: 'EFO_0000685' }] };
    expect(
      resultsMatchCall(conversation(call('get_association_filter', { target: 'ENSG00000012048', disease: 'EFO_0000685' }, byId))),
    ).toEqual([]);
  });

  it('rejects a scalar filter contradicted by a listed field of its name', () => {
    const result = { items: [{ status: 'closed' }, { status: 'open' }] };
    expect(resultsMatchCall(conversation(call('list_tickets', { status: 'open' }, result)))).toEqual([
      'list_tickets: item 1 has status "closed", the call asked for open',
    ]);
  });
});

describe('results_match_call (b): a listing by one subject is of that subject', () => {
  it('rejects relations of a gene in a listing by disease', () => {
    const result = { items: [{ id: '1850017', subject: 'ENSG00000136244', related_name: 'TP53', disease: 'EFO_0000384' }], total: 1 };
    expect(resultsMatchCall(conversation(call('get_relation_by_efoid', { disease: 'EFO_0000384' }, result)))).toEqual([
      'get_relation_by_efoid: item 1 has subject ENSG00000136244, the call asked for disease EFO_0000384',
    ]);
    const own = { items: [{ id: '1', subject: 'EFO_0000384', related_name: 'TNF' }] };
    expect(resultsMatchCall(conversation(call('get_relation_by_efoid', { disease: 'EFO_0000384' }, own)))).toEqual([]);
  });
});

describe('results_match_call (c): a metrics tool returns metrics', () => {
  it('rejects a metrics result that only names a disease, passes one with counts', () => {
    expect(resultsMatchCall(conversation(call('get_data_metrics', {}, { name: 'asthma', updated_at: '2025-03-16T10:02:00Z' })))).toEqual([
      'get_data_metrics: the result names its subject and holds none of the measures the tool is named for',
    ]);
    expect(resultsMatchCall(conversation(call('get_data_metrics', {}, { association_count: 48210, evidence_count: 912004 })))).toEqual([]);
    expect(
      resultsMatchCall(conversation(call('get_player_stats', { player: 'Ann Lee' }, { player: 'Ann Lee', name: 'Ann Lee' }))),
    ).toHaveLength(1);
  });
});

describe('results_match_call (d): two subjects, two sets of measures', () => {
  const forecast = { forecast: [{ gsi: 48, energyprice: -0.147, sci: 19, epochtime: 1765787040 }], location: { city: 'Heidelberg' } };
  it('rejects the same forecast for two cities, passes the same city asked twice', () => {
    const key = '0x908d53b25730c1806a815153e8b68579cabad964';
    const hamburg = { ...forecast, location: { city: 'Hamburg' } };
    expect(
      resultsMatchCall(
        conversation(call('gsi_prediction', { zip: '69117', key }, forecast), call('gsi_prediction', { zip: '20095', key }, hamburg)),
      ),
    ).toEqual(['gsi_prediction: the same measures for [["zip","20095"]] as for [["zip","69117"]] (48, -0.147, 19…)']);
    expect(
      resultsMatchCall(
        conversation(call('gsi_prediction', { zip: '69117', key }, forecast), call('gsi_prediction', { zip: '69117', key }, forecast)),
      ),
    ).toEqual([]);
  });
});

describe('results_match_call (e): a summary of one region is of that region', () => {
  const counts = (name: string, total: number) => ({ name, total_cases: total, deaths: 16 });
  it('rejects a summary block named for another region, passes a list of other regions and a map keyed by names', () => {
    const data = {
      data: { change: counts('Europe', 158), regions: { Europe: counts('Europe', 123) }, summary: counts('North America', 270) },
    };
    expect(resultsMatchCall(conversation(call('get_summary_region', { region: 'Europe' }, data)))).toEqual([
      'get_summary_region: data.summary.name is "North America" in a summary of region Europe',
    ]);
    const listed = { data: { summary: counts('Europe', 270), neighbours: [counts('Asia', 5)], regions: { Asia: counts('Asia', 3) } } };
    expect(resultsMatchCall(conversation(call('get_summary_region', { region: 'Europe' }, listed)))).toEqual([]);
  });
});

describe("results_match_call (a) and world_consistent (b): a filter selects the listed records, not each one's parts", () => {
  // an Open States people search by name and jurisdiction: one person, with offices and a jurisdiction of their own names
  const person = (name: string, jurisdiction: string) => ({
    id: 'ocd-person/63f97162-f2fd-5737-74b1-137d50f54798',
    name,
    offices: [
      { classification: 'capitol', name: 'Capitol Office' },
      { classification: 'district', name: 'District Office' },
    ],
    other_names: [{ name: 'Lyd Reilly' }, { name: 'L. Reilly' }, { name: 'Lydia M. Reilly' }],
    jurisdiction: { id: 'ocd-jurisdiction/country:us/state:mn/government', name: jurisdiction, classification: 'state' },
  });
  const search = (listed: unknown[]) =>
    conversation(
      call('people_search_people_get', { jurisdiction: 'Minnesota', name: 'Lydia Reilly' }, { pagination: { page: 1 }, results: listed }),
    );

  it('passes a person named as asked whose offices, other names and jurisdiction have names of their own', () => {
    const found = search([person('Lydia Reilly', 'Minnesota')]);
    expect(resultsMatchCall(found)).toEqual([]);
    expect(ignoredFilters(found)).toEqual([]);
  });

  it('still rejects a listed person of another name, and a jurisdiction of another name than the one asked', () => {
    const found = search([person('Lydia Reilly', 'Minnesota'), person('Hiram Jenkins', 'Florida')]);
    expect(resultsMatchCall(found)).toEqual(['people_search_people_get: item 2 has name "Hiram Jenkins", the call asked for Lydia Reilly']);
    expect(ignoredFilters(found)).toEqual([
      'people_search_people_get: jurisdiction="Minnesota" but a record has jurisdiction name "Florida"',
      'people_search_people_get: name="Lydia Reilly" but a record has name "Hiram Jenkins"',
    ]);
  });
});
