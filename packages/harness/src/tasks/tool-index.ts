import type { ToolSpec, ToolTree } from '@inftool/core';
import { contentWords } from './words.js';

/** A tool of the tree with where it sits. */
export interface IndexedTool {
  spec: ToolSpec;
  domain: string;
  category: string;
  server: string;
}

/** How much sitting close in the tree adds to word similarity when ranking neighbours. */
const PLACE_BONUS = { server: 0.3, category: 0.15, domain: 0.05 };

/**
 * The tree flattened for sampling: every tool, the tools of each server, and a TF-IDF vector of each
 * tool's name and description for finding its near neighbours.
 */
export class ToolIndex {
  readonly tools: IndexedTool[] = [];
  readonly byServer = new Map<string, IndexedTool[]>();
  readonly byName = new Map<string, IndexedTool>();
  private readonly vectors = new Map<IndexedTool, Map<string, number>>();

  constructor(tree: ToolTree) {
    for (const domain of tree.domains) {
      for (const category of domain.categories) {
        for (const server of category.servers) {
          for (const spec of server.tools) {
            if (this.byName.has(spec.name)) continue; // the server serves the first of a name only
            const tool = { spec, domain: domain.name, category: category.name, server: server.name };
            this.tools.push(tool);
            this.byName.set(spec.name, tool);
            const list = this.byServer.get(server.name) ?? [];
            list.push(tool);
            this.byServer.set(server.name, list);
          }
        }
      }
    }
  }

  /** The content words of a tool's name and description. */
  words(tool: IndexedTool): string[] {
    return contentWords(`${tool.spec.name} ${tool.spec.title ?? ''} ${tool.spec.description ?? ''}`);
  }

  private vector(tool: IndexedTool): Map<string, number> {
    if (this.vectors.size === 0) this.buildVectors();
    return this.vectors.get(tool) ?? new Map();
  }

  private buildVectors(): void {
    const documents = this.tools.map((tool) => this.words(tool));
    const frequency = new Map<string, number>();
    for (const words of documents) for (const word of new Set(words)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    for (const [index, words] of documents.entries()) {
      const vector = new Map<string, number>();
      for (const word of words) vector.set(word, (vector.get(word) ?? 0) + 1);
      let norm = 0;
      for (const [word, count] of vector) {
        const weight = count * Math.log(1 + this.tools.length / (frequency.get(word) ?? 1));
        vector.set(word, weight);
        norm += weight * weight;
      }
      for (const [word, weight] of vector) vector.set(word, weight / Math.sqrt(norm || 1));
      this.vectors.set(this.tools[index] as IndexedTool, vector);
    }
  }

  /** Cosine similarity of two tools' word vectors (0–1). */
  similarity(a: IndexedTool, b: IndexedTool): number {
    const left = this.vector(a);
    const right = this.vector(b);
    let sum = 0;
    for (const [word, weight] of left) sum += weight * (right.get(word) ?? 0);
    return sum;
  }

  /**
   * The tools nearest to `tool` (itself excluded), best first: word similarity plus a bonus for the
   * same server, category or domain. Ties keep the tree's order, so the ranking is deterministic.
   */
  neighbours(tool: IndexedTool, limit: number, accept: (other: IndexedTool) => boolean = () => true): IndexedTool[] {
    const scored: Array<{ other: IndexedTool; score: number }> = [];
    for (const other of this.tools) {
      if (other === tool || other.spec.name === tool.spec.name || !accept(other)) continue;
      const place =
        other.server === tool.server
          ? PLACE_BONUS.server
          : other.category === tool.category
            ? PLACE_BONUS.category
            : other.domain === tool.domain
              ? PLACE_BONUS.domain
              : 0;
      const score = this.similarity(tool, other) + place;
      if (score > 0) scored.push({ other, score });
    }
    return scored
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map((entry) => entry.other);
  }
}
