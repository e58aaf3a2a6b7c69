/**
 * The JSON the viewer's server sends its page (`inftool view`). No Node imports: the browser
 * bundle (`packages/harness/web`) imports them too.
 */

/** The two record files of a run. */
export type RunFile = 'trajectories' | 'rejected';
export const RUN_FILES: readonly RunFile[] = ['trajectories', 'rejected'];

/** What the list shows and filters on for one line of a run file (kept in the index, not the record). */
export interface RecordSummary {
  file: RunFile;
  /** 1-based line number in the file. */
  line: number;
  id: string;
  /** The task it played: rollouts of one task, and a reflection's attempts, share it. */
  taskId: string;
  kind: string;
  outcome: string;
  /** Ids of the checks that failed. */
  failed: string[];
  /** Tools the assistant called (chat names), each once. */
  tools: string[];
  servers: string[];
  userTurns: number;
  calls: number;
  bytes: number;
  /** How long the conversation took (`timings.ms`), when recorded. */
  ms: number | null;
  /** Reward parts, when computed. */
  reward: Record<string, number> | null;
  /** Tokens per role (prompt + completion). */
  tokens: Record<string, { prompt: number; completion: number }>;
  models: Record<string, string>;
  /** The first user message, cut. */
  preview: string;
  /** Why the line could not be read, when it could not (the line is still listed). */
  error?: string;
}

/** A summary and the lower-case words free text is matched against: what the list filters. */
export interface Filterable {
  summary: RecordSummary;
  text: string;
}

export interface Histogram {
  /** One label per bin ("0", "1", "2–3", "≥ 64"). */
  labels: string[];
  counts: number[];
}

/** A run at a glance: counted from the index. */
export interface RunStats {
  records: number;
  accepted: number;
  rejected: number;
  unreadable: number;
  /** Per scenario kind, records by outcome. */
  byKind: Record<string, Record<string, number>>;
  /** Failed checks by id (records failing each), over all records. */
  failedChecks: Record<string, number>;
  /** Calls per tool, over all records. */
  tools: Record<string, number>;
  /** Records per server in play. */
  servers: Record<string, number>;
  userTurns: Histogram;
  calls: Histogram;
  latencyMs: Histogram;
  bytes: Histogram;
  /** Tokens per role, summed. */
  tokens: Record<string, { prompt: number; completion: number }>;
  /** Mean of each reward part over the records that carry it. */
  reward: Record<string, { mean: number; count: number }>;
  /** Models per role, with the records played by each. */
  models: Record<string, Record<string, number>>;
}

export interface RunInfo {
  index: number;
  dir: string;
  name: string;
  manifest: Record<string, unknown> | null;
  stats: RunStats;
}

/** The `inftool audit` table of a run, as cells (`quality` keeps the report itself). */
export interface AuditTable {
  title: string;
  header: string[];
  rows: string[][];
  notes: string[];
}

export interface AuditResponse {
  /** Records the audit read, and the records of the run: a large run is audited on an even sample. */
  audited: number;
  of: number;
  columns: string;
  tables: AuditTable[];
}

export interface ListQuery {
  kind?: string;
  outcome?: string;
  check?: string;
  tool?: string;
  server?: string;
  /** A model of any role. */
  model?: string;
  task?: string;
  /** Range of the reward's `total` part (records without one never match a range). */
  rewardMin?: number;
  rewardMax?: number;
  q?: string;
  sort?: string;
  page: number;
  size: number;
}

export interface ListResponse {
  total: number;
  page: number;
  size: number;
  items: RecordSummary[];
}

/** A JSON-Schema problem of a call's arguments, by JSON path. */
export interface ArgumentIssue {
  path: string;
  message: string;
}

export interface RecordResponse {
  file: RunFile;
  line: number;
  bytes: number;
  /** The full record (tool lists resolved), or none when the line cannot be read. */
  record: unknown;
  /** Per tool call id: the problems of its arguments against the offered tool's parameters. */
  argumentIssues: Record<string, ArgumentIssue[]>;
  error?: string;
  /** The start of the raw line, when it could not be read. */
  raw?: string;
}

/**
 * What a static report (`inftool view --static`) carries instead of a server: the API's answers by
 * path, and the summaries of the conversations it holds, which the page filters itself.
 */
export interface StaticReport {
  answers: Record<string, unknown>;
  /** Per run index, the records the report holds. */
  records: Record<string, Filterable[]>;
  /** Conversations held, of all the records of the runs. */
  sample: { held: number; of: number };
}
