import type { Check } from '@inftool/core';

/** A check from its problems: ok when there are none, else the first five in `detail`. */
export const check = (id: string, problems: string[]): Check =>
  problems.length === 0
    ? { id, ok: true }
    : { id, ok: false, detail: problems.slice(0, 5).join('; ') + (problems.length > 5 ? `; … ${problems.length - 5} more` : '') };
