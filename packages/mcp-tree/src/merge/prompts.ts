import type { ImportedTool } from '../importers/imported.js';

/** Prompts of the model-based redundancy step: typed in, messages out. */
export const REDUNDANCY_SYSTEM_PROMPT =
  'You curate a catalogue of API tools for an AI assistant. Tools are redundant when they do the same thing for the same kind ' +
  'of input, so that one well-written tool could replace them all without losing a capability. Tools that merely share a topic, ' +
  'or that read versus write, or that differ in what they return, are not redundant. Answer with JSON only.';

function describe(tool: ImportedTool, index: number): string {
  const properties = (tool.inputSchema.properties ?? {}) as Record<string, { type?: unknown; description?: unknown }>;
  const required = new Set((tool.inputSchema.required ?? []) as string[]);
  const parameters = Object.entries(properties)
    .map(([name, schema]) => `${name}${required.has(name) ? '*' : ''}: ${JSON.stringify(schema.type ?? 'any')}`)
    .join(', ');
  return `[${index}] ${tool.source.name} (${tool.api.title}): ${tool.description.slice(0, 300)}\n    parameters: ${parameters || 'none'}`;
}

export function discriminatorPrompt(tools: ImportedTool[]): string {
  return (
    `These ${tools.length} tools were clustered together because their descriptions are similar (* marks a required parameter):\n\n` +
    `${tools.map(describe).join('\n')}\n\n` +
    'Group the redundant ones. Answer {"redundant": [[i, j, ...], ...]}: each set lists the numbers of tools that are redundant ' +
    'with each other (two or more); a tool is in at most one set; leave unique tools out. {"redundant": []} when all are unique.'
  );
}

export function abstractionPrompt(tools: ImportedTool[]): string {
  return (
    'These tools are redundant: they do the same thing. Write the one tool that replaces them all.\n\n' +
    `${tools.map((tool, index) => `[${index}] ${tool.source.name} (${tool.api.title}): ${tool.description.slice(0, 600)}\n    inputSchema: ${JSON.stringify(tool.inputSchema).slice(0, 2000)}`).join('\n')}\n\n` +
    'Answer {"name": "...", "description": "...", "inputSchema": {...}}: a snake_case name, a description that says what it does ' +
    'and when to use it, and a JSON Schema 2020-12 object schema with every parameter any of them needs (required only when all of ' +
    'them require it).'
  );
}

export function repairPrompt(problem: string): string {
  return `That answer cannot be used: ${problem}. Answer again with JSON only, fixing exactly that.`;
}
