import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { packageStorage, type ArchiveStorage } from '@smg/archive/storage';
import { CredentialVault, createDataSource, keyProviderFromEnv, type KeyProvider } from '@smg/db';
import { ArchivingClient, ClosureClient, OpeningClient } from '@smg/workflows/client';
import { HandoverClient } from '@smg/workflows/handover';
import { Client, Connection, defaultGrpcRetryOptions, makeGrpcRetryInterceptor, type ConnectionOptions } from '@temporalio/client';
import cors from 'cors';
import express from 'express';
import type { GraphQLSchema } from './graphql.js';
import type { DataSource } from 'typeorm';
import { archiveFilesRouter } from './archive-files.js';
import { compiledExecution } from './compiled-execution.js';
import { Authenticator, authConfigFromEnv, type AuthConfig } from './auth/authentication.js';
import { contextFactory, type ApiContext } from './context.js';
import { fileRoutes } from './files/files.routes.js';
import { formatError } from './format-error.js';
import { hardeningOptions, isProduction } from './hardening.js';
import { RequestRateLimiter, rateLimitConfigFromEnv, type RateLimitConfig } from './rate-limit.js';
import { buildApiSchema } from './schema.js';
import { creatingContext, serviceUnavailableHandler, serviceUnavailablePlugin } from './service-unavailable.js';

export interface ApiAppOptions {
  dataSource: DataSource;
  temporal: Client;
  /** Overrides the workflows' default task queue (tests run a worker of their own on a queue of their own). */
  taskQueue?: string;
  /** Defaults to the environment: an OIDC issuer when OIDC_ISSUER is set, otherwise the development issuer. */
  auth?: AuthConfig;
  /** Where the archiving lifecycle stores packages; default the same folder as the worker's (ARCHIVE_DIR). */
  archiveStorage?: ArchiveStorage;
  /** Production hardening (no introspection, suggestions or stack traces); default NODE_ENV === 'production'. */
  production?: boolean;
  /** GraphQL requests per user (and per address when anonymous) and window; default the environment's RATE_LIMIT_*. */
  rateLimit?: RateLimitConfig;
  /** The credential vault's key-encryption key; default VAULT_KEY (required in production). */
  vaultKeys?: KeyProvider;
}

export interface ApiApp {
  app: express.Express;
  server: ApolloServer<ApiContext>;
  schema: GraphQLSchema;
  authenticator: Authenticator;
  /** The context a request with this Authorization header gets; for `server.executeOperation` in tests. */
  contextFor(authorizationHeader?: string | null): Promise<ApiContext>;
  stop(): Promise<void>;
}

/** The express app with GraphQL at /graphql and, while the development issuer is on, its JWKS. No listening. */
export async function createApp(options: ApiAppOptions): Promise<ApiApp> {
  // Before anything else: a production API without its vault key refuses to start.
  const vaultKeys = options.vaultKeys ?? keyProviderFromEnv(process.env, options.production ?? isProduction());
  const schema = await buildApiSchema();
  const authenticator = new Authenticator(options.auth ?? (await authConfigFromEnv()), options.dataSource);
  const queue = options.taskQueue ? { taskQueue: options.taskQueue } : undefined;
  const contextFor = contextFactory({
    dataSource: options.dataSource,
    auth: authenticator,
    opening: new OpeningClient(options.temporal, queue),
    archiving: new ArchivingClient(options.temporal, queue),
    archiveStorage: options.archiveStorage ?? packageStorage(),
    handover: new HandoverClient(options.temporal, queue),
    closure: new ClosureClient(options.temporal, queue),
    vault: new CredentialVault(options.dataSource, vaultKeys),
  });
  const rateLimiter = new RequestRateLimiter(options.rateLimit ?? rateLimitConfigFromEnv());
  const hardening = hardeningOptions<ApiContext>(options.production ?? isProduction());
  const server = new ApolloServer<ApiContext>({
    gateway: compiledExecution(schema),
    formatError,
    // Compact JSON: Apollo's default indents every answer, which cost a page of 100 accounts about 3% of its CPU.
    stringifyResult: (result) => JSON.stringify(result),
    ...hardening,
    // Apollo's default cache-control plugin wraps every field resolver to compute HTTP cache hints this API never
    // gives (answers depend on who asks); without it a page of 100 accounts costs about a tenth less CPU.
    plugins: [...hardening.plugins, ApolloServerPluginCacheControlDisabled(), serviceUnavailablePlugin()],
  });
  await server.start();

  const app = express();
  app.disable('x-powered-by');
  // No ETag over every answer: GraphQL answers are POSTs no cache revalidates, and hashing each cost CPU (P1).
  app.disable('etag');
  app.get('/.well-known/jwks.json', (_req, res) => {
    const issuer = authenticator.developmentIssuer;
    if (!issuer) {
      res.status(404).json({ error: 'no development issuer: tokens come from the configured OIDC issuer' });
      return;
    }
    res.json(issuer.jwks());
  });
  // Readiness: 503 while PostgreSQL or Temporal is out of reach, each named, so a load balancer stops sending work.
  app.get('/health', async (_req, res) => {
    const [database, temporal] = await Promise.all([
      reachable(() => options.dataSource.query('select 1')),
      reachable(() =>
        options.temporal.connection.withDeadline(Date.now() + HEALTH_CHECK_TIMEOUT_MS, () => options.temporal.workflowService.getSystemInfo({})),
      ),
    ]);
    res.status(database === 'ok' && temporal === 'ok' ? 200 : 503).json({
      status: database === 'ok' && temporal === 'ok' ? 'ok' : 'unavailable',
      database,
      temporal,
    });
  });
  // Attachments (minutes extracts, evidence) as raw bytes beside GraphQL, which stays JSON with a small limit.
  app.use('/api/files', cors({ exposedHeaders: ['Content-Disposition', 'X-Checksum-Sha256'] }), fileRoutes({ dataSource: options.dataSource, auth: authenticator }));
  // Bearer tokens, no cookies: any origin may call, which the separately served microfrontends need.
  app.use(
    '/graphql',
    cors(),
    express.json({ limit: '1mb' }),
    expressMiddleware(server, {
      // Counted after authentication so a signed-in user is limited by their id whatever address they come from;
      // a refusal is a GraphQLError, which Apollo answers with its HTTP status (429) and Retry-After.
      context: ({ req }) =>
        creatingContext(async () => {
          const context = await contextFor(req.headers.authorization);
          await rateLimiter.consume({ userId: context.actor?.userId ?? null, address: req.ip });
          return context;
        }),
    }),
  );
  app.use('/api/archive', cors(), archiveFilesRouter(contextFor));
  app.use(serviceUnavailableHandler);
  return { app, server, schema, authenticator, contextFor, stop: () => server.stop() };
}

