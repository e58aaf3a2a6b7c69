import { isObject, type Json } from './json.js';
import type { ParameterLocation } from './imported.js';

/**
 * Why a parameter is plumbing rather than something a user would say:
 * - `credential`: an API key, token or secret (named by the spec's security schemes, or a credential
 *   header such as `Authorization`, `X-Api-Key`, `Ocp-Apim-Subscription-Key`);
 * - `signature`: request-signing parts (AWS SigV4's `X-Amz-Date`, `X-Amz-Signature`, …; OAuth 1.0 query parameters);
 * - `transport`: headers every HTTP client sets itself (`Content-Type`, `Accept`, `User-Agent`, …);
 * - `constant`: a required header or query parameter with one allowed value (AWS's `X-Amz-Target`,
 *   `Action`), or the API's version (`api-version`): the client sends it, always the same.
 */
export type PlumbingKind = 'credential' | 'signature' | 'transport' | 'constant';

/** A parameter the importer left out of a tool's inputSchema, kept in `_meta["inftool/source"].plumbing` so a proxy can add it back. */
export interface PlumbingParameter {
  in: ParameterLocation;
  name: string;
  kind: PlumbingKind;
  required?: true;
  /** The security scheme that names it, when one does. */
  scheme?: string;
  /** The fixed value of a `constant`. */
  value?: unknown;
}

const TRANSPORT_HEADERS = new Set([
  'content-type',
  'accept',
  'accept-encoding',
  'accept-charset',
  'user-agent',
  'content-length',
  'host',
  'connection',
  'transfer-encoding',
  'expect',
  'te',
  'upgrade',
  'keep-alive',
]);

/** Compared with `-`, `_` and `.` removed, case-insensitively. */
const CREDENTIAL_NAMES = new Set([
  'authorization',
  'proxyauthorization',
  'wwwauthenticate',
  'cookie',
  'apikey',
  'xapikey',
  'apitoken',
  'xapitoken',
  'apisecret',
  'xapisecret',
  'apiauth',
  'xauthtoken',
  'xaccesstoken',
  'authtoken',
  'authkey',
  'accesstoken',
  'accesskey',
  'secretkey',
  'clientsecret',
  'appkey',
  'appsecret',
  'apppassword',
  'xappkey',
  'xapptoken',
  'subscriptionkey',
  'ocpapimsubscriptionkey',
  'xrapidapikey',
  'xrapidapihost',
  'xfunctionskey',
  'xgoogapikey',
]);
/** Credential suffixes of longer names (`shopify_api_key`, `WM_SEC.ACCESS_TOKEN`), compared as above. */
const CREDENTIAL_SUFFIXES = [
  'apikey',
  'apisecret',
  'apitoken',
  'apipassword',
  'accesstoken',
  'refreshtoken',
  'clientsecret',
  'sharedsecret',
  'tokensecret',
  'secretkey',
  'authsignature',
  'subscriptionkey',
];
const OAUTH1_QUERY = new Set([
  'oauthconsumerkey',
  'oauthtoken',
  'oauthsignature',
  'oauthsignaturemethod',
  'oauthtimestamp',
  'oauthnonce',
  'oauthversion',
]);
/** AWS Signature Version 4 headers (and their presigned-URL query forms). */
const AWS_SIGNATURE = new Set([
  'xamzcontentsha256',
  'xamzdate',
  'xamzalgorithm',
  'xamzcredential',
  'xamzsecuritytoken',
  'xamzsignature',
  'xamzsignedheaders',
  'xamzexpires',
  'xamzuseragent',
]);
/** Names that are credentials only when their description says so (`key`, `token` are also pagination cursors and map keys). */
const AMBIGUOUS_NAMES = new Set(['key', 'token', 'auth', 'signature', 'sig', 'secret']);
const CREDENTIAL_DESCRIPTION =
  /\b(api[\s_-]?key|access[\s_-]?token|auth(entication|entificat\w*|orization)?[\s_-]?(key|token)?|credential|secret key|your key|developer key|subscription key)\b/i;
