import { createRandom } from '@inftool/core';
import { centroid, cosine, type SparseVector } from './tfidf.js';

export interface ClusterOptions {
  /** Cosine similarity above which two tools are linked (the paper's δ). Defaults to 0.82. */
  threshold?: number;
  /** Rounds: the first links tools, each further one links the clusters' centroids. Defaults to 2. */
  rounds?: number;
  /** Terms per vector used for blocking (its heaviest). Defaults to 6. */
  blockingTerms?: number;
  /** A term shared by more vectors than this is too common to block on. Defaults to 300. */
  maxBlockSize?: number;
  /**
   * `terms` blocks sparse TF-IDF vectors on their heaviest terms; `simhash` blocks dense vectors
   * (embeddings) by random-hyperplane LSH: `bands` bands of `bandBits` sign bits each. Defaults to terms.
   */
  blocking?: 'terms' | 'simhash';
  bands?: number;
  bandBits?: number;
}

/** Dense vectors (embeddings) as L2-normalised vectors over every dimension. */
export function denseVectors(vectors: number[][]): SparseVector[] {
  return vectors.map((vector) => {
    const norm = Math.sqrt(vector.reduce((total, value) => total + value * value, 0)) || 1;
    return { terms: Uint32Array.from(vector.keys()), weights: Float32Array.from(vector, (value) => value / norm) };
  });
}

/** Random hyperplanes (seeded, so a rebuild clusters alike) → one block key per band. */
function simhashKeys(dimensions: number, bands: number, bits: number): (vector: SparseVector) => number[] {
  const random = createRandom(0x5eed);
  const gaussian = (): number => Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
  const planes = Array.from({ length: bands * bits }, () => Float32Array.from({ length: dimensions }, gaussian));
  return (vector) => {
    const keys: number[] = [];
    for (let band = 0; band < bands; band += 1) {
      let code = 0;
      for (let bit = 0; bit < bits; bit += 1) {
        const plane = planes[band * bits + bit] as Float32Array;
        let dot = 0;
        vector.terms.forEach((term, index) => (dot += (vector.weights[index] as number) * (plane[term] ?? 0)));
        code = code * 2 + (dot >= 0 ? 1 : 0);
      }
      keys.push(band * 2 ** bits + code);
    }
    return keys;
  };
}

function topTermKeys(count: number): (vector: SparseVector) => number[] {
  return (vector) =>
    [...vector.weights.keys()]
      .sort((left, right) => (vector.weights[right] as number) - (vector.weights[left] as number))
      .slice(0, count)
      .map((position) => vector.terms[position] as number);
}

export interface ClusterResult {
  /** Cluster id per input vector (0-based, in order of first member). */
  assignment: Int32Array;
  clusters: number;
  /** Pairs whose cosine was computed (the blocking's cost, against n(n-1)/2 for all pairs). */
  comparisons: number;
}

class UnionFind {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, index) => index);
  }
  find(item: number): number {
    let root = item;
    while (this.parent[root] !== root) root = this.parent[root] as number;
    while (this.parent[item] !== root) {
      const next = this.parent[item] as number;
      this.parent[item] = root;
      item = next;
    }
    return root;
  }
  union(left: number, right: number): void {
    const a = this.find(left);
    const b = this.find(right);
    if (a !== b) this.parent[Math.max(a, b)] = Math.min(a, b);
  }
}

/**
 * Connected components of the graph "cosine ≥ threshold", found without comparing all pairs: each
 * vector is indexed under its heaviest terms, and only vectors sharing an indexed term that is not
 * too common are compared. Two vectors above a high threshold nearly always share one of their
 * heaviest terms, so what blocking misses is rare (and only ever a missed link, never a false one).
 */
function linkOnce(
  vectors: ReadonlyArray<SparseVector>,
  options: Required<ClusterOptions>,
  keysOf: (vector: SparseVector) => number[],
): { union: UnionFind; comparisons: number } {
  const union = new UnionFind(vectors.length);
  const blocks = new Map<number, number[]>();
  const indexed = vectors.map((vector, index) => {
    const terms = keysOf(vector);
    for (const term of terms) {
      let block = blocks.get(term);
      if (!block) blocks.set(term, (block = []));
      block.push(index);
    }
    return terms;
  });
  // Each pair is compared once: vector i looks at the members of its blocks above it, and a stamp
  // array remembers which it has already seen in this pass (no set of pairs, no n² memory).
  const seen = new Int32Array(vectors.length).fill(-1);
  let comparisons = 0;
  vectors.forEach((vector, left) => {
    for (const term of indexed[left] as number[]) {
      const block = blocks.get(term) as number[];
      if (block.length > options.maxBlockSize) continue;
      for (const right of block) {
        if (right <= left || seen[right] === left) continue;
        seen[right] = left;
        comparisons += 1;
        if (cosine(vector, vectors[right] as SparseVector) >= options.threshold) union.union(left, right);
      }
    }
  });
  return { union, comparisons };
}

export function clusterVectors(vectors: ReadonlyArray<SparseVector>, options: ClusterOptions = {}): ClusterResult {
  const settings: Required<ClusterOptions> = {
    threshold: 0.82,
    rounds: 2,
    blockingTerms: 6,
    maxBlockSize: 300,
    blocking: 'terms',
    bands: 8,
    bandBits: 12,
    ...options,
  };
  const dimensions = vectors.reduce((largest, vector) => Math.max(largest, (vector.terms[vector.terms.length - 1] ?? -1) + 1), 0);
  const keysOf =
    settings.blocking === 'simhash' ? simhashKeys(dimensions, settings.bands, settings.bandBits) : topTermKeys(settings.blockingTerms);
  let assignment = Int32Array.from({ length: vectors.length }, (_, index) => index);
  let current: ReadonlyArray<SparseVector> = vectors;
  let members: number[][] = vectors.map((_, index) => [index]);
  let comparisons = 0;
  for (let round = 0; round < Math.max(1, settings.rounds); round += 1) {
    const linked = linkOnce(current, settings, keysOf);
    comparisons += linked.comparisons;
    // Renumber the components in order of first member, and fold members into them.
    const ids = new Map<number, number>();
    const next: number[][] = [];
    current.forEach((_, index) => {
      const root = linked.union.find(index);
      let id = ids.get(root);
      if (id === undefined) {
        id = next.length;
        ids.set(root, id);
        next.push([]);
      }
      const into = next[id] as number[];
      for (const member of members[index] as number[]) into.push(member); // no spread: a cluster can outgrow the argument limit
    });
    if (next.length === members.length && round > 0) break; // nothing merged: stable
    members = next;
    assignment = new Int32Array(vectors.length);
    members.forEach((list, id) => list.forEach((item) => (assignment[item] = id)));
    current = members.map((list) =>
      list.length === 1 ? (vectors[list[0] as number] as SparseVector) : centroid(list.map((item) => vectors[item] as SparseVector)),
    );
  }
  return { assignment, clusters: members.length, comparisons };
}
