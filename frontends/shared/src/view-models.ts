import type { AccountStatus, ApprovalStepKind, Platform } from '@smg/domain';

/**
 * What the UI kit's display components take. Kept outside the .vue files so plain `tsc` sees them too; the
 * generated GraphQL fragment types fit them structurally.
 */

export interface TimelineEvent {
  id: string;
  label: string;
  actorName?: string | null;
  actorRole?: string | null;
  occurredAt: string;
  fromStatus?: AccountStatus | null;
  toStatus?: AccountStatus | null;
  reason?: string | null;
  /** What the event was about: the board decision cited, the condition met. */
  detail?: string | null;
  evidence?: EvidenceView | null;
}

/** A link, an attached file and a note recorded as evidence. */
export interface EvidenceView {
  url?: string | null;
  note?: string | null;
  file?: { id: string; fileName: string; sha256: string; size?: number | null } | null;
}

export interface ApprovalStepView {
  kind: ApprovalStepKind;
  outcome: string;
  decidedByName?: string | null;
  decidedRole?: string | null;
  decidedAt?: string | null;
  reason?: string | null;
  dueAt?: string | null;
  remindedAt?: string | null;
  escalatedAt?: string | null;
}

export interface PlanPersonView {
  name: string;
  email: string;
  phone: string;
}
export interface ActivityPlanViewModel {
  revision: number;
  platform: Platform;
  webAddress: string;
  handle?: string | null;
  displayName: string;
  activityDescription: string;
  purpose: string;
  targetAudiences: string;
  goals: string;
  needsAnalysis: string;
  functionalEmail: string;
  administrators: readonly PlanPersonView[];
  dailyOperators: readonly PlanPersonView[];
  monitoringHours: string;
  publishingFrequency: string;
  estimatedWeeklyHours: number;
  other?: string | null;
  checklist: ReadonlyArray<{ key: string; question: string; answer: boolean; comment?: string | null }>;
  submittedAt?: string | null;
}
