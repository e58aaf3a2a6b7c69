import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The import graph of the packages' sources (tests aside): no cycle among the modules a file loads at run time, and no
 * arrow back up inside the harness (a command file only parses flags; nothing but the CLI and other commands imports
 * one). Type-only imports are erased by the compiler and do not count.
 */
const ROOT = join(import.meta.dirname, '..');
const PACKAGES = join(ROOT, 'packages');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sources(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

/** Each source file with the source files it imports by value (`import type` and `export type` left out). */
function importGraph(): Map<string, string[]> {
  const files = readdirSync(PACKAGES).flatMap((name) => sources(join(PACKAGES, name, 'src')));
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/^(?:import|export)\s(?!type\b)[^;]*?\sfrom\s+'(\.[^']+)'/gms)]
      .map((match) => resolve(dirname(file), (match[1] as string).replace(/\.js$/, '.ts')))
      .filter((target) => known.has(target));
    graph.set(file, targets);
  }
  return graph;
}

/** Strongly connected components of more than one file (Tarjan), each a cycle of imports. */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file) as number);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) visit(target);
      if (onStack.has(target)) low.set(file, Math.min(low.get(file) as number, low.get(target) as number));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
      onStack.delete(top);
      component.push(relative(ROOT, top));
      if (top === file) break;
    }
    if (component.length > 1) found.push(component.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

describe('import graph', () => {
  const graph = importGraph();

  it('reads the sources of every package', () => {
    expect(graph.size).toBeGreaterThan(300);
    const harnessCli = [...graph.keys()].find((file) => file.endsWith(join('harness', 'src', 'cli.ts')));
    expect(graph.get(harnessCli as string)?.some((target) => target.includes(join('src', 'commands')))).toBe(true);
  });

  it('has no cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('finds a cycle where there is one', () => {
    const a = join(ROOT, 'a.ts');
    const b = join(ROOT, 'b.ts');
    const c = join(ROOT, 'c.ts');
    expect(
      cycles(
        new Map([
          [a, [b]],
          [b, [c]],
          [c, [a]],
        ]),
      ),
    ).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(
      cycles(
        new Map([
          [a, [b]],
          [b, [c]],
          [c, []],
        ]),
      ),
    ).toEqual([]);
  });

  it('has no arrow back up to the harness commands', () => {
    const commands = join(PACKAGES, 'harness', 'src', 'commands');
    const upward = [...graph]
      .filter(([file]) => !file.startsWith(commands) && !file.endsWith(join('harness', 'src', 'cli.ts')))
      .flatMap(([file, targets]) =>
        targets.filter((target) => target.startsWith(commands)).map((target) => `${relative(ROOT, file)} → ${relative(ROOT, target)}`),
      );
    expect(upward).toEqual([]);
  });
});
