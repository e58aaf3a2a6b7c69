// Writes the published JSON Schemas of the contracts to packages/core/schemas/ (run after `pnpm build`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { contractJsonSchema, publishedSchemas } from '../dist/index.js';

const dir = new URL('../schemas/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const name of Object.keys(publishedSchemas)) {
  writeFileSync(new URL(`${name}.schema.json`, dir), `${JSON.stringify(contractJsonSchema(name), null, 2)}\n`);
  process.stdout.write(`wrote schemas/${name}.schema.json\n`);
}
