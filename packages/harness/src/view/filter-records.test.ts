import { describe, expect, it } from 'vitest';
import type { Filterable, RecordSummary } from './api.js';
import { filterRecords, parseListQuery, QueryError, selectionKey, selectRecords } from './filter-records.js';
import { runStats } from './run-stats.js';

function entry(id: string, fields: Partial<RecordSummary>, text = ''): Filterable {
  const summary: RecordSummary = {
    file: 'trajectories',
    line: 1,
    id,
    taskId: id.replace(/-r\d$/, ''),
    kind: 'single',
    outcome: 'accepted',
    failed: [],
    tools: [],
    servers: [],
    userTurns: 1,
    calls: 1,
    bytes: 100,
    ms: 10,
    reward: null,
    tokens: {},
    models: {},
    preview: '',
    ...fields,
  };
  return { summary, text: `${id} ${text}` };
}

const entries = [
  entry('a', { kind: 'single', tools: ['get_order'], bytes: 300 }, 'show my order'),
  entry('b', { kind: 'parallel', tools: ['get_order', 'get_invoice'], calls: 2, bytes: 900 }, 'orders and invoices'),
  entry('c', { kind: 'single', outcome: 'rejected', failed: ['final_answer', 'results_ok'], bytes: 50 }, 'a refund please'),
  entry(
    'd',
    { kind: 'multi_turn', outcome: 'rejected', failed: ['results_ok'], tools: ['refund'], userTurns: 7, calls: 6 },
    'refund my order',
  ),
  entry('e-r1', { servers: ['billing'], models: { assistant: 'qwen' }, reward: { total: 0.4 } }),
  entry('e-r2', { servers: ['billing', 'shop'], models: { user: 'qwen', assistant: 'llama' }, reward: { total: 0.9 } }),
];
const ids = (query: string) => filterRecords(entries, parseListQuery(new URLSearchParams(query))).items.map((item) => item.id);

describe('the trajectory list query', () => {
  it('filters by kind, outcome, failed check, tool and free text, each narrowing the others', () => {
    expect(ids('')).toEqual(['a', 'b', 'c', 'd', 'e-r1', 'e-r2']);
    expect(ids('kind=single')).toEqual(['a', 'c', 'e-r1', 'e-r2']);
    expect(ids('kind=single,multi_turn&outcome=rejected')).toEqual(['c', 'd']);
    expect(ids('check=results_ok')).toEqual(['c', 'd']);
    expect(ids('check=final_answer')).toEqual(['c']);
    expect(ids('tool=get_order')).toEqual(['a', 'b']);
    expect(ids('q=refund')).toEqual(['c', 'd']);
    expect(ids('q=REFUND order')).toEqual(['d']);
    expect(ids('q=refund&kind=single')).toEqual(['c']);
  });

  it('filters by server, model of any role, task and reward range', () => {
    expect(ids('server=shop')).toEqual(['e-r2']);
    expect(ids('model=qwen')).toEqual(['e-r1', 'e-r2']);
    expect(ids('model=llama')).toEqual(['e-r2']);
    expect(ids('task=e')).toEqual(['e-r1', 'e-r2']);
    expect(ids('rewardMin=0.5')).toEqual(['e-r2']);
    expect(ids('rewardMax=0.5')).toEqual(['e-r1']);
    expect(ids('rewardMin=0&rewardMax=1')).toEqual(['e-r1', 'e-r2']);
    expect(() => parseListQuery(new URLSearchParams('rewardMin=high'))).toThrow('rewardMin must be a number, got "high"');
  });

  it('sorts and pages, and counts every match', () => {
    expect(ids('sort=-bytes&kind=single,parallel,multi_turn')).toEqual(['b', 'a', 'd', 'e-r1', 'e-r2', 'c']);
    expect(ids('sort=turns&outcome=rejected')).toEqual(['c', 'd']);
    const page = filterRecords(entries, parseListQuery(new URLSearchParams('size=4&page=2')));
    expect(page).toMatchObject({ total: 6, page: 2, size: 4 });
    expect(page.items.map((item) => item.id)).toEqual(['e-r1', 'e-r2']);
  });

  it('names a bad parameter and its value', () => {
    expect(() => parseListQuery(new URLSearchParams('page=0'))).toThrow(
      new QueryError('page must be an integer from 1 to 9007199254740991, got "0"'),
    );
    expect(() => parseListQuery(new URLSearchParams('size=5000'))).toThrow(/size must be an integer from 1 to 500, got "5000"/);
    expect(() => parseListQuery(new URLSearchParams('sort=colour'))).toThrow(/sort must be one of bytes, -bytes, .*; got "colour"/);
  });
});

describe('run stats', () => {
  it('counts outcomes per kind, failed checks and tools, and bins turns and calls', () => {
    const stats = runStats(entries.slice(0, 4).map((item) => item.summary));
    expect(stats).toMatchObject({ records: 4, accepted: 2, rejected: 2, unreadable: 0 });
    expect(stats.byKind).toEqual({ single: { accepted: 1, rejected: 1 }, parallel: { accepted: 1 }, multi_turn: { rejected: 1 } });
    expect(stats.failedChecks).toEqual({ final_answer: 1, results_ok: 2 });
    expect(stats.tools).toEqual({ get_order: 2, get_invoice: 1, refund: 1 });
    expect(stats.userTurns).toEqual({ labels: ['0', '1', '2', '3–4', '5–8'], counts: [0, 3, 0, 0, 1] });
    expect(stats.calls.counts.reduce((a, b) => a + b, 0)).toBe(4);
  });
});

describe('selections (what the server keeps between the pages of one list)', () => {
  it('a query that neither narrows nor sorts selects the entries themselves, with no copy', () => {
    expect(selectRecords(entries, parseListQuery(new URLSearchParams('page=3&size=2')))).toBe(entries);
    expect(selectRecords(entries, parseListQuery(new URLSearchParams('kind=single')))).not.toBe(entries);
  });

  it('pages of one filter share a key; another filter, sort or value does not', () => {
    const key = (query: string) => selectionKey(parseListQuery(new URLSearchParams(query)));
    expect(key('kind=single&q=order&page=1')).toBe(key('q=order&kind=single&page=7&size=200'));
    expect(key('kind=single')).not.toBe(key('kind=parallel'));
    expect(key('kind=single')).not.toBe(key('kind=single&sort=-bytes'));
    expect(key('')).not.toBe(key('q=order'));
  });
});
