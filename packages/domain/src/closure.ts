import type { FieldError } from './activity-plan.js';
import type { Permission } from './authorization.js';
import type { Signature } from './opening.js';

/**
 * Closure after inactivity (DOMAIN.md "3. Closure after inactivity"; seed 003 "Avsluta ett konto", seed 004 "Stänga
 * ned ett konto", seed 001 §2.1): the watch over an account's last activity, an inactivity episode (warning, grace
 * period, the communications unit's opinion, the unit manager's decision) and the closure itself, as pure rules.
 * The Temporal workflows keep this state durably and ask these functions; nothing else decides.
 */

/** Why an account is closed. Inactivity comes from an episode; the others are a manager's own request (seed 004). */
export const ClosureReason = {
  INACTIVITY: 'INACTIVITY',
  CHANGED_PURPOSE: 'CHANGED_PURPOSE',
  ACTIVITY_ENDED: 'ACTIVITY_ENDED',
  NOT_FOLLOWING_GUIDELINES: 'NOT_FOLLOWING_GUIDELINES',
} as const;
export type ClosureReason = (typeof ClosureReason)[keyof typeof ClosureReason];

export const closureReasonLabel: Record<ClosureReason, string> = {
  INACTIVITY: 'Kontot uppdateras inte',
  CHANGED_PURPOSE: 'Behovet eller syftet har förändrats',
  ACTIVITY_ENDED: 'Verksamheten eller projektet har upphört',
  NOT_FOLLOWING_GUIDELINES: 'Kontot följer inte riktlinjerna',
};

/** What a manager may give as the reason when asking to close an account directly, outside an inactivity episode. */
export const MANUAL_CLOSURE_REASONS: readonly ClosureReason[] = ['CHANGED_PURPOSE', 'ACTIVITY_ENDED', 'NOT_FOLLOWING_GUIDELINES'];

/** Where the last activity came from: a post or comment seen through the platform connector, or an editor's report. */
export const ActivitySource = { PLATFORM: 'PLATFORM', EDITOR_REPORT: 'EDITOR_REPORT' } as const;
export type ActivitySource = (typeof ActivitySource)[keyof typeof ActivitySource];

export const activitySourceLabel: Record<ActivitySource, string> = {
  PLATFORM: 'Senaste inlägg eller kommentar på plattformen',
  EDITOR_REPORT: 'Rapporterad av redaktör',
};

/**
 * One inactivity episode. WARNED: past the threshold, editors and the unit manager warned, the grace period runs;
 * AWAITING_OPINION: the grace period ended without activity, the communications unit gives its opinion;
 * AWAITING_DECISION: the unit manager decides keep or close; then REVIVED (activity during the grace period),
 * KEPT, CLOSE_DECIDED, or SUPERSEDED (the account was closed for another reason meanwhile).
 */
export const InactivityStage = {
  WARNED: 'WARNED',
  AWAITING_OPINION: 'AWAITING_OPINION',
  AWAITING_DECISION: 'AWAITING_DECISION',
  REVIVED: 'REVIVED',
  KEPT: 'KEPT',
  CLOSE_DECIDED: 'CLOSE_DECIDED',
  SUPERSEDED: 'SUPERSEDED',
} as const;
export type InactivityStage = (typeof InactivityStage)[keyof typeof InactivityStage];

export const inactivityStageLabel: Record<InactivityStage, string> = {
  WARNED: 'Varnad – fristen löper',
  AWAITING_OPINION: 'Väntar på kommunikationsenhetens yttrande',
  AWAITING_DECISION: 'Väntar på beslut av verksamhetsansvarig chef',
  REVIVED: 'Aktiviteten återupptogs under fristen',
  KEPT: 'Beslut: kontot behålls',
  CLOSE_DECIDED: 'Beslut: kontot avslutas',
  SUPERSEDED: 'Avslutat av annat skäl',
};

export const OPEN_INACTIVITY_STAGES: readonly InactivityStage[] = ['WARNED', 'AWAITING_OPINION', 'AWAITING_DECISION'];

export const ClosureDecision = { KEEP: 'KEEP', CLOSE: 'CLOSE' } as const;
export type ClosureDecision = (typeof ClosureDecision)[keyof typeof ClosureDecision];

export const closureDecisionLabel: Record<ClosureDecision, string> = {
  KEEP: 'Behåll kontot',
  CLOSE: 'Avsluta kontot',
};

/** How far ahead the next review of a kept account may lie: a plan to revive an account is short by nature. */
export const MAX_REVIEW_DAYS = 365;
const DAY_MS = 24 * 3600 * 1000;

export interface InactivityOpinion {
  text: string;
  by: Signature;
}

