/**
 * Whether a JSON Schema admits a finite value. A schema whose required members lead back to itself
 * (`{node: {$ref: "#/$defs/n"}}` with `n` requiring `child: {$ref: "#/$defs/n"}`, or `a → b → a`)
 * holds only endless values: no engine can produce a result for it, and walking it overflows the
 * stack. Only local `$ref`s (`#`, `#/$defs/…`, any JSON pointer into the document) are followed; a
 * reference elsewhere is taken to be satisfiable.
 */

type Schema = Record<string, unknown>;

const SCALAR_TYPES = new Set(['null', 'boolean', 'string', 'number', 'integer']);

const isSchemaObject = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Calls `visit` on every object in a JSON value, walked without recursion (a deep document cannot
 * overflow it); stops and returns true as soon as `visit` returns true.
 */
function someObject(root: unknown, visit: (node: Schema) => boolean): boolean {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    if (Array.isArray(node)) {
      stack.push(...(node as unknown[]));
      continue;
    }
    if (visit(node as Schema)) return true;
    for (const key in node) stack.push((node as Schema)[key]);
  }
  return false;
}

/** True when `$ref` occurs anywhere in `value` (a cheap walk: most schemas have none and need no more). */
function hasRef(value: unknown): boolean {
  return someObject(value, (node) => Object.hasOwn(node, '$ref'));
}

