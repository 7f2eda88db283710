import type { FieldError } from '@smg/domain';
import { GraphQLError } from './graphql.js';

/**
 * The error codes clients act on (extensions.code). Messages are Swedish because the microfrontends show them
 * to the person who tried.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  STEP_NOT_ALLOWED: 'STEP_NOT_ALLOWED',
  /** PostgreSQL or Temporal is out of reach for the moment; `extensions.retryable` is true (service-unavailable.ts). */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** Stored credentials could not be decrypted (wrong key, or the stored bytes were changed). */
  VAULT_INTEGRITY: 'VAULT_INTEGRITY',
} as const;

export function badUserInput(fieldErrors: FieldError[]): GraphQLError {
  const summary = fieldErrors.map((e) => e.message).join(' ');
  return new GraphQLError(`Uppgifterna behöver rättas: ${summary}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, fieldErrors },
  });
}

export function unauthenticated(reason?: string | null): GraphQLError {
  return new GraphQLError(reason ?? 'Du måste logga in.', { extensions: { code: ErrorCode.UNAUTHENTICATED } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.NOT_FOUND } });
}

export function stepNotAllowed(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.STEP_NOT_ALLOWED } });
}

export function vaultIntegrity(): GraphQLError {
  return new GraphQLError('Inloggningsuppgifterna kunde inte dekrypteras: fel nyckel eller ändrade data. Kontakta systemförvaltningen.', {
    extensions: { code: ErrorCode.VAULT_INTEGRITY },
  });
}
