import type { ReviewedCall } from './conversation.js';
import { argumentTree } from './world-consistency.js';
import { isJsonObject } from '@inftool/core';

/**
 * Inputs told back as findings (`results_plausible`): a p-value in a result that is the significance
 * cutoff the call sent (`pvalue: 0.001` in the request, `p_value: 0.001` in every enrichment found), a
 * finding no analysis makes; the same field sent and shown under one name (`alpha: 0.1` beside a
 * t-test's outcome) is the call's echo, not a finding, and passes.
 */

type Json = Record<string, unknown>;
const normalise = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A significance cutoff's name (`pvalue`, `alpha`, `fdr_threshold`, `max_p`). */
const CUTOFF = /^(max)?(p|pval|pvalue|padj|adjpvalue|qvalue|fdr|alpha|significance|significancelevel)(cutoff|threshold|max)?$/;
/** A p-value a result finds. */
const P_VALUE = /^(p|pval|pvalue|padj|adjp|adjpval|adjpvalue|adjustedpvalue|qvalue|fdr|fdrpvalue|pvaluecorrected)$/;

/** The cutoffs a call sent, each a probability, with the name it was sent under (request bodies opened). */
function sentCutoffs(call: ReviewedCall): Array<[string, number]> {
  const found: Array<[string, number]> = [];
  const walk = (fields: Json) => {
    for (const [key, value] of Object.entries(fields)) {
      if (isJsonObject(value)) walk(value);
      else if (typeof value === 'number' && value > 0 && value <= 1 && CUTOFF.test(normalise(key))) found.push([key, value]);
    }
  };
  walk(argumentTree(call));
  return found;
}

/** A result's p-values that are the cutoff the call sent. */
export function echoedCutoffs(call: ReviewedCall): string[] {
  if (call.rejected || call.isError || call.data === undefined) return [];
  const cutoffs = sentCutoffs(call);
  if (cutoffs.length === 0) return [];
  const problems = new Set<string>();
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isJsonObject(value))
      for (const [key, entry] of Object.entries(value)) {
        if (typeof entry === 'number' && P_VALUE.test(normalise(key))) {
          const cutoff = cutoffs.find(([name, sent]) => sent === entry && name !== key);
          if (cutoff !== undefined)
            problems.add(`${call.chatName}: ${key} ${entry} is the ${cutoff[0]} cutoff the call sent, not a p-value the analysis found`);
        } else visit(entry);
      }
  };
  visit(call.data);
  return [...problems];
}
