import { bufferedFetch } from '@inftool/core';

export interface StreamFetchOptions {
  /** The MCP endpoint: only its GETs are streams (others, e.g. OAuth discovery, pass through). */
  endpoint: URL;
  /**
   * Open the standalone GET stream (server-initiated messages outside any request). When false, that
   * GET is answered here with 405, as a server without one would; a GET that resumes a closed
   * stream (it carries `Last-Event-ID`) still goes to the server.
   */
  standaloneStream: boolean;
  /**
   * Called when a closed stream cannot be resumed (the server refuses the resuming GET): the
   * answers it still owed are lost, so the caller fails what waits for them instead of letting it
   * hang until the request timeout.
   */
  onResumeRefused: (status: number) => void;
}

function isResume(init: RequestInit | undefined): boolean {
  return new Headers(init?.headers).has('last-event-id');
}

/**
 * The client's fetch: JSON responses buffered and event streams passed on (`bufferedFetch`), the
 * standalone stream only when asked for, and a refused resume reported rather than swallowed (the
 * SDK takes a 405 to its resuming GET for "no stream here" and would wait for the answers forever).
 */
export function streamFetch(options: StreamFetchOptions): typeof fetch {
  return async (input, init) => {
    const method = (init?.method ?? 'GET').toUpperCase();
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (method !== 'GET' || url !== options.endpoint.href) return bufferedFetch(input, init);
    const resume = isResume(init);
    if (!resume && !options.standaloneStream) return new Response(null, { status: 405, headers: { allow: 'POST, DELETE' } });
    const response = await bufferedFetch(input, init);
    // A 4xx is final (a 5xx, 429 or network error the SDK retries); 401 and 403 go on to the SDK's auth provider.
    if (resume && response.status >= 400 && response.status < 500 && ![401, 403, 429].includes(response.status)) {
      await response.body?.cancel();
      options.onResumeRefused(response.status);
      return new Response(null, { status: 405 });
    }
    return response;
  };
}
