import { PERSONAL_LOGIN_PLATFORMS, PLATFORMS, type Platform } from './account.js';
import type { FieldError } from './activity-plan.js';

/** The provisioning checklist an approved account must complete before it is activated (DOMAIN.md "1. Opening" step 4). */
export const ProvisioningItemKey = {
  FUNCTIONAL_EMAIL: 'FUNCTIONAL_EMAIL',
  ACCOUNT_CREATED: 'ACCOUNT_CREATED',
  ADMINISTRATORS_TWO_FACTOR: 'ADMINISTRATORS_TWO_FACTOR',
  COMMUNICATIONS_ADMIN_RIGHTS: 'COMMUNICATIONS_ADMIN_RIGHTS',
  CREDENTIALS_DEPOSITED: 'CREDENTIALS_DEPOSITED',
  PROFILE_TEXT_PUBLISHED: 'PROFILE_TEXT_PUBLISHED',
  LOGO_APPLIED: 'LOGO_APPLIED',
} as const;
export type ProvisioningItemKey = (typeof ProvisioningItemKey)[keyof typeof ProvisioningItemKey];

export const provisioningItemLabel: Record<ProvisioningItemKey, string> = {
  FUNCTIONAL_EMAIL: 'Särskild funktionsadress (e-post) för kontot finns',
  ACCOUNT_CREATED: 'Kontot är skapat på plattformen',
  ADMINISTRATORS_TWO_FACTOR: 'Minst två namngivna administratörer med egen inloggning och tvåfaktorsautentisering',
  COMMUNICATIONS_ADMIN_RIGHTS: 'Kommunikationsenheten har administratörsbehörighet',
  CREDENTIALS_DEPOSITED: 'Inloggningsuppgifter är deponerade hos kommunikationsenheten',
  PROFILE_TEXT_PUBLISHED: 'Profiltext publicerad (avsändare, syfte, allmän handling, vad som inte är tillåtet, kontakt)',
  LOGO_APPLIED: 'Logotyp enligt den grafiska profilen',
};

export interface ProvisionedAdministrator {
  name: string;
  email: string;
  twoFactorConfirmed: boolean;
}

/** What the person ticking an item states as evidence. Which fields are needed depends on the item. */
export interface ProvisioningEvidence {
  /** A link showing the item is done (the created account, the published profile text). */
  url?: string | null;
  note?: string | null;
  /** FUNCTIONAL_EMAIL: the dedicated address. */
  functionalEmail?: string | null;
  /** ADMINISTRATORS_TWO_FACTOR: each administrator and whether two-factor authentication is confirmed. */
  administrators?: ProvisionedAdministrator[] | null;
}

export interface ProvisioningRules {
  platform: Platform;
  minAdministrators: number;
  twoFactorRequired: boolean;
  /** Addresses that belong to people, never acceptable as the functional address. */
  personalEmails: readonly string[];
}

/**
 * Items this account must complete. Credentials are deposited only for the platforms the policy names — by
 * default not for those with personal logins (seed 001 §3: "gäller ej Facebook").
 */
export function requiredProvisioningItems(
  platform: Platform,
  credentialDepositPlatforms: readonly Platform[] = PLATFORMS.filter((p) => !PERSONAL_LOGIN_PLATFORMS.includes(p)),
): ProvisioningItemKey[] {
  const all = Object.values(ProvisioningItemKey);
  return credentialDepositPlatforms.includes(platform) ? all : all.filter((k) => k !== 'CREDENTIALS_DEPOSITED');
}

const URL_PATTERN = /^https?:\/\/\S+$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks the evidence for ticking one item; an empty list means it may be recorded. */
export function validateProvisioningEvidence(
  key: ProvisioningItemKey,
  evidence: ProvisioningEvidence,
  rules: ProvisioningRules,
): FieldError[] {
  switch (key) {
    case 'FUNCTIONAL_EMAIL': {
      const email = evidence.functionalEmail?.trim().toLowerCase() ?? '';
      if (!EMAIL.test(email)) return [{ field: 'functionalEmail', message: 'Ange kontots funktionsadress.' }];
      if (rules.personalEmails.some((p) => p.toLowerCase() === email)) {
        return [{ field: 'functionalEmail', message: 'Funktionsadressen får inte vara en persons egen e-postadress.' }];
      }
      return [];
    }
    case 'ACCOUNT_CREATED':
    case 'PROFILE_TEXT_PUBLISHED':
      return URL_PATTERN.test(evidence.url?.trim() ?? '')
        ? []
        : [{ field: 'url', message: 'Ange en länk (https://…) som visar att punkten är klar.' }];
    case 'ADMINISTRATORS_TWO_FACTOR': {
      const admins = evidence.administrators ?? [];
      const errors: FieldError[] = [];
      if (admins.length < rules.minAdministrators) {
        errors.push({ field: 'administrators', message: `Minst ${rules.minAdministrators} administratörer måste anges.` });
      }
      const emails = admins.map((a) => a.email.trim().toLowerCase());
      if (new Set(emails).size !== emails.length) {
        errors.push({ field: 'administrators', message: 'Varje administratör ska ha en egen inloggning.' });
      }
      admins.forEach((admin, i) => {
        if (!admin.name?.trim()) errors.push({ field: `administrators.${i}.name`, message: 'Namn måste anges.' });
        if (!EMAIL.test(admin.email?.trim() ?? '')) {
          errors.push({ field: `administrators.${i}.email`, message: 'Ange en giltig e-postadress.' });
        }
        if (rules.twoFactorRequired && !admin.twoFactorConfirmed) {
          errors.push({
            field: `administrators.${i}.twoFactorConfirmed`,
            message: `Tvåfaktorsautentisering är inte bekräftad för ${admin.name || 'administratören'}.`,
          });
        }
      });
      return errors;
    }
    case 'COMMUNICATIONS_ADMIN_RIGHTS':
    case 'CREDENTIALS_DEPOSITED':
    case 'LOGO_APPLIED':
      return [];
  }
}
