/**
 * The three servers benchmark P1 compares, each in its own process (child.ts roles):
 *
 * - `api`: the real API (Apollo Server, type-graphql, TypeORM) as createApp builds it, counting its SQL statements;
 * - `graphql-js`: a plain graphql-js schema answering the same query with the same SQL through pg and DataLoader,
 *   so the ratio between the two is what type-graphql, TypeORM and Apollo cost, less what the API's compiled
 *   execution (graphql-jit) saves over graphql-js's interpreting one;
 * - `raw-sql`: the same SQL and the same JSON over plain HTTP with no GraphQL at all: the floor.
 *
 * Both baselines authenticate like the API (the same development-issuer token verified with jose, the same user
 * and role query, the same role check), so only the layers under test differ.
 */
import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, DEVELOPMENT_AUDIENCE, DEVELOPMENT_ISSUER, DevelopmentIssuer, type RateLimitConfig } from '@smg/api';
import { createDataSource } from '@smg/db';
import { PERMISSIONS } from '@smg/domain';
import { Client, Connection } from '@temporalio/client';
import DataLoader from 'dataloader';
import {
  GraphQLBoolean,
  GraphQLError,
  GraphQLID,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  execute,
  parse,
  validate,
  type DocumentNode,
  type GraphQLNullableType,
} from 'graphql';
import { createLocalJWKSet, jwtVerify } from 'jose';
import pg from 'pg';
import type { ChildRole } from '../child.js';

export interface ApiServerOptions {
  databaseUrl: string;
  /** Users to sign development tokens for, by key: each server signs its own (each has its own key). */
  users: Array<{ key: string; id: string; email: string; name: string }>;
  poolSize?: number;
  /** The lifecycle benchmark sends steps to Temporal; the read benchmark never connects. */
  temporalAddress?: string;
  taskQueue?: string;
}

export interface ServerReady {
  url: string;
  tokens: Record<string, string>;
}

/**
 * The benchmarks send many thousands of requests a minute as one user, which is what the API's per-user rate limit
 * exists to refuse; they measure the API with the limiter in place (each request still counts) at a limit they
 * cannot reach.
 */
export const BENCH_RATE_LIMIT: RateLimitConfig = { requestsPerUser: 100_000_000, requestsPerAnonymousAddress: 100_000_000, windowSeconds: 60 };

async function listen(handler: http.RequestListener): Promise<{ server: http.Server; origin: string }> {
  const server = http.createServer(handler);
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const closeServer = (server: http.Server) =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });

async function signTokens(issuer: DevelopmentIssuer, users: ApiServerOptions['users']): Promise<Record<string, string>> {
  return Object.fromEntries(await Promise.all(users.map(async (u) => [u.key, await issuer.sign(u)] as const)));
}

