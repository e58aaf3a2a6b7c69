import pLimit from 'p-limit';
import { askChatModel, askForJson, type ChatModel } from '@inftool/core';
import type { DomainDefinition } from './domains.js';
import type { ApiProfile, Placement } from './assign.js';

export interface ModelTaxonomyResult {
  placements: Map<string, Placement>;
  failures: Array<{ api: string; reason: string }>;
  calls: number;
}

const SYSTEM = 'You file APIs into a fixed taxonomy of domains and categories. Answer with JSON only.';

function prompt(api: ApiProfile, domains: DomainDefinition[]): string {
  const taxonomy = domains.map((domain) => `- ${domain.name}: ${domain.categories.map((category) => category.name).join('; ')}`).join('\n');
  return (
    `Taxonomy (domain: categories):\n${taxonomy}\n\nAPI:\n${api.text.slice(0, 1500)}\n\n` +
    'Answer {"domain": "...", "category": "..."} with names copied exactly from the taxonomy.'
  );
}

/**
 * Places APIs with a chat model; an answer naming a domain or category that does not exist is sent
 * back to be fixed, and an API the model cannot place keeps its offline placement (and is reported).
 */
export async function assignTaxonomyWithModel(
  apis: ApiProfile[],
  domains: DomainDefinition[],
  offline: Map<string, Placement>,
  model: ChatModel,
  options: { concurrency?: number; maxAttempts?: number } = {},
): Promise<ModelTaxonomyResult> {
  const limit = pLimit(options.concurrency ?? 4);
  const result: ModelTaxonomyResult = { placements: new Map(offline), failures: [], calls: 0 };
  const schema = {
    type: 'object',
    properties: { domain: { type: 'string', enum: domains.map((domain) => domain.name) }, category: { type: 'string' } },
    required: ['domain', 'category'],
  };
  await Promise.all(
    apis.map((api) =>
      limit(async () => {
        const answer = await askForJson({
          ask: askChatModel(model, {
            system: SYSTEM,
            responseFormat: { type: 'json_schema', name: 'placement', schema },
            temperature: 0,
            onCall: () => (result.calls += 1),
          }),
          prompt: prompt(api, domains),
          check: (value) => {
            const domain = domains.find((entry) => entry.name === value['domain']);
            if (!domain) return `"${String(value['domain'])}" is not one of the domains: ${domains.map((entry) => entry.name).join(', ')}`;
            if (!domain.categories.some((category) => category.name === value['category']))
              return `"${String(value['category'])}" is not a category of ${domain.name}: ${domain.categories.map((category) => category.name).join(', ')}`;
            return undefined;
          },
          repair: (problem) => `That answer cannot be used: ${problem}. Answer again with JSON only.`,
          maxAttempts: options.maxAttempts ?? 2,
        });
        if (answer.ok)
          result.placements.set(api.key, {
            domain: String(answer.value['domain']),
            category: String(answer.value['category']),
            by: 'model',
          });
        else result.failures.push({ api: api.key, reason: answer.problems.join('; ') });
      }),
    ),
  );
  return result;
}
