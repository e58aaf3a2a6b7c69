/**
 * Takes credentials out of text that is about to be stored or logged (error messages above all: an
 * endpoint may echo the request's Authorization header in its error body). Known secret values are
 * replaced wherever they appear; the usual shapes of a credential (a bearer token, an `sk-` key, a
 * `key=` query parameter, a password in a URL) are replaced even when the value is not known.
 */
export const REDACTED = '[redacted]';

/** Shapes of a credential: each keeps its label and loses its value (a value of letters alone is prose, not a key). */
const SHAPES: ReadonlyArray<[RegExp, string]> = [
  [/\b([Bb]earer|[Bb]asic|[Tt]oken)(\s+)(?=[A-Za-z]*(?:[0-9._~+/=-]|[a-z][A-Z]))[A-Za-z0-9._~+/=-]{8,}/g, `$1$2${REDACTED}`],
  [/\b(sk|pk|rk)-[A-Za-z0-9_-]{12,}/g, `$1-${REDACTED}`],
  [
    /("?(?:[Aa]uthorization|AUTHORIZATION|[Xx]-[Aa]pi-[Kk]ey|[Aa]pi-[Kk]ey)"?\s*[:=]\s*"?)(?!(?:[Bb]earer|[Bb]asic|[Tt]oken)\s)(?=[A-Za-z]*(?:[^A-Za-z",\s}]|[a-z][A-Z]))[^",\s}]{8,}/g,
    `$1${REDACTED}`,
  ],
  [/\b((?:api[_-]?key|access[_-]?token|auth[_-]?token|token|secret|password)=)[^&\s"'#]+/gi, `$1${REDACTED}`],
  [/(\b[a-z][a-z0-9+.-]*:\/\/)[^/\s:@]+:[^/\s@]+@/gi, `$1${REDACTED}@`],
];

/**
 * Values shorter than this are not treated as secrets: local servers take any key, and a placeholder
 * such as `EMPTY`, `ollama` or `not-needed` must not vanish from every text (and record) that holds the word.
 */
export const MIN_SECRET_LENGTH = 12;

const isSecret = (value: string | undefined): value is string => value !== undefined && value.length >= MIN_SECRET_LENGTH;

/** `text` without the given secrets (see `MIN_SECRET_LENGTH`) nor anything shaped like one. */
export function redactSecrets(text: string, secrets: ReadonlyArray<string | undefined> = []): string {
  let redacted = text;
  for (const secret of secrets) if (isSecret(secret)) redacted = redacted.split(secret).join(REDACTED);
  for (const [shape, replacement] of SHAPES) redacted = redacted.replace(shape, replacement);
  return redacted;
}

/** `text` without the given secret values, nothing else touched (for whole records: data may look like a key and still be data). */
export function redactKnownSecrets(text: string, secrets: ReadonlyArray<string | undefined>): string {
  let redacted = text;
  for (const secret of secrets) {
    if (!isSecret(secret)) continue;
    redacted = redacted.split(secret).join(REDACTED);
    // As it appears inside a JSON string.
    const escaped = JSON.stringify(secret).slice(1, -1);
    if (escaped !== secret) redacted = redacted.split(escaped).join(REDACTED);
  }
  return redacted;
}
