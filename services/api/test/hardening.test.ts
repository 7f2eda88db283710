import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, specifiedRules, validate } from '../src/graphql.js';
import { hardeningOptions, QUERY_LIMITS, QUERY_TOO_COMPLEX } from '../src/hardening.js';
import { createApp, type ApiApp } from '../src/server.js';
import { errorCodes, startTestApi, temporalAddress, type TestApi } from './support.js';

/** `accounts.items.handover.account.handover…`: a real cycle in the schema, `levels` fields deep below items. */
function deepQuery(levels: number): string {
  let inner = 'id';
  for (let i = levels - 1; i >= 0; i--) inner = `${i % 2 === 0 ? 'account' : 'handover'} { ${inner} }`;
  return `query Deep { accounts { items { handover { ${inner} } } } }`;
}

function aliasQuery(count: number): string {
  return `query Aliases { ${Array.from({ length: count }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
}

function directiveQuery(count: number): string {
  return `query Directives { me { ${'id @include(if: true) '.repeat(count)} } }`;
}

const INTROSPECTION = 'query { __schema { queryType { name } types { name } } }';

describe('GraphQL hardening (graphql-armor limits, CSRF prevention)', () => {
  let t: TestApi;

  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers a normal query as before', async () => {
    const result = await t.run('unitManager', 'query { me { id name municipality { name } roles { role unit { name } } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data!.me.id).toBe(t.org.users.unitManager.id);
  });

  it(`refuses a query deeper than ${QUERY_LIMITS.maxDepth} with ${QUERY_TOO_COMPLEX}, before any resolver runs`, async () => {
    const allowed = await t.run('unitManager', deepQuery(QUERY_LIMITS.maxDepth - 4));
    expect(allowed.errors).toBeUndefined();
    const refused = await t.run('unitManager', deepQuery(QUERY_LIMITS.maxDepth + 2));
    expect(errorCodes(refused)).toEqual([QUERY_TOO_COMPLEX]);
    expect(refused.errors![0].message).toMatch(/Frågan är för stor.*depth limit of 10/);
    expect(refused.errors![0].extensions!.limit).toBe('maxDepth');
    expect(refused.data).toBeUndefined();
  });

  it(`refuses more than ${QUERY_LIMITS.maxAliases} aliases`, async () => {
    const allowed = await t.run('unitManager', aliasQuery(QUERY_LIMITS.maxAliases));
    expect(allowed.errors).toBeUndefined();
    expect(Object.keys(allowed.data!)).toHaveLength(QUERY_LIMITS.maxAliases);
    const refused = await t.run('unitManager', aliasQuery(QUERY_LIMITS.maxAliases + 1));
    expect(errorCodes(refused)).toEqual([QUERY_TOO_COMPLEX]);
    expect(refused.errors![0].message).toMatch(/Aliases limit of 15 exceeded/);
  });

  it(`refuses a directive flood (more than ${QUERY_LIMITS.maxDirectives})`, async () => {
    const allowed = await t.run('unitManager', directiveQuery(3));
    expect(allowed.errors).toBeUndefined();
    const refused = await t.run('unitManager', directiveQuery(200));
    expect(errorCodes(refused)).toContain(QUERY_TOO_COMPLEX);
    expect(refused.errors!.map((e) => e.message).join(' ')).toMatch(/Directives limit of 20 exceeded/);
  });

  it(`refuses a document of more than ${QUERY_LIMITS.maxTokens} tokens while parsing`, async () => {
    const huge = `query Tokens { me { ${'id '.repeat(QUERY_LIMITS.maxTokens)} } }`;
    const refused = await t.run('unitManager', huge);
    expect(errorCodes(refused)).toEqual([QUERY_TOO_COMPLEX]);
    expect(refused.errors![0].message).toMatch(/Frågan är för stor.*more (?:than|that) 2000 tokens/);
    expect(refused.errors![0].extensions!.limit).toBe('maxTokens');
  });

  it('refuses a query whose cost is over the limit', async () => {
    // Within the depth, alias and token limits, yet expensive: many fields deep down, where each costs more.
    const costly = deepQuery(QUERY_LIMITS.maxDepth - 4).replace('{ id }', `{ ${'id '.repeat(300)}}`);
    const refused = await t.run('unitManager', costly);
    expect(errorCodes(refused)).toContain(QUERY_TOO_COMPLEX);
    expect(refused.errors!.map((e) => e.message).join(' ')).toMatch(/Query Cost limit of 5000 exceeded/);
  });

  it('allows introspection and suggestions outside production', async () => {
    const result = await t.run(null, INTROSPECTION);
    expect(result.errors).toBeUndefined();
    expect(result.data!.__schema.queryType.name).toBe('Query');
    const typo = await t.run('unitManager', 'query { me { nmae } }');
    expect(typo.errors![0].message).toMatch(/Did you mean "name"/);
  });

  it('passes every operation the microfrontends send, within every limit', async () => {
    const { rules, schema } = { rules: hardeningOptions(true).validationRules as any[], schema: t.api.schema };
    const generated: Record<string, unknown> = await import('../../../frontends/shared/src/gql/graphql.js' as string);
    const documents = Object.entries(generated).filter(([name, value]) => name.endsWith('Document') && (value as any)?.kind === 'Document');
    expect(documents.length).toBeGreaterThan(20);
    for (const [name, document] of documents) {
      const errors = validate(schema, document as any, [...specifiedRules, ...rules]);
      expect({ name, errors: errors.map((e) => e.message) }).toEqual({ name, errors: [] });
    }
  });
});

describe('GraphQL hardening in production (NODE_ENV=production)', () => {
  let t: TestApi;
  let production: ApiApp;
  let http: Server;
  let url: string;
  let connection: Connection;

  beforeAll(async () => {
    t = await startTestApi();
    connection = Connection.lazy({ address: temporalAddress() });
    production = await createApp({ dataSource: t.appDataSource, temporal: new Client({ connection }), taskQueue: t.taskQueue, production: true });
    http = createServer(production.app);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => http?.close(() => resolve()));
    await production?.stop();
    await connection?.close();
    await t?.close();
  });

  async function post(query: string, token?: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, text: await response.text() };
  }

  it('refuses introspection', async () => {
    const response = await post(INTROSPECTION);
    expect(response.status).toBe(400);
    const body = JSON.parse(response.text);
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0].message).toMatch(/introspection is not allowed/i);
    expect(body.data).toBeUndefined();
  });

  it('gives no field suggestions and no stack traces', async () => {
    const token = await production.authenticator.developmentIssuer!.sign(t.org.users.unitManager);
    const typo = await post('query { me { nmae } }', token);
    expect(typo.status).toBe(400);
    expect(typo.text).not.toMatch(/Did you mean/);
    expect(typo.text).toMatch(/Cannot query field/);
    // An error from a resolver (an unknown id for a mutation step) still reaches the client without a stack trace.
    const failing = await post('mutation { submitPlan(accountId: "00000000-0000-4000-8000-000000000000") { id } }', token);
    expect(JSON.parse(failing.text).errors.length).toBeGreaterThan(0);
    expect(failing.text).not.toMatch(/stacktrace/);
  });

  it('still answers a normal query, and refuses an over-deep one over HTTP', async () => {
    const token = await production.authenticator.developmentIssuer!.sign(t.org.users.unitManager);
    const ok = await post('query { me { id name } }', token);
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.text).data.me.id).toBe(t.org.users.unitManager.id);
    const deep = await post(deepQuery(QUERY_LIMITS.maxDepth + 2), token);
    expect(deep.status).toBe(400);
    expect(JSON.parse(deep.text).errors[0].extensions.code).toBe(QUERY_TOO_COMPLEX);
  });

  it('prevents CSRF: a simple (non-preflighted) request is refused', async () => {
    const simple = await fetch(`${url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF/);
    const textPlain = await post('{ __typename }', undefined, { 'content-type': 'text/plain' });
    expect(textPlain.status).toBe(400);
    const withPreflightHeader = await fetch(`${url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(withPreflightHeader.status).toBe(200);
  });
});
