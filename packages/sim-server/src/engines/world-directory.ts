import { providerBrand } from './provider-services.js';
import { isJsonObject } from '@inftool/core';

type Json = Record<string, unknown>;

/** A provider as an API directory names it (`apis.guru`, `twilio.com`). */
const DOMAIN = /^(?=.*[a-z])[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i;
/** A key of a map of versions: a version number or a dated version (`2024-01-01`). */
const VERSION_KEY = /^(v?\d+(\.\d+){0,3}|\d{4}-\d{2}-\d{2})$/;
const MEMORY = '\u0000directory';

/** The title of a service's API, in words (`twilio_fax_v1` → "Twilio Fax V1 API", `graph` → "Graph API"). */
export function serviceTitle(service: string): string {
  const words = service.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return `${words.map((word) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`).join(' ')} API`;
}

/** Whether `entry` is a directory's API entry: its versions keyed by version, each a document. */
function isApiEntry(entry: unknown): entry is Json & { versions: Json } {
  if (!isJsonObject(entry) || !isJsonObject(entry['versions'])) return false;
  const keys = Object.keys(entry['versions']);
  return keys.length > 0 && keys.every((key) => VERSION_KEY.test(key) && isJsonObject((entry['versions'] as Json)[key]));
}

/** The names (`provider` or `provider:service`) of the APIs a result shows, each with its entry. */
function apiEntries(value: Json, args: Json): Array<[string, Json & { versions: Json }]> {
  const provider = typeof args['provider'] === 'string' && DOMAIN.test(args['provider']) ? args['provider'] : undefined;
  const service = typeof args['service'] === 'string' && args['service'] !== '' ? args['service'] : undefined;
  const found: Array<[string, Json & { versions: Json }]> = [];
  if (isApiEntry(value) && provider !== undefined) found.push([service === undefined ? provider : `${provider}:${service}`, value]);
  const inner = isJsonObject(value['apis']) ? (value['apis'] as Json) : value;
  for (const [key, entry] of Object.entries(inner)) if (isApiEntry(entry) && DOMAIN.test(key.split(':')[0] ?? '')) found.push([key, entry]);
  return found;
}

/** The list a session remembers under `name` (providers shown, a provider's services shown). */
function shown(memory: Map<string, Json>, name: string): string[] {
  const list = memory.get(`${MEMORY}:${name}`)?.['list'];
  return Array.isArray(list) ? (list as string[]) : [];
}
function show(memory: Map<string, Json>, name: string, values: readonly string[]): void {
  const before = shown(memory, name);
  const added = values.filter((value) => value !== '' && !before.includes(value));
  if (added.length > 0) memory.set(`${MEMORY}:${name}`, { list: [...before, ...added] });
}

/**
 * An API entry the session has shown keeps what it said (its preferred version, its versions and
 * their documents, when it was added); a version asked for that it did not list joins it, titled as
 * the API. A provider's one API is titled by the provider (`apis.guru` → "APIs.guru API").
 */
function sameApi(name: string, entry: Json & { versions: Json }, memory: Map<string, Json>, asked: string | undefined): void {
  const brand = name.includes(':') ? undefined : providerBrand(name);
  const remembered = memory.get(`${MEMORY}:api:${name}`);
  if (remembered === undefined) {
    for (const document of Object.values(entry.versions)) {
      const info = isJsonObject(document) ? document['info'] : undefined;
      if (brand !== undefined && isJsonObject(info) && typeof info['title'] === 'string' && !info['title'].includes(brand))
        info['title'] = `${brand} API`;
    }
    memory.set(`${MEMORY}:api:${name}`, structuredClone(entry));
    return;
  }
  const versions = structuredClone(remembered['versions']) as Json;
  if (asked !== undefined && !(asked in versions) && isJsonObject(entry.versions[asked])) {
    const document = structuredClone(entry.versions[asked]) as Json;
    const title = (Object.values(versions).find(isJsonObject)?.['info'] as Json | undefined)?.['title'];
    if (isJsonObject(document['info']) && typeof title === 'string') document['info']['title'] = title;
    versions[asked] = document;
  }
  for (const key of Object.keys(entry)) if (!(key in remembered)) delete entry[key];
  Object.assign(entry, structuredClone(remembered), { versions });
  memory.set(`${MEMORY}:api:${name}`, structuredClone(entry));
}

/**
 * One API directory across a session (APIs.guru: `get_providers`, `get_services`, `get_provider`,
 * `get_api`, `get_service_api`, `list_apis`): each API tells the same preferred version, versions and
 * titles in every turn, and a listing of providers, of a provider's services or of its APIs holds
 * every one the session has shown (asked about, or listed before). Works in place on a result.
 */
export function oneDirectory(value: Json, args: Json, tool: string, memory: Map<string, Json>): void {
  const provider = typeof args['provider'] === 'string' && DOMAIN.test(args['provider']) ? args['provider'] : undefined;
  const service = typeof args['service'] === 'string' ? args['service'] : undefined;
  const asked = Object.entries(args).find(
    ([key, entry]) => /^(api|version|api_?version|ver)$/i.test(key) && typeof entry === 'string' && VERSION_KEY.test(entry),
  )?.[1] as string | undefined;
  const entries = apiEntries(value, args);
  if (provider !== undefined) show(memory, 'providers', [provider]);
  if (provider !== undefined && service !== undefined && service !== '') show(memory, `services:${provider}`, [service]);
  for (const [name, entry] of entries) {
    const [owner, part] = name.split(':') as [string, string | undefined];
    show(memory, 'providers', [owner]);
    if (part !== undefined) show(memory, `services:${owner}`, [part]);
    sameApi(name, entry, memory, entry === value ? asked : undefined);
  }
  // a provider's APIs, keyed `provider:service`: every service the session has shown of it is among them
  if (
    provider !== undefined &&
    entries.length > 0 &&
    entries.every(([name, entry]) => entry !== value && name.startsWith(`${provider}:`))
  ) {
    const like = entries[0]![1];
    for (const part of shown(memory, `services:${provider}`)) {
      const name = `${provider}:${part}`;
      if (name in value) continue;
      const entry = structuredClone(memory.get(`${MEMORY}:api:${name}`) ?? like) as Json & { versions: Json };
      const title = serviceTitle(part);
      if (!memory.has(`${MEMORY}:api:${name}`))
        for (const document of Object.values(entry.versions))
          if (isJsonObject(document) && isJsonObject(document['info'])) document['info']['title'] = title;
      value[name] = entry;
      memory.set(`${MEMORY}:api:${name}`, structuredClone(entry));
    }
  }
  listsShown(value, tool, provider, memory);
}

/** A list of providers (`get_providers`) or of a provider's services (`get_services`) holds every one the session showed, and is remembered. */
function listsShown(value: Json, tool: string, provider: string | undefined, memory: Map<string, Json>): void {
  for (const [key, list] of Object.entries(value)) {
    if (!Array.isArray(list) || list.length === 0 || !list.every((entry) => typeof entry === 'string')) continue;
    const names = list as string[];
    const of = /service/i.test(tool) && provider !== undefined ? `services:${provider}` : /provider/i.test(tool) ? 'providers' : undefined;
    if (of === undefined || (of === 'providers' && !names.every((entry) => DOMAIN.test(entry)))) continue;
    const missing = shown(memory, of).filter((entry) => !names.includes(entry));
    value[key] = [...names, ...missing];
    show(memory, of, names);
  }
}
