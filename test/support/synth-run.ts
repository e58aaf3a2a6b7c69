/** Test support: `synthesize` with the options tests share (offline roles, every kind, never resumed). */
import { SCENARIO_KINDS } from '@inftool/core';
import { selectRoles, synthesize, type SynthOptions, type SynthSummary } from '@inftool/harness';
import { fixture } from './sim-client.js';

export type TestRunOptions = Pick<SynthOptions, 'tree' | 'out' | 'seed' | 'count'> & Partial<SynthOptions>;

/** A run of `tree` into `out`: every scenario kind, offline user and assistant, 4 sessions at once, not resumed, unless `options` say otherwise. */
export function synthesizeRun(options: TestRunOptions): Promise<SynthSummary> {
  return synthesize({
    kinds: SCENARIO_KINDS,
    concurrency: 4,
    resume: false,
    roles: selectRoles({ user: 'offline', assistant: 'offline', endpoint: {} }),
    ...options,
  });
}

/** One irrelevance task of the clock tree, played by `clock-model` at `baseURL` with up to two attempts (self-reflection). */
export function synthesizeReflecting(out: string, baseURL: string): Promise<SynthSummary> {
  return synthesizeRun({
    tree: fixture('clock-tree.json'),
    kinds: ['irrelevance'],
    count: 1,
    out,
    seed: 'reflect',
    concurrency: 1,
    reflect: 2,
    roles: selectRoles({ user: 'offline', assistant: 'clock-model', endpoint: { baseURL } }),
  });
}
