import { describe, expect, it } from 'vitest';
import type { RunManifest } from '../run/run-manifest.js';
import { jobIdOf, queueConnectionOptions, runIdOf } from './queue-keys.js';

const manifest = (seed: string, createdAt: string): RunManifest => ({
  schemaVersion: 2,
  createdAt,
  plan: { tree: '/data/tree.json', kinds: ['single'], count: 3, seed },
  models: { user: 'offline', assistant: 'm' },
  inputs: { treeSha256: 'ab'.repeat(32), reflect: 1 },
});

describe('queue keys', () => {
  it('reads host, port, database and credentials from a redis URL and refuses anything else', () => {
    expect(queueConnectionOptions('redis://10.0.0.5:6380/3')).toMatchObject({
      host: '10.0.0.5',
      port: 6380,
      db: 3,
      maxRetriesPerRequest: null,
    });
    expect(queueConnectionOptions('rediss://user:p%40ss@redis.example/0')).toMatchObject({
      host: 'redis.example',
      port: 6379,
      db: 0,
      username: 'user',
      password: 'p@ss',
      tls: {},
    });
    expect(() => queueConnectionOptions('http://127.0.0.1:6379')).toThrow(/--queue takes redis:\/\/HOST:PORT\/DB/);
    expect(() => queueConnectionOptions('redis://127.0.0.1:6379/x')).toThrow(/not a database number/);
  });

  it('gives a run the same id whenever it is resumed, another for another plan', () => {
    expect(runIdOf(manifest('s', '2026-01-01'))).toBe(runIdOf(manifest('s', '2026-02-02')));
    expect(runIdOf(manifest('s', '2026-01-01'))).not.toBe(runIdOf(manifest('t', '2026-01-01')));
  });

  it('keeps record ids as job ids, without the colon BullMQ refuses', () => {
    expect(jobIdOf('inftool-3fa9c2d1e0-000007-parallel~r1')).toBe('inftool-3fa9c2d1e0-000007-parallel~r1');
    expect(jobIdOf('a:b')).toBe('a%3Ab');
  });
});
