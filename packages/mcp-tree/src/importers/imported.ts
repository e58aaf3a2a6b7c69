import type { ToolSpec } from '@inftool/core';
import type { PlumbingParameter, SecurityCredential } from './plumbing.js';

export type SourceFormat = 'openapi' | 'toolbench' | 'bfcl' | 'mcp';
export const SOURCE_FORMATS: readonly SourceFormat[] = ['openapi', 'toolbench', 'bfcl', 'mcp'];

/** Where an input property goes in the real API call. */
export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie' | 'body';

/** `_meta["inftool/source"]`: where a tool came from, enough to find the original again. */
export interface ToolSource {
  format: SourceFormat;
  file: string;
  /** The original name (operationId, function name, MCP tool name…). */
  name: string;
  api?: string;
  operation?: string;
  method?: string;
  path?: string;
  /** BFCL entry id. */
  id?: string;
  /**
   * input property → where it goes and under which original name; `copies`: where else the same value goes (a
   * converter's "Automatically added" path twin `DRUG_ID` of the query's `drug_id`).
   */
  parameters?: Record<string, { in: ParameterLocation; name: string; copies?: Array<{ in: ParameterLocation; name: string }> }>;
  /** Credentials, signatures, transport and constant headers left out of the inputSchema: a proxy to the real API adds them back. */
  plumbing?: PlumbingParameter[];
  /** The credentials the operation's security requirement asks for (OpenAPI `security`): a proxy sends them. */
  security?: SecurityCredential[];
  /** The real API answers with a bare array; the tool's structured result carries it under this property. */
  wrappedOutput?: string;
  /** The license the API's spec declares (OpenAPI `info.license`): what a dataset made from the tool inherits. */
  license?: SourceLicense;
}

/** A license as a spec names it: OpenAPI's `info.license` (`identifier` is the SPDX id of OpenAPI 3.1). */
export interface SourceLicense {
  name: string;
  identifier?: string;
  url?: string;
}

/** One API: it becomes one server of the tree. */
export interface ImportedApi {
  /** Unique per API across the build (file-based). */
  key: string;
  /** Human name (info.title, tool_name, …). */
  title: string;
  description?: string;
  /** Category words the source itself gives (APIs.guru categories, RapidAPI category). */
  categoryHints: string[];
  /** The license the spec declares. */
  license?: SourceLicense;
}

/** A tool as imported, before names are made unique across the tree. */
export interface ImportedTool {
  api: ImportedApi;
  /** Preferred name before sanitising (operationId, method + path, function name). */
  baseName: string;
  title?: string;
  description: string;
  inputSchema: ToolSpec['inputSchema'];
  outputSchema?: ToolSpec['outputSchema'];
  annotations?: ToolSpec['annotations'];
  source: ToolSource;
  /** What normalisation cut (recursive schemas, depth, size). */
  notes: string[];
}

/** An operation, function or tool that could not become a usable tool, and why. */
export interface Dropped {
  file: string;
  name?: string;
  reason: string;
}

export interface ImportResult {
  tools: ImportedTool[];
  dropped: Dropped[];
  /** Files that could not be read at all (malformed, not the format asked for). */
  failedFiles: Dropped[];
  /** Spec examples left out because they do not validate against their own schema. */
  invalidExamples?: number;
  /** Examples and defaults left out because they are too large or too deep (see bound-values.ts). */
  oversizeValues?: Dropped[];
}

export function emptyImport(): ImportResult {
  return { tools: [], dropped: [], failedFiles: [] };
}
