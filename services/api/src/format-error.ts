import { unwrapResolverError } from '@apollo/server/errors';
import type { FieldError } from '@smg/domain';
import type { ValidationError } from 'class-validator';
import { GraphQLError, type GraphQLFormattedError } from './graphql.js';
import { ArgumentValidationError } from 'type-graphql';
import { ErrorCode } from './errors.js';
import { asQueryTooComplex } from './hardening.js';
import { asServiceUnavailable } from './service-unavailable.js';

/** class-validator's tree as the dotted field paths the domain validators use (`administrators.1.email`). */
function fieldErrorsOf(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...fieldErrorsOf(error.children ?? [], field)];
  });
}

const VARIABLE_VALUE = /^(Variable "\$[^"]+") got invalid value /;

/**
 * graphql-js repeats a refused variable's whole value in the message (`Variable "$input" got invalid value {…}; …`).
 * A value may hold a secret (the credentials deposited in the vault), so only why it was refused is kept, and the
 * error cannot carry the secret into a response, a proxy's log or the browser's console.
 */
function withoutVariableValue(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | null {
  const match = VARIABLE_VALUE.exec(formatted.message);
  if (!match) return null;
  const why = error instanceof GraphQLError && error.originalError ? error.originalError.message : 'the value does not fit its type.';
  return { ...formatted, message: `${match[1]} got an invalid value (not repeated here); ${why}` };
}

/**
 * Every BAD_USER_INPUT carries `fieldErrors`, whether the input's shape (class-validator) or its content (domain
 * validators) was refused; class-validator's raw errors are dropped because they echo the whole input back.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const refused = asQueryTooComplex(formatted);
  if (refused) return refused;
  const unavailable = asServiceUnavailable(formatted, error);
  if (unavailable) return unavailable;
  const withoutValue = withoutVariableValue(formatted, error);
  if (withoutValue) return withoutValue;
  const original = unwrapResolverError(error);
  if (original instanceof ArgumentValidationError) {
    const fieldErrors = fieldErrorsOf(original.extensions.validationErrors as ValidationError[]);
    return {
      ...formatted,
      message: `Uppgifterna behöver rättas: ${fieldErrors.map((e) => `${e.field}: ${e.message}`).join(' ')}`,
      extensions: { code: ErrorCode.BAD_USER_INPUT, fieldErrors },
    };
  }
  if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR') {
    // The cause goes to the log only: a driver's or library's message may name tables, values or paths.
    console.error('[api] unexpected error', original);
    return { ...formatted, message: 'Ett oväntat fel inträffade. Försök igen, och kontakta supporten om det händer igen.' };
  }
  return formatted;
}
