// Bundles the viewer's page (packages/harness/web) into dist/web with esbuild: no CDN, works offline.
import { copyFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist/web`;
await mkdir(out, { recursive: true });
await build({
  entryPoints: [`${root}web/main.ts`],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  outfile: `${out}/app.js`,
  logLevel: 'warning',
});
await copyFile(`${root}web/index.html`, `${out}/index.html`);
await copyFile(`${root}web/style.css`, `${out}/style.css`);