export interface InactivityDecisionRecord {
  decision: ClosureDecision;
  /** KEEP: the short plan to make the account active again. */
  revivalPlan: string | null;
  /** KEEP: when the account is reviewed again (ISO). */
  reviewAt: string | null;
  comment: string | null;
  by: Signature;
}

export interface InactivityEpisodeState {
  episodeId: string;
  /** 1 for the account's first episode, and so on. */
  number: number;
  stage: InactivityStage;
  /** When the editors and the unit manager were warned (the grace period starts). */
  warnedAt: string;
  /** The last activity seen when the episode started; null when the account never showed any. */
  lastActivityAt: string | null;
  graceEndsAt: string;
  /** Set when the grace period ends: the unit manager's deadline (working days, Europe/Stockholm). */
  decisionDueAt: string | null;
  escalatedAt: string | null;
  opinion: InactivityOpinion | null;
  decision: InactivityDecisionRecord | null;
  revivedAt: string | null;
}

export type InactivityCommand =
  | { type: 'RECORD_OPINION'; opinion: string }
  | { type: 'DECIDE'; decision: ClosureDecision; revivalPlan?: string | null; reviewAt?: string | null; comment?: string | null };

/** Who acts on each step of an episode: the permission checked by the API, and the role recorded. */
export const inactivityCommandActor: Record<InactivityCommand['type'], { permission: Permission }> = {
  RECORD_OPINION: { permission: 'CLOSURE_CONSULT' },
  DECIDE: { permission: 'CLOSURE_DECIDE' },
};

export const isOpenEpisode = (episode: Pick<InactivityEpisodeState, 'stage'> | null | undefined): boolean =>
  !!episode && OPEN_INACTIVITY_STAGES.includes(episode.stage);

/** The instant an account whose last activity was at `lastActivity` counts as inactive under the threshold. */
export function inactiveFrom(lastActivity: Date, thresholdDays: number): Date {
  return new Date(lastActivity.getTime() + thresholdDays * DAY_MS);
}

/** The end of the grace period of an episode whose warning went out at `warnedAt` (calendar days). */
export function graceEndsAt(warnedAt: Date, graceDays: number): Date {
  return new Date(warnedAt.getTime() + graceDays * DAY_MS);
}

/** Whether activity seen at `activityAt` happened after the warning, which ends the episode during the grace period. */
export function isRevival(episode: Pick<InactivityEpisodeState, 'warnedAt'>, activityAt: Date | null): boolean {
  return activityAt !== null && activityAt.getTime() > Date.parse(episode.warnedAt);
}

/**
 * Why the step is not allowed where the episode stands, in Swedish for the person who tried; null when it is.
 * Content (the plan, the review date) is checked separately by `validateClosureDecision`.
 */
export function inactivityCommandRefusal(episode: InactivityEpisodeState | null, command: InactivityCommand): string | null {
  if (!episode || !isOpenEpisode(episode)) return 'Kontot har inget pågående ärende om inaktivitet.';
  switch (command.type) {
    case 'RECORD_OPINION':
      if (episode.stage === 'WARNED') return 'Fristen för att återuppta kontot löper fortfarande; kommunikationsenheten yttrar sig när den har gått ut.';
      if (episode.stage === 'AWAITING_DECISION') return 'Kommunikationsenheten har redan yttrat sig i ärendet.';
      return command.opinion?.trim() ? null : 'Kommunikationsenhetens yttrande måste anges.';
    case 'DECIDE':
      if (episode.stage === 'WARNED') return 'Fristen för att återuppta kontot löper fortfarande; beslut fattas när den har gått ut.';
      if (episode.stage === 'AWAITING_OPINION') return 'Kommunikationsenheten har inte yttrat sig ännu; beslutet fattas i samråd med den.';
      return null;
  }
}

/** Checks a keep-or-close decision's content: keeping needs a short plan and a new review date ahead, within a year. */
export function validateClosureDecision(
  input: { decision: ClosureDecision; revivalPlan?: string | null; reviewAt?: string | null },
  now: Date,
): FieldError[] {
  const errors: FieldError[] = [];
  if (!Object.values(ClosureDecision).includes(input.decision)) {
    return [{ field: 'decision', message: 'Välj om kontot ska behållas eller avslutas.' }];
  }
  if (input.decision === 'CLOSE') return errors;
  if (!input.revivalPlan?.trim()) {
    errors.push({ field: 'revivalPlan', message: 'Beskriv kort hur kontot ska bli aktivt igen.' });
  }
  const reviewAt = input.reviewAt ? new Date(input.reviewAt) : null;
  if (!reviewAt || Number.isNaN(reviewAt.getTime())) {
    errors.push({ field: 'reviewAt', message: 'Ange när kontot ska följas upp igen.' });
  } else if (reviewAt.getTime() <= now.getTime()) {
    errors.push({ field: 'reviewAt', message: 'Datumet för uppföljning måste ligga fram i tiden.' });
  } else if (reviewAt.getTime() > now.getTime() + MAX_REVIEW_DAYS * DAY_MS) {
    errors.push({ field: 'reviewAt', message: 'Uppföljningen får ligga högst ett år fram i tiden.' });
  }
  return errors;
}

