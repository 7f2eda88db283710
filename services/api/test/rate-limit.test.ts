import type { DemoUserKey } from '@smg/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMIT, RATE_LIMITED, rateLimitConfigFromEnv } from '../src/rate-limit.js';
import { startApiServer, type RunningApiServer } from '../src/server.js';
import { startTestApi, temporalAddress, type TestApi } from './support.js';

const ME = '{ me { name } }';

describe('rate limit per user (HTTP)', () => {
  let t: TestApi;
  let http: RunningApiServer;

  beforeAll(async () => {
    t = await startTestApi();
    http = await startApiServer({
      port: 0,
      host: '127.0.0.1',
      databaseUrl: t.db.url,
      temporalAddress: temporalAddress(),
      rateLimit: { requestsPerUser: 3, requestsPerAnonymousAddress: 2, windowSeconds: 60 },
    });
  });
  afterAll(async () => {
    await http?.close();
    await t?.close();
  });

  async function post(as: DemoUserKey | null, query = ME) {
    const token = as ? await http.api.authenticator.developmentIssuer!.sign(t.org.users[as]) : null;
    const response = await fetch(http.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as any };
  }

  it('refuses a user past their allowance with 429, RATE_LIMITED, a Swedish message and when to retry', async () => {
    for (let i = 0; i < 3; i++) {
      const allowed = await post('editor');
      expect(allowed.status).toBe(200);
      expect(allowed.body.data.me.name).toBe('Elin Redaktör');
    }
    const refused = await post('editor');
    expect(refused.status).toBe(429);
    expect(refused.body.data).toBeUndefined();
    const [error] = refused.body.errors;
    expect(error.extensions.code).toBe(RATE_LIMITED);
    expect(error.message).toMatch(/^För många förfrågningar på kort tid\. Försök igen om \d+ sekunder\.$/);
    const retryAfter = Number(refused.retryAfter);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(error.extensions.retryAfterSeconds).toBe(retryAfter);
    // Apollo's transport detail stays out of the body.
    expect(error.extensions.http).toBeUndefined();
  });

  it('counts per user: another user from the same address is not affected', async () => {
    const other = await post('unitManager');
    expect(other.status).toBe(200);
    expect(other.body.data.me.name).toBe('Ulf Enhetschef');
  });

  it('counts anonymous requests per address, apart from signed-in users', async () => {
    const register = '{ register { displayName } }';
    expect((await post(null, register)).status).toBe(200);
    expect((await post(null, register)).status).toBe(200);
    const refused = await post(null, register);
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions.code).toBe(RATE_LIMITED);
    expect((await post('archivist')).status).toBe(200);
  });
});

describe('rate limit configuration', () => {
  it('reads each limit from the environment and defaults the rest', () => {
    expect(rateLimitConfigFromEnv({})).toEqual(DEFAULT_RATE_LIMIT);
    expect(rateLimitConfigFromEnv({ RATE_LIMIT_USER_REQUESTS: '50000', RATE_LIMIT_WINDOW_SECONDS: '10' })).toEqual({
      ...DEFAULT_RATE_LIMIT,
      requestsPerUser: 50_000,
      windowSeconds: 10,
    });
  });

  it('refuses a limit that is not a positive integer instead of silently turning it off', () => {
    expect(() => rateLimitConfigFromEnv({ RATE_LIMIT_USER_REQUESTS: '0' })).toThrow(/RATE_LIMIT_USER_REQUESTS must be a positive integer/);
    expect(() => rateLimitConfigFromEnv({ RATE_LIMIT_ANONYMOUS_REQUESTS: 'many' })).toThrow(/RATE_LIMIT_ANONYMOUS_REQUESTS/);
  });
});