const HEALTH_CHECK_TIMEOUT_MS = 2000;

async function reachable(check: () => Promise<unknown>): Promise<'ok' | 'unavailable'> {
  try {
    await check();
    return 'ok';
  } catch {
    return 'unavailable';
  }
}

/**
 * How the API talks to Temporal. While the server is down every call fails at once with UNAVAILABLE; the SDK retries
 * it with backoff, here for about ten seconds (its default is twenty), so a restart of a few seconds goes unnoticed
 * and a longer one answers SERVICE_UNAVAILABLE instead of keeping the request open. The channel's reconnect backoff
 * is capped at five seconds (gRPC's default grows to two minutes), so the API is back soon after Temporal is.
 */
const TEMPORAL_CONNECTION_OPTIONS: Pick<ConnectionOptions, 'interceptors' | 'channelArgs' | 'connectTimeout'> = {
  interceptors: [makeGrpcRetryInterceptor(defaultGrpcRetryOptions({ maxAttempts: 8 }))],
  channelArgs: { 'grpc.max_reconnect_backoff_ms': 5000, 'grpc.initial_reconnect_backoff_ms': 500 },
  connectTimeout: '10 seconds',
};

export interface StartApiServerOptions {
  /** 0 picks a free port (tests). */
  port: number;
  databaseUrl: string;
  temporalAddress: string;
  namespace?: string;
  taskQueue?: string;
  auth?: AuthConfig;
  host?: string;
  archiveStorage?: ArchiveStorage;
  rateLimit?: RateLimitConfig;
}

export interface RunningApiServer {
  /** The GraphQL endpoint. */
  url: string;
  /** Where the development issuer's keys are published (404 with an OIDC issuer). */
  jwksUrl: string;
  api: ApiApp;
  close(): Promise<void>;
}

export async function startApiServer(options: StartApiServerOptions): Promise<RunningApiServer> {
  const dataSource = await createDataSource(options.databaseUrl).initialize();
  // Lazy: reads work from the projection even while Temporal is still starting; steps connect on first use.
  const connection = Connection.lazy({ address: options.temporalAddress, ...TEMPORAL_CONNECTION_OPTIONS });
  const temporal = new Client({ connection, namespace: options.namespace ?? 'default' });
  let api: ApiApp | undefined;
  let httpServer: Server | undefined;
  try {
    api = await createApp({ dataSource, temporal, taskQueue: options.taskQueue, auth: options.auth, archiveStorage: options.archiveStorage, rateLimit: options.rateLimit });
    httpServer = createServer(api.app);
    await new Promise<void>((resolve, reject) => {
      httpServer!.once('error', reject);
      httpServer!.listen(options.port, options.host ?? '0.0.0.0', resolve);
    });
  } catch (error) {
    await api?.stop();
    await connection.close();
    await dataSource.destroy();
    throw error;
  }
  const { port } = httpServer.address() as AddressInfo;
  const origin = `http://localhost:${port}`;
  const started = api;
  const listening = httpServer;
  return {
    url: `${origin}/graphql`,
    jwksUrl: `${origin}/.well-known/jwks.json`,
    api: started,
    async close() {
      await new Promise<void>((resolve) => {
        listening.close(() => resolve());
        listening.closeAllConnections();
      });
      await started.stop();
      await connection.close();
      await dataSource.destroy();
    },
  };
}
