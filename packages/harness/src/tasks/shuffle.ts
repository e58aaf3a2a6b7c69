import type { Random } from '@inftool/core';

/** The items in a random order (Fisher–Yates, by the seeded `random`). */
export const shuffle = <T>(items: readonly T[], random: Random): T[] => {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = random.int(0, index);
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
};
