import { errorMessage, type SchemaValidator, type ToolSpec } from '@inftool/core';
import type { CatalogTool } from '@inftool/sim-server';
import { ajvVerdict, compareValidators, differentialCases, type DifferentialResult } from './differential.js';
import type { ScaffoldOptions, ScaffoldReport, SchemaCheck } from './scaffold.js';
import { evaluateZodSource, zodSource } from './zod-source.js';

/** Checks one schema: generate zod, run it, compare it with Ajv on sampled and mutated values. */
export function checkSchema(
  schema: Record<string, unknown>,
  validator: SchemaValidator,
  tool: ToolSpec,
  options: Pick<ScaffoldOptions, 'seed' | 'samples' | 'maxCases'>,
): SchemaCheck & { source?: string } {
  let source: string;
  try {
    source = zodSource(schema);
  } catch (error) {
    return { uses: 'fallback', cases: 0, agreed: 0, reason: `json-schema-to-zod failed: ${errorMessage(error)}` };
  }
  let check: (value: unknown) => boolean;
  try {
    const zod = evaluateZodSource(source);
    check = (value) => zod.safeParse(value).success;
  } catch (error) {
    return { uses: 'fallback', cases: 0, agreed: 0, reason: `the generated zod does not run under zod 4: ${errorMessage(error)}` };
  }
  const cases = differentialCases(schema, {
    seed: options.seed ?? 'scaffold',
    samples: options.samples ?? 6,
    maxCases: options.maxCases ?? 120,
    tool: { name: tool.name, ...(tool.description ? { description: tool.description } : {}) },
  });
  const result: DifferentialResult = compareValidators(cases, ajvVerdict(validator, schema), check);
  if (result.agreed === result.cases) return { uses: 'zod', cases: result.cases, agreed: result.agreed, source };
  return {
    uses: 'fallback',
    cases: result.cases,
    agreed: result.agreed,
    reason: disagreementReason(result),
    disagreements: result.disagreements,
  };
}

/** `zod accepts what Ajv rejects (format at $.email: "not a valid email")`, for the first disagreements. */
function disagreementReason(result: DifferentialResult): string {
  const parts = new Set(
    result.disagreements.map((entry) => {
      const shown = JSON.stringify(entry.kind === 'sample' ? entry.value : valueAt(entry.value, entry.path)) ?? 'undefined';
      const what = entry.zod ? 'zod accepts what Ajv rejects' : 'zod rejects what Ajv accepts';
      return `${what} (${entry.kind} at ${entry.path}${entry.kind === 'missing-required' ? '' : `: ${shown.length > 80 ? `${shown.slice(0, 77)}...` : shown}`})`;
    }),
  );
  return `${result.cases - result.agreed} of ${result.cases} cases disagree: ${[...parts].slice(0, 3).join('; ')}`;
}

/** The value at a `$.a[0]["b c"]` path, for messages. */
function valueAt(value: unknown, path: string): unknown {
  const steps = [...path.matchAll(/\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)].map((match) =>
    match[1] !== undefined ? match[1] : match[2] !== undefined ? Number(match[2]) : (JSON.parse(match[3] as string) as string),
  );
  let current = value;
  for (const step of steps) current = (current as Record<string | number, unknown> | undefined)?.[step];
  return current;
}

export type ToolCheck = { tool: string; input: SchemaCheck & { source?: string }; output?: SchemaCheck & { source?: string } };

export function checkTool(tool: CatalogTool, validator: SchemaValidator, options: ScaffoldOptions): ToolCheck {
  const input = checkSchema(tool.spec.inputSchema, validator, tool.spec, options);
  const output = tool.spec.outputSchema ? checkSchema(tool.spec.outputSchema, validator, tool.spec, options) : undefined;
  return { tool: tool.spec.name, input, ...(output ? { output } : {}) };
}

/** Agreement over every checked value; a schema whose zod source does not run has no values and is counted apart. */
export function tally(checks: readonly SchemaCheck[]): ScaffoldReport['input'] {
  const cases = checks.reduce((sum, check) => sum + check.cases, 0);
  const agreed = checks.reduce((sum, check) => sum + check.agreed, 0);
  const notRun = checks.filter((check) => check.uses === 'fallback' && check.cases === 0).length;
  return { cases, agreed, agreement: cases === 0 ? 1 : agreed / cases, notRun };
}
