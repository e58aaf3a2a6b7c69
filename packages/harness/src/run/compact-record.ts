import {
  InfToolError,
  TRAJECTORY_SCHEMA_VERSION,
  WIRE_SCOPES,
  sha256Hex,
  type OfferedTool,
  type StoredTrajectory,
  type ToolListRef,
  type Trajectory,
  type TrajectoryLine,
  type WireRecord,
  type WireScope,
} from '@inftool/core';

/** The folder of a run directory that holds its tool lists, one file per distinct list. */
export const TOOL_LISTS = 'tools';

/** A tool list ready to store: its reference and the exact bytes the reference names. */
export interface StoredList {
  ref: ToolListRef;
  text: string;
}

/** The JSON text of a list and its reference (the SHA-256 of that text). */
export function storedList(list: readonly unknown[]): StoredList {
  const text = JSON.stringify(list);
  return { ref: { $ref: `${TOOL_LISTS}/${sha256Hex(text)}.json` }, text };
}

type Message = Record<string, unknown>;
const isObject = (value: unknown): value is Message => typeof value === 'object' && value !== null && !Array.isArray(value);
const isRef = (value: unknown): value is ToolListRef =>
  isObject(value) && typeof value['$ref'] === 'string' && Object.keys(value).length === 1;

/** Ids of the client's requests of one method, and a test for the server's responses to them. */
function responsesTo(wire: readonly WireRecord[], method: string): (entry: WireRecord) => boolean {
  const ids = new Set(
    wire
      .filter((entry) => entry.direction === 'client_to_server' && entry.message['method'] === method && 'id' in entry.message)
      .map((entry) => entry.message['id']),
  );
  return (entry) => entry.direction === 'server_to_client' && !('method' in entry.message) && ids.has(entry.message['id']);
}

/** The part of the wire `scope` keeps: all of it, the `tools/call` requests and their responses, or nothing. */
export function scopeWire(wire: readonly WireRecord[], scope: WireScope): WireRecord[] {
  if (scope === 'full') return [...wire];
  if (scope === 'none') return [];
  const isResponse = responsesTo(wire, 'tools/call');
  return wire.filter((entry) => (entry.direction === 'client_to_server' && entry.message['method'] === 'tools/call') || isResponse(entry));
}

/**
 * The version 2 line of a record and the tool lists it references: the offered tools, and the
 * `result.tools` of every `tools/list` response on the wire (kept as `scope` says). Every other
 * message is kept as it crossed the transport.
 */
export function compactRecord(record: Trajectory, scope: WireScope = 'full'): { line: StoredTrajectory; lists: StoredList[] } {
  const lists: StoredList[] = [];
  const store = (list: readonly unknown[]): ToolListRef => {
    const stored = storedList(list);
    lists.push(stored);
    return stored.ref;
  };
  const wire = scopeWire(record.wire, scope);
  const isListing = responsesTo(wire, 'tools/list');
  const compactWire = wire.map((entry): WireRecord => {
    const result = entry.message['result'];
    if (!isListing(entry) || !isObject(result) || !Array.isArray(result['tools'])) return entry;
    return { ...entry, message: { ...entry.message, result: { ...result, tools: store(result['tools']) } } };
  });
  // A record read from a run that kept less keeps saying so.
  const kept = WIRE_SCOPES[Math.max(WIRE_SCOPES.indexOf(scope), WIRE_SCOPES.indexOf(record.wireScope ?? 'full'))] as WireScope;
  const { wireScope: _kept, ...rest } = record;
  const line: StoredTrajectory = {
    ...rest,
    schemaVersion: TRAJECTORY_SCHEMA_VERSION,
    tools: store(record.tools),
    wire: compactWire,
    ...(kept === 'full' ? {} : { wireScope: kept }),
  };
  return { line, lists };
}

/** The references of a line (none for a version 1 line). */
export function listRefs(line: TrajectoryLine): string[] {
  if (line.schemaVersion === 1) return [];
  const refs = [line.tools.$ref];
  const isListing = responsesTo(line.wire, 'tools/list');
  for (const entry of line.wire) {
    const result = entry.message['result'];
    if (isListing(entry) && isObject(result) && isRef(result['tools'])) refs.push(result['tools'].$ref);
  }
  return refs;
}

/**
 * The full in-memory record of a line: a version 1 line as it is, a version 2 line with its
 * references replaced by the lists `resolve` returns (shared between records: read-only).
 */
export function expandRecord(line: TrajectoryLine, resolve: (ref: string) => readonly unknown[]): Trajectory {
  if (line.schemaVersion === 1) return { ...line, schemaVersion: TRAJECTORY_SCHEMA_VERSION };
  const isListing = responsesTo(line.wire, 'tools/list');
  const wire = line.wire.map((entry): WireRecord => {
    const result = entry.message['result'];
    if (!isListing(entry) || !isObject(result) || !isRef(result['tools'])) return entry;
    return { ...entry, message: { ...entry.message, result: { ...result, tools: resolve(result['tools'].$ref) } } };
  });
  const tools = resolve(line.tools.$ref) as OfferedTool[];
  if (!Array.isArray(tools)) throw new InfToolError('invalid_input', `record ${line.id}: ${line.tools.$ref} is not a list of tools`);
  return { ...line, tools, wire };
}
