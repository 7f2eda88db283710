/** Platforms an official account can live on (DOMAIN.md "The account and its lifecycle"). */
export const Platform = {
  FACEBOOK: 'FACEBOOK',
  INSTAGRAM: 'INSTAGRAM',
  LINKEDIN: 'LINKEDIN',
  YOUTUBE: 'YOUTUBE',
  X: 'X',
  TIKTOK: 'TIKTOK',
  BLOG: 'BLOG',
  PODCAST: 'PODCAST',
  OTHER: 'OTHER',
} as const;
export type Platform = (typeof Platform)[keyof typeof Platform];
export const PLATFORMS = Object.values(Platform);

export const platformLabel: Record<Platform, string> = {
  FACEBOOK: 'Facebook',
  INSTAGRAM: 'Instagram',
  LINKEDIN: 'LinkedIn',
  YOUTUBE: 'YouTube',
  X: 'X',
  TIKTOK: 'TikTok',
  BLOG: 'Blogg',
  PODCAST: 'Podd',
  OTHER: 'Annan',
};

/** Municipality-wide central channel, or a unit's own channel. */
export const AccountScope = { CENTRAL: 'CENTRAL', UNIT: 'UNIT' } as const;
export type AccountScope = (typeof AccountScope)[keyof typeof AccountScope];

export const AccountStatus = {
  DRAFT: 'DRAFT',
  IN_REVIEW: 'IN_REVIEW',
  APPROVED: 'APPROVED',
  PROVISIONING: 'PROVISIONING',
  ACTIVE: 'ACTIVE',
  DORMANT: 'DORMANT',
  CLOSING: 'CLOSING',
  CLOSED: 'CLOSED',
  HANDING_OVER: 'HANDING_OVER',
  HANDED_OVER: 'HANDED_OVER',
  REJECTED: 'REJECTED',
  WITHDRAWN: 'WITHDRAWN',
} as const;
export type AccountStatus = (typeof AccountStatus)[keyof typeof AccountStatus];
export const ACCOUNT_STATUSES = Object.values(AccountStatus);

export const accountStatusLabel: Record<AccountStatus, string> = {
  DRAFT: 'Utkast',
  IN_REVIEW: 'Under granskning',
  APPROVED: 'Godkänd',
  PROVISIONING: 'Upprättas',
  ACTIVE: 'Aktiv',
  DORMANT: 'Vilande',
  CLOSING: 'Avslutas',
  CLOSED: 'Avslutad',
  HANDING_OVER: 'Överlåts',
  HANDED_OVER: 'Överlåten',
  REJECTED: 'Avslagen',
  WITHDRAWN: 'Återkallad',
};

/** States in which a request has ended and nothing more happens to it. */
export const TERMINAL_STATUSES: readonly AccountStatus[] = ['CLOSED', 'HANDED_OVER', 'REJECTED', 'WITHDRAWN'];

/**
 * Platforms whose logins are personal to each administrator, so there is no shared credential to deposit
 * with the communications unit (seed 001 §3: "gäller ej Facebook p.g.a. att inloggningsuppgifterna är privata").
 */
export const PERSONAL_LOGIN_PLATFORMS: readonly Platform[] = ['FACEBOOK'];

/**
 * Statuses in which an account is listed in the public register (förteckning, seed 003 "Skapa konto"): running;
 * still run by the municipality while a handover is decided; being closed until the closure has removed it (it is
 * still on the platform until the unit removes it). A handed-over or closed account leaves the register.
 */
export const REGISTER_STATUSES: readonly AccountStatus[] = ['ACTIVE', 'HANDING_OVER', 'CLOSING'];
