import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Task, Trajectory } from '@inftool/core';
import { readRun } from './read-run.js';

export interface TaskDifficulty {
  id: string;
  kind: Task['kind'];
  rollouts: number;
  /** Share of rollouts with full execution credit (reward part `execution` = 1). */
  consistency: number;
  split: 'easy' | 'hard';
}

export interface Stratification {
  threshold: number;
  tasks: TaskDifficulty[];
  easy: number;
  hard: number;
}

/**
 * Execution consistency per task over its k rollouts (accepted and rejected alike: a failed rollout
 * is evidence too), split at `threshold`: below it a task is hard. Hard tasks seed the next round.
 */
export function stratify(records: Trajectory[], threshold: number): Stratification {
  const byTask = new Map<string, { task: Task; rollouts: number; full: number }>();
  for (const record of records) {
    const entry = byTask.get(record.task.id) ?? { task: record.task, rollouts: 0, full: 0 };
    entry.rollouts += 1;
    if ((record.reward?.['execution'] ?? 0) >= 1) entry.full += 1;
    byTask.set(record.task.id, entry);
  }
  const tasks = [...byTask.values()].map(({ task, rollouts, full }): TaskDifficulty => {
    const consistency = full / rollouts;
    return { id: task.id, kind: task.kind, rollouts, consistency, split: consistency < threshold ? 'hard' : 'easy' };
  });
  return {
    threshold,
    tasks,
    easy: tasks.filter((task) => task.split === 'easy').length,
    hard: tasks.filter((task) => task.split === 'hard').length,
  };
}

/** Reads a run, writes `<dir>/stratify.json` and `<dir>/hard-tasks.jsonl` (the tasks that seed the next round). */
export async function stratifyRun(dir: string, threshold: number): Promise<Stratification> {
  const { accepted, rejected } = await readRun(dir);
  return writeStratification(dir, [...accepted, ...rejected], threshold);
}

/** `stratifyRun` for records already read. */
export async function writeStratification(dir: string, records: Trajectory[], threshold: number): Promise<Stratification> {
  const result = stratify(records, threshold);
  await writeFile(join(dir, 'stratify.json'), `${JSON.stringify(result, null, 2)}\n`);
  const hard = new Set(result.tasks.filter((task) => task.split === 'hard').map((task) => task.id));
  const tasks = new Map(records.filter((record) => hard.has(record.task.id)).map((record) => [record.task.id, record.task]));
  await writeFile(
    join(dir, 'hard-tasks.jsonl'),
    [...tasks.values()].map((task) => JSON.stringify(task)).join('\n') + (tasks.size > 0 ? '\n' : ''),
  );
  return result;
}
