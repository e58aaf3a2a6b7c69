#!/usr/bin/env node
// A scripted agent for `inftool eval agent`: it reads the answers from a frozen suite (SCRIPTED_SUITE,
// written by `--suite`) and plays them, so the harness can be tested against an agent whose every
// move is known. SCRIPTED_MISTAKE makes it err on purpose: wrong_tool, missing_argument,
// call_on_irrelevance, ignore_fault, never_answers (makes its calls, then hangs without replying,
// with a child process of its own), crash (makes its calls, then exits), garbage (replies with a
// line that is not JSON), two_replies (two reply lines to one turn), skip_write (leaves out the plan's
// last call that creates, changes or deletes a record), wrong_record (its first change or delete of a
// record names another record the world holds). SCRIPTED_PIDS, when set, is a file the agent appends its pid (and its
// child's) to. It speaks MCP over Streamable HTTP with plain fetch (no SDK), or, with
// SCRIPTED_TRANSPORT=stdio, over stdio through the MCP SDK's client (the server: INFTOOL_MCP_COMMAND).
// SCRIPTED_ASK=call makes it call at once on a missing_param task, leaving out what the user has not
// said, instead of asking first. SCRIPTED_ELICITATION makes its client declare elicitation (the SDK's
// client, over HTTP too) and answer the server's questions: relay (passes each to the user as a line
// {"role":"elicitation",…} and sends the server the user's answer), invent (accepts with made-up
// values) or decline.
import { spawn } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

if (process.env.SCRIPTED_PIDS) appendFileSync(process.env.SCRIPTED_PIDS, `${process.pid}\n`);
if (process.env.SCRIPTED_MISTAKE === 'never_answers') {
  // A hung agent: it ignores the end of its input, and keeps a child of its own running.
  const child = spawn('sleep', ['300'], { stdio: 'ignore' });
  if (process.env.SCRIPTED_PIDS) appendFileSync(process.env.SCRIPTED_PIDS, `${child.pid}\n`);
  const stay = () => setTimeout(stay, 1000);
  stay();
}
const suite = JSON.parse(readFileSync(process.env.SCRIPTED_SUITE ?? '', 'utf8'));
const mistake = process.env.SCRIPTED_MISTAKE ?? 'none';

