import { AccountStatus, PERSONAL_LOGIN_PLATFORMS, PLATFORMS, type Platform } from './account.js';
import type { Permission } from './authorization.js';
import { requiredProvisioningItems, type ProvisioningEvidence, type ProvisioningItemKey } from './provisioning.js';
import type { AccountCreator } from './policy/policy.js';
import type { Role } from './roles.js';

/**
 * The account-opening lifecycle as pure rules: which step is allowed now and what it changes.
 * The Temporal workflow keeps this state durably and asks these functions; nothing else decides.
 */

export const ApprovalStepKind = {
  /** Samråd: the communications unit gives its opinion (seed 001 §3.2, seed 004 "Att starta"). */
  CONSULTATION: 'CONSULTATION',
  /** Verksamhetsansvarig chef (seed 000 "Krav för att få starta ett konto"). */
  UNIT_MANAGER: 'UNIT_MANAGER',
  /** Förvaltningschef (seed 000, seed 001 §3.2). */
  HEAD_OF_ADMINISTRATION: 'HEAD_OF_ADMINISTRATION',
} as const;
export type ApprovalStepKind = (typeof ApprovalStepKind)[keyof typeof ApprovalStepKind];

export const approvalStepLabel: Record<ApprovalStepKind, string> = {
  CONSULTATION: 'Samråd med kommunikationsenheten',
  UNIT_MANAGER: 'Godkännande av verksamhetsansvarig chef',
  HEAD_OF_ADMINISTRATION: 'Godkännande av förvaltningschef',
};

/** Who acts on each kind of step: the permission checked by the API, and the role recorded in the audit trail. */
export const approvalStepActor: Record<ApprovalStepKind, { permission: Permission; role: Role }> = {
  CONSULTATION: { permission: 'OPENING_CONSULT', role: 'COMMUNICATIONS' },
  UNIT_MANAGER: { permission: 'OPENING_DECIDE_AS_UNIT_MANAGER', role: 'UNIT_MANAGER' },
  HEAD_OF_ADMINISTRATION: { permission: 'OPENING_DECIDE_AS_HEAD_OF_ADMINISTRATION', role: 'HEAD_OF_ADMINISTRATION' },
};

export const Decision = { APPROVE: 'APPROVE', REJECT: 'REJECT', SEND_BACK: 'SEND_BACK' } as const;
export type Decision = (typeof Decision)[keyof typeof Decision];

export type ApprovalOutcome = 'PENDING' | 'CONSULTED' | 'APPROVED' | 'REJECTED' | 'SENT_BACK';

/** The rules an opening runs on; fixed when the opening starts (the policy issue moves them into policy). */
export interface OpeningRules {
  approvalChain: ApprovalStepKind[];
  minAdministrators: number;
  twoFactorRequired: boolean;
  /** Working days an approver has before being reminded. */
  reminderAfterWorkingDays: number;
  /** Working days after which the communications unit is told that an approver has not acted. */
  escalationAfterWorkingDays: number;
  /** Platforms whose credentials are deposited with the communications unit. */
  credentialDepositPlatforms: Platform[];
  /** Who creates the account on the platform (seed 002 §5: centrally, by the communications unit). */
  accountCreator: AccountCreator;
}

export const DEFAULT_OPENING_RULES: OpeningRules = {
  approvalChain: ['CONSULTATION', 'UNIT_MANAGER', 'HEAD_OF_ADMINISTRATION'],
  minAdministrators: 2,
  twoFactorRequired: true,
  reminderAfterWorkingDays: 3,
  escalationAfterWorkingDays: 5,
  credentialDepositPlatforms: PLATFORMS.filter((p) => !PERSONAL_LOGIN_PLATFORMS.includes(p)),
  accountCreator: 'UNIT',
};

/** The lifecycle itself acting (starting provisioning, reminders), not a person. */
export const SYSTEM_ROLE = 'SYSTEM' as const;

export interface Signature {
  actorId: string;
  actorName: string;
  role: Role | typeof SYSTEM_ROLE;
  /** ISO timestamp. */
  at: string;
}

