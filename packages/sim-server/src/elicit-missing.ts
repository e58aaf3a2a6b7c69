import type { ValidationIssue } from '@inftool/core';
import type { CatalogTool } from './catalog/catalog.js';

const PRIMITIVE = new Set(['string', 'number', 'integer', 'boolean']);

/**
 * When the only problems with a call are missing top-level required arguments of primitive type,
 * the form (an MCP elicitation `requestedSchema`) that asks the user for them. Otherwise undefined.
 */
export function missingArgumentsForm(
  tool: CatalogTool,
  issues: ValidationIssue[],
): { names: string[]; requestedSchema: Record<string, unknown> } | undefined {
  const properties = (tool.spec.inputSchema.properties ?? {}) as Record<string, Record<string, unknown>>;
  const names: string[] = [];
  for (const issue of issues) {
    const match = /^\$\.([A-Za-z_$][\w$]*)$/.exec(issue.path) ?? /^\$\["(.+)"\]$/.exec(issue.path);
    if (issue.message !== 'is required' || !match?.[1]) return undefined;
    const schema = properties[match[1]];
    if (!schema || !PRIMITIVE.has(String(schema['type']))) return undefined;
    names.push(match[1]);
  }
  if (names.length === 0) return undefined;
  const requested: Record<string, unknown> = {};
  for (const name of names) {
    const {
      type,
      description,
      title,
      enum: choices,
      minimum,
      maximum,
      minLength,
      maxLength,
      format,
      default: fallback,
    } = properties[name] as Record<string, unknown>;
    requested[name] = Object.fromEntries(
      Object.entries({ type, description, title, enum: choices, minimum, maximum, minLength, maxLength, format, default: fallback }).filter(
        ([, value]) => value !== undefined,
      ),
    );
  }
  return { names, requestedSchema: { type: 'object', properties: requested, required: names } };
}
