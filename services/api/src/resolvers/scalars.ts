import { GraphQLScalarType } from '../graphql.js';
import { GraphQLDateTimeISO } from 'graphql-scalars';

/**
 * Instants as ISO-8601 strings. Named `DateTime` because the frontends' code generator maps that name to string;
 * the behaviour is graphql-scalars' DateTimeISO (always serialises a Date to an ISO string).
 */
export const DateTimeScalar = new GraphQLScalarType({
  ...GraphQLDateTimeISO.toConfig(),
  name: 'DateTime',
  description: 'An instant as an ISO-8601 string (UTC), e.g. 2025-03-01T09:30:00.000Z.',
});
