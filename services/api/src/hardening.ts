import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from './graphql.js';

type GraphQLArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;
type RejectCallback = NonNullable<NonNullable<GraphQLArmorConfig['maxDepth']>['onReject']>[number];

/** The code every query refused for its size or shape carries (depth, aliases, tokens, directives, cost). */
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

/**
 * Limits on what one GraphQL document may ask for (OWASP GraphQL Cheat Sheet). Set with headroom over the
 * deepest and largest operation the microfrontends send (a test validates every one of them against these).
 */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2000,
  maxCost: 5000,
} as const;

/** Armor reports a refusal through this callback, naming the limit so formatError can give it its own code. */
function refuse(limit: keyof typeof QUERY_LIMITS): { propagateOnRejection: false; onReject: RejectCallback[] } {
  return {
    // Callbacks only: armor then reports through ours and does not add its own BAD_USER_INPUT error.
    propagateOnRejection: false,
    onReject: [
      (context, error) =>
        context?.reportError(
          new GraphQLError(`${REFUSAL} ${error.message}`, { extensions: { code: QUERY_TOO_COMPLEX, limit } }),
        ),
    ],
  };
}

const REFUSAL = 'Frågan är för stor eller för komplex och avvisades:';

/**
 * Apollo answers every validation error with GRAPHQL_VALIDATION_FAILED and graphql-js's token limit with
 * GRAPHQL_PARSE_FAILED; a refusal for size or shape gets QUERY_TOO_COMPLEX instead, with the limit it broke.
 */
export function asQueryTooComplex(formatted: GraphQLFormattedError): GraphQLFormattedError | null {
  const limit = formatted.extensions?.limit;
  if (typeof limit === 'string' && limit in QUERY_LIMITS) {
    return { ...formatted, extensions: { ...formatted.extensions, code: QUERY_TOO_COMPLEX } };
  }
  // graphql-js 16 spells it "more that N tokens".
  if (formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' && /Document contains more (?:than|that) \d+ tokens/.test(formatted.message)) {
    return {
      ...formatted,
      message: `${REFUSAL} ${formatted.message}`,
      extensions: { ...formatted.extensions, code: QUERY_TOO_COMPLEX, limit: 'maxTokens' },
    };
  }
  return null;
}

/**
 * Apollo options that harden the endpoint: graphql-armor's limits, CSRF prevention (explicitly, though it is
 * Apollo's default), and in production no introspection, no field suggestions ("Did you mean …") and no stack
 * traces in error responses.
 */
export function hardeningOptions<TContext extends BaseContext>(production: boolean): {
  plugins: ApolloServerPlugin<TContext>[];
  validationRules: NonNullable<ApolloServerOptions<TContext>['validationRules']>;
  csrfPrevention: true;
  introspection: boolean;
  includeStacktraceInErrorResponses: boolean;
  hideSchemaDetailsFromClientErrors: boolean;
  allowBatchedHttpRequests: false;
  parseOptions: { maxTokens: number };
} {
  const config: GraphQLArmorConfig = {
    maxDepth: { n: QUERY_LIMITS.maxDepth, ...refuse('maxDepth') },
    maxAliases: { n: QUERY_LIMITS.maxAliases, ...refuse('maxAliases') },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, ...refuse('maxDirectives') },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ...refuse('maxCost') },
    // graphql-js's own parser limit (parseOptions below) does what armor's token plugin does, but as a parse
    // error Apollo answers with 400; armor's plugin throws from a hook, which Apollo turns into a 500.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  };
  const armor = new ApolloArmor(config).protect();
  return {
    plugins: armor.plugins as ApolloServerPlugin<TContext>[],
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    validationRules: armor.validationRules,
    csrfPrevention: true,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    hideSchemaDetailsFromClientErrors: production,
    allowBatchedHttpRequests: false,
  };
}

export function isProduction(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'production';
}
