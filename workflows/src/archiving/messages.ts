import type { ArchivingPeriod, SnapshotReason } from '@smg/domain';
import { defineQuery } from '@temporalio/workflow';

/** `archiving-run/<municipality>/<period>`: one municipality's run for one period. */
export const archivingRunWorkflowId = (municipalityId: string, period: ArchivingPeriod) => `archiving-run/${municipalityId}/${period}`;
/** `account-snapshot/<accountId>/<key>`: one account documented once for a period or an occasion. */
export const snapshotWorkflowId = (accountId: string, snapshotKey: string) => `account-snapshot/${accountId}/${snapshotKey}`;
/** The Temporal Schedule that starts each municipality's runs at its period ends. */
export const archivingScheduleId = (municipalityId: string) => `archiving-schedule/${municipalityId}`;

export interface ArchivingRunInput {
  municipalityId: string;
  period: ArchivingPeriod;
  /** SCHEDULE or MANUAL (the archivist). */
  trigger: 'SCHEDULE' | 'MANUAL';
  startedByName: string | null;
  /** Accounts documented at the same time (the sliding window). */
  concurrency?: number;
  /** Children started per workflow run before it continues as new, keeping each history small. */
  accountsPerRun?: number;
}

/** What a continued run carries over. */
export interface ArchivingRunCarryOver {
  runId: string;
  /** The last account id handed to a child; the next page starts after it. */
  cursor: string | null;
  started: number;
}

export interface AccountSnapshotInput {
  accountId: string;
  reason: SnapshotReason;
  /** The period (PERIOD_END) or the moment (an occasion) the snapshot documents. */
  snapshotKey: string;
  runId: string | null;
  /** Who asked, for occasions and retries. */
  requestedByName: string | null;
}

export interface ArchivingProgress {
  started: number;
  inFlight: number;
  cursor: string | null;
}

export const archivingProgressQuery = defineQuery<ArchivingProgress>('progress');
