/**
 * Seeded malformed JSON-RPC for the standing fuzz suite: broken JSON, wrong shapes, wrong types, odd
 * ids, deep nesting, batches, garbage bytes and real methods with bad params. Same seed, same messages.
 */
import { createRandom, type Random } from '@inftool/core';

export interface FuzzMessage {
  /** What is sent: one line's text (no newline) or raw bytes. */
  text: string | Buffer;
  /** The id a response must carry when this message is a request that must be answered (exactly once). */
  answeredId?: string | number;
  kind: string;
}

const METHODS = [
  'ping',
  'tools/list',
  'tools/call',
  'logging/setLevel',
  'resources/list',
  'resources/read',
  'prompts/get',
  'completion/complete',
  'notifications/initialized',
  'notifications/cancelled',
  'notifications/progress',
  'no/such/method',
  '',
  'tools/call/extra',
  '$/internal',
  'TOOLS/LIST',
];
/** The tools of `test/fixtures/fuzz-tree.json` (`store_document` takes any JSON), and names it does not serve. */
const TOOLS = [
  'get_current_weather',
  'store_document',
  'create_order',
  'service_status',
  'no_such_tool',
  'get_weather',
  '',
  'x'.repeat(300),
];

function deep(depth: number, array: boolean): string {
  return array ? `${'['.repeat(depth)}1${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

function junkValue(random: Random, level = 0): unknown {
  const kinds = level > 2 ? 6 : 9;
  switch (random.int(0, kinds - 1)) {
    case 0:
      return null;
    case 1:
      return random.chance(0.5);
    case 2:
      return random.pick([0, -1, 1.5, 1e308, -0, 2 ** 53 + 1, 123456789]);
    case 3:
      return random.pick(['', 'Zürich 東京 🌧', '\u0000\u0001', '\ud800', 'a'.repeat(random.int(1, 5000)), '<script>', '../../etc/passwd']);
    case 4:
      return random.pick(['debug', 'loud', 'o:99999', 'not base64!', 'get_current_weather']);
    case 5:
      return {};
    case 6:
      return Array.from({ length: random.int(0, 4) }, () => junkValue(random, level + 1));
    case 7:
      return Object.fromEntries(
        Array.from({ length: random.int(0, 4) }, () => [
          random.pick(['city', 'name', '__proto__', 'constructor', '', 'arguments', '_meta']),
          junkValue(random, level + 1),
        ]),
      );
    default:
      return { cursor: junkValue(random, level + 1), level: junkValue(random, level + 1), name: random.pick(TOOLS) };
  }
}

/** A fresh id, of the shape JSON-RPC allows (numbers and strings), never reused. */
function freshId(random: Random, counter: number): string | number {
  return random.chance(0.5) ? 100_000 + counter : `fuzz-${counter}-${random.pick(['', 'ü', ' ', '"quoted"'])}`;
}

/**
 * `count` malformed messages. `counter` keeps ids unique across calls. Every message that is a JSON
 * object with a `method` key and a string or number `id` names that id in `answeredId`: whatever else
 * is wrong with it, it must get exactly one response with that id.
 */
export function fuzzMessages(seed: number, count: number, options: { oversizeBytes?: number } = {}): FuzzMessage[] {
  const random = createRandom(seed);
  const messages: FuzzMessage[] = [];
  for (let counter = 0; counter < count; counter += 1) {
    const id = freshId(random, counter);
    const request = (method: unknown, params?: unknown, extra: Record<string, unknown> = {}): FuzzMessage => {
      const message: Record<string, unknown> = { jsonrpc: '2.0', id, method, ...extra };
      if (params !== undefined) message['params'] = params;
      return { text: JSON.stringify(message), answeredId: id, kind: `request ${String(method)}` };
    };
    const choice = random.int(0, 19);
    switch (choice) {
      case 0: {
        const valid = JSON.stringify({ jsonrpc: '2.0', id, method: 'ping' });
        messages.push({ text: valid.slice(0, random.int(1, valid.length - 1)), kind: 'truncated JSON' });
        break;
      }
      case 1:
        messages.push({
          text: Buffer.from(Array.from({ length: random.int(1, 200) }, () => random.int(0, 255)).filter((byte) => byte !== 10)),
          kind: 'random bytes',
        });
        break;
      case 2:
        messages.push({
          text: random.pick(['null', '1', '"text"', 'true', '{}', '[]', '[[]]', '[1,2]', '{"jsonrpc":"1.0"}', ' ', '\r']),
          kind: 'JSON that is no message',
        });
        break;
      case 3:
        messages.push(request(random.pick(METHODS), junkValue(random)));
        break;
      case 4:
        messages.push(request(junkValue(random)));
        break;
      case 5:
        messages.push({ ...request('ping'), text: JSON.stringify({ id, method: 'ping' }), kind: 'no jsonrpc member' });
        break;
      case 6:
        messages.push({ text: JSON.stringify({ jsonrpc: '2.0', id: junkValue(random), method: 'ping' }), kind: 'odd id' });
        break;
      case 7:
        messages.push(
          request('tools/call', {
            name: random.pick(TOOLS),
            arguments: random.chance(0.5) ? junkValue(random) : { doc: junkValue(random), key: junkValue(random) },
          }),
        );
        break;
      case 8:
        messages.push(request('tools/call', { name: junkValue(random), arguments: {} }));
        break;
      case 9:
        messages.push({
          text: `{"jsonrpc":"2.0","id":${JSON.stringify(id)},"method":"tools/call","params":{"name":"${random.pick(['store_document', 'create_order', 'get_current_weather'])}","arguments":{"${random.pick(['doc', 'note', 'city'])}":${deep(random.int(65, 10_000), random.chance(0.5))}}}}`,
          answeredId: id,
          kind: 'deep arguments',
        });
        break;
      case 10:
        messages.push({
          text: `{"jsonrpc":"2.0","id":${JSON.stringify(id)},"method":"${random.pick(['tools/list', 'ping', 'logging/setLevel'])}","params":${deep(random.int(100, 10_000), random.chance(0.5))}}`,
          answeredId: id,
          kind: 'deep params',
        });
        break;
      case 11:
        messages.push(request('tools/list', { cursor: junkValue(random) }));
        break;
      case 12:
        messages.push(request('logging/setLevel', { level: junkValue(random) }));
        break;
      case 13:
        // A server reply the client never asked for, and a cancellation of a request that does not exist.
        messages.push({
          text: JSON.stringify(
            random.chance(0.5)
              ? { jsonrpc: '2.0', id: -counter - 1, result: junkValue(random) }
              : { jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: -counter - 1, reason: junkValue(random) } },
          ),
          kind: 'stray response or cancellation',
        });
        break;
      case 14:
        messages.push({
          text: JSON.stringify(
            Array.from({ length: random.int(0, 5) }, () => ({ jsonrpc: '2.0', id: freshId(random, -counter), method: 'ping' })),
          ),
          kind: 'batch',
        });
        break;
      case 15:
        messages.push({ text: JSON.stringify([junkValue(random), [junkValue(random)]]), kind: 'batch of junk' });
        break;
      case 16:
        messages.push(request('tools/call', { name: 'get_current_weather', arguments: { city: 'Lima' }, _meta: junkValue(random) }));
        break;
      case 17:
        // initialize again, with params no server can take (a valid one would change the client's capabilities).
        messages.push(request('initialize', random.pick([null, 1, 'x', [], { protocolVersion: 5 }, { capabilities: 'all' }])));
        break;
      case 18:
        if (options.oversizeBytes !== undefined && random.chance(0.2)) {
          messages.push({
            text: `{"jsonrpc":"2.0","id":${JSON.stringify(id)},"method":"tools/call","params":{"name":"get_current_weather","arguments":{"city":"${'x'.repeat(options.oversizeBytes)}"}}}`,
            answeredId: id,
            kind: 'oversize line',
          });
        } else {
          messages.push(request('ping', undefined, { extra: junkValue(random), jsonrpc: random.pick(['2.0', '2', 2, null]) }));
        }
        break;
      default:
        messages.push({
          text: `{"jsonrpc":"2.0","id":${JSON.stringify(id)},"method":"ping"${random.pick([',', '}}', ',"params":', ' garbage'])}`,
          kind: 'broken tail',
        });
    }
  }
  return messages;
}
