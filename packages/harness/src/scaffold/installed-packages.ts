import { mkdir, rm, symlink } from 'node:fs/promises';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScaffoldMode } from './scaffold.js';

export const RUNTIME_PACKAGES = ['@modelcontextprotocol/sdk', 'zod', 'ajv', 'ajv-formats'] as const;
export const DEV_PACKAGES = ['typescript', '@types/node'] as const;

/** The packages a generated project needs, found in this installation, with the versions installed (pinned exactly). */
export function installedPackages(names: readonly string[]): Map<string, { dir: string; version: string }> {
  const require = createRequire(import.meta.url);
  const bases = [fileURLToPath(import.meta.url)];
  for (const workspace of ['@inftool/core', '@inftool/sim-server']) {
    try {
      bases.push(require.resolve(workspace));
    } catch {
      // not installed beside the harness: the packages are looked up from the harness alone
    }
  }
  const found = new Map<string, { dir: string; version: string }>();
  for (const name of names) {
    for (const base of bases) {
      // A module each package surely has (the SDK exports subpaths only; @types packages have no code).
      const probe =
        name === '@modelcontextprotocol/sdk' ? `${name}/server/mcp.js` : name.startsWith('@types/') ? `${name}/package.json` : name;
      let entry: string;
      try {
        entry = createRequire(base).resolve(probe);
      } catch {
        continue;
      }
      for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
        const manifest = join(dir, 'package.json');
        if (!existsSync(manifest)) continue;
        const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
        if (parsed.name !== name) continue;
        found.set(name, { dir: realpathSync(dir), version: parsed.version ?? '0.0.0' });
        break;
      }
      if (found.has(name)) break;
    }
  }
  return found;
}

/**
 * Links the packages a generated project needs, from this installation, into `<dir>/node_modules`
 * (projects under `dir` find them there too): a project that builds and runs with no install.
 */
export async function linkInstalledModules(dir: string, mode: ScaffoldMode): Promise<void> {
  await linkModules(resolve(dir), installedPackages([...RUNTIME_PACKAGES, ...DEV_PACKAGES, '@inftool/sim-server']), mode);
}

export async function linkModules(out: string, packages: Map<string, { dir: string }>, mode: ScaffoldMode): Promise<void> {
  const names = [...RUNTIME_PACKAGES, ...DEV_PACKAGES, ...(mode === 'simulated' ? ['@inftool/sim-server'] : [])];
  for (const name of names) {
    const found = packages.get(name);
    if (!found) continue;
    const link = join(out, 'node_modules', name);
    await mkdir(dirname(link), { recursive: true });
    await rm(link, { force: true, recursive: true });
    await symlink(found.dir, link, 'dir');
  }
  // `npm run build` finds tsc in node_modules/.bin, as after an install.
  const typescript = packages.get('typescript');
  if (typescript) {
    const bin = join(out, 'node_modules/.bin/tsc');
    await mkdir(dirname(bin), { recursive: true });
    await rm(bin, { force: true });
    await symlink(join(typescript.dir, 'bin/tsc'), bin);
  }
}
