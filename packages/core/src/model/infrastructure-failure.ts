import { isInfToolError } from '../errors.js';

/** How a model call failed, as `OpenAIChatModel` records it in `details.failure`. */
export type ModelFailureKind = 'connection' | 'timeout' | 'status' | 'response';

/**
 * Why a call failed for reasons outside the conversation: the endpoint is down or unreachable, timed
 * out, answered 5xx or 429 through every retry, refused the credentials (401/403), does not know the
 * model or the path (404), kept sending replies that are not chat completions, or a strict replay
 * cache has no answer. A task that meets one is not a rejection: it is played again later.
 */
export type InfrastructureFailureKind =
  'unreachable' | 'timeout' | 'server_error' | 'rate_limited' | 'auth' | 'not_found' | 'bad_response' | 'replay_miss';

export interface InfrastructureFailure {
  kind: InfrastructureFailureKind;
  /** What failed: `model NAME`, `the MCP server`. */
  source: string;
  /** The error's message (secrets already removed by the model client). */
  message: string;
  /** The HTTP status, when there was one. */
  status?: number;
}

/** A failure of the endpoint rather than of the request, or undefined (a 400, a 422, a cancelled call: the request's own). */
export function modelInfrastructureFailure(error: unknown): InfrastructureFailure | undefined {
  if (!isInfToolError(error)) return undefined;
  const model = typeof error.details['model'] === 'string' ? error.details['model'] : undefined;
  const source = model === undefined ? 'the model endpoint' : `model ${model}`;
  const status = typeof error.details['status'] === 'number' ? error.details['status'] : undefined;
  const failure = (kind: InfrastructureFailureKind): InfrastructureFailure => ({
    kind,
    source,
    message: error.message,
    ...(status === undefined ? {} : { status }),
  });
  switch (error.code) {
    case 'infrastructure':
      // Already classified (e.g. a call refused at once because the run's circuit breaker is open).
      return { ...failure('unreachable'), ...(error.details['infrastructure'] as Partial<InfrastructureFailure> | undefined) };
    case 'model_timeout':
      return failure('timeout');
    case 'replay_miss':
      return failure('replay_miss');
    case 'model_error':
      break;
    default:
      return undefined;
  }
  switch (error.details['failure'] as ModelFailureKind | undefined) {
    case 'connection':
      return failure('unreachable');
    case 'timeout':
      return failure('timeout');
    case 'response':
      return failure('bad_response');
    default:
      break;
  }
  if (status === 401 || status === 403) return failure('auth');
  if (status === 404) return failure('not_found');
  if (status === 408) return failure('timeout');
  if (status === 429) return failure('rate_limited');
  if (status !== undefined && status >= 500) return failure('server_error');
  return undefined;
}

/** One short phrase per kind, for summaries. */
export const INFRASTRUCTURE_FAILURE_TEXT: Record<InfrastructureFailureKind, string> = {
  unreachable: 'unreachable',
  timeout: 'timed out',
  server_error: 'server errors (5xx) through every retry',
  rate_limited: 'rate limited (429) through every retry',
  auth: 'refused the credentials (401/403)',
  not_found: 'not found (404: wrong model name or URL)',
  bad_response: 'replies that are not chat completions',
  replay_miss: 'no answer in the replay cache',
};
