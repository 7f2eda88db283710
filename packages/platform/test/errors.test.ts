import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FacebookGraphConnector, LinkedInConnector, PlatformApiError, type AccountRef } from '../src/index.js';
import { recordedApi, type RecordedApi } from './support/recorded-api.js';

const facebook = (handle: string): AccountRef => ({ platform: 'FACEBOOK', handle, webAddress: `https://www.facebook.com/${handle}` });
const linkedin: AccountRef = { platform: 'LINKEDIN', handle: 'biblioteken-demokommun', webAddress: 'https://www.linkedin.com/company/biblioteken-demokommun' };

let api: RecordedApi;

beforeAll(async () => {
  api = await recordedApi(({ path }) => {
    switch (path) {
      case '/v19.0/okand':
        return { fixture: 'facebook/error-unknown-object.json', status: 400 };
      case '/v19.0/overbelastad':
        return { fixture: 'facebook/error-rate-limit.json', status: 429 };
      case '/v19.0/nere':
        return { fixture: 'facebook/error-unavailable.json', status: 503 };
      case '/v19.0/utflyttad/posts':
        return { fixture: 'facebook/posts-foreign-next.json' };
      case '/rest/organizations':
        return { fixture: 'linkedin/error-unauthorized.json', status: 401 };
      case '/rest/posts':
        return { fixture: 'linkedin/error-throttled.json', status: 429 };
    }
    return undefined;
  });
});

afterAll(() => api.close());

async function failure(promise: Promise<unknown>): Promise<PlatformApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(PlatformApiError);
  return error as PlatformApiError;
}

describe('platform API failures', () => {
  const graph = () => new FacebookGraphConnector({ baseUrl: `${api.origin}/v19.0`, accessToken: 'hemlig-sidtoken' });

  it('a 4xx names the platform, the status and the API message, and is not retryable', async () => {
    const error = await failure(graph().profile(facebook('okand')));
    expect(error.message).toMatch(/^Facebook svarade HTTP 400 på GET \/v19\.0\/okand: Unsupported get request/);
    expect(error).toMatchObject({ platform: 'Facebook', status: 400, retryable: false, reason: '100' });
  });

  it('429 and 5xx are retryable', async () => {
    expect(await failure(graph().profile(facebook('overbelastad')))).toMatchObject({ status: 429, retryable: true });
    expect(await failure(graph().profile(facebook('nere')))).toMatchObject({ status: 503, retryable: true });
  });

  it('LinkedIn errors carry its message; a revoked token is final, throttling is not', async () => {
    const connector = new LinkedInConnector({ baseUrl: `${api.origin}/rest`, accessToken: 'hemlig' });
    const revoked = await failure(connector.profile(linkedin));
    expect(revoked.message).toBe('LinkedIn svarade HTTP 401 på GET /rest/organizations: The token used in the request has been revoked by the user');
    expect(revoked.retryable).toBe(false);
  });

  it('an unreachable platform is retryable and has no status', async () => {
    const closed = await recordedApi(() => undefined);
    await closed.close();
    const connector = new FacebookGraphConnector({ baseUrl: `${closed.origin}/v19.0`, accessToken: 'hemlig-sidtoken' });
    const error = await failure(connector.profile(facebook('demokommun')));
    expect(error).toMatchObject({ platform: 'Facebook', status: null, retryable: true });
    expect(error.message).toMatch(/^Facebook kunde inte nås \(GET \/v19\.0\/demokommun\)/);
  });

  it('never sends the token to another host named by a paging link', async () => {
    const error = await failure(graph().postsSince(facebook('utflyttad'), new Date('2026-01-01T00:00:00Z')));
    expect(error.message).toContain('elsewhere.invalid');
    expect(error.retryable).toBe(false);
  });

  it('never puts the token in a message', async () => {
    for (const handle of ['okand', 'overbelastad', 'nere']) {
      expect((await failure(graph().profile(facebook(handle)))).message).not.toContain('hemlig');
    }
  });
});