/** The real API; counts every statement TypeORM sends (the authentication's included). */
export async function startTypeGraphqlApi(options: ApiServerOptions): Promise<ChildRole> {
  const dataSource = await createDataSource(options.databaseUrl, { poolSize: options.poolSize ?? 10 }).initialize();
  let statements = 0;
  const recent: string[] = [];
  const logger = dataSource.logger;
  const logQuery = logger.logQuery.bind(logger);
  logger.logQuery = (query, parameters, queryRunner) => {
    statements += 1;
    recent.push(query);
    if (recent.length > 50) recent.shift();
    return logQuery(query, parameters, queryRunner);
  };
  const connection = Connection.lazy({ address: options.temporalAddress ?? '127.0.0.1:7233' });
  const temporal = new Client({ connection });
  const issuer = await DevelopmentIssuer.create();
  const api = await createApp({ dataSource, temporal, taskQueue: options.taskQueue, auth: { mode: 'development', issuer }, rateLimit: BENCH_RATE_LIMIT });
  const { server, origin } = await listen(api.app);
  return {
    ready: { url: `${origin}/graphql`, tokens: await signTokens(issuer, options.users) } satisfies ServerReady,
    handlers: {
      sql: async () => ({ statements, recent: [...recent] }),
      resetSql: async () => {
        statements = 0;
        recent.length = 0;
        return {};
      },
    },
    async stop() {
      await closeServer(server);
      await api.stop();
      await connection.close();
      await dataSource.destroy();
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The baselines' SQL: the statements the API sends for the same page, written by hand. The API reads whole rows
// (its entities; `plainRows` selects every column), so these do too: `*` is the same column list here.

const SQL = {
  user: `select u.*, coalesce(json_agg(r.*) filter (where r.id is not null), '[]') as roles
           from app_user u left join user_role r on r."userId" = u.id where u.id = $1 group by u.id`,
  page: `select * from account where id = any(array(select id from account where "municipalityId" = $1
           order by "updatedAt" desc, id asc offset $2 limit $3)) order by "updatedAt" desc, id asc`,
  count: `select count(*)::int as total from account where "municipalityId" = $1`,
  units: `select * from unit where id = any($1)`,
  administrators: `select * from account_administrator where "accountId" = any($1) order by name asc`,
  latestSnapshots: `select distinct on ("accountId") * from snapshot where "accountId" = any($1) order by "accountId", "requestedAt" desc`,
};

interface Actor {
  municipalityId: string;
  roles: string[];
}

const READ_ROLES = new Set<string>(PERMISSIONS.ACCOUNT_READ.map((p) => p.role));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the API's Authenticator and authChecker do, by hand: verify the token, read the user and roles, check a role reads accounts. */
function authenticator(pool: pg.Pool, issuer: DevelopmentIssuer) {
  const keys = createLocalJWKSet(issuer.jwks());
  return async (header: string | undefined): Promise<Actor> => {
    const token = /^Bearer\s+(\S+)$/i.exec(header?.trim() ?? '')?.[1];
    if (!token) throw new GraphQLError('Du måste logga in.', { extensions: { code: 'UNAUTHENTICATED' } });
    const { payload } = await jwtVerify(token, keys, {
      issuer: DEVELOPMENT_ISSUER,
      audience: DEVELOPMENT_AUDIENCE,
      algorithms: ['ES256'],
      requiredClaims: ['sub', 'exp'],
    });
    if (!UUID.test(payload.sub!)) throw new GraphQLError('Användaren finns inte i systemet.', { extensions: { code: 'UNAUTHENTICATED' } });
    const { rows } = await pool.query(SQL.user, [payload.sub]);
    if (rows.length === 0) throw new GraphQLError('Användaren finns inte i systemet.', { extensions: { code: 'UNAUTHENTICATED' } });
    const actor = { municipalityId: rows[0].municipalityId as string, roles: (rows[0].roles as Array<{ role: string }>).map((r) => r.role) };
    if (!actor.roles.some((role) => READ_ROLES.has(role))) throw new GraphQLError('Du saknar behörighet.', { extensions: { code: 'FORBIDDEN' } });
    return actor;
  };
}

const iso = (value: Date | null) => (value ? value.toISOString() : null);

function batchLoaders(pool: pg.Pool) {
  const grouped = async <T>(sql: string, accountIds: readonly string[], map: (row: any) => T) => {
    const { rows } = await pool.query(sql, [accountIds]);
    const groups = new Map<string, T[]>(accountIds.map((id) => [id, []]));
    for (const row of rows) groups.get(row.accountId)?.push(map(row));
    return accountIds.map((id) => groups.get(id)!);
  };
  return {
    unit: new DataLoader<string, { id: string; name: string }>(async (ids) => {
      const { rows } = await pool.query(SQL.units, [ids]);
      const found = new Map(rows.map((r) => [r.id, { id: r.id, name: r.name }]));
      return ids.map((id) => found.get(id) ?? new Error(`no unit ${id}`));
    }),
    administrators: new DataLoader((ids: readonly string[]) => grouped(SQL.administrators, ids, administratorOf)),
    latestSnapshot: new DataLoader((ids: readonly string[]) => grouped(SQL.latestSnapshots, ids, snapshotOf).then((g) => g.map((s) => s[0] ?? null))),
  };
}

const administratorOf = (r: any) => ({ name: r.name, email: r.email, twoFactorConfirmed: r.twoFactorConfirmed });
const snapshotOf = (r: any) => ({ id: r.id, status: r.status, snapshotKey: r.snapshotKey, requestedAt: iso(r.requestedAt), capturedAt: iso(r.capturedAt) });

function pageArguments(offset: unknown, limit: unknown): { offset: number; limit: number } {
  const o = Number(offset ?? 0);
  const l = Number(limit ?? 20);
  if (!Number.isInteger(o) || o < 0 || !Number.isInteger(l) || l < 1 || l > 100) {
    throw new GraphQLError('offset får inte vara negativ och limit ska vara 1–100.', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return { offset: o, limit: l };
}

/** The page's rows and the count side by side, as the API's resolver reads them. */
async function pageOf(pool: pg.Pool, actor: Actor, offset: number, limit: number): Promise<{ rows: any[]; total: number }> {
  const [page, counted] = await Promise.all([pool.query(SQL.page, [actor.municipalityId, offset, limit]), pool.query(SQL.count, [actor.municipalityId])]);
  return { rows: page.rows, total: counted.rows[0].total as number };
}

type Loaders = ReturnType<typeof batchLoaders>;
interface BaselineContext {
  actor: Actor;
  loaders: Loaders;
  pool: pg.Pool;
}

function baselineSchema(): GraphQLSchema {
  const nonNull = <T extends GraphQLNullableType>(type: T) => new GraphQLNonNull(type);
  const Unit = new GraphQLObjectType({ name: 'Unit', fields: { id: { type: nonNull(GraphQLID) }, name: { type: nonNull(GraphQLString) } } });
  const Administrator = new GraphQLObjectType({
    name: 'AccountAdministrator',
    fields: { name: { type: nonNull(GraphQLString) }, email: { type: nonNull(GraphQLString) }, twoFactorConfirmed: { type: nonNull(GraphQLBoolean) } },
  });
  const Snapshot = new GraphQLObjectType({
    name: 'Snapshot',
    fields: {
      id: { type: nonNull(GraphQLID) },
      status: { type: nonNull(GraphQLString) },
      snapshotKey: { type: nonNull(GraphQLString) },
      requestedAt: { type: nonNull(GraphQLString) },
      capturedAt: { type: GraphQLString },
    },
  });
  const Account = new GraphQLObjectType<any, BaselineContext>({
    name: 'Account',
    fields: {
      id: { type: nonNull(GraphQLID) },
      displayName: { type: nonNull(GraphQLString) },
      platform: { type: nonNull(GraphQLString) },
      status: { type: nonNull(GraphQLString) },
      updatedAt: { type: nonNull(GraphQLString), resolve: (a) => iso(a.updatedAt) },
      unit: { type: nonNull(Unit), resolve: (a, _args, ctx) => ctx.loaders.unit.load(a.unitId) },
      administrators: { type: nonNull(new GraphQLList(nonNull(Administrator))), resolve: (a, _args, ctx) => ctx.loaders.administrators.load(a.id) },
      latestSnapshot: { type: Snapshot, resolve: (a, _args, ctx) => ctx.loaders.latestSnapshot.load(a.id) },
    },
  });
  const Page = new GraphQLInputObjectType({
    name: 'PageInput',
    fields: { offset: { type: nonNull(GraphQLInt), defaultValue: 0 }, limit: { type: nonNull(GraphQLInt), defaultValue: 20 } },
  });
  const AccountPage = new GraphQLObjectType({
    name: 'AccountPage',
    fields: { items: { type: nonNull(new GraphQLList(nonNull(Account))) }, total: { type: nonNull(GraphQLInt) } },
  });
  const Query = new GraphQLObjectType<unknown, BaselineContext>({
    name: 'Query',
    fields: {
      accounts: {
        type: nonNull(AccountPage),
        args: { page: { type: Page } },
        async resolve(_root, args: { page?: { offset: number; limit: number } }, ctx) {
          const { offset, limit } = pageArguments(args.page?.offset, args.page?.limit);
          const { rows, total } = await pageOf(ctx.pool, ctx.actor, offset, limit);
          return { items: rows, total };
        },
      },
    },
  });
  return new GraphQLSchema({ query: Query });
}

async function readBody(request: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

async function baselineBasics(options: ApiServerOptions) {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
  let statements = 0;
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<pg.QueryResult>;
  (pool as { query: unknown }).query = (...args: unknown[]) => {
    statements += 1;
    return query(...args);
  };
  const issuer = await DevelopmentIssuer.create();
  return {
    pool,
    issuer,
    authenticate: authenticator(pool, issuer),
    handlers: {
      sql: async () => ({ statements, recent: [] }),
      resetSql: async () => {
        statements = 0;
        return {};
      },
    },
  };
}

/** The same query through graphql-js alone: parse and validate once per query text (as Apollo caches them), execute. */
export async function startGraphqlJsBaseline(options: ApiServerOptions): Promise<ChildRole> {
  const { pool, issuer, authenticate, handlers } = await baselineBasics(options);
  const schema = baselineSchema();
  const documents = new Map<string, DocumentNode>();
  const { server, origin } = await listen(async (request, response) => {
    try {
      const { query, variables } = JSON.parse(await readBody(request)) as { query: string; variables?: Record<string, unknown> };
      let document = documents.get(query);
      if (!document) {
        document = parse(query);
        const errors = validate(schema, document);
        if (errors.length > 0) return sendJson(response, 400, { errors });
        documents.set(query, document);
      }
      const actor = await authenticate(request.headers.authorization);
      const result = await execute({ schema, document, variableValues: variables, contextValue: { actor, pool, loaders: batchLoaders(pool) } });
      sendJson(response, 200, result);
    } catch (error) {
      sendJson(response, 200, { errors: [{ message: error instanceof Error ? error.message : String(error) }] });
    }
  });
  return {
    ready: { url: `${origin}/graphql`, tokens: await signTokens(issuer, options.users) } satisfies ServerReady,
    handlers,
    async stop() {
      await closeServer(server);
      await pool.end();
    },
  };
}

/**
 * The floor: `GET /accounts?offset=&limit=[&latestSnapshot=1]` runs the same statements (independent ones side by
 * side) and answers the same JSON as the GraphQL servers' response.
 */
export async function startRawSqlBaseline(options: ApiServerOptions): Promise<ChildRole> {
  const { pool, issuer, authenticate, handlers } = await baselineBasics(options);
  const { server, origin } = await listen(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const actor = await authenticate(request.headers.authorization);
      const { offset, limit } = pageArguments(url.searchParams.get('offset'), url.searchParams.get('limit'));
      const withLatestSnapshot = url.searchParams.get('latestSnapshot') === '1';
      const { rows, total } = await pageOf(pool, actor, offset, limit);
      const accountIds = rows.map((r) => r.id as string);
      const unitIds = [...new Set(rows.map((r) => r.unitId))];
      const [units, administrators, snapshots] = await Promise.all([
        pool.query(SQL.units, [unitIds]),
        pool.query(SQL.administrators, [accountIds]),
        withLatestSnapshot ? pool.query(SQL.latestSnapshots, [accountIds]) : Promise.resolve(null),
      ]);
      const unitById = new Map(units.rows.map((u) => [u.id, { id: u.id, name: u.name }]));
      const administratorsOf = new Map<string, unknown[]>(accountIds.map((id) => [id, []]));
      for (const a of administrators.rows) administratorsOf.get(a.accountId)!.push(administratorOf(a));
      const snapshotOfAccount = new Map((snapshots?.rows ?? []).map((s) => [s.accountId, snapshotOf(s)]));
      const items = rows.map((a) => ({
        id: a.id,
        displayName: a.displayName,
        platform: a.platform,
        status: a.status,
        updatedAt: iso(a.updatedAt),
        unit: unitById.get(a.unitId),
        administrators: administratorsOf.get(a.id),
        ...(withLatestSnapshot ? { latestSnapshot: snapshotOfAccount.get(a.id) ?? null } : {}),
      }));
      sendJson(response, 200, { data: { accounts: { total, items } } });
    } catch (error) {
      sendJson(response, 500, { errors: [{ message: error instanceof Error ? error.message : String(error) }] });
    }
  });
  return {
    ready: { url: `${origin}/accounts`, tokens: await signTokens(issuer, options.users) } satisfies ServerReady,
    handlers,
    async stop() {
      await closeServer(server);
      await pool.end();
    },
  };
}