/** A placeholder a spec gives as the example of a credential (`INSERT_YOUR_KEY`, `<your api key>`, `xxxx`). */
const CREDENTIAL_PLACEHOLDER = /(your|insert)\W?.{0,12}(key|token)|api\W?key|^x{4,}$/i;
/** Header suffixes of what the client says about itself: who it is (`X-Client-Id`, `WM_CONSUMER.ID`). */
const CLIENT_IDENTITY_SUFFIXES = ['clientid', 'consumerid'];
/** Header suffixes of request bookkeeping (`X-Request-Id`, `WM_QOS.CORRELATION_ID`, `Idempotency-Key`, `X-MSEdge-ClientIP`). */
const BOOKKEEPING_SUFFIXES = ['requestid', 'correlationid', 'traceid', 'interactionid', 'idempotencykey', 'clientip', 'forwardedfor'];
/** Header suffixes of signing parts (`WM_SEC.TIMESTAMP`, `x-fapi-auth-date`, a nonce). */
const SIGNING_SUFFIXES = ['timestamp', 'authdate', 'nonce'];

const compact = (name: string): string => name.toLowerCase().replace(/[-_.\s]/g, '');

/** A `key` or `token` parameter is a credential when its description says so or its example is a placeholder for one. */
function looksLikeCredential(parameter: Json): boolean {
  if (typeof parameter['description'] === 'string' && CREDENTIAL_DESCRIPTION.test(parameter['description'])) return true;
  const schema = isObject(parameter['schema']) ? parameter['schema'] : {};
  return [parameter['example'], parameter['x-example'], schema['example'], schema['default'], parameter['default']].some(
    (value) => typeof value === 'string' && CREDENTIAL_PLACEHOLDER.test(value),
  );
}

/** The parameters the document's security schemes name (OpenAPI 3 `components.securitySchemes`, Swagger 2 `securityDefinitions`), by `in:name` in lower case. */
export function securitySchemeParameters(document: Json): Map<string, string> {
  const components = isObject(document['components']) ? document['components'] : {};
  const schemes = isObject(components['securitySchemes'])
    ? components['securitySchemes']
    : isObject(document['securityDefinitions'])
      ? document['securityDefinitions']
      : {};
  const named = new Map<string, string>();
  for (const [schemeName, scheme] of Object.entries(schemes)) {
    if (!isObject(scheme)) continue;
    if (scheme['type'] === 'apiKey' && typeof scheme['name'] === 'string' && typeof scheme['in'] === 'string')
      named.set(`${scheme['in']}:${scheme['name']}`.toLowerCase(), schemeName);
    // http (basic, bearer), oauth2, openIdConnect and Swagger 2's basic all travel in Authorization.
    else if (['http', 'basic', 'oauth2', 'openIdConnect'].includes(String(scheme['type']))) named.set('header:authorization', schemeName);
  }
  return named;
}

/** A credential an operation's security requirement asks for: where it travels, and under which scheme. */
export interface SecurityCredential {
  scheme: string;
  /** The scheme's type: `apiKey`, `http` (with `bearer`/`basic` in `httpScheme`), `oauth2`, `openIdConnect`, Swagger 2's `basic`. */
  type: string;
  httpScheme?: string;
  in: ParameterLocation;
  name: string;
}

/**
 * The credentials of an operation's first security alternative (its own `security`, else the
 * document's): an API key where its scheme puts it, anything else in `Authorization`. Empty when the
 * operation needs none (`security: []`) or names schemes the document does not define.
 */
