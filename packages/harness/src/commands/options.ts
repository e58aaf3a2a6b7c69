import { InvalidArgumentError } from 'commander';
import { InfToolError } from '@inftool/core';
import { parseHeaders } from '@inftool/sim-client';

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

/**
 * Headers for a URL server from repeated `Name: value` options and a bearer token (`tokenFlag`
 * names its option in errors); undefined when there are none.
 */
export function credentialHeaders(
  headerValues: readonly string[],
  token: string | undefined,
  tokenFlag: string,
): Record<string, string> | undefined {
  const headers = parseHeaders(headerValues);
  if (token !== undefined) {
    if (token === '') throw new InfToolError('config', `${tokenFlag} is empty`);
    if (Object.keys(headers).some((name) => name.toLowerCase() === 'authorization'))
      throw new InfToolError('config', `pass ${tokenFlag} or an Authorization header, not both`);
    headers['Authorization'] = `Bearer ${token}`;
  }
  return Object.keys(headers).length > 0 ? headers : undefined;
}
