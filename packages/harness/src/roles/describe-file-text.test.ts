import { describe, expect, it } from 'vitest';
import { describeResult } from './describe-result.js';
import { isCut, isRawJson } from '../run/checks/final-answer.js';

const said = (tool: string, args: Record<string, unknown>, result: unknown): string =>
  describeResult({ tool, arguments: args, result: JSON.stringify(result), isError: false });

describe('a file shown as an assistant shows it', () => {
  it("quotes a text file's lines with the file named, and a JSON file's values in words", () => {
    const text = said(
      'cat',
      { file_name: 'notes.txt' },
      { file_content: 'Backup completed without errors.\nMeeting moved to Thursday at 10:00.' },
    );
    expect(text).toBe('The file notes.txt reads: “Backup completed without errors.” “Meeting moved to Thursday at 10:00.”');
    const tail = said('tail', { file_name: 'app.log' }, { last_lines: 'a line\nlast line' });
    expect(tail).toBe('The last lines of app.log are: “a line” “last line”');
    const json = said('cat', { file_name: 'quarterly-report.json' }, { file_content: '{\n  "quarter": "Q3",\n  "revenue": 1840000\n}' });
    expect(json).toBe('quarterly-report.json holds a JSON object with quarter Q3 and revenue 1840000.');
    expect(said('cat', { file_name: 'one.txt' }, { file_content: 'one line' })).not.toMatch(/^The file one.txt reads/);
    const sorted = said('sort', { file_name: 'q.json' }, { sorted_content: '  "growth_percent": 8.2,\n  "quarter": "Q3",\n{\n}' });
    expect(sorted).toBe('Sorted, the lines of q.json are: “growth_percent: 8.2” “quarter: "Q3"”');
    for (const answer of [text, tail, json, sorted]) expect(isRawJson(answer) || isCut(answer), answer).toBe(false);
  });
});
