import { InvalidArgumentError } from 'commander';

/** Commander parsers that name the flag and the bad value. */
export function integerOption(flag: string, minimum = 0) {
  return (value: string): number => {
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < minimum)
      throw new InvalidArgumentError(`${flag} must be an integer >= ${minimum}, got "${value}"`);
    return parsed;
  };
}

export function rateOption(flag: string) {
  return (value: string): number => {
    const parsed = Number(value);
    if (!Number.isFinite(parsed) || parsed < 0 || parsed > 1)
      throw new InvalidArgumentError(`${flag} must be a number from 0 to 1, got "${value}"`);
    return parsed;
  };
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
