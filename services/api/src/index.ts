export { createApp, startApiServer, type ApiApp, type ApiAppOptions, type RunningApiServer, type StartApiServerOptions } from './server.js';
export { DEFAULT_RATE_LIMIT, RATE_LIMITED, rateLimitConfigFromEnv, type RateLimitConfig } from './rate-limit.js';
export { buildApiSchema, printApiSchema, SCHEMA_FILE } from './schema.js';
export { DevelopmentIssuer, DEVELOPMENT_AUDIENCE, DEVELOPMENT_ISSUER } from './auth/development-issuer.js';
export type { AuthConfig } from './auth/authentication.js';
