import { sha256Hex } from '@inftool/core';

type Json = Record<string, unknown>;

/**
 * The services an API directory lists under a provider (APIs.guru names an API `provider:service`):
 * the real services of the providers that publish several APIs; a provider with one API (spotify.com,
 * apis.guru) has none, and its API is keyed by the provider alone, its service name empty.
 */
export const PROVIDER_SERVICES: Record<string, readonly string[]> = {
  'googleapis.com': ['drive', 'gmail', 'calendar', 'storage', 'compute', 'pubsub', 'translate', 'youtube', 'bigquery', 'sheets'],
  'amazonaws.com': ['s3', 'ec2', 'lambda', 'dynamodb', 'sqs', 'sns', 'translate', 'pricing'],
  'azure.com': ['compute', 'network', 'storage', 'keyvault', 'monitor', 'web'],
  'nytimes.com': ['article_search', 'books_api', 'most_popular_api', 'top_stories', 'archive'],
  'twilio.com': ['twilio_api_v2010', 'twilio_fax_v1', 'twilio_messaging_v1', 'twilio_verify_v2', 'twilio_video_v1'],
  'github.com': ['api.github.com', 'ghes-3.9', 'ghes-3.10', 'github.ae'],
  'microsoft.com': ['graph', 'cognitiveservices-NewsSearch', 'cognitiveservices-ComputerVision', 'cognitiveservices-Face'],
};

const DOMAIN = /^(?=.*[a-z])[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i;
const SERVICES_KEY = /^(data|services|service_?names)$/i;
const PROVIDER_KEY = /^(provider|provider_?name|x-providerName)$/i;
const SERVICE_KEY = /^(service|service_?name|x-serviceName)$/i;

/** Whether `provider` publishes several APIs, each under a service name. */
export function hasServices(provider: string): boolean {
  return PROVIDER_SERVICES[provider.toLowerCase()] !== undefined;
}

/**
 * A record (a call's arguments, a result's `info`) that names a provider and one of its services
 * names a service of that provider (`twilio.com` with `twilio_fax_v1`, never Microsoft's `graph`): a
 * service drawn apart from its provider is replaced by one of the provider's, picked by `pick`; a
 * provider of one API named with a service gives way to one that has services. `fits` says whether a
 * value suits a field (its schema). Works in place; a record without both, or with an empty service
 * (a single API's), is left alone.
 */
export function pairProviderService(
  record: Json,
  pick: (services: readonly string[]) => string | undefined,
  fits: (key: string, value: string) => boolean = () => true,
): void {
  const providerKey = Object.keys(record).find((key) => PROVIDER_KEY.test(key) && typeof record[key] === 'string');
  const serviceKey = Object.keys(record).find((key) => SERVICE_KEY.test(key) && typeof record[key] === 'string');
  if (providerKey === undefined || serviceKey === undefined) return;
  let provider = record[providerKey] as string;
  const service = record[serviceKey] as string;
  if (!DOMAIN.test(provider) || service === '') return;
  if (!hasServices(provider)) {
    const owner = Object.keys(PROVIDER_SERVICES).find((candidate) => PROVIDER_SERVICES[candidate]?.includes(service));
    const other = owner ?? pick(Object.keys(PROVIDER_SERVICES));
    if (other === undefined || !fits(providerKey, other)) return;
    record[providerKey] = other;
    provider = other;
  }
  const services = PROVIDER_SERVICES[provider.toLowerCase()] ?? [];
  if (services.includes(service)) return;
  const chosen = pick(services.filter((candidate) => fits(serviceKey, candidate)));
  if (chosen !== undefined) record[serviceKey] = chosen;
}

/** The provider's services in an order drawn from its name: the same every time. */
function servicesOf(provider: string): readonly string[] {
  const known = PROVIDER_SERVICES[provider.toLowerCase()];
  if (known === undefined) return [''];
  return [...known].sort((a, b) => (sha256Hex(`${provider}\u0000${a}`) < sha256Hex(`${provider}\u0000${b}`) ? -1 : 1));
}

/**
 * A directory result about the provider a call names (`provider: "apis.guru"`) lists that provider's
 * services, never another's (`pubsub` is Google's): a list of service names under `data`/`services`
 * holds the provider's, and a map keyed `provider:service` keys its APIs by the provider's services
 * (by the provider alone when it publishes one API). Works in place; the call without a provider is left alone.
 */
export function providerServices(value: Json, args: Json, tool: string): void {
  const provider = args['provider'];
  if (typeof provider !== 'string' || !DOMAIN.test(provider)) return;
  const services = servicesOf(provider);
  if (/service/i.test(tool)) {
    for (const [key, list] of Object.entries(value)) {
      if (!SERVICES_KEY.test(key) || !Array.isArray(list) || list.length === 0 || !list.every((entry) => typeof entry === 'string'))
        continue;
      value[key] = services.slice(0, Math.max(1, Math.min(list.length, services.length)));
    }
  }
  const prefix = `${provider}:`;
  const keys = Object.keys(value);
  if (keys.length === 0 || !keys.every((key) => key.startsWith(prefix))) return;
  const entries = Object.entries(value);
  for (const key of keys) delete value[key];
  entries.slice(0, services.length).forEach(([key, entry], index) => {
    const service = key.slice(prefix.length);
    const named = services.includes(service)
      ? service
      : (services.find((candidate) => !(`${prefix}${candidate}` in value)) ?? services[index]);
    value[named === '' ? provider : `${prefix}${named}`] = entry;
  });
}

/** The name a single-API provider goes by (`spotify.com` → `Spotify`, `apis.guru` → `APIs.guru`), for titling its API. */
export function providerBrand(key: string): string | undefined {
  if (!DOMAIN.test(key) || key.includes(':')) return undefined;
  if (key.toLowerCase() === 'apis.guru') return 'APIs.guru';
  const label = key.split('.')[0] ?? key;
  return `${label.charAt(0).toUpperCase()}${label.slice(1)}`;
}

/**
 * What is wrong with a call's provider and service, as an API directory sees them: a service that is
 * not the provider's (`twilio.com` with `graph`), a service named for a provider of one API, an empty
 * service name sent, or a provider of one API asked for its services (`tool` lists services: it has
 * none to list). Undefined when nothing is (or the call names no provider of the directory's shape).
 */
export function providerServiceProblem(args: Json, tool: string): { parameter: string; problem: string } | undefined {
  const serviceKey = Object.keys(args).find((key) => SERVICE_KEY.test(key) && typeof args[key] === 'string');
  if (serviceKey !== undefined && (args[serviceKey] as string).trim() === '')
    return { parameter: serviceKey, problem: 'an empty service name' };
  const providerKey = Object.keys(args).find((key) => PROVIDER_KEY.test(key) && typeof args[key] === 'string');
  if (providerKey === undefined) return undefined;
  const provider = args[providerKey] as string;
  if (!DOMAIN.test(provider)) return undefined;
  const services = PROVIDER_SERVICES[provider.toLowerCase()];
  if (serviceKey === undefined)
    return /services/i.test(tool) && services === undefined
      ? { parameter: providerKey, problem: `${provider} publishes one API, with no services to list` }
      : undefined;
  const service = args[serviceKey] as string;
  if (services === undefined) return { parameter: serviceKey, problem: `${provider} publishes one API, with no service "${service}"` };
  return services.includes(service) ? undefined : { parameter: serviceKey, problem: `"${service}" is not a service of ${provider}` };
}
