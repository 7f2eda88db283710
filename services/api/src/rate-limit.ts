import { HeaderMap } from '@apollo/server';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { GraphQLError } from './graphql.js';

/** extensions.code of a request refused because its user (or address) sent too many. */
export const RATE_LIMITED = 'RATE_LIMITED';

/**
 * GraphQL requests allowed per window: per signed-in user (keyed by user id, so one person's browser tabs and
 * devices share it) and per IP address for requests without a valid sign-in.
 */
export interface RateLimitConfig {
  requestsPerUser: number;
  requestsPerAnonymousAddress: number;
  windowSeconds: number;
}

/** Well above what a person clicking through the microfrontends sends (a page asks a handful of queries). */
export const DEFAULT_RATE_LIMIT: RateLimitConfig = { requestsPerUser: 600, requestsPerAnonymousAddress: 300, windowSeconds: 60 };

const ENV = {
  requestsPerUser: 'RATE_LIMIT_USER_REQUESTS',
  requestsPerAnonymousAddress: 'RATE_LIMIT_ANONYMOUS_REQUESTS',
  windowSeconds: 'RATE_LIMIT_WINDOW_SECONDS',
} as const satisfies Record<keyof RateLimitConfig, string>;

/** RATE_LIMIT_USER_REQUESTS, RATE_LIMIT_ANONYMOUS_REQUESTS, RATE_LIMIT_WINDOW_SECONDS; each defaults to DEFAULT_RATE_LIMIT. */
export function rateLimitConfigFromEnv(env: NodeJS.ProcessEnv = process.env): RateLimitConfig {
  const config = { ...DEFAULT_RATE_LIMIT };
  for (const key of Object.keys(ENV) as Array<keyof RateLimitConfig>) {
    const raw = env[ENV[key]];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${ENV[key]} must be a positive integer, got "${raw}"`);
    config[key] = value;
  }
  return config;
}

/**
 * Counts requests in memory, per API process (rate-limiter-flexible's fixed window). Several API processes behind
 * a load balancer each count their own share; a shared store (the library's Redis or PostgreSQL limiters) would be
 * the change then.
 */
export class RequestRateLimiter {
  private readonly users: RateLimiterMemory;
  private readonly anonymous: RateLimiterMemory;

  constructor(readonly config: RateLimitConfig) {
    this.users = new RateLimiterMemory({ keyPrefix: 'user', points: config.requestsPerUser, duration: config.windowSeconds });
    this.anonymous = new RateLimiterMemory({ keyPrefix: 'ip', points: config.requestsPerAnonymousAddress, duration: config.windowSeconds });
  }

  /** Counts one request; throws RATE_LIMITED (HTTP 429 with Retry-After) when the window's allowance is used up. */
  async consume(who: { userId: string | null; address: string | undefined }): Promise<void> {
    const [limiter, key] = who.userId ? [this.users, who.userId] : [this.anonymous, who.address ?? 'unknown'];
    try {
      await limiter.consume(key);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      throw rateLimited(Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)));
    }
  }
}

function rateLimited(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`För många förfrågningar på kort tid. Försök igen om ${retryAfterSeconds} sekunder.`, {
    extensions: {
      code: RATE_LIMITED,
      retryAfterSeconds,
      // Apollo takes the HTTP status and headers from here and leaves `http` out of the response body.
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}
