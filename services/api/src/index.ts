export { createApp, startApiServer, type ApiApp, type ApiAppOptions, type RunningApiServer, type StartApiServerOptions } from './server.js';
export { buildApiSchema, printApiSchema, SCHEMA_FILE } from './schema.js';
export { DevelopmentIssuer, DEVELOPMENT_AUDIENCE, DEVELOPMENT_ISSUER } from './auth/development-issuer.js';
export type { AuthConfig } from './auth/authentication.js';
