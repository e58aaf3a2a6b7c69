import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { ToolTree } from '@inftool/core';

/**
 * Writes a ToolTree as JSON one tool at a time, in chunks of about 1 MB: a tree of 100k tools is hundreds of MB as one
 * string, which `JSON.stringify` would hold in memory whole (twice, while building it).
 */
export async function writeTreeFile(tree: ToolTree, file: string): Promise<void> {
  const out = createWriteStream(file, { encoding: 'utf8' });
  const failed = once(out, 'error').then(([error]) => {
    throw error;
  });
  let buffer: string[] = [];
  let buffered = 0;
  const flush = async (): Promise<void> => {
    if (buffer.length === 0) return;
    const chunk = buffer.join('');
    buffer = [];
    buffered = 0;
    if (!out.write(chunk)) await Promise.race([once(out, 'drain'), failed]);
  };
  const write = async (text: string): Promise<void> => {
    buffer.push(text);
    buffered += text.length;
    if (buffered >= 1 << 20) await flush();
  };
  const { domains, report, ...head } = tree;
  await write(`${JSON.stringify(head).slice(0, -1)},"domains":[`);
  for (const [d, domain] of domains.entries()) {
    await write(`${d > 0 ? ',' : ''}{"name":${JSON.stringify(domain.name)},"categories":[`);
    for (const [c, category] of domain.categories.entries()) {
      await write(`${c > 0 ? ',' : ''}{"name":${JSON.stringify(category.name)},"servers":[`);
      for (const [s, server] of category.servers.entries()) {
        const { tools, ...serverHead } = server;
        await write(`${s > 0 ? ',' : ''}${JSON.stringify(serverHead).slice(0, -1)},"tools":[`);
        for (const [t, tool] of tools.entries()) await write(`${t > 0 ? ',' : ''}${JSON.stringify(tool)}`);
        await write(']}');
      }
      await write(']}');
    }
    await write(']}');
  }
  await write(`]${report === undefined ? '' : `,"report":${JSON.stringify(report)}`}}\n`);
  await flush();
  out.end();
  await Promise.race([once(out, 'finish'), failed]);
}
