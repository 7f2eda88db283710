import type { CombinedError } from '@urql/core';

export interface FieldErrorMessage {
  field: string;
  message: string;
}

/** The API's codes (`extensions.code`) the UI treats differently. */
export type ApiErrorCode = 'BAD_USER_INPUT' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'STEP_NOT_ALLOWED' | string;

export function errorCode(error: CombinedError | null | undefined): ApiErrorCode | null {
  const code = error?.graphQLErrors.find((e) => e.extensions?.code)?.extensions?.code;
  return typeof code === 'string' ? code : null;
}

/**
 * `extensions.fieldErrors` keyed by dotted field path (`administrators.1.email`), so a form can put each
 * message next to its field. A leading `input.` (the argument name) is dropped so paths match the plan.
 */
export function fieldErrorsOf(error: CombinedError | null | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const e of error?.graphQLErrors ?? []) {
    const list = e.extensions?.fieldErrors;
    if (!Array.isArray(list)) continue;
    for (const item of list as FieldErrorMessage[]) {
      const field = String(item.field).replace(/^(input|evidence)\./, '');
      result[field] = result[field] ? `${result[field]} ${item.message}` : item.message;
    }
  }
  return result;
}

/** One Swedish sentence (or a few) for the person in front of the screen; the API's own messages when it has them. */
export function errorMessage(error: CombinedError | null | undefined): string | null {
  if (!error) return null;
  if (error.networkError && error.graphQLErrors.length === 0) {
    return 'Kunde inte nå servern. Kontrollera anslutningen och försök igen.';
  }
  const code = errorCode(error);
  if (code === 'BAD_USER_INPUT' && Object.keys(fieldErrorsOf(error)).length > 0) {
    return 'Uppgifterna kunde inte sparas. Rätta de markerade fälten och försök igen.';
  }
  const messages = [...new Set(error.graphQLErrors.map((e) => e.message))];
  if (code === 'FORBIDDEN' && messages.length === 0) return 'Du har inte behörighet att göra detta.';
  return messages.join(' ') || 'Något gick fel. Försök igen.';
}
