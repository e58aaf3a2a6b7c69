/** The version and service a call asks of an API directory, in its result. */
import { serviceTitle } from './world-directory.js';
import { isJsonObject, eachObject } from '@inftool/core';
import { providerBrand } from './provider-services.js';
import { type Json, flatArguments } from './world-fact-basics.js';

const VERSION = /^v?\d+(\.\d+){0,3}$/;
/** A key of a map of versions: a version number or a dated version (`2024-01-01`). */
const VERSION_KEY = /^(v?\d+(\.\d+){0,3}|\d{4}-\d{2}-\d{2})$/;

/**
 * A version asked for (`api: "2.1.0"`) is in the result: a map keyed by versions (`versions: {"v3": …}`)
 * holds it under its first key, and a `preferred` version beside that map names it.
 */
export function honourVersions(value: Json, args: Json): void {
  titleAskedService(value, args);
  directoryEntriesOfTheirService(value);
  holdAskedVersion(value, args);
}

/** A service asked by name (`service: "graph"`) titles the API documents the result holds: never another API's title ("Drive API"). */
function titleAskedService(value: Json, args: Json): void {
  const service = Object.entries(args).find(
    ([name, entry]) => /^(service|service_?name|serviceName)$/i.test(name) && typeof entry === 'string' && /^[\w .-]{2,40}$/.test(entry),
  )?.[1] as string | undefined;
  if (service === undefined) return;
  eachObject(value, (object) => {
    const info = object['info'];
    if (!isJsonObject(info) || typeof info['title'] !== 'string') return;
    const words = service
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    if (!words.every((word) => (info['title'] as string).toLowerCase().includes(word))) info['title'] = serviceTitle(service);
  });
}

/** A directory's entry keyed `provider:service` documents that service, and each version's document is of its own version. */
function directoryEntriesOfTheirService(value: Json): void {
  eachObject(value, (object) => {
    for (const [key, entry] of Object.entries(object)) {
      if (!isJsonObject(entry) || !isJsonObject(entry['versions'])) continue;
      // (a provider's one API, keyed by the provider alone, documents the provider's API: `spotify.com` → "Spotify API")
      const service = /^[\w.-]+:([\w.-]+)$/.exec(key)?.[1];
      const named = service ?? providerBrand(key);
      for (const [version, document] of Object.entries(entry['versions'] as Json)) {
        const info = isJsonObject(document) ? document['info'] : undefined;
        if (!isJsonObject(info)) continue;
        if (typeof info['version'] === 'string' && VERSION.test(version)) info['version'] = version;
        const title = service !== undefined ? serviceTitle(service) : `${named ?? ''} API`;
        if (
          named !== undefined &&
          typeof info['title'] === 'string' &&
          !info['title'].toLowerCase().includes(named.toLowerCase()) &&
          info['title'] !== title
        )
          info['title'] = title;
      }
      const versions = Object.keys(entry['versions'] as Json);
      if (typeof entry['preferred'] === 'string' && versions.length > 0 && !versions.includes(entry['preferred']))
        entry['preferred'] = versions[0];
    }
  });
}

/** A map keyed by versions holds the version asked for (under its first key), and a `preferred` beside it names it. */
function holdAskedVersion(value: Json, args: Json): void {
  const asked = Object.entries(flatArguments(args)).find(
    ([name, entry]) => /version|^api$|^ver$|release/i.test(name) && typeof entry === 'string' && VERSION.test(entry),
  )?.[1] as string | undefined;
  if (asked === undefined) return;
  eachObject(value, (object) => {
    for (const [key, map] of Object.entries(object)) {
      if (!isJsonObject(map)) continue;
      const keys = Object.keys(map);
      if (keys.length === 0 || !keys.every((version) => VERSION_KEY.test(version))) continue;
      const renamed: Json = {};
      if (keys.includes(asked)) Object.assign(renamed, map);
      else for (const [index, version] of keys.entries()) renamed[index === 0 ? asked : version] = map[version];
      object[key] = renamed;
      if (typeof object['preferred'] === 'string' && !(object['preferred'] in renamed)) object['preferred'] = asked;
      oneApiPerVersionMap(renamed, asked);
    }
  });
}

/** Each version's document is of its own version, and all of one API (the asked version's title). */
function oneApiPerVersionMap(versions: Json, asked: string): void {
  const title = ((versions[asked] as Json | undefined)?.['info'] as Json | undefined)?.['title'];
  for (const [version, document] of Object.entries(versions)) {
    const info = isJsonObject(document) ? document['info'] : undefined;
    if (!isJsonObject(info)) continue;
    if (typeof info['version'] === 'string') info['version'] = version;
    if (typeof title === 'string' && typeof info['title'] === 'string') info['title'] = title;
  }
}