/** The episode after an allowed step; throws on a refused one so a bug can never silently change state. */
export function applyInactivityCommand(episode: InactivityEpisodeState | null, command: InactivityCommand, signature: Signature): InactivityEpisodeState {
  const refusal = inactivityCommandRefusal(episode, command);
  if (refusal) throw new Error(refusal);
  const open = episode!;
  switch (command.type) {
    case 'RECORD_OPINION':
      return { ...open, stage: 'AWAITING_DECISION', opinion: { text: command.opinion.trim(), by: signature } };
    case 'DECIDE': {
      const keep = command.decision === 'KEEP';
      return {
        ...open,
        stage: keep ? 'KEPT' : 'CLOSE_DECIDED',
        decision: {
          decision: command.decision,
          revivalPlan: keep ? (command.revivalPlan?.trim() ?? null) : null,
          reviewAt: keep ? new Date(command.reviewAt!).toISOString() : null,
          comment: command.comment?.trim() || null,
          by: signature,
        },
      };
    }
  }
}

/* ------------------------------------------------------------------------------------------------------------ */
/* The closure: `account-closure/<accountId>`                                                                   */
/* ------------------------------------------------------------------------------------------------------------ */

/**
 * FINAL_SNAPSHOT: documented through the archiving lifecycle before anything is shut (seed 004);
 * AWAITING_PLATFORM_REMOVAL: the unit deletes or unpublishes the account and confirms it with evidence;
 * AWAITING_CREDENTIALS_DESTROYED: the communications unit destroys the deposited credentials;
 * FINISHING: removed from the register, the communications unit notified; CLOSED.
 */
export const ClosureStage = {
  FINAL_SNAPSHOT: 'FINAL_SNAPSHOT',
  AWAITING_PLATFORM_REMOVAL: 'AWAITING_PLATFORM_REMOVAL',
  AWAITING_CREDENTIALS_DESTROYED: 'AWAITING_CREDENTIALS_DESTROYED',
  FINISHING: 'FINISHING',
  CLOSED: 'CLOSED',
} as const;
export type ClosureStage = (typeof ClosureStage)[keyof typeof ClosureStage];

export const closureStageLabel: Record<ClosureStage, string> = {
  FINAL_SNAPSHOT: 'Slutlig ögonblicksbild arkiveras',
  AWAITING_PLATFORM_REMOVAL: 'Väntar på att kontot tas bort eller avpubliceras på plattformen',
  AWAITING_CREDENTIALS_DESTROYED: 'Väntar på att deponerade inloggningsuppgifter förstörs',
  FINISHING: 'Tas bort ur förteckningen',
  CLOSED: 'Avslutat',
};

/** The closure's steps in order, as the closure checklist shows them. */
export const ClosureStepKey = {
  FINAL_SNAPSHOT: 'FINAL_SNAPSHOT',
  PLATFORM_REMOVED: 'PLATFORM_REMOVED',
  CREDENTIALS_DESTROYED: 'CREDENTIALS_DESTROYED',
  REMOVED_FROM_REGISTER: 'REMOVED_FROM_REGISTER',
  COMMUNICATIONS_NOTIFIED: 'COMMUNICATIONS_NOTIFIED',
} as const;
export type ClosureStepKey = (typeof ClosureStepKey)[keyof typeof ClosureStepKey];

export const closureStepLabel: Record<ClosureStepKey, string> = {
  FINAL_SNAPSHOT: 'Slutlig ögonblicksbild arkiverad',
  PLATFORM_REMOVED: 'Kontot borttaget eller avpublicerat på plattformen',
  CREDENTIALS_DESTROYED: 'Deponerade inloggningsuppgifter förstörda',
  REMOVED_FROM_REGISTER: 'Borttaget ur den offentliga förteckningen',
  COMMUNICATIONS_NOTIFIED: 'Kommunikationsenheten underrättad',
};

/** What the platform answered when the system looked for the account after the unit confirmed its removal. */
export const PlatformCheck = { GONE: 'GONE', STILL_PUBLISHED: 'STILL_PUBLISHED', UNKNOWN: 'UNKNOWN' } as const;
export type PlatformCheck = (typeof PlatformCheck)[keyof typeof PlatformCheck];