/** MCP over Streamable HTTP with plain fetch (INFTOOL_MCP_URL): the protocol is all an agent needs. */
async function overHttp(url) {
  let session;
  let version;
  let nextId = 1;
  async function rpc(method, params, notification = false) {
    const headers = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
    if (session) headers['mcp-session-id'] = session;
    if (version) headers['mcp-protocol-version'] = version;
    const body = notification ? { jsonrpc: '2.0', method, params } : { jsonrpc: '2.0', id: nextId++, method, params };
    const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
    session ??= response.headers.get('mcp-session-id') ?? undefined;
    if (notification) return undefined;
    const message = await response.json();
    if (message.error) throw new Error(`${method}: ${message.error.message}`);
    return message.result;
  }
  const init = await rpc('initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'scripted-agent', version: '1' } });
  version = init.protocolVersion;
  await rpc('notifications/initialized', {}, true);
  return { tools: (await rpc('tools/list', {})).tools, call: (name, args) => rpc('tools/call', { name, arguments: args }), close: async () => {} };
}

const elicitation = process.env.SCRIPTED_ELICITATION;
/** Answers to the questions this agent relayed to the user, in order (the user's lines {"role":"elicitation",…}). */
const relayed = [];

/** The client's answer to a server's question (elicitation/create), by SCRIPTED_ELICITATION. */
async function answerServer(request) {
  const { message, requestedSchema } = request.params;
  if (elicitation === 'decline') return { action: 'decline' };
  if (elicitation === 'invent')
    return { action: 'accept', content: Object.fromEntries(Object.keys(requestedSchema.properties ?? {}).map((field) => [field, 'X-0000'])) };
  const answered = new Promise((resolve) => relayed.push(resolve));
  process.stdout.write(`${JSON.stringify({ role: 'elicitation', message, requestedSchema })}\n`);
  const { action, content } = await answered;
  return content ? { action, content } : { action };
}

/** MCP with the official SDK's client: over stdio (INFTOOL_MCP_COMMAND, run by a shell), or HTTP when it answers elicitation. */
async function overSdk(endpoint) {
  const { Client } = await import('@modelcontextprotocol/sdk/client/index.js');
  const { StdioClientTransport } = await import('@modelcontextprotocol/sdk/client/stdio.js');
  const { StreamableHTTPClientTransport } = await import('@modelcontextprotocol/sdk/client/streamableHttp.js');
  const { ElicitRequestSchema } = await import('@modelcontextprotocol/sdk/types.js');
  const client = new Client({ name: 'scripted-agent', version: '1' }, elicitation ? { capabilities: { elicitation: {} } } : {});
  if (elicitation) client.setRequestHandler(ElicitRequestSchema, answerServer);
  await client.connect(
    stdio
      ? new StdioClientTransport({ command: 'sh', args: ['-c', `exec ${endpoint}`], stderr: 'inherit' })
      : new StreamableHTTPClientTransport(new URL(endpoint)),
  );
  const { tools } = await client.listTools();
  return { tools, call: (name, args) => client.callTool({ name, arguments: args }), close: () => client.close() };
}

const stdio = process.env.SCRIPTED_TRANSPORT === 'stdio';
const endpoint = stdio ? process.env.INFTOOL_MCP_COMMAND : process.env.INFTOOL_MCP_URL;
if (!endpoint) {
  process.stderr.write(`${stdio ? 'INFTOOL_MCP_COMMAND' : 'INFTOOL_MCP_URL'} is not set\n`);
  process.exit(2);
}
const mcp = stdio || elicitation ? await overSdk(endpoint) : await overHttp(endpoint);
const listed = mcp.tools;
const offered = new Set(listed.map((tool) => tool.name));

/** The suite's task this session serves: the one whose opening request (the offline user's, which is seeded) is this one. */
async function findTask(request) {
  const { OfflineUser } = await import('../../packages/user-sim/dist/index.js');
  const views = new Map(listed.map((tool) => [tool.name, { name: tool.name, description: tool.description ?? '', inputSchema: tool.inputSchema }]));
  for (const task of suite.tasks) {
    if (task.tools.length !== offered.size || !task.tools.every((name) => offered.has(name))) continue;
    if ((await new OfflineUser(task, views).opening()) === request) return task;
  }
  if (suite.tasks.length === 1) return suite.tasks[0]; // a suite of one: whoever plays the user
  throw new Error(`no task of ${process.env.SCRIPTED_SUITE} opens with ${JSON.stringify(request)}`);
}

/** Scalar values of a result, for an answer that states them. */
function values(data, into = []) {
  if (into.length >= 4) return into;
  if (typeof data === 'string' || typeof data === 'number') into.push(String(data));
  else if (Array.isArray(data)) for (const item of data.slice(0, 2)) values(item, into);
  else if (data && typeof data === 'object') for (const value of Object.values(data)) values(value, into);
  return into;
}

const results = []; // per step, the results of its calls
function resolve(args) {
  const out = {};
  for (const [name, value] of Object.entries(args)) {
    const ref = value && typeof value === 'object' ? value.$result : undefined;
    if (!ref) out[name] = value;
    else {
      const data = results[ref.turn]?.[ref.call];
      const item = Array.isArray(data) ? data[0] : data;
      out[name] = item?.[ref.field] ?? ref.value ?? item?.id;
    }
  }
  return out;
}

async function call(name, args) {
  const result = await mcp.call(name, args);
  const text = (result.content ?? []).map((block) => block.text ?? '').join('');
  let data = result.structuredContent;
  if (data === undefined) {
    try {
      data = JSON.parse(text);
    } catch {
      data = text;
    }
  }
  return { isError: result.isError === true, data, text };
}

const { entityIdParameter, seededEntityIds, toolEntity } = await import('../../packages/sim-server/dist/index.js');
const specOf = (name) => listed.find((tool) => tool.name === name);
const writes = (name) => specOf(name) !== undefined && ['create', 'update', 'delete'].includes(toolEntity(specOf(name)).action);

/** The plan's last write, as [step, call]: what skip_write leaves out. */
function lastWrite() {
  let found;
  (task.expectedCalls ?? []).forEach((calls, at) => calls.forEach((planned, index) => writes(planned.tool) && (found = [at, index])));
  return found;
}

let wrongRecordDone = false;
/** wrong_record: the first change or delete of a record by id names another record of the task's world. */
function wrongRecord(name, args) {
  const spec = specOf(name);
  const parameter = spec && ['update', 'delete'].includes(toolEntity(spec).action) ? entityIdParameter(spec) : undefined;
  if (wrongRecordDone || parameter === undefined || args[parameter] === undefined) return args;
  const ids = seededEntityIds(task.seed, toolEntity(spec).entity, spec.inputSchema.properties?.[parameter], parameter);
  const other = ids.find((id) => String(id) !== String(args[parameter]));
  if (other === undefined) return args;
  wrongRecordDone = true;
  return { ...args, [parameter]: other };
}

let task;
let step = 0;
let asked = false;
function reply(content) {
  if (mistake === 'crash') {
    process.stderr.write('scripted crash: out of memory\n');
    process.exit(3);
  }
  if (mistake === 'never_answers') return; // hangs (see below)
  if (mistake === 'garbage') return process.stdout.write(`Here you go: ${content}\n`);
  const line = `${JSON.stringify({ role: 'assistant', content })}\n`;
  if (mistake === 'two_replies') return process.stdout.write(`${JSON.stringify({ role: 'assistant', content: 'One moment.' })}\n${line}`);
  process.stdout.write(line);
}

async function turn(text) {
  task ??= await findTask(text);
  if (task.kind === 'irrelevance') {
    if (mistake === 'call_on_irrelevance') await call(listed[0].name, {});
    return reply('Sorry, none of my tools can do that.');
  }
  if (task.kind === 'missing_param' && !asked && step === 0 && process.env.SCRIPTED_ASK !== 'call') {
    asked = true;
    return reply(`Could you tell me the ${task.unknown.join(' and ') || 'missing details'}?`);
  }
  const planned = task.expectedCalls?.[step];
  if (!planned) return reply('Is there anything else?');
  const skipped = mistake === 'skip_write' ? lastWrite() : undefined;
  const made = await Promise.all(
    planned.map(async (plannedCall, index) => {
      if (skipped?.[0] === step && skipped[1] === index) return undefined;
      let name = plannedCall.tool;
      let args = resolve(plannedCall.arguments);
      if (mistake === 'wrong_record') args = wrongRecord(name, args);
      if (task.kind === 'missing_param' && process.env.SCRIPTED_ASK === 'call' && step === 0)
        args = Object.fromEntries(Object.entries(args).filter(([key]) => !task.unknown.includes(`${name}.${key}`)));
      if (mistake === 'wrong_tool' && step === 0 && index === 0) name = listed.find((tool) => tool.name !== name)?.name ?? name;
      if (mistake === 'missing_argument' && step === 0 && index === 0) {
        const required = listed.find((tool) => tool.name === name)?.inputSchema?.required ?? [];
        args = Object.fromEntries(Object.entries(args).filter(([key]) => key !== required[0]));
      }
      let outcome = await call(name, args);
      const fault = (task.faults ?? []).find((planned) => planned.turn === step && planned.call === index);
      if (outcome.isError && fault?.recovery === 'retry' && mistake !== 'ignore_fault') outcome = await call(name, args);
      return { ...outcome, fault };
    }),
  );
  const outcomes = made.filter((outcome) => outcome !== undefined);
  results[step] = made.map((outcome) => outcome?.data);
  step += 1;
  const notFound = outcomes.find((outcome) => outcome.isError && outcome.fault?.recovery === 'ask');
  if (notFound) return reply('I could not find that one. Could you check the value you gave me?');
  const failed = outcomes.find((outcome) => outcome.isError);
  if (failed) return reply(`That did not work: ${failed.text.slice(0, 100)}`);
  return reply(`Done. Here is what I found: ${outcomes.flatMap((outcome) => values(outcome.data)).join(', ')}.`);
}

let queue = Promise.resolve();
const lines = createInterface({ input: process.stdin });
lines.on('close', () => void queue.then(() => mcp.close()));
lines.on('line', (line) => {
  const message = JSON.parse(line);
  if (message.role === 'elicitation') return relayed.shift()?.(message);
  queue = queue.then(() => turn(message.content)).catch((error) => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exit(1);
  });
});
