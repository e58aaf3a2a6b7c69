import { cosine, type SparseVector } from '../cluster/tfidf.js';
import type { ImportedTool } from '../importers/imported.js';

/** What the merge step decided: which tools stay, and which each kept tool replaces (index → indices). */
export interface MergeOutcome {
  keep: boolean[];
  merges: Map<number, number[]>;
}

/** The members ordered by description length, longest first (ties by index): the first is the one kept. */
function byDescriptionLength(tools: ImportedTool[], members: number[]): number[] {
  return [...members].sort(
    (left, right) => (tools[right] as ImportedTool).description.length - (tools[left] as ImportedTool).description.length || left - right,
  );
}

/** The member with the longest description (the lowest index among equals). */
export function longestDescription(tools: ImportedTool[], members: number[]): number {
  return byDescriptionLength(tools, members)[0] as number;
}

/** Parameter names, types and which are required: two tools with the same signature take the same arguments. */
function signature(tool: ImportedTool): string {
  const properties = (tool.inputSchema.properties ?? {}) as Record<string, { type?: unknown }>;
  const required = new Set((tool.inputSchema.required ?? []) as string[]);
  return Object.keys(properties)
    .map((name) => `${name.toLowerCase()}:${JSON.stringify(properties[name]?.type ?? null)}:${required.has(name) ? 1 : 0}`)
    .sort()
    .join(',');
}

/**
 * Offline redundancy removal: inside a cluster, tools with the same parameter signature and
 * near-identical text (cosine ≥ threshold) are one tool; the one with the longest description stays
 * and lists the others. Deterministic: same input, same merges.
 */
export function mergeNearIdentical(
  tools: ImportedTool[],
  vectors: SparseVector[],
  assignment: Int32Array,
  threshold: number,
): MergeOutcome {
  const keep = tools.map(() => true);
  const merges = new Map<number, number[]>();
  const groups = new Map<string, number[]>();
  tools.forEach((tool, index) => {
    const key = `${assignment[index]}|${signature(tool)}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(index);
  });
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const representatives: number[] = [];
    for (const index of byDescriptionLength(tools, group)) {
      const into = representatives.find(
        (representative) => cosine(vectors[representative] as SparseVector, vectors[index] as SparseVector) >= threshold,
      );
      if (into === undefined) {
        representatives.push(index);
        continue;
      }
      keep[index] = false;
      const replaced = merges.get(into);
      if (replaced) replaced.push(index);
      else merges.set(into, [index]);
    }
  }
  return { keep, merges };
}
