import { describe, expect, it } from 'vitest';
import { fitKinds, kindOfName, searchTerms } from '../../packages/sim-server/src/engines/world-search.js';
import { oneStoryPerRecord, STORIES, tellStory } from '../../packages/sim-server/src/engines/world-stories.js';
import { nameTheService } from '../../packages/sim-server/src/engines/result-topics.js';
import { callInWorld } from '../support/sim-client.js';
import { toolSessions } from '../support/tool-sessions.js';

const object = (properties: Record<string, unknown>, required: string[] = []) => ({ type: 'object', properties, required });
const source = { 'inftool/source': { format: 'openapi', api: 'Open Targets Platform REST API' } };
const TOOLS = [
  {
    name: 'post_best_hit_search',
    description: 'Find the best hit. Fire the search method for multiple strings (targets, diseases, drugs).',
    inputSchema: object({ body: { type: 'string', description: 'list of strings to search for' } }, ['body']),
    _meta: source,
  },
  {
    name: 'news_search',
    description: 'News articles relevant to a query.',
    inputSchema: object({ q: { type: 'string' } }, ['q']),
    outputSchema: object({ value: { type: 'array', items: object({ category: { type: 'string' }, wordCount: { type: 'integer' } }) } }),
  },
  {
    name: 'get_category_suggestions',
    description: 'Category suggestions for a query.',
    inputSchema: object({ q: { type: 'string' } }, ['q']),
    outputSchema: object({
      categorySuggestions: {
        type: 'array',
        items: object({ category: object({ categoryId: { type: 'string' }, categoryName: { type: 'string' } }) }),
      },
    }),
  },
  { name: 'get_version', description: 'Get API version. Returns current API version.', inputSchema: object({}), _meta: source },
];

const session = toolSessions(TOOLS, 'search');
type Json = Record<string, unknown>;

describe('faker world: a search answers with what it was asked for', () => {
  it('a best hit for N terms answers one hit per term, named by it, typed by what it is; other terms, other hits', async () => {
    const on = await session();
    const first = await callInWorld(on, 'post_best_hit_search', { body: JSON.stringify(['BRCA1', 'KRAS']) }, 'w');
    const second = await callInWorld(on, 'post_best_hit_search', { body: JSON.stringify(['psoriasis', 'breast cancer']) }, 'w');
    const names = (result: Json) => (result['items'] as Json[]).map((item) => item['name']);
    expect(names(first.value)).toEqual(['BRCA1', 'KRAS']);
    expect(names(second.value)).toEqual(['psoriasis', 'breast cancer']);
    expect((second.value['items'] as Json[]).map((item) => item['entity_type'])).toEqual(['disease', 'disease']);
    expect((first.value['items'] as Json[]).map((item) => item['entity_type'])).toEqual(['target', 'target']);
    // a term asked again finds the same record
    const again = await callInWorld(on, 'post_best_hit_search', { body: JSON.stringify(['KRAS']) }, 'w');
    expect((again.value['items'] as Json[])[0]?.['id']).toBe((first.value['items'] as Json[])[1]?.['id']);
  });

  it("a search whose records have no name field (a schema cut short) names its first hit for the query; a thing's own name field takes it", async () => {
    const on = await session();
    const news = await callInWorld(on, 'news_search', { q: 'microsoft' }, 'w');
    expect((news.value['value'] as Json[])[0]?.['name']).toBe('Microsoft');
    const suggested = await callInWorld(on, 'get_category_suggestions', { q: 'garden tools' }, 'w');
    expect(JSON.stringify(suggested.value).toLowerCase()).toContain('garden tools');
  });

  it('reads the terms of a JSON body or an array argument, not other arguments', () => {
    expect(searchTerms({ body: '["BRCA1","KRAS"]' })).toEqual(['BRCA1', 'KRAS']);
    expect(searchTerms({ body: '{"queryTerms":["asthma"],"size":3}' })).toEqual(['asthma']);
    expect(searchTerms({ terms: ['TP53', 'TP53'] })).toEqual(['TP53']);
    expect(searchTerms({ status: ['active'], body: '{"ids":[1,2]}' })).toBeUndefined();
  });

  it('types a record by its name only where its type field speaks of such kinds', () => {
    const hits = [
      { name: 'psoriasis', entity_type: 'drug' },
      { name: 'TP53', entity_type: 'disease' },
      { name: 'OSIMERTINIB', type: 'TARGET' },
      { name: 'psoriasis', kind: 'premium' },
    ];
    fitKinds(hits);
    expect(hits.map((hit) => Object.values(hit)[1])).toEqual(['disease', 'target', 'DRUG', 'premium']);
    expect(kindOfName('Crohn disease')).toBe('disease');
    expect(kindOfName('Main Street')).toBeUndefined();
  });

  it('gives an ontology id only to a record that says it is a disease, never to a risk factor a read takes by its own id', () => {
    const factors = [{ id: '3881300', name: 'Diabetes', category: 'standard' }];
    fitKinds(factors);
    expect(factors[0]?.id).toBe('3881300');
    const hits = [{ id: '3881300', name: 'Diabetes', entity: 'disease' }];
    fitKinds(hits);
    expect(hits[0]?.id).toMatch(/^EFO_\d+$/);
  });
});

describe('faker world: a report on the API names the API', () => {
  it('get_version names the API it comes from', async () => {
    const on = await session();
    const version = await callInWorld(on, 'get_version', {}, 'w');
    expect(version.value['service']).toBe('Open Targets Platform REST API');
  });

  it('leaves the name of a record alone when the tool reports on a record (`get_document_version`)', () => {
    const report = { name: 'Quarterly report', version: '1.2.0' };
    expect(nameTheService(report, 'get_document_version', 'Docs API')).toBe(false);
    expect(report.name).toBe('Quarterly report');
    expect(nameTheService({ service: 'calendar' }, 'getApiHealth', 'Docs API')).toBe(true);
  });
});

