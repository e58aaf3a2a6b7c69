type Json = Record<string, unknown>;

/**
 * Results of file-system commands (`cat`, `sort`, `wc`, `grep`, `tail`, `ls`, `rm`… as BFCL's Gorilla
 * file system offers them): shaped as those tools answer (`file_content`, `sorted_content`,
 * `matching_lines`, `count`…) and computed from the file's lines, which depend on the file's name
 * only, so `cat`, `sort`, `wc` and `grep` of one file agree in every call and every run. Never a
 * record with a made-up `name`.
 */

const COMMANDS = /^(cat|sort|wc|grep|tail|head|ls|cd|pwd|mkdir|rmdir|rm|touch|echo|mv|cp|diff|du|find)$/;

/** Whether a tool is a file-system command: its name is one and its description speaks of files or directories. */
export function isFileCommand(words: readonly string[], description: string): boolean {
  return words.length === 1 && COMMANDS.test(words[0] ?? '') && /\b(files?|director(y|ies)|folders?)\b/i.test(description);
}

/** The command a tool is (`cat`, `wc`…) when it is a file-system command, by its name and description. */
export function fileCommandOf(tool: { spec: { name: string; description?: string } }): string | undefined {
  const words = tool.spec.name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return isFileCommand(words, tool.spec.description ?? '') ? words[0] : undefined;
}

const TEXT_LINES = [
  'Quarterly revenue grew 8% over the previous quarter.',
  'Action items: update the budget sheet and send it to finance.',
  'Meeting moved to Thursday at 10:00.',
  'Draft the release notes before the code freeze.',
  'Customer feedback was mostly positive about the new layout.',
  'Backup completed without errors.',
  'Travel expenses are due by the end of the month.',
  'Remember to renew the domain certificate in June.',
  'The test suite passed on all platforms.',
  'Inventory count for warehouse B is 1,240 units.',
];
const CSV_LINES = ['region,units,revenue', 'north,320,15400', 'south,275,13120', 'east,410,19850', 'west,198,9340'];
const JSON_LINES = ['{', '  "quarter": "Q3",', '  "revenue": 1840000,', '  "growth_percent": 8.2,', '  "region": "north"', '}'];
const LOG_LINES = [
  '2025-06-02 09:14:03 INFO  service started on port 8080',
  '2025-06-02 09:15:41 WARN  slow response from the billing API (2.4 s)',
  '2025-06-02 09:17:12 INFO  nightly backup completed',
  '2025-06-02 09:20:55 ERROR connection to the mail server timed out',
];
const CODE_LINES = ['import sys', 'def main():', '    print("Hello, world")', 'if __name__ == "__main__":', '    main()'];

/** A stable hash of a text, for picks that depend on a file's name only. */
function hash(text: string): number {
  let value = 2166136261;
  for (const char of text) value = Math.imul(value ^ char.charCodeAt(0), 16777619) >>> 0;
  return value;
}

/** The lines a file holds: by its extension (a CSV's rows, a script's code, a note's sentences), chosen by its name. */
export function fileLines(fileName: string): string[] {
  if (/\.csv$/i.test(fileName)) return CSV_LINES;
  if (/\.(py|js|ts|sh)$/i.test(fileName)) return CODE_LINES;
  if (/\.json$/i.test(fileName)) return JSON_LINES;
  if (/\.log$/i.test(fileName)) return LOG_LINES;
  const start = hash(fileName) % TEXT_LINES.length;
  const count = 3 + (hash(`${fileName}#`) % 3);
  return Array.from({ length: count }, (_, index) => TEXT_LINES[(start + index * 3) % TEXT_LINES.length] as string);
}

const text = (args: Json, key: string): string | undefined => (typeof args[key] === 'string' ? (args[key] as string) : undefined);

const FOLDER_ITEMS = ['report.txt', 'notes.md', 'data.csv', 'archive', 'drafts', 'summary.txt'];

