import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import { buildTree } from '@inftool/mcp-tree';
import type { ScaffoldReport } from '@inftool/harness';
import { cliPath, demoTree, fixture } from '../support/sim-client.js';

const run = promisify(execFile);
let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'inftool-scaffold-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** `inftool scaffold … --link-modules --json`, then `tsc` in the project, as a user would (offline: this repo's packages are linked). */
async function scaffoldAndBuild(args: string[], out: string): Promise<ScaffoldReport> {
  const { stdout } = await run(process.execPath, [cliPath, 'scaffold', ...args, '--out', out, '--link-modules', '--json']);
  const report = JSON.parse(stdout) as ScaffoldReport;
  await run(process.execPath, [join(out, 'node_modules/typescript/bin/tsc'), '-p', out]);
  return report;
}

async function connect(command: string, args: string[], env: Record<string, string> = {}): Promise<Client> {
  const client = new Client({ name: 'scaffold-test', version: '0' });
  await client.connect(new StdioClientTransport({ command, args, env: { PATH: process.env['PATH'] ?? '', ...env }, stderr: 'pipe' }));
  return client;
}

const text = (result: CallToolResult): string => result.content.map((block) => (block.type === 'text' ? block.text : '')).join('');

describe('inftool scaffold --mode simulated', () => {
  it('writes a project that compiles, serves over stdio the same tools and schemas as inftool serve, and answers from the simulation', async () => {
    const out = join(work, 'skyways');
    const report = await scaffoldAndBuild(['--tree', demoTree, '--server', 'skyways', '--mode', 'simulated'], out);
    expect(report).toMatchObject({ server: 'skyways', mode: 'simulated', tools: 4, fallbacks: [] });
    expect(report.input.cases).toBeGreaterThan(50);
    expect(report.input.agreed).toBe(report.input.cases);
    const server = await readFile(join(out, 'src/server.ts'), 'utf8');
    expect(server).toContain('server.registerTool(');
    expect(server).toMatch(/export const searchFlightsInput = z\.object\(\{ "origin": z\.string\(\)\.regex/);
    expect(server).toContain('outputSchema: searchFlightsOutput');

    const generated = await connect(process.execPath, [join(out, 'dist/main.js')]);
    const served = await connect(process.execPath, [cliPath, 'serve', '--tree', demoTree, '--server', 'skyways', '--log-level', 'silent']);
    try {
      const mine = (await generated.listTools()).tools;
      const theirs = (await served.listTools()).tools;
      expect(mine.map((tool) => tool.name)).toEqual(theirs.map((tool) => tool.name));
      const schemas = (tools: Tool[]) => tools.map((tool) => ({ name: tool.name, input: tool.inputSchema, output: tool.outputSchema }));
      expect(schemas(mine)).toEqual(schemas(theirs));

      const found = (await generated.callTool({
        name: 'search_flights',
        arguments: { origin: 'LIS', destination: 'BER', date: '2025-07-01' },
      })) as CallToolResult;
      expect(found.isError).toBeFalsy();
      const flights = (found.structuredContent as { flights: Array<{ origin: string; destination: string }> }).flights;
      expect(flights.length).toBeGreaterThan(0);
      expect(flights[0]).toMatchObject({ origin: 'LIS', destination: 'BER' });
      // zod (from json-schema-to-zod) rejects what the JSON Schema rejects, and says where.
      const refused = (await generated.callTool({
        name: 'search_flights',
        arguments: { origin: 'lisbon', destination: 'BER', date: '2025-07-01' },
      })) as CallToolResult;
      expect(refused.isError).toBe(true);
      expect(text(refused)).toMatch(/origin/);
    } finally {
      await Promise.all([generated.close(), served.close()]);
    }

    // The same project over Streamable HTTP: one session lists and calls.
    const child = spawn(process.execPath, [join(out, 'dist/main.js'), '--transport', 'http', '--port', '0'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    try {
      const [line] = (await once(child.stderr!, 'data')) as [Buffer];
      const url = /serving on (http:\S+)/.exec(line.toString('utf8'))?.[1];
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
      const client = new Client({ name: 'scaffold-http-test', version: '0' });
      await client.connect(new StreamableHTTPClientTransport(new URL(url!)));
      expect((await client.listTools()).tools.map((tool) => tool.name)).toEqual([
        'search_flights',
        'book_flight',
        'get_booking',
        'cancel_booking',
      ]);
      const booked = (await client.callTool({
        name: 'book_flight',
        arguments: { flight_id: 'LX1234', passenger_name: 'Ana Souza', email: 'ana@example.com' },
      })) as CallToolResult;
      expect(booked.isError).toBeFalsy();
      expect(text(booked)).toContain('LX1234');
      await client.close();
      // A page that rebinds its own host name to this port is turned away.
      const status = await new Promise<number | undefined>((resolve, reject) => {
        const target = new URL(url!);
        httpRequest(
          { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers: { host: 'rebound.example' } },
          (response) => {
            response.resume();
            resolve(response.statusCode);
          },
        )
          .on('error', reject)
          .end('{}');
      });
      expect(status).toBe(403);
    } finally {
      child.kill();
    }
  }, 300_000);
});

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

describe('inftool scaffold --mode proxy', () => {
  let api: Server;
  let base: string;
  const seen: Seen[] = [];

  beforeAll(async () => {
    // A fake of the Bookshelf API: records every request, answers like the spec says.
    api = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        seen.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
        const json = (status: number, value: unknown) =>
          response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
        if (request.headers['x-api-key'] !== 'test-key') return json(401, { error: 'bad key' });
        if (request.method === 'GET' && request.url?.startsWith('/v1/shelves/'))
          return json(200, [{ id: 'b1', title: 'Dune', year: 1965 }]);
        if (request.method === 'POST') return json(201, { id: 'b2', ...(JSON.parse(body) as object) });
        return json(404, { error: 'no such book' });
      });
    });
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    const address = api.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/v1`;
  });
  afterAll(() => new Promise<void>((resolve) => api.close(() => resolve())));

  it('calls the API with path, query, header, body and credential placed as the spec says, HTTP errors as isError, and Ajv where zod fell back', async () => {
    const { tree } = await buildTree({
      inputs: [{ format: 'openapi', paths: [fixture('openapi/bookshelf-proxy.json')] }],
      merge: false,
      workers: 1,
    });
    const treeFile = join(work, 'bookshelf-tree.json');
    await writeFile(treeFile, JSON.stringify(tree));
    const server = tree.domains[0]!.categories[0]!.servers[0]!.name;
    const out = join(work, 'bookshelf');
    const report = await scaffoldAndBuild(['--tree', treeFile, '--server', server], out);
    // format ipv4 becomes `.ip()`, which zod 4 no longer has: that tool falls back to Ajv.
    expect(report.fallbacks).toEqual([{ tool: 'list_books', schema: 'input', reason: expect.stringMatching(/does not run under zod 4/) }]);
    expect(report.input).toMatchObject({ notRun: 1, agreement: 1 }); // its values are not in the figure: it has none
    const variables = report.environment.map((variable) => variable.name);
    const baseVariable = variables.find((name) => name.endsWith('_BASE_URL'))!;
    const keyVariable = variables.find((name) => name.endsWith('_X_API_KEY'))!;
    expect(keyVariable).toBeDefined();
    expect(await readFile(join(out, 'README.md'), 'utf8')).toContain(keyVariable);

    const client = await connect(process.execPath, [join(out, 'dist/main.js')], { [baseVariable]: base, [keyVariable]: 'test-key' });
    try {
      const listed = (await client.callTool({
        name: 'list_books',
        arguments: { shelfId: 'sci fi/2', genre: ['space opera', 'classic'], 'X-Reading-Mode': 'quiet', client_ip: '10.0.0.7' },
      })) as CallToolResult;
      expect(listed.isError).toBeFalsy();
      expect(listed.structuredContent).toEqual({ items: [{ id: 'b1', title: 'Dune', year: 1965 }] });
      const get = seen.at(-1)!;
      expect(get.method).toBe('GET');
      const url = new URL(get.url, 'http://x');
      expect(url.pathname).toBe('/v1/shelves/sci%20fi%2F2/books');
      expect(url.searchParams.getAll('genre')).toEqual(['space opera', 'classic']);
      expect(url.searchParams.get('client_ip')).toBe('10.0.0.7');
      expect(get.headers['x-reading-mode']).toBe('quiet');
      expect(get.headers['x-api-key']).toBe('test-key');
      expect(get.body).toBe('');

      const added = (await client.callTool({
        name: 'add_book',
        arguments: { shelfId: 's1', title: 'Solaris', year: 1961 },
      })) as CallToolResult;
      expect(added.structuredContent).toEqual({ id: 'b2', title: 'Solaris', year: 1961 });
      const post = seen.at(-1)!;
      expect([post.method, post.url, post.headers['content-type']]).toEqual(['POST', '/v1/shelves/s1/books', 'application/json']);
      expect(JSON.parse(post.body)).toEqual({ title: 'Solaris', year: 1961 });

      const missing = (await client.callTool({ name: 'get_book', arguments: { bookId: 'nope' } })) as CallToolResult;
      expect(missing.isError).toBe(true);
      expect(text(missing)).toMatch(/HTTP 404.*no such book/);

      // The fallback tool checks its arguments with Ajv before any request leaves.
      const before = seen.length;
      const refused = (await client.callTool({
        name: 'list_books',
        arguments: { shelfId: 's1', client_ip: 'not-an-address' },
      })) as CallToolResult;
      expect(refused.isError).toBe(true);
      expect(text(refused)).toMatch(/Invalid arguments for tool list_books: \$\.client_ip: must match format "ipv4"/);
      // zod checks the others: a year before printing is refused before any request too.
      const early = (await client.callTool({
        name: 'add_book',
        arguments: { shelfId: 's1', title: 'Scroll', year: 900 },
      })) as CallToolResult;
      expect(early.isError).toBe(true);
      expect(seen.length).toBe(before);
    } finally {
      await client.close();
    }

    // Without the key, no request leaves and the result names the variable to set.
    const keyless = await connect(process.execPath, [join(out, 'dist/main.js')], { [baseVariable]: base });
    try {
      const result = (await keyless.callTool({ name: 'get_book', arguments: { bookId: 'b1' } })) as CallToolResult;
      expect(result.isError).toBe(true);
      expect(text(result)).toContain(`set ${keyVariable}`);
    } finally {
      await keyless.close();
    }
  }, 300_000);

  it('refuses --mode proxy for a server whose tools have no API operation, and names the way out', async () => {
    const failed = await run(process.execPath, [
      cliPath,
      'scaffold',
      '--tree',
      demoTree,
      '--server',
      'skyways',
      '--out',
      join(work, 'refused'),
    ]).then(
      () => undefined,
      (error: { stderr: string; code: number }) => error,
    );
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toMatch(/--mode proxy: 4 tool\(s\) of server skyways have no API operation.*search_flights.*--mode simulated/);
  });
});
