import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import { Redis, type RedisOptions } from 'ioredis';
import { InfToolError, canonicalJson } from '@inftool/core';
import type { RoleChoice } from '../roles/select-roles.js';
import type { RunManifest } from '../run/run-manifest.js';

/** Every key of a queued run starts with this (BullMQ's too). */
export const KEY_PREFIX = 'inftool';
/** The runs a worker may join, scored by the time they were opened. */
export const OPEN_RUNS = `${KEY_PREFIX}:runs`;
/** Runs the collector finished, scored by the time they ended (kept a day, for `inftool status`). */
export const DONE_RUNS = `${KEY_PREFIX}:runs:done`;
/** How long a finished run's settings and figures stay in Redis. */
export const DONE_TTL_S = 24 * 3600;

/** The keys of one run: its settings, its state, the stream of records in flight, the workers seen, the collector's figures. */
export function runKeys(runId: string): {
  settings: string;
  state: string;
  records: string;
  workers: string;
  progress: string;
  queue: string;
} {
  const base = `${KEY_PREFIX}:run:${runId}`;
  return {
    settings: `${base}:settings`,
    state: `${base}:state`,
    records: `${base}:records`,
    workers: `${base}:workers`,
    progress: `${base}:progress`,
    queue: `run-${runId}`,
  };
}

/** A run's id: a hash of what decides its data (plan, models, inputs, wire), so a resumed collector finds its queue again. */
export function runIdOf(manifest: RunManifest): string {
  const { plan, models, inputs, wire } = manifest;
  return createHash('sha256')
    .update(canonicalJson({ plan, models, inputs: inputs ?? null, wire: wire ?? 'full' }))
    .digest('hex')
    .slice(0, 16);
}

/** A BullMQ job id for a record id (BullMQ refuses ids with a colon). */
export function jobIdOf(recordId: string): string {
  return recordId.replaceAll(':', '%3A');
}

/** What a worker needs to play a run's tasks, published by the collector (never an API key: workers read their own). */
export interface QueuedRunSettings {
  runId: string;
  manifest: RunManifest;
  /** The tree by path, as each worker sees it (mounted or copied there); verified against `manifest.inputs.treeSha256`. */
  tree: string;
  roles: Omit<RoleChoice, 'throttle' | 'endpoint' | 'endpoints'> & {
    endpoint: { baseURL?: string };
    endpoints?: Partial<Record<'user' | 'assistant' | 'judge', { baseURL?: string }>>;
  };
  serverModel?: { model: string; baseURL?: string };
  transport: 'http' | 'stdio';
  reflect: number;
  maxInfrastructureFailures: number;
  limits: RateLimits;
}

/** Per model endpoint, across every worker of the run. */
export interface RateLimits {
  maxRpm?: number;
  maxTpm?: number;
}

/** A task as a job carries it: planned by the collector, played by any worker. */
export interface SlotJob {
  recordId: string;
  task: import('@inftool/core').Task;
  rollout: number;
}

/** A message a worker sends the collector on the run's stream. */
export type SlotResult = { id: string; kind: string; record: string } | { id: string; left: string };

/** Connection settings for `--queue redis://HOST:PORT/DB` (rediss:// for TLS); commands wait through a Redis restart. */
export function queueConnectionOptions(url: string): RedisOptions {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    parsed = new URL('invalid:');
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:')
    throw new InfToolError('config', `--queue takes redis://HOST:PORT/DB (or rediss://), got "${url}"`);
  const db = Number(parsed.pathname.replace(/^\//, '') || 0);
  if (!Number.isInteger(db) || db < 0) throw new InfToolError('config', `--queue: "${parsed.pathname}" is not a database number`);
  return {
    host: parsed.hostname || '127.0.0.1',
    port: Number(parsed.port || 6379),
    db,
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
    maxRetriesPerRequest: null, // BullMQ's requirement: a command waits for the reconnect instead of failing
    retryStrategy: (times) => Math.min(200 * times, 2000),
  };
}

/** A Redis connection of our own (BullMQ's queues and workers are given the options and own theirs). */
export function connectQueue(url: string): Redis {
  const redis = new Redis(queueConnectionOptions(url));
  redis.on('error', () => undefined); // reconnects are ioredis's; a dead Redis shows as commands that wait
  return redis;
}

/** The one name a worker goes by in `inftool status`. */
export function workerName(): string {
  return `${hostname()}:${process.pid}`;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
