import { writeFile } from 'node:fs/promises';
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { Trajectory } from '@inftool/core';

/** One RL prompt: the conversation up to the first user turn, the tools, and the task the reward needs. */
export interface PromptRow {
  id: string;
  kind: string;
  difficulty: string;
  /** JSON: the messages to start a rollout from (system + first user turn). */
  prompt: string;
  /** JSON: the tools in the chat-completions form. */
  tools: string;
  /** JSON: the task, for the reward server's `/reward` payload. */
  task: string;
}

export function promptRows(records: Trajectory[]): PromptRow[] {
  const seen = new Set<string>();
  const rows: PromptRow[] = [];
  for (const record of records) {
    if (seen.has(record.task.id)) continue; // one prompt per task, whatever its rollouts
    seen.add(record.task.id);
    const firstUser = record.messages.findIndex((message) => message.role === 'user');
    rows.push({
      id: record.task.id,
      kind: record.task.kind,
      difficulty: record.task.difficulty,
      prompt: JSON.stringify(record.messages.slice(0, firstUser + 1)),
      tools: JSON.stringify(
        record.tools.map((tool) => ({
          type: 'function',
          function: { name: tool.name, description: tool.description ?? '', parameters: tool.parameters },
        })),
      ),
      task: JSON.stringify(record.task),
    });
  }
  return rows;
}

/** Writes the prompt set as JSONL and as Parquet (one string column per field). */
export async function writePromptSet(rows: PromptRow[], jsonlFile: string, parquetFile: string): Promise<void> {
  await writeFile(jsonlFile, rows.map((row) => JSON.stringify(row)).join('\n') + (rows.length > 0 ? '\n' : ''));
  const columns = (['id', 'kind', 'difficulty', 'prompt', 'tools', 'task'] as const).map((name) => ({
    name,
    data: rows.map((row) => row[name]),
    type: 'STRING' as const,
  }));
  await writeFile(parquetFile, Buffer.from(parquetWriteBuffer({ columnData: columns })));
}