export const platformCheckLabel: Record<PlatformCheck, string> = {
  GONE: 'Plattformen känner inte längre till kontot',
  STILL_PUBLISHED: 'Plattformen visar fortfarande kontot (avpublicerat eller inte borttaget ännu)',
  UNKNOWN: 'Plattformen kunde inte tillfrågas',
};

export interface PlatformRemovalEvidence {
  /** A link showing the removal (the platform's confirmation, the page now gone), if there is one. */
  url: string | null;
  /** What was done, and how it was checked. */
  note: string;
}

export interface ClosureState {
  accountId: string;
  stage: ClosureStage;
  reason: ClosureReason;
  snapshot: 'PENDING' | 'ARCHIVED' | 'FAILED';
  /** Whether credentials were deposited with the communications unit when the account was set up. */
  credentialsDeposited: boolean;
  platformRemoval: { evidence: PlatformRemovalEvidence; platformCheck: PlatformCheck; by: Signature } | null;
  credentialsDestroyed: { note: string; by: Signature } | null;
}

export type ClosureCommand =
  | { type: 'CONFIRM_PLATFORM_REMOVAL'; evidence: PlatformRemovalEvidence }
  | { type: 'CONFIRM_CREDENTIALS_DESTROYED'; note: string };

export const closureCommandActor: Record<ClosureCommand['type'], { permission: Permission }> = {
  CONFIRM_PLATFORM_REMOVAL: { permission: 'CLOSURE_CONFIRM_PLATFORM_REMOVAL' },
  CONFIRM_CREDENTIALS_DESTROYED: { permission: 'CLOSURE_DESTROY_CREDENTIALS' },
};

export function initialClosureState(accountId: string, reason: ClosureReason): ClosureState {
  return { accountId, stage: 'FINAL_SNAPSHOT', reason, snapshot: 'PENDING', credentialsDeposited: false, platformRemoval: null, credentialsDestroyed: null };
}

/** Why the closure step is not allowed now, in Swedish; null when it is. Content is checked by the validators below. */
export function closureCommandRefusal(state: ClosureState | null, command: ClosureCommand): string | null {
  if (!state) return 'Kontot håller inte på att avslutas.';
  if (state.stage === 'CLOSED') return 'Kontot är redan avslutat.';
  if (state.stage === 'FINAL_SNAPSHOT') {
    return 'Den slutliga ögonblicksbilden är inte arkiverad ännu; inget får stängas innan dess.';
  }
  switch (command.type) {
    case 'CONFIRM_PLATFORM_REMOVAL':
      if (state.platformRemoval) return 'Att kontot är borttaget från plattformen är redan bekräftat.';
      return validatePlatformRemovalEvidence(command.evidence).length === 0 ? null : 'Beskriv vad som har gjorts på plattformen.';
    case 'CONFIRM_CREDENTIALS_DESTROYED':
      if (!state.credentialsDeposited) return 'Inga inloggningsuppgifter är deponerade för kontot.';
      if (state.credentialsDestroyed) return 'Att inloggningsuppgifterna är förstörda är redan registrerat.';
      if (state.stage !== 'AWAITING_CREDENTIALS_DESTROYED') return 'Bekräfta först att kontot är borttaget eller avpublicerat på plattformen.';
      return command.note?.trim() ? null : 'Beskriv hur inloggningsuppgifterna förstördes.';
  }
}

export function validatePlatformRemovalEvidence(evidence: { url?: string | null; note?: string | null }): FieldError[] {
  const errors: FieldError[] = [];
  if (!evidence.note?.trim()) errors.push({ field: 'note', message: 'Beskriv vad som har gjorts: borttaget eller avpublicerat, och hur det kontrollerades.' });
  const url = evidence.url?.trim();
  if (url && !/^https?:\/\/\S+$/i.test(url)) errors.push({ field: 'url', message: 'Länken måste börja med http:// eller https://.' });
  return errors;
}

/** The closure after an allowed step. The platform check is what the system saw when the removal was confirmed. */
export function applyClosureCommand(state: ClosureState, command: ClosureCommand, signature: Signature, platformCheck: PlatformCheck = 'UNKNOWN'): ClosureState {
  const refusal = closureCommandRefusal(state, command);
  if (refusal) throw new Error(refusal);
  switch (command.type) {
    case 'CONFIRM_PLATFORM_REMOVAL': {
      const evidence = { url: command.evidence.url?.trim() || null, note: command.evidence.note.trim() };
      return {
        ...state,
        platformRemoval: { evidence, platformCheck, by: signature },
        stage: state.credentialsDeposited ? 'AWAITING_CREDENTIALS_DESTROYED' : 'FINISHING',
      };
    }
    case 'CONFIRM_CREDENTIALS_DESTROYED':
      return { ...state, credentialsDestroyed: { note: command.note.trim(), by: signature }, stage: 'FINISHING' };
  }
}