function resolvePointer(root: unknown, pointer: string): unknown {
  if (pointer === '#') return root;
  if (!pointer.startsWith('#/')) return undefined;
  let node: unknown = root;
  for (const raw of pointer.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** The schemas a value of `schema` must hold as members: those of its required properties and its first items. */
function requiredMembers(schema: Schema): Array<{ segment: string; schema: unknown }> {
  const members: Array<{ segment: string; schema: unknown }> = [];
  const properties = isSchemaObject(schema['properties']) ? schema['properties'] : {};
  if (Array.isArray(schema['required'])) {
    for (const name of schema['required']) {
      if (typeof name !== 'string') continue;
      // A name some pattern may cover is taken to be satisfiable (patterns are not matched here).
      const member =
        name in properties ? properties[name] : schema['patternProperties'] !== undefined ? true : schema['additionalProperties'];
      members.push({ segment: `.${name}`, schema: member });
    }
  }
  const minItems = typeof schema['minItems'] === 'number' ? schema['minItems'] : 0;
  const prefix = Array.isArray(schema['prefixItems']) ? schema['prefixItems'] : [];
  for (let index = 0; index < Math.min(minItems, prefix.length + 1); index += 1)
    members.push({ segment: `[${index}]`, schema: index < prefix.length ? prefix[index] : schema['items'] });
  if (schema['contains'] !== undefined && schema['minContains'] !== 0) members.push({ segment: '[*]', schema: schema['contains'] });
  return members;
}

class FiniteAnalysis {
  /** Local `$ref` target → whether it admits a finite value, as far as known (least fixpoint: false first). */
  private readonly refs = new Map<string, boolean>();

  constructor(private readonly root: unknown) {}

  /** Whether `schema` admits a finite value, taking each `$ref` at its current known value. */
  finite(schema: unknown): boolean {
    if (schema === false) return false;
    if (!isSchemaObject(schema)) return true;
    const reference = schema['$ref'];
    if (typeof reference === 'string' && reference.startsWith('#')) {
      if (!this.refs.has(reference)) this.refs.set(reference, false);
      if (!this.refs.get(reference)) return false;
    }
    if (Array.isArray(schema['allOf']) && !schema['allOf'].every((part) => this.finite(part))) return false;
    for (const key of ['anyOf', 'oneOf'] as const) {
      const options = schema[key];
      if (Array.isArray(options) && options.length > 0 && !options.some((part) => this.finite(part))) return false;
    }
    const types = Array.isArray(schema['type']) ? schema['type'] : typeof schema['type'] === 'string' ? [schema['type']] : [];
    // A value of a scalar type (or of any type, when none is named) need not hold members.
    if (types.length === 0 || types.some((type) => SCALAR_TYPES.has(type as string))) return true;
    return requiredMembers(schema).every((member) => this.finite(member.schema));
  }

  /** Settles every reachable `$ref` (they only ever turn from false to true, so this ends). */
  settle(): void {
    this.finite(this.root);
    for (let changed = true; changed;) {
      // A reference first met during this sweep is judged in the next one.
      const known = this.refs.size;
      changed = false;
      for (const [reference, isFinite] of [...this.refs]) {
        if (isFinite) continue;
        if (this.finite(resolvePointer(this.root, reference) ?? true)) {
          this.refs.set(reference, true);
          changed = true;
        }
      }
      if (this.refs.size > known) changed = true;
      if (changed) this.finite(this.root); // may reach references not seen before
    }
  }

  /** A path a value would have to follow without end (`$.node.child.child…`), for the report. */
  explain(schema: unknown, path: string, seen: Set<string>): string {
    if (!isSchemaObject(schema)) return path;
    const reference = schema['$ref'];
    if (typeof reference === 'string' && this.refs.get(reference) === false) {
      if (seen.has(reference)) return `${path}…`;
      seen.add(reference);
      return this.explain(resolvePointer(this.root, reference), path, seen);
    }
    for (const part of Array.isArray(schema['allOf']) ? schema['allOf'] : []) if (!this.finite(part)) return this.explain(part, path, seen);
    for (const key of ['anyOf', 'oneOf'] as const) {
      const options = Array.isArray(schema[key]) ? schema[key] : [];
      if (options.length > 0 && !options.some((part) => this.finite(part))) return this.explain(options[0], path, seen);
    }
    for (const member of requiredMembers(schema))
      if (!this.finite(member.schema)) return this.explain(member.schema, `${path}${member.segment}`, seen);
    return path;
  }
}

/**
 * Undefined when `schema` admits a finite value; else where a value would nest without end
 * (`$.node.child…`).
 */
export function endlessPath(schema: unknown): string | undefined {
  if (!hasRef(schema)) return undefined;
  const analysis = new FiniteAnalysis(schema);
  analysis.settle();
  if (analysis.finite(schema)) return undefined;
  return analysis.explain(schema, '$', new Set(['#']));
}

/** Every local `$ref` string in a document. */
function localRefs(root: unknown): Set<string> {
  const refs = new Set<string>();
  someObject(root, (node) => {
    const reference = node['$ref'];
    if (typeof reference === 'string' && reference.startsWith('#')) refs.add(reference);
    return false;
  });
  return refs;
}

/**
 * How far a schema is from a finite value, for a generator that must end: `Infinity` when it admits
 * none; else the highest rank of the `$ref`s its required parts go through (0: none). A reference's
 * rank is the order in which it was found finite, so the target of a reference of rank k has a
 * cheapest branch of cost below k: always taking the cheapest `anyOf`/`oneOf` option (and only the
 * required members) walks down the ranks and ends.
 */
class FiniteCost {
  private readonly rank = new Map<string, number>();

  constructor(private readonly root: unknown) {
    const refs = [...localRefs(root)];
    let next = 0;
    for (let changed = true; changed;) {
      changed = false;
      for (const reference of refs) {
        if (this.rank.has(reference)) continue;
        if (this.cost(resolvePointer(root, reference) ?? true) < Infinity) {
          this.rank.set(reference, (next += 1));
          changed = true;
        }
      }
    }
  }

  cost(schema: unknown): number {
    if (schema === false) return Infinity;
    if (!isSchemaObject(schema)) return 0;
    let cost = 0;
    const reference = schema['$ref'];
    if (typeof reference === 'string' && reference.startsWith('#')) cost = this.rank.get(reference) ?? Infinity;
    if (cost === Infinity) return cost;
    if (Array.isArray(schema['allOf'])) for (const part of schema['allOf']) cost = Math.max(cost, this.cost(part));
    for (const key of ['anyOf', 'oneOf'] as const) {
      const options = schema[key];
      if (Array.isArray(options) && options.length > 0) cost = Math.max(cost, Math.min(...options.map((part) => this.cost(part))));
    }
    if (cost === Infinity) return cost;
    const types = Array.isArray(schema['type']) ? schema['type'] : typeof schema['type'] === 'string' ? [schema['type']] : [];
    if (types.length === 0 || types.some((type) => SCALAR_TYPES.has(type as string))) return cost;
    for (const member of requiredMembers(schema)) cost = Math.max(cost, this.cost(member.schema));
    return cost;
  }
}

const costs = new WeakMap<object, FiniteCost>();
const noRefs = (): number => 0;

/**
 * The cost function of `root`'s sub-schemas (see `FiniteCost`): `Infinity` for one that admits no
 * finite value. Computed once per document; a document without `$ref` costs nothing.
 */
export function finiteCost(root: unknown): (schema: unknown) => number {
  if (typeof root !== 'object' || root === null || !hasRef(root)) return noRefs;
  let analysis = costs.get(root);
  if (analysis === undefined) {
    analysis = new FiniteCost(root);
    costs.set(root, analysis);
  }
  const settled = analysis;
  return (schema) => settled.cost(schema);
}