export interface ApprovalStepState {
  kind: ApprovalStepKind;
  outcome: ApprovalOutcome;
  decidedBy?: Signature | null;
  reason?: string | null;
}

export interface ProvisioningItemState {
  key: ProvisioningItemKey;
  completedBy?: Signature | null;
  evidence?: ProvisioningEvidence | null;
}

export interface OpeningState {
  accountId: string;
  municipalityId: string;
  administrationId: string;
  unitId: string;
  platform: Platform;
  status: AccountStatus;
  /** 0 while the first draft has never been submitted; +1 on each submission. */
  planRevision: number;
  /** Steps for the current submission, in the order they must be taken. */
  approvals: ApprovalStepState[];
  provisioning: ProvisioningItemState[];
  /** Why the plan was last sent back or rejected, shown to the applicant. */
  lastReason?: string | null;
}

export type OpeningCommand =
  | { type: 'SAVE_PLAN' }
  | { type: 'SUBMIT_PLAN' }
  | { type: 'RECORD_CONSULTATION'; opinion: string }
  | { type: 'DECIDE'; step: Exclude<ApprovalStepKind, 'CONSULTATION'>; decision: Decision; reason?: string | null }
  | { type: 'COMPLETE_PROVISIONING_ITEM'; key: ProvisioningItemKey; evidence: ProvisioningEvidence }
  | { type: 'START_PROVISIONING' }
  | { type: 'WITHDRAW'; reason: string };

export function initialOpeningState(
  scope: Pick<OpeningState, 'accountId' | 'municipalityId' | 'administrationId' | 'unitId' | 'platform'>,
): OpeningState {
  return { ...scope, status: AccountStatus.DRAFT, planRevision: 0, approvals: [], provisioning: [] };
}

/** The step waiting for someone now, if the opening is in review. */
export function pendingApprovalStep(state: OpeningState): ApprovalStepState | undefined {
  return state.status === 'IN_REVIEW' ? state.approvals.find((s) => s.outcome === 'PENDING') : undefined;
}

/** Items still to be done before activation. */
export function missingProvisioningItems(state: OpeningState): ProvisioningItemKey[] {
  return state.provisioning.filter((i) => !i.completedBy).map((i) => i.key);
}

/**
 * Why the command is not allowed in this state, in Swedish for the person who tried; null when it is allowed.
 * Content checks (plan fields, evidence) are separate; this is only about where the lifecycle stands.
 */
export function openingCommandRefusal(state: OpeningState, command: OpeningCommand): string | null {
  const status = state.status;
  switch (command.type) {
    case 'SAVE_PLAN':
      return status === 'DRAFT' ? null : `Planen kan bara ändras medan den är ett utkast (kontot är ${status}).`;
    case 'SUBMIT_PLAN':
      return status === 'DRAFT' ? null : `Planen kan bara skickas in från utkast (kontot är ${status}).`;
    case 'RECORD_CONSULTATION': {
      const pending = pendingApprovalStep(state);
      if (!pending) return `Inget samråd väntar (kontot är ${status}).`;
      return pending.kind === 'CONSULTATION' ? null : `Samrådet är redan registrerat; nu väntar ${pending.kind}.`;
    }
    case 'DECIDE': {
      const pending = pendingApprovalStep(state);
      if (!pending) return `Inget beslut väntar (kontot är ${status}).`;
      if (pending.kind !== command.step) {
        const done = state.approvals.find((s) => s.kind === command.step && s.outcome !== 'PENDING');
        return done ? `Steget ${command.step} är redan beslutat.` : `Det är inte ${command.step}s tur; nu väntar ${pending.kind}.`;
      }
      if (command.decision !== 'APPROVE' && !command.reason?.trim()) return 'Ett skäl måste anges.';
      return null;
    }
    case 'START_PROVISIONING':
      return status === 'APPROVED' ? null : `Upprättandet kan bara starta när planen är godkänd (kontot är ${status}).`;
    case 'COMPLETE_PROVISIONING_ITEM': {
      if (status !== 'PROVISIONING') return `Upprättandet pågår inte (kontot är ${status}).`;
      const item = state.provisioning.find((i) => i.key === command.key);
      if (!item) return `Punkten ${command.key} ingår inte för denna plattform.`;
      return item.completedBy ? `Punkten ${command.key} är redan avklarad.` : null;
    }
    case 'WITHDRAW':
      if (!['DRAFT', 'IN_REVIEW', 'APPROVED', 'PROVISIONING'].includes(status)) {
        return `Ansökan kan inte återkallas (kontot är ${status}).`;
      }
      return command.reason?.trim() ? null : 'Ett skäl måste anges.';
  }
}

