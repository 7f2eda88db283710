import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import {
  GraphQLError,
  Source,
  getOperationAST,
  getVariableValues,
  isEnumType,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type SourceLocation,
} from './graphql.js';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];

/**
 * Executes each operation through a function graphql-jit compiles for it once, instead of graphql-js walking the
 * query anew for every row: on a page of 100 accounts, graphql-js's per-field work (argument coercion, the field's
 * promise bookkeeping) and the garbage it left were the largest share of the API's CPU (benchmark P1).
 *
 * Apollo Server takes a custom executor only through its gateway interface, so this is a gateway serving one fixed
 * schema. Parsing, validation (with graphql-armor's limits), the request pipeline's plugins and formatError stay
 * Apollo's. Apollo's document cache hands back the same parsed document for the same query text, so the compiled
 * functions are kept per document and go with it.
 *
 * What a client sees is what graphql-js gives: variables are coerced by graphql-js first (its messages, and the
 * variable's node, by which Apollo answers a bad variable with BAD_USER_INPUT and status 400), and graphql-jit's
 * errors, which are its own read-only kind, are reported as graphql-js errors at the same path and locations.
 */
export function compiledExecution(schema: GraphQLSchema): Gateway {
  refuseRenamedEnumValues(schema);
  const compiled = new WeakMap<DocumentNode, Map<string | undefined, CompiledQuery | ExecutionResult>>();
  const compiledFor = (document: DocumentNode, operationName: string | undefined) => {
    let byOperation = compiled.get(document);
    if (!byOperation) compiled.set(document, (byOperation = new Map()));
    let query = byOperation.get(operationName);
    if (!query) byOperation.set(operationName, (query = compileQuery(schema, document, operationName)));
    return query;
  };
  return {
    async load() {
      return {
        schema,
        executor: async ({ document, operationName, request, context, source }) => {
          const name = operationName ?? undefined;
          const operation = getOperationAST(document, name);
          const variables = getVariableValues(schema, operation?.variableDefinitions ?? [], request.variables ?? {});
          if (variables.errors) return { errors: variables.errors };
          const query = compiledFor(document, name);
          const result = isCompiledQuery(query) ? await query.query(undefined, context, variables.coerced) : query;
          if (!result.errors?.length) return result;
          const text = new Source(source ?? '');
          return { ...result, errors: result.errors.map((error) => asGraphQLError(error, text)) };
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {},
  };
}

/**
 * graphql-jit coerces the variables once more, from graphql-js's result: it does not fill in an input field's
 * default when the field is non-null (`offset: Int! = 0`), so it is given values graphql-js has completed. That is
 * only the same input if coercing a coerced value changes nothing, which for an enum means each value is its name.
 */
function refuseRenamedEnumValues(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isEnumType(type)) continue;
    const renamed = type.getValues().find((value) => value.value !== value.name);
    if (renamed) throw new Error(`compiledExecution: enum ${type.name} gives ${renamed.name} the value ${String(renamed.value)}; every enum value must be its name`);
  }
}

function asGraphQLError(error: GraphQLError, source: Source): GraphQLError {
  return new GraphQLError(error.message, {
    source,
    positions: error.locations?.length ? error.locations.map((location) => positionOf(source, location)) : undefined,
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
}

/** The offset in the text of a line and column (both from 1), counting line breaks as graphql-js's getLocation does. */
function positionOf(source: Source, { line, column }: SourceLocation): number {
  let lineStart = 0;
  let current = 1;
  for (const lineBreak of source.body.matchAll(/\r\n|[\n\r]/g)) {
    if (current === line) break;
    lineStart = lineBreak.index! + lineBreak[0].length;
    current += 1;
  }
  return lineStart + column - 1;
}