export function operationSecurity(document: Json, operation: Json): SecurityCredential[] {
  const components = isObject(document['components']) ? document['components'] : {};
  const schemes = isObject(components['securitySchemes'])
    ? components['securitySchemes']
    : isObject(document['securityDefinitions'])
      ? document['securityDefinitions']
      : {};
  const requirements = Array.isArray(operation['security'])
    ? operation['security']
    : Array.isArray(document['security'])
      ? document['security']
      : [];
  const first = requirements.find(isObject);
  if (first === undefined) return [];
  const credentials: SecurityCredential[] = [];
  for (const name of Object.keys(first)) {
    const scheme = schemes[name];
    if (!isObject(scheme) || typeof scheme['type'] !== 'string') continue;
    if (scheme['type'] === 'apiKey') {
      if (typeof scheme['name'] === 'string' && ['header', 'query', 'cookie'].includes(String(scheme['in'])))
        credentials.push({ scheme: name, type: 'apiKey', in: scheme['in'] as ParameterLocation, name: scheme['name'] });
      continue;
    }
    credentials.push({
      scheme: name,
      type: scheme['type'],
      ...(typeof scheme['scheme'] === 'string' ? { httpScheme: scheme['scheme'].toLowerCase() } : {}),
      in: 'header',
      name: 'Authorization',
    });
  }
  return credentials;
}

/**
 * Whether a path, query, header or cookie parameter is plumbing, and of which kind; `undefined` when
 * it is a parameter a user would give. Required or not makes no difference: the real server gets a
 * required credential from the client's configuration, never from the user.
 */
export function plumbingOf(parameter: Json, location: ParameterLocation, schemes: Map<string, string>): PlumbingParameter | undefined {
  const name = String(parameter['name']);
  const entry = (kind: PlumbingKind, extra: Partial<PlumbingParameter> = {}): PlumbingParameter => ({
    in: location,
    name,
    kind,
    ...(parameter['required'] === true ? { required: true } : {}),
    ...extra,
  });
  if (location === 'path' || location === 'body') return undefined;
  const scheme = schemes.get(`${location}:${name}`.toLowerCase());
  if (scheme !== undefined) return entry('credential', { scheme });
  const key = compact(name);
  if (AWS_SIGNATURE.has(key)) return entry('signature');
  if (location === 'query' && OAUTH1_QUERY.has(key)) return entry('signature');
  if (location === 'header' && (TRANSPORT_HEADERS.has(name.toLowerCase()) || BOOKKEEPING_SUFFIXES.some((suffix) => key.endsWith(suffix))))
    return entry('transport');
  if (location === 'header' && SIGNING_SUFFIXES.some((suffix) => key.endsWith(suffix))) return entry('signature');
  if (CREDENTIAL_NAMES.has(key) || CREDENTIAL_SUFFIXES.some((suffix) => key.endsWith(suffix))) return entry('credential');
  if (location === 'header' && CLIENT_IDENTITY_SUFFIXES.some((suffix) => key.endsWith(suffix))) return entry('credential');
  if (AMBIGUOUS_NAMES.has(key) && looksLikeCredential(parameter)) return entry('credential');
  const schema = isObject(parameter['schema']) ? parameter['schema'] : parameter;
  // The API's version is the client's choice of API, never the user's (Azure's `api-version`).
  if (key === 'apiversion')
    return entry(
      'constant',
      schema['default'] !== undefined
        ? { value: schema['default'] }
        : Array.isArray(schema['enum']) && schema['enum'].length === 1
          ? { value: schema['enum'][0] }
          : {},
    );
  if (
    (location === 'header' || location === 'query') &&
    parameter['required'] === true &&
    Array.isArray(schema['enum']) &&
    schema['enum'].length === 1
  )
    return entry('constant', { value: schema['enum'][0] });
  return undefined;
}

/** A field of a flattened request body that is a credential by its name (`api_key`, `api_secret` in a form body): plumbing too. */
export function bodyCredential(field: string, required: boolean): PlumbingParameter | undefined {
  const key = compact(field);
  if (!CREDENTIAL_NAMES.has(key) && !CREDENTIAL_SUFFIXES.some((suffix) => key.endsWith(suffix))) return undefined;
  return { in: 'body', name: field, kind: 'credential', ...(required ? { required: true } : {}) };
}
