import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The shared BFCL data: `BFCL_DATA_DIR`, else `../shared/bfcl` beside the repository; undefined (tests skip) when absent. */
export function bfclDataDir(): string | undefined {
  const candidates = [process.env['BFCL_DATA_DIR'], fileURLToPath(new URL('../../../shared/bfcl', import.meta.url))].filter(
    (path): path is string => typeof path === 'string' && path !== '',
  );
  const found = candidates.find((path) => existsSync(path));
  if (!found) console.warn(`BFCL data not found (looked in ${candidates.join(', ')}): BFCL tests are skipped`);
  return found;
}
