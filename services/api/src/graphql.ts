/**
 * graphql-js must be ONE instance per process: type-graphql, Apollo Server and graphql-scalars check `instanceof`
 * against the copy they load. Node resolves the bare name 'graphql' to its CommonJS build (index.js), which is what
 * those libraries get; vite (and so vitest) resolves the bare name to the ES build (index.mjs), a second instance
 * whose GraphQLError Apollo does not recognise (it would drop extensions.code) and whose scalars type-graphql
 * rejects. Importing the CommonJS entry by path gives the same file under both, so the API's own code imports
 * graphql-js from here.
 */
export { GraphQLError, GraphQLScalarType, lexicographicSortSchema, printSchema } from 'graphql/index.js';
export type { DocumentNode, ExecutionResult, GraphQLFormattedError, GraphQLSchema, SourceLocation } from 'graphql/index.js';
export { Source, getOperationAST, getVariableValues, isEnumType, parse, specifiedRules, validate } from 'graphql/index.js';
