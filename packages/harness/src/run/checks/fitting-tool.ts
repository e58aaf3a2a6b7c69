import { coversRequest } from '../../tasks/capable-neighbour.js';
import type { IndexedTool } from '../../tasks/tool-index.js';
import { requestedAction } from '../../roles/irrelevance-answer.js';

/** An offered tool as the planner reads it. */
export interface OfferedTool {
  name: string;
  description?: string;
  parameters: Record<string, unknown>;
}

/** A request's doing, from its verb to the end of its sentence. */
const REQUEST =
  /\b(?:get|fetch|find|search for|search|list|show|pull up|look up|check|create|add|book|reserve|calculate|compute|convert|retrieve|give|tell|generate|estimate|predict|translate|order|schedule)\b[^.?!]*/i;

const indexed = (name: string, description: string, parameters: Record<string, unknown>): IndexedTool => ({
  spec: { name, description, inputSchema: { type: 'object', ...parameters } },
  domain: '',
  category: '',
  server: '',
});

/**
 * The offered tool that does what a declined request asks, read as the planner reads a withheld tool's
 * job (`coversRequest`: the same thing read, or the same change, given what the user may be asked for):
 * "fetch the exchange rate between two currencies" is served by "Retrieve the latest exchange rate between
 * two specified currencies"; "pull up a current observation by postal code" by "a Current Observation -
 * Given a City ID" (the assistant asks for the city). Undefined when none does, or the request says no doing.
 */
export function fittingTool(goal: string, offered: readonly OfferedTool[]): string | undefined {
  // The request from its verb to the end of its sentence, "pull up" read as the lookup it is.
  const clause = REQUEST.exec(goal)?.[0];
  const asked = (clause ?? requestedAction(goal))?.replace(/^(pull|look) up\b/i, 'get');
  if (asked === undefined) return undefined;
  // The request as a description ("Pull up the exchange rate between two currencies"), its values kept as particulars.
  const request = indexed('request', `${asked.charAt(0).toUpperCase()}${asked.slice(1)}.`, { properties: {} });
  return offered.find((tool) => coversRequest(request, indexed(tool.name, tool.description ?? '', tool.parameters)))?.name;
}
