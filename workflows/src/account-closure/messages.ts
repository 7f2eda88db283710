import type { ClosureDecision, ClosureReason, ClosureState, InactivityEpisodeState, PlatformRemovalEvidence } from '@smg/domain';
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { ActingAs } from '../account-opening/messages.js';

/** `activity-watch/<accountId>`: watches one active account's last activity for as long as it is active. */
export const activityWatchWorkflowId = (accountId: string) => `activity-watch/${accountId}`;
/** `account-closure/<accountId>`: closes one account (an account is closed once). */
export const closureWorkflowId = (accountId: string) => `account-closure/${accountId}`;
/** The Temporal Schedule that makes sure every active account of a municipality is watched. */
export const activityWatchScheduleId = (municipalityId: string) => `activity-watch-schedule/${municipalityId}`;

export interface ActivityWatchInput {
  accountId: string;
  municipalityId: string;
}

/** What a continued watch carries over from the run before. */
export interface ActivityWatchCarryOver {
  episode: InactivityEpisodeState | null;
  reviewAt: string | null;
  lastActivityAt: string | null;
}

/** The watch as the API and tests see it. */
export interface WatchState {
  accountId: string;
  /** The current or last episode of this run; null when the account has been active. */
  episode: InactivityEpisodeState | null;
  lastActivityAt: string | null;
  /** When the watch looks at the platform next. */
  nextCheckAt: string | null;
  /** After a decision to keep the account: when it is reviewed again. */
  reviewAt: string | null;
  /** The closure that ended the watch, if one started. */
  closureWorkflowId: string | null;
}

export interface ClosureDecisionInput {
  decision: ClosureDecision;
  revivalPlan: string | null;
  reviewAt: string | null;
  comment: string | null;
}

export const reportActivityUpdate = defineUpdate<WatchState, [{ note: string | null; by: ActingAs }]>('reportActivity');
export const recordClosureOpinionUpdate = defineUpdate<WatchState, [{ opinion: string; by: ActingAs }]>('recordClosureOpinion');
export const decideClosureUpdate = defineUpdate<WatchState, [ClosureDecisionInput & { by: ActingAs }]>('decideClosure');
/** Sent by a closure when it starts, so the watch ends (an open episode is superseded). */
export const closureStartedSignal = defineSignal<[{ closureWorkflowId: string }]>('closureStarted');
export const watchStateQuery = defineQuery<WatchState>('watchState');

export interface ClosureInput {
  accountId: string;
  municipalityId: string;
  reason: ClosureReason;
  explanation: string | null;
  /** The inactivity episode whose decision started the closure. */
  episodeId: string | null;
  by: ActingAs;
  /** When the closure was asked for, as the caller saw it; the final snapshot is keyed by it. */
  requestedAt: string;
}

/** Resolves once the account is CLOSING and the closure is recorded. */
export const closureBegunUpdate = defineUpdate<ClosureState>('closureBegun');
export const confirmPlatformRemovalUpdate = defineUpdate<ClosureState, [{ evidence: PlatformRemovalEvidence; by: ActingAs }]>('confirmPlatformRemoval');
export const confirmCredentialsDestroyedUpdate = defineUpdate<ClosureState, [{ note: string; by: ActingAs }]>('confirmCredentialsDestroyed');
export const closureStateQuery = defineQuery<ClosureState>('closureState');

/** The failure type of a closure that cannot begin (the account is not active); the client reports its message. */
export const CLOSURE_NOT_ALLOWED = 'ClosureNotAllowed';