describe('faker world: one record, one story', () => {
  const about = (keywords: string) => STORIES.find((story) => story.keywords === keywords)!;
  const [ferry, highway, housing] = [about('ferry schedule'), about('highway closures'), about('housing affordability')];
  it('a post and its documents tell one story, the same for its key in a later result', () => {
    const memory = new Map<string, Json>();
    const post = {
      headline: ferry.headline,
      subheadline: highway.sentence,
      keywords: housing.keywords,
      documents: [
        {
          headline: housing.headline,
          pageTitle: highway.headline,
          detailsHtml: `<p><strong>${ferry.headline}</strong></p><p>${housing.sentence}</p>`,
        },
      ],
    };
    oneStoryPerRecord(post, memory, 'pos_ccdd68c51b');
    const story = tellStory('pos_ccdd68c51b');
    expect(post.headline).toBe(story.headline);
    expect(post.subheadline).toBe(story.sentence);
    expect(post.keywords).toBe(story.keywords);
    expect(post.documents[0]).toEqual({
      headline: story.headline,
      pageTitle: story.headline,
      detailsHtml: `<p><strong>${story.headline}</strong></p><p>${story.sentence}</p>`,
    });
    const keyed = { key: 'pos_ccdd68c51b', value: housing.headline };
    oneStoryPerRecord(keyed, memory);
    expect(keyed.value).toBe(story.headline);
  });

  it('siblings of a list tell different stories; text of no story is left alone', () => {
    const memory = new Map<string, Json>();
    const list = {
      items: [
        { key: 'pos_a0000001', value: ferry.headline },
        { key: 'pos_b0000002', value: ferry.headline },
        { key: 'pos_c0000003', value: 'Quarterly results' },
      ],
    };
    oneStoryPerRecord(list, memory);
    expect(list.items[0]?.value).not.toBe(list.items[1]?.value);
    expect(list.items[2]?.value).toBe('Quarterly results');
  });

  it("records of a run tell many headlines, not the lexicon's eight", () => {
    const memory = new Map<string, Json>();
    const told = new Set<string>();
    for (let index = 0; index < 60; index += 1) {
      const post = { key: `2025${String(index).padStart(4, '0')}-000${index}`, headline: ferry.headline, subheadline: ferry.sentence };
      oneStoryPerRecord(post, memory);
      told.add(post.headline);
      // the headline and the sentence tell one event (a variant drawn for the key, where an earlier record told the first)
      const story = Array.from({ length: 12 }, (_, variant) => tellStory(post.key, undefined, variant)).find(
        (candidate) => candidate.headline === post.headline,
      );
      expect(post.subheadline).toBe(story?.sentence);
    }
    expect(told.size).toBeGreaterThan(30);
  });

  it('a search finds stories about what it searched for, each record its own', () => {
    const memory = new Map<string, Json>();
    const found = {
      items: [1, 2, 3, 4].map((index) => ({ key: `2025050${index}-10000${index}`, value: housing.headline, keywords: housing.keywords })),
    };
    oneStoryPerRecord(found, memory, undefined, { query: 'wildfire' });
    const headlines = found.items.map((item) => item.value);
    expect(new Set(headlines).size).toBe(4);
    for (const item of found.items) expect(item.keywords).toBe('wildfire update');
    expect(headlines.some((headline) => /wildfire|campfire|evacuation|blaze/i.test(headline))).toBe(true);
    // a search no theme covers tells of the words searched
    const other = { items: [{ key: '20250601-100001', value: housing.headline, keywords: housing.keywords }] };
    oneStoryPerRecord(other, new Map(), undefined, { query: 'salmon habitat' });
    expect(other.items[0]?.keywords).toBe('salmon habitat');
    expect(other.items[0]?.value).toContain('salmon habitat');
    // a record read again keeps its story whatever is searched next
    const again = { key: found.items[0]!.key, value: ferry.headline };
    oneStoryPerRecord(again, memory, undefined, { query: 'budget' });
    expect(again.value).toBe(headlines[0]);
  });
});

describe('faker world: the lexicon’s stories', () => {
  it('are told as they are written (no blank left to fill), so a record holding one is retold', () => {
    for (const story of STORIES) expect(`${story.headline} ${story.sentence}`).not.toMatch(/[{}]/);
    const memory = new Map<string, Json>();
    const wildfire = STORIES.find((story) => story.keywords === 'wildfire update')!;
    const post = {
      key: '20250101-123456',
      headline: wildfire.headline,
      pageTitle: wildfire.headline,
      detailsHtml: `<p>${wildfire.sentence}</p>`,
    };
    oneStoryPerRecord(post, memory);
    expect(post.pageTitle).toBe(post.headline);
    expect(post.detailsHtml).toBe(`<p>${tellStory('20250101-123456').sentence}</p>`);
  });
});

describe('faker world: one headline, one record of a session', () => {
  it('two records read in one session never tell the same headline', () => {
    const memory = new Map<string, Json>();
    const told = new Map<string, string>();
    const ferry = STORIES.find((story) => story.keywords === 'ferry schedule')!;
    for (let index = 0; index < 40; index += 1) {
      const key = `2025${String(index).padStart(4, '0')}-1${String(index).padStart(5, '0')}`;
      const post = { key, headline: ferry.headline };
      oneStoryPerRecord(post, memory);
      expect(told.get(post.headline) ?? key, post.headline).toBe(key);
      told.set(post.headline, key);
      // read again, it keeps its headline
      const again = { key, headline: ferry.headline };
      oneStoryPerRecord(again, memory);
      expect(again.headline).toBe(post.headline);
    }
  });
});