/**
 * The state after an allowed command. Callers check `openingCommandRefusal` first; this throws on a refused
 * command so a bug can never silently change state.
 */
export function applyOpeningCommand(
  state: OpeningState,
  command: OpeningCommand,
  signature: Signature,
  rules: OpeningRules,
): OpeningState {
  const refusal = openingCommandRefusal(state, command);
  if (refusal) throw new Error(refusal);
  switch (command.type) {
    case 'SAVE_PLAN':
      // The plan's content lives outside the lifecycle state; saving changes where nothing stands.
      return state;
    case 'SUBMIT_PLAN':
      return {
        ...state,
        status: 'IN_REVIEW',
        planRevision: state.planRevision + 1,
        approvals: rules.approvalChain.map((kind) => ({ kind, outcome: 'PENDING' })),
        lastReason: null,
      };
    case 'RECORD_CONSULTATION':
      return withStepOutcome(state, 'CONSULTATION', 'CONSULTED', signature, command.opinion);
    case 'DECIDE': {
      if (command.decision === 'REJECT') {
        return { ...withStepOutcome(state, command.step, 'REJECTED', signature, command.reason), status: 'REJECTED', lastReason: command.reason };
      }
      if (command.decision === 'SEND_BACK') {
        return { ...withStepOutcome(state, command.step, 'SENT_BACK', signature, command.reason), status: 'DRAFT', lastReason: command.reason };
      }
      return withStepOutcome(state, command.step, 'APPROVED', signature, command.reason);
    }
    case 'START_PROVISIONING':
      return {
        ...state,
        status: 'PROVISIONING',
        provisioning: requiredProvisioningItems(state.platform, rules.credentialDepositPlatforms).map((key) => ({ key })),
      };
    case 'COMPLETE_PROVISIONING_ITEM': {
      const next = {
        ...state,
        provisioning: state.provisioning.map((i) =>
          i.key === command.key ? { ...i, completedBy: signature, evidence: command.evidence } : i,
        ),
      };
      return missingProvisioningItems(next).length === 0 ? { ...next, status: 'ACTIVE' } : next;
    }
    case 'WITHDRAW':
      return { ...state, status: 'WITHDRAWN', lastReason: command.reason };
  }
}

function withStepOutcome(
  state: OpeningState,
  kind: ApprovalStepKind,
  outcome: ApprovalOutcome,
  signature: Signature,
  reason: string | null | undefined,
): OpeningState {
  const approvals = state.approvals.map((s) => (s.kind === kind ? { ...s, outcome, decidedBy: signature, reason: reason ?? null } : s));
  const allDone = approvals.every((s) => s.outcome === 'APPROVED' || s.outcome === 'CONSULTED');
  return allDone ? { ...state, approvals, status: 'APPROVED' } : { ...state, approvals };
}

/**
 * Why this role may not tick this provisioning item under these rules, or null. Only the communications unit
 * confirms the account was created where the policy has accounts created centrally (seed 002 §5).
 */
export function provisioningItemRefusalFor(key: ProvisioningItemKey, role: Role, rules: Pick<OpeningRules, 'accountCreator'>): string | null {
  if (key === 'ACCOUNT_CREATED' && rules.accountCreator === 'COMMUNICATIONS' && role !== 'COMMUNICATIONS') {
    return 'Enligt kommunens policy skapas kontot centralt av kommunikationsenheten.';
  }
  return null;
}
