import { centroid, cosine, tokenize, type SparseVector } from '../cluster/tfidf.js';
import { SOURCE_CATEGORY_DOMAINS, type DomainDefinition } from './domains.js';

export interface ApiProfile {
  key: string;
  /** Title, description and the API's tool names and descriptions. */
  text: string;
  categoryHints: string[];
  vector: SparseVector;
}

export interface Placement {
  domain: string;
  category: string;
  /** How it was placed: by the source's own category, by keywords, or by the nearest centroid. */
  by: 'source-category' | 'keywords' | 'nearest-centroid' | 'default' | 'model';
}

function keywordScores<T extends { keywords: string[] }>(tokens: Map<string, number>, items: T[]): number[] {
  return items.map((item) => item.keywords.reduce((total, keyword) => total + (tokens.get(keyword) ?? 0), 0));
}

function best(scores: number[]): number {
  let index = -1;
  let top = 0;
  scores.forEach((score, position) => {
    if (score > top) {
      top = score;
      index = position;
    }
  });
  return index;
}

function counts(text: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const token of tokenize(text)) map.set(token, (map.get(token) ?? 0) + 1);
  return map;
}

/**
 * Places every API (a server) in a domain and a category, offline: the source's own category where
 * it names one of ours, else keyword hits, else the nearest centroid of the APIs placed so far.
 */
export function assignTaxonomy(apis: ApiProfile[], domains: DomainDefinition[]): Map<string, Placement> {
  const placements = new Map<string, Placement>();
  const pending: ApiProfile[] = [];
  const tokensOf = new Map<string, Map<string, number>>();
  for (const api of apis) {
    const tokens = counts(api.text);
    tokensOf.set(api.key, tokens);
    const hinted = api.categoryHints
      .map((hint) => SOURCE_CATEGORY_DOMAINS[hint.toLowerCase().replace(/[\s-]+/g, '_')])
      .find((name) => name !== undefined);
    const scores = keywordScores(tokens, domains);
    const byKeywords = best(scores);
    const domainIndex = hinted !== undefined ? domains.findIndex((domain) => domain.name === hinted) : byKeywords;
    if (domainIndex < 0) {
      pending.push(api);
      continue;
    }
    const domain = domains[domainIndex] as DomainDefinition;
    placements.set(api.key, { domain: domain.name, category: '', by: hinted !== undefined ? 'source-category' : 'keywords' });
  }
  // Nearest centroid for APIs no keyword placed.
  const centroids = domains.map((domain) => {
    const members = apis.filter((api) => placements.get(api.key)?.domain === domain.name).map((api) => api.vector);
    return members.length > 0 ? centroid(members) : undefined;
  });
  for (const api of pending) {
    const scores = centroids.map((vector) => (vector ? cosine(vector, api.vector) : 0));
    const index = best(scores);
    const domain = domains[index >= 0 ? index : domains.length - 1] as DomainDefinition;
    placements.set(api.key, { domain: domain.name, category: '', by: index >= 0 ? 'nearest-centroid' : 'default' });
  }
  // Categories within each domain, the same way.
  for (const domain of domains) {
    const members = apis.filter((api) => placements.get(api.key)?.domain === domain.name);
    const unplaced: ApiProfile[] = [];
    for (const api of members) {
      const index = best(keywordScores(tokensOf.get(api.key) as Map<string, number>, domain.categories));
      if (index >= 0) (placements.get(api.key) as Placement).category = (domain.categories[index] as { name: string }).name;
      else unplaced.push(api);
    }
    const categoryCentroids = domain.categories.map((category) => {
      const vectors = members.filter((api) => placements.get(api.key)?.category === category.name).map((api) => api.vector);
      return vectors.length > 0 ? centroid(vectors) : undefined;
    });
    for (const api of unplaced) {
      const index = best(categoryCentroids.map((vector) => (vector ? cosine(vector, api.vector) : 0)));
      (placements.get(api.key) as Placement).category = (domain.categories[index >= 0 ? index : 0] as { name: string }).name;
    }
  }
  return placements;
}
