import { existsSync, readFileSync } from 'node:fs';

/** The values of a JSONL file, one a non-empty line, as stored; none when the file is missing. */
export const readJsonLines = <T = unknown>(file: string): T[] =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as T)
    : [];
