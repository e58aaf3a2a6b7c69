import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';

const agents = { http: new HttpAgent({ keepAlive: true, maxSockets: 256 }), https: new HttpsAgent({ keepAlive: true, maxSockets: 256 }) };

function headersOf(init: ConstructorParameters<typeof Headers>[0]): Record<string, string> {
  const out: Record<string, string> = {};
  new Headers(init).forEach((value, key) => {
    out[key] = value;
  });
  return out;
}

/**
 * A `fetch` for request/response JSON traffic on node:http with keep-alive: it sends the request and
 * resolves with the whole body buffered into a `Response`. It skips the WHATWG stream machinery of
 * the built-in fetch, which costs a harness playing hundreds of conversations a second more than
 * the work itself. An event stream (`text/event-stream`) is passed on as a stream, unbuffered.
 */
export const bufferedFetch: typeof fetch = async (input, init) => {
  const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
  const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
  const headers = headersOf(init?.headers ?? (input instanceof Request ? input.headers : undefined));
  let body: string | Uint8Array | undefined;
  if (typeof init?.body === 'string' || init?.body instanceof Uint8Array) body = init.body;
  else if (init?.body instanceof ArrayBuffer) body = new Uint8Array(init.body);
  else if (init?.body !== undefined && init.body !== null) return fetch(input, init); // anything streamed: the built-in fetch
  const signal = init?.signal ?? undefined;
  if (signal?.aborted) throw signal.reason ?? new DOMException('aborted', 'AbortError');
  const https = url.protocol === 'https:';
  try {
    return await send(url, method, headers, body, signal, https);
  } catch (error) {
    // A kept-alive socket the server closed as idle just as this request went out ("socket hang up",
    // ECONNRESET on a reused socket): the request never reached the server, so it is sent once more
    // on a fresh connection. Any other failure, or a second one, is the caller's.
    if (!(error instanceof StaleSocketError) || signal?.aborted) throw error instanceof StaleSocketError ? error.original : error;
    return send(url, method, headers, body, signal, https).catch((again: unknown) => {
      throw again instanceof StaleSocketError ? again.original : again;
    });
  }
};

/** The request failed on a reused keep-alive socket before any response: the idle-close race. */
class StaleSocketError extends Error {
  constructor(readonly original: unknown) {
    super('stale keep-alive socket');
  }
}

/** Node's response headers as fetch's `Headers` (repeated ones appended). */
function fetchHeaders(response: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(response.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(key, item);
  }
  return headers;
}

/**
 * The response as fetch's `Response`: an event stream passed on as a stream (an MCP call may ask the
 * client something before it ends), anything else read whole first. `done` runs when it has ended.
 */
function toResponse(response: IncomingMessage, method: string, done: () => void): Promise<Response> {
  const status = response.statusCode ?? 500;
  const init = { status, statusText: response.statusMessage ?? '', headers: fetchHeaders(response) };
  if ((response.headers['content-type'] ?? '').includes('text/event-stream')) {
    // The abort listener stays until the stream closes (so an abort still ends it), then goes.
    response.once('close', done);
    return Promise.resolve(new Response(Readable.toWeb(response) as ReadableStream<Uint8Array>, init));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('error', reject);
    response.on('end', () => {
      done();
      const noBody = status === 204 || status === 304 || method === 'HEAD';
      resolve(new Response(noBody ? null : Buffer.concat(chunks), init));
    });
  });
}

function send(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | Uint8Array | undefined,
  signal: AbortSignal | undefined,
  https: boolean,
): Promise<Response> {
  return new Promise<Response>((resolve, reject) => {
    const request = (https ? httpsRequest : httpRequest)(url, { method, headers, agent: https ? agents.https : agents.http }, (response) =>
      toResponse(response, method, () => signal?.removeEventListener('abort', onAbort)).then(resolve, reject),
    );
    const onAbort = (): void => {
      request.destroy(signal?.reason instanceof Error ? signal.reason : new DOMException('aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    let answered = false;
    request.on('response', () => {
      answered = true;
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      signal?.removeEventListener('abort', onAbort);
      const failure = signal?.aborted ? (signal.reason ?? error) : new TypeError(`fetch failed: ${error.message}`, { cause: error });
      reject(
        !answered && !signal?.aborted && request.reusedSocket && (error.code === 'ECONNRESET' || error.code === 'EPIPE')
          ? new StaleSocketError(failure)
          : failure,
      );
    });
    request.end(body);
  });
}
