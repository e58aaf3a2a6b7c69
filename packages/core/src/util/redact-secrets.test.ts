import { describe, expect, it } from 'vitest';
import { redactKnownSecrets, redactSecrets } from './redact-secrets.js';

describe('redactSecrets', () => {
  it('removes a known key wherever it is, and text shaped like a credential', () => {
    const key = 'k3y-value-123456';
    expect(redactSecrets(`401 {"error":{"message":"bad key ${key} (${key})"}}`, [key])).toBe(
      '401 {"error":{"message":"bad key [redacted] ([redacted])"}}',
    );
    expect(redactSecrets('you sent Authorization: Bearer abc.DEF-123_xyz')).toBe('you sent Authorization: Bearer [redacted]');
    expect(redactSecrets('header was "Bearer abc.DEF-123_xyz"')).toBe('header was "Bearer [redacted]"');
    expect(redactSecrets('key sk-proj-AbCdEf0123456789xyz is invalid')).toBe('key sk-[redacted] is invalid');
    expect(redactSecrets('GET https://host/v1?api_key=s3cr3t&x=1 failed')).toBe('GET https://host/v1?api_key=[redacted]&x=1 failed');
    expect(redactSecrets('cannot reach http://alice:pa55word@host:8000/v1')).toBe('cannot reach http://[redacted]@host:8000/v1');
    expect(redactSecrets('{"x-api-key": "abcdef123456"}')).toBe('{"x-api-key": "[redacted]"}');
    expect(redactSecrets('Authorization: Basic dXNlcjpwYXNz')).toBe('Authorization: Basic [redacted]');
  });

  it('leaves ordinary error text alone, and ignores empty or placeholder "keys" (shorter than 12 characters)', () => {
    const text = 'model m failed after 5 attempt(s): 503 the server is overloaded, retry later; EMPTY body from ollama';
    expect(redactSecrets(text, ['', undefined, 'm', 'EMPTY', 'ollama', 'not-needed'])).toBe(text);
    const prose = 'Token authentication is required; Authorization: required by the bearer scheme';
    expect(redactSecrets(prose)).toBe(prose);
  });
});

describe('redactKnownSecrets', () => {
  it('replaces only the known values, also as escaped inside a JSON string, and keeps look-alike data', () => {
    const key = 'tok"en\\9876543210';
    const line = JSON.stringify({ reason: `echo: ${key}`, data: 'sk-aaaaaaaaaaaaaaaaaaaa', note: 'EMPTY' });
    expect(redactKnownSecrets(line, [key, 'EMPTY'])).toBe(
      JSON.stringify({ reason: 'echo: [redacted]', data: 'sk-aaaaaaaaaaaaaaaaaaaa', note: 'EMPTY' }),
    );
  });
});