/** The result of file-system command `command` for `args`, or undefined when the arguments do not say which file. */
export function fileCommandResult(command: string, args: Json): Json | undefined {
  const file = text(args, 'file_name') ?? text(args, 'name') ?? text(args, 'path');
  if (/^(cat|sort|tail|head|grep|wc)$/.test(command)) return file === undefined ? undefined : contentResult(command, args, fileLines(file));
  if (/^(rm|touch|echo|mv|cp|mkdir|rmdir)$/.test(command)) return changeResult(command, args, file);
  return workspaceResult(command, args);
}

/** What a command that reads a file's lines answers: the content, sorted, its last or first lines, the matches, a count. */
function contentResult(command: string, args: Json, lines: string[]): Json | undefined {
  const count = typeof args['lines'] === 'number' && args['lines'] > 0 ? Math.floor(args['lines']) : 10;
  switch (command) {
    case 'cat':
      return { file_content: lines.join('\n') };
    case 'sort':
      return { sorted_content: [...lines].sort().join('\n') };
    case 'tail':
      return { last_lines: lines.slice(-count).join('\n') };
    case 'head':
      return { first_lines: lines.slice(0, count).join('\n') };
    case 'grep': {
      const pattern = text(args, 'pattern');
      return pattern === undefined ? undefined : { matching_lines: lines.filter((line) => line.includes(pattern)) };
    }
    default: {
      const mode = text(args, 'mode') ?? 'l';
      const all = lines.join('\n');
      if (mode === 'w') return { count: all.split(/\s+/).filter(Boolean).length, type: 'words' };
      if (mode === 'c') return { count: all.length, type: 'characters' };
      return { count: lines.length, type: 'lines' };
    }
  }
}

/** What a command that changes files or directories answers: what it removed, created, wrote, moved or copied. */
function changeResult(command: string, args: Json, file: string | undefined): Json | undefined {
  switch (command) {
    case 'mkdir':
    case 'rmdir': {
      const directory = text(args, 'dir_name');
      return directory === undefined
        ? undefined
        : command === 'mkdir'
          ? { created: true, dir_name: directory }
          : { removed: true, dir_name: directory };
    }
    case 'rm':
      return file === undefined ? undefined : { removed: true, file_name: file };
    case 'touch':
      return file === undefined ? undefined : { created: true, file_name: file };
    case 'echo': {
      const content = text(args, 'content');
      if (content === undefined) return undefined;
      return file === undefined ? { terminal_output: content } : { written_characters: content.length, file_name: file };
    }
    default: {
      const [source, destination] = [text(args, 'source'), text(args, 'destination')];
      return source === undefined || destination === undefined
        ? undefined
        : { [command === 'mv' ? 'moved' : 'copied']: true, source, destination };
    }
  }
}

/** What a command about the workspace answers: its folder's content, the working directory, a diff of two files, disk usage, finds. */
function workspaceResult(command: string, args: Json): Json | undefined {
  switch (command) {
    case 'ls':
      return { current_directory_content: FOLDER_ITEMS };
    case 'pwd':
      return { current_working_directory: '/workspace' };
    case 'cd': {
      const folder = text(args, 'folder');
      return folder === undefined ? undefined : { current_working_directory: `/workspace/${folder.replace(/^\/+|\/+$/g, '')}` };
    }
    case 'diff': {
      const [first, second] = [text(args, 'file_name1'), text(args, 'file_name2')];
      if (first === undefined || second === undefined) return undefined;
      const [a, b] = [fileLines(first), fileLines(second)];
      const lines = [
        ...a.filter((line) => !b.includes(line)).map((line) => `- ${line}`),
        ...b.filter((line) => !a.includes(line)).map((line) => `+ ${line}`),
      ];
      return { diff_lines: lines.join('\n') };
    }
    case 'du':
      return { disk_usage: args['human_readable'] === true ? '48.2 KB' : '49357 bytes' };
    case 'find': {
      const name = text(args, 'name');
      const matches = FOLDER_ITEMS.filter((item) => name === undefined || item.includes(name)).map((item) => `./${item}`);
      return { matches };
    }
    default:
      return undefined;
  }
}
