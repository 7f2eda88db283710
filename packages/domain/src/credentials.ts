import type { AccountStatus } from './account.js';
import type { FieldError } from './activity-plan.js';

/**
 * Credentials deposited with the communications unit (seed 000 "lämnas för förvaring på Kommunikationsenheten", seed
 * 001 §3.2 "i ett förseglat kuvert", seed 004 "finns centralt hos kommunikationsenheten"). The secret is what the
 * envelope held; the login name and e-mail are what is written on the outside.
 */
export interface CredentialDepositContent {
  loginName: string;
  loginEmail?: string | null;
  secret: string;
}

export const CREDENTIAL_LIMITS = { loginName: 200, loginEmail: 200, secret: 2_000, reason: 1_000 } as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Credentials are deposited while the account is provisioned or in use; not once it is closing or handed over. */
export function credentialDepositRefusal(status: AccountStatus): string | null {
  return status === 'PROVISIONING' || status === 'ACTIVE' || status === 'DORMANT'
    ? null
    : 'Inloggningsuppgifter kan bara deponeras för ett konto som upprättas eller är aktivt.';
}

/** Field errors of a deposit. The messages never repeat what was typed: a secret must not come back in an error. */
export function validateCredentialDeposit(content: CredentialDepositContent): FieldError[] {
  const errors: FieldError[] = [];
  const loginName = content.loginName?.trim() ?? '';
  if (!loginName) errors.push({ field: 'loginName', message: 'Ange användarnamnet eller inloggningen för kontot.' });
  else if (loginName.length > CREDENTIAL_LIMITS.loginName) errors.push({ field: 'loginName', message: `Användarnamnet får vara högst ${CREDENTIAL_LIMITS.loginName} tecken.` });
  const loginEmail = content.loginEmail?.trim() ?? '';
  if (loginEmail && (!EMAIL.test(loginEmail) || loginEmail.length > CREDENTIAL_LIMITS.loginEmail)) {
    errors.push({ field: 'loginEmail', message: 'Ange en giltig e-postadress för inloggningen, eller lämna fältet tomt.' });
  }
  if (!content.secret?.trim()) errors.push({ field: 'secret', message: 'Ange lösenordet eller annan hemlig inloggningsuppgift.' });
  else if (content.secret.length > CREDENTIAL_LIMITS.secret) errors.push({ field: 'secret', message: `Den hemliga uppgiften får vara högst ${CREDENTIAL_LIMITS.secret} tecken.` });
  return errors;
}

/** Every reveal states why (it is kept in the audit trail). */
export function validateRevealReason(reason: string | null | undefined): FieldError[] {
  const trimmed = reason?.trim() ?? '';
  if (!trimmed) return [{ field: 'reason', message: 'Ange skälet till att inloggningsuppgifterna behöver visas.' }];
  if (trimmed.length > CREDENTIAL_LIMITS.reason) return [{ field: 'reason', message: `Skälet får vara högst ${CREDENTIAL_LIMITS.reason} tecken.` }];
  return [];
}
