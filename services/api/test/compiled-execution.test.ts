import { ApolloServer } from '@apollo/server';
import { GraphQLError, buildSchema, type GraphQLSchema } from 'graphql/index.js';
import { describe, expect, it } from 'vitest';
import { compiledExecution } from '../src/compiled-execution.js';
import { DateTimeScalar } from '../src/resolvers/scalars.js';

/** A small schema with what the API's own uses: nested inputs with defaults, enums, a custom scalar, errors with codes. */
function testSchema(): GraphQLSchema {
  const schema = buildSchema(`
    scalar DateTime
    enum Status { DRAFT ACTIVE }
    input PageInput { offset: Int! = 0  limit: Int! = 20 }
    input Filter { status: [Status!]  since: DateTime }
    type Item { id: ID!  status: Status!  at: DateTime!  required: String!  optional: String }
    type Page { items: [Item!]!  total: Int!  window: String! }
    type Query {
      items(page: PageInput, filter: Filter): Page!
      refused: String
      broken: String
      brokenRequired: Item
    }
  `);
  Object.assign(schema.getType('DateTime')!, { serialize: DateTimeScalar.serialize, parseValue: DateTimeScalar.parseValue, parseLiteral: DateTimeScalar.parseLiteral });
  const at = new Date('2026-11-25T08:30:00.000Z');
  const resolvers: Record<string, (args: any) => unknown> = {
    items: ({ page, filter }) => ({
      total: 3,
      window: `${page?.offset ?? '-'}/${page?.limit ?? '-'}/${filter?.status?.join(',') ?? '-'}/${filter?.since?.toISOString() ?? '-'}`,
      items: [
        { id: 1, status: 'DRAFT', at, required: 'a' },
        { id: 2, status: 'ACTIVE', at: at.toISOString(), required: 'b', optional: 'x' },
      ],
    }),
    refused: () => {
      throw new GraphQLError('Du saknar behörighet.', { extensions: { code: 'FORBIDDEN' } });
    },
    broken: async () => {
      throw new Error('the database went away');
    },
    brokenRequired: () => ({ id: 3, status: 'DRAFT', at, required: null }),
  };
  for (const [name, field] of Object.entries(schema.getQueryType()!.getFields())) {
    field.resolve = (_root, args) => resolvers[name](args);
  }
  return schema;
}

async function started(server: ApolloServer): Promise<ApolloServer> {
  await server.start();
  return server;
}

const OPERATIONS: Array<{ name: string; query: string; variables?: Record<string, unknown>; operationName?: string }> = [
  {
    name: 'a nested input’s non-null fields with defaults, left out',
    query: 'query Items($page: PageInput) { items(page: $page) { total window items { id status at required optional } } }',
    variables: { page: { limit: 2 } },
  },
  { name: 'an input left out entirely', query: 'query Items($page: PageInput) { items(page: $page) { window } }', variables: {} },
  {
    name: 'enum and custom scalar variables',
    query: 'query Items($filter: Filter) { items(filter: $filter) { window } }',
    variables: { filter: { status: ['ACTIVE', 'DRAFT'], since: '2026-01-02T03:04:05.000Z' } },
  },
  { name: 'literal arguments with defaults', query: '{ items(page: { limit: 5 }, filter: { status: ACTIVE }) { window } }' },
  { name: 'a variable of the wrong type', query: 'query Items($page: PageInput) { items(page: $page) { total } }', variables: { page: { limit: 'ten' } } },
  { name: 'an unknown enum value in a variable', query: 'query Items($filter: Filter) { items(filter: $filter) { total } }', variables: { filter: { status: ['GONE'] } } },
  { name: 'a refusal with a code, on the third line', query: 'query {\n  items { total }\n  refused\n}' },
  { name: 'an unexpected error from an async resolver', query: '{ broken }' },
  { name: 'null in a non-null field, nulling its parent', query: '{ brokenRequired { id required } }' },
  { name: 'several operations, the one named', query: 'query A { refused } query B { items { total } }', operationName: 'B' },
];

describe('compiled execution (graphql-jit behind Apollo)', () => {
  it('answers every operation exactly as graphql-js does: data, errors with codes, paths and locations, HTTP status', async () => {
    const schema = testSchema();
    const options = { includeStacktraceInErrorResponses: false, logger: { debug() {}, info() {}, warn() {}, error() {} } };
    const interpreted = await started(new ApolloServer({ schema, ...options }));
    const compiled = await started(new ApolloServer({ gateway: compiledExecution(schema), ...options }));
    try {
      for (const { name, query, variables, operationName } of OPERATIONS) {
        // Twice: the second answer comes from the compiled function kept for the document.
        for (const round of [1, 2]) {
          const expected = await interpreted.executeOperation({ query, variables, operationName });
          const actual = await compiled.executeOperation({ query, variables, operationName });
          expect(actual.body, `${name} (${round})`).toEqual(expected.body);
          expect(actual.http.status, `${name} (${round})`).toBe(expected.http.status);
        }
      }
      const wrongType = await compiled.executeOperation(OPERATIONS[4]);
      expect(wrongType.http.status).toBe(400);
      expect(wrongType.body).toMatchObject({ singleResult: { errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] } });
      const refusal = await compiled.executeOperation(OPERATIONS[6]);
      expect(refusal.body).toMatchObject({
        singleResult: { data: { items: { total: 3 }, refused: null }, errors: [{ path: ['refused'], locations: [{ line: 3, column: 3 }], extensions: { code: 'FORBIDDEN' } }] },
      });
    } finally {
      await interpreted.stop();
      await compiled.stop();
    }
  });

  it('refuses a schema whose enum gives a value other than its name, which coercing twice would change', () => {
    const schema = testSchema();
    const status = schema.getType('Status') as unknown as { getValue(name: string): { value: unknown } };
    status.getValue('ACTIVE').value = 'active';
    expect(() => compiledExecution(schema)).toThrow(/enum Status gives ACTIVE the value active/);
  });
});
