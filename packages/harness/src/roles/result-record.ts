/** A JSON object of a result, and the test for one (core's). */
import { isJsonObject } from '@inftool/core';

export type Json = Record<string, unknown>;
export const isRecord: (value: unknown) => value is Json = isJsonObject;
