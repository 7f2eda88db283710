import type {
  HandoverEvidence,
  HandoverItemKey,
  HandoverRules,
  HandoverState,
  LinkedBoardDecision,
  NewOwner,
  Platform,
} from '@smg/domain';
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { ActingAs } from '../account-opening/messages.js';

export type { ActingAs } from '../account-opening/messages.js';
export { STEP_NOT_ALLOWED } from '../account-opening/messages.js';

export interface HandoverInput {
  /** Chosen by the API; an account may be proposed for handover again after a refusal, each a handover of its own. */
  handoverId: string;
  accountId: string;
  municipalityId: string;
  administrationId: string;
  unitId: string;
  /** The board responsible for the account's unit now: the only one whose decision counts. */
  boardId: string;
  platform: Platform;
  newOwner: NewOwner;
  reason: string;
  by: ActingAs;
  /** From the policy version in force when the handover was proposed; never re-read while it runs. */
  rules: HandoverRules;
  policyVersionId: string | null;
  /** Whether credentials were deposited with the communications unit when the account was opened (they must be destroyed). */
  credentialsDeposited: boolean;
  /** When it was proposed, as the API saw it; the lifecycle's own clock takes over from here. */
  proposedAt: string;
}

/** `account-handover/<accountId>`: at most one runs per account; a refused one may be followed by a new one. */
export const handoverWorkflowId = (accountId: string) => `account-handover/${accountId}`;

/** Resolves once the proposal is recorded and the account is HANDING_OVER; fails when the account could not be. */
export const proposedUpdate = defineUpdate<HandoverState>('proposed');
export const linkDecisionUpdate = defineUpdate<HandoverState, [{ decision: LinkedBoardDecision; by: ActingAs }]>('linkDecision');
export const withdrawHandoverUpdate = defineUpdate<HandoverState, [{ reason: string; by: ActingAs }]>('withdrawHandover');
export const recordHandoverItemUpdate = defineUpdate<
  HandoverState,
  [{ key: HandoverItemKey; evidence: HandoverEvidence; declineReason: string | null; by: ActingAs }]
>('recordHandoverItem');
export const retryFinalSnapshotUpdate = defineUpdate<HandoverState, [{ by: ActingAs }]>('retryFinalSnapshot');
export const handoverStateQuery = defineQuery<HandoverState>('handoverState');
