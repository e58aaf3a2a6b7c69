/** The loopback sign-in of `inftool agent --oauth-login`: the redirect's code, state and errors. */
import { describe, expect, it } from 'vitest';
import { LoopbackLoginProvider } from '@inftool/sim-client';

/** A sign-in whose "browser" calls the redirect with `query` built from the state it was given. */
async function signIn(query: (state: string) => string): Promise<{ code: Promise<string>; status: number }> {
  let status = 0;
  const login = await LoopbackLoginProvider.start({
    open: async () => {
      status = (await fetch(`${login.redirectUrl}?${query(state)}`)).status;
    },
  });
  const state = login.state();
  try {
    await login.redirectToAuthorization(new URL('https://auth.example/authorize'));
    const code = login.pendingCode!;
    await code.catch(() => undefined);
    return { code, status };
  } finally {
    await login.close();
  }
}

describe('LoopbackLoginProvider', () => {
  it('takes the code from a redirect to 127.0.0.1 that carries the state it sent', async () => {
    const { code, status } = await signIn((state) => `code=abc&state=${state}`);
    await expect(code).resolves.toBe('abc');
    expect(status).toBe(200);
  });

  it('refuses a redirect with another state, an error, or no code, saying which', async () => {
    for (const [query, reason] of [
      [() => 'code=abc&state=forged', /the state does not match/],
      [(state: string) => `error=access_denied&error_description=no%20thanks&state=${state}`, /answered access_denied: no thanks/],
      [(state: string) => `state=${state}`, /carries no code/],
    ] as const) {
      const { code, status } = await signIn(query);
      await expect(code).rejects.toThrow(reason);
      expect(status).toBe(400);
    }
  });

  it('registers as a public loopback client, or as the pre-registered one', async () => {
    const login = await LoopbackLoginProvider.start({ scope: 'mcp:read' });
    try {
      expect(login.clientMetadata).toMatchObject({
        redirect_uris: [login.redirectUrl],
        scope: 'mcp:read',
        grant_types: ['authorization_code', 'refresh_token'],
      });
      expect(login.redirectUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);
      expect(login.clientInformation()).toBeUndefined();
    } finally {
      await login.close();
    }
    const registered = await LoopbackLoginProvider.start({ clientId: 'cli', clientSecret: 's' });
    await registered.close();
    expect(registered.clientInformation()).toEqual({ client_id: 'cli', client_secret: 's' });
  });
});
