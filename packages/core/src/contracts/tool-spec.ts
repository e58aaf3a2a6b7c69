import { z } from 'zod';

/** Names every chat-completions API accepts; MCP itself allows more (dots, 128 characters). */
export const SAFE_TOOL_NAME = /^[a-zA-Z0-9_-]{1,64}$/;

/** Our own keys inside an MCP `_meta` object all start with this prefix. */
export const META_PREFIX = 'inftool/';

export const JsonSchemaObject = z
  .looseObject({
    type: z.literal('object'),
    properties: z.record(z.string(), z.unknown()).optional(),
    required: z.array(z.string()).optional(),
  })
  .describe('A JSON Schema 2020-12 object schema (type "object" at the root)');

export const ToolAnnotations = z.looseObject({
  title: z.string().optional(),
  readOnlyHint: z.boolean().optional(),
  destructiveHint: z.boolean().optional(),
  idempotentHint: z.boolean().optional(),
  openWorldHint: z.boolean().optional(),
});

/**
 * An MCP `Tool` as the protocol defines it, with our data under `_meta["inftool/..."]`.
 * A file of ToolSpecs is valid MCP as it stands.
 */
export const ToolSpec = z.looseObject({
  name: z.string().regex(SAFE_TOOL_NAME, 'must match ^[a-zA-Z0-9_-]{1,64}$'),
  title: z.string().optional(),
  description: z.string().optional(),
  inputSchema: JsonSchemaObject,
  outputSchema: JsonSchemaObject.optional(),
  annotations: ToolAnnotations.optional(),
  _meta: z.record(z.string(), z.unknown()).optional(),
});
export type ToolSpec = z.infer<typeof ToolSpec>;

/** Content blocks a pinned response may return: any MCP content type. */
export const ContentBlock = z.looseObject({ type: z.string() });

/** One step of a pinned tool's script (see docs/sim-server.md, "Pinned responses and scripts"). */
export const ScriptStep = z.union([
  z.object({ sleep: z.number().int().nonnegative() }),
  z.object({ log: z.object({ level: z.string(), data: z.unknown() }) }),
  z.object({ progress: z.object({ progress: z.number(), total: z.number().optional(), message: z.string().optional() }) }),
  z.object({
    sample: z.object({
      prompt: z.string().describe('text sent to the client; {{argument}} placeholders are filled'),
      maxTokens: z.number().int().positive().optional(),
      saveAs: z.string().optional(),
    }),
  }),
  z.object({
    elicit: z.object({
      message: z.string(),
      requestedSchema: z.record(z.string(), z.unknown()),
      saveAs: z.string().optional(),
    }),
  }),
  z.object({ closeStream: z.literal(true) }),
]);
export type ScriptStep = z.infer<typeof ScriptStep>;

/** `_meta["inftool/pinned"]`: a fixed response, optionally after a script of steps. */
export const PinnedResponse = z.object({
  content: z.array(ContentBlock).optional(),
  structuredContent: z.record(z.string(), z.unknown()).optional(),
  isError: z.boolean().optional(),
  script: z.array(ScriptStep).optional(),
  /** Fail the call when the client lacks this capability (as a real server would). */
  requires: z.array(z.enum(['sampling', 'elicitation'])).optional(),
});
export type PinnedResponse = z.infer<typeof PinnedResponse>;

/** Every `_meta` key of the project, in one place. On a tool: its pinned response, its source operation, hints to the engines. */
export const PINNED_META_KEY = `${META_PREFIX}pinned`;
export const SOURCE_META_KEY = `${META_PREFIX}source`;
export const SIMULATION_META_KEY = `${META_PREFIX}simulation`;
/** On a tool of a built tree: the cluster it was placed in, and the tools an offline or model merge replaced by it. */
export const CLUSTER_META_KEY = `${META_PREFIX}cluster`;
export const MERGED_META_KEY = `${META_PREFIX}merged`;
/** On a call: the seed of its trajectory (a client may seed a call, and so a trajectory). */
export const SEED_META_KEY = `${META_PREFIX}seed`;
/**
 * On a call: the seed of the session's world. A client that plans calls against the world (the harness) sends the task's
 * seed, so every rollout of a task meets the same world; without it the world is seeded by the server's `--seed`.
 */
export const WORLD_META_KEY = `${META_PREFIX}world`;
/**
 * On a call: a fault the client planned for this attempt (error_recovery scenarios). The server makes it happen whatever
 * `--fault-rate` says: the harness sends it on the planned call's first attempt only, so a retry succeeds.
 */
export const FAULT_META_KEY = `${META_PREFIX}fault`;
/**
 * On a call: the argument a planned `not_found` or `invalid_arguments` fault is about (the id the user mistyped), so the
 * error names the value that was sent wrong, never another id of the call.
 */
export const FAULT_ARGUMENT_META_KEY = `${META_PREFIX}fault-argument`;

/** `_meta["inftool/simulation"]`: hints to the simulation engines. */
export const SimulationHints = z.looseObject({
  /** Ask the user (MCP elicitation) for missing required arguments instead of failing. */
  elicitMissing: z.boolean().optional(),
  /** The entity type this tool reads or writes, for state memory (faker engine). */
  entity: z.string().optional(),
});
export type SimulationHints = z.infer<typeof SimulationHints>;
