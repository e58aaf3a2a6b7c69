/**
 * A BFCL-compatible checker: judges decoded calls against BFCL possible answers. By default it gives
 * the verdicts of BFCL's own AST checker (bfcl-ast.ts), quirks included, so a score here is a score
 * there; `{ strict: true }` gives the principled reading of BFCL's documented rules (bfcl-strict.ts).
 * docs/eval.md has the rules and every difference between the two.
 */
import { bfclCheckCall, bfclCheckCalls } from './bfcl-ast.js';
import { strictCheckCall, strictCheckCalls } from './bfcl-strict.js';

export { standardizeString } from './bfcl-ast.js';

export interface BfclFunctionDoc {
  name: string;
  parameters?: { type?: string; properties?: Record<string, Record<string, unknown>>; required?: string[] };
}

/** BFCL function docs of tools offered by name and JSON Schema, keyed by name (the chat names are the tools' names). */
export function bfclFunctionDocs(tools: readonly { name: string; parameters: Record<string, unknown> }[]): Map<string, BfclFunctionDoc> {
  return new Map(
    tools.map((tool) => [
      tool.name,
      {
        name: tool.name,
        parameters: {
          type: 'dict',
          properties: (tool.parameters['properties'] ?? {}) as Record<string, Record<string, unknown>>,
          required: (tool.parameters['required'] ?? []) as string[],
        },
      },
    ]),
  );
}

/** One decoded call: `{"<function name>": {<arguments>}}`. */
export type DecodedCall = Record<string, Record<string, unknown>>;
/** One expected call: `{"<function name>": {"<param>": [accepted values…]}}`. */
export type ExpectedCall = Record<string, Record<string, unknown[]>>;

export type CheckVerdict = { valid: true } | { valid: false; error: string };

export interface CheckOptions {
  /**
   * The principled reading instead of BFCL's verdicts: the doc's types always hold, at every depth;
   * parallel calls may match in any assignment. Defaults to false (BFCL's verdicts).
   */
  strict?: boolean;
}

/** One call against one expected call of the function `docs` describes under the expected name. */
export function checkCall(
  call: DecodedCall,
  expected: ExpectedCall,
  docs: ReadonlyMap<string, BfclFunctionDoc>,
  options: CheckOptions = {},
): CheckVerdict {
  if (options.strict) return strictCheckCall(call, expected, docs);
  return bfclCheckCall(call, expected, docs.get(Object.keys(expected)[0] ?? ''));
}

/**
 * All calls of one question against its expected calls. `category` picks the rules as BFCL's file
 * names do: `irrelevance` (nothing may be called), `parallel…`, `multiple…`, or one call.
 */
export function checkCalls(
  calls: DecodedCall[],
  expected: ExpectedCall[],
  docs: ReadonlyMap<string, BfclFunctionDoc>,
  category: string,
  options: CheckOptions = {},
): CheckVerdict {
  if (category.includes('irrelevance'))
    return calls.length === 0
      ? { valid: true }
      : { valid: false, error: `no tool fits this question, but ${calls.length} call(s) were made` };
  if (options.strict) return strictCheckCalls(calls, expected, docs, category);
  return bfclCheckCalls(calls, expected, docs, category);
}
