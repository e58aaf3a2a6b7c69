// Bundles the viewer's page (packages/harness/web) into dist/web with esbuild: no CDN, works offline.
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist/web`;
const common = { bundle: true, format: 'esm', target: 'es2022', minify: true, sourcemap: true, logLevel: 'warning' };
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
// The served page: split, so a page without plots never loads Chart.js (dashboard.ts is imported when shown).
await build({ ...common, entryPoints: { app: `${root}web/main.ts` }, splitting: true, outdir: out, chunkNames: 'chunk-[hash]' });
// The static report's script (`inftool view --static`): one file, its dynamic imports bundled in.
await build({ ...common, entryPoints: { report: `${root}web/main.ts` }, outdir: out });
await copyFile(`${root}web/index.html`, `${out}/index.html`);
await copyFile(`${root}web/style.css`, `${out}/style.css`);
