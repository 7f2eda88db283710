import type {
  AccountScope,
  ActivityPlanContent,
  ApprovalStepKind,
  Decision,
  OpeningRules,
  OpeningState,
  ProvisioningEvidence,
  ProvisioningItemKey,
  Role,
} from '@smg/domain';
import { defineQuery, defineUpdate } from '@temporalio/workflow';

/** Who acts, in which role. The API decides the role through the authorization table before sending. */
export interface ActingAs {
  actorId: string;
  actorName: string;
  role: Role;
}

export interface OpeningInput {
  accountId: string;
  municipalityId: string;
  administrationId: string;
  unitId: string;
  scope: AccountScope;
  plan: ActivityPlanContent;
  by: ActingAs;
  /** The rules of the policy version in force when the opening started; never re-read while it runs. */
  rules: OpeningRules;
  policyVersionId: string | null;
  /** When the applicant started, as the API saw it; the lifecycle's own clock takes over from here. */
  appliedAt: string;
}

export const openingWorkflowId = (accountId: string) => `account-opening/${accountId}`;

/** Resolves once the opening's projection (account, draft plan, audit event) is written. */
export const openedUpdate = defineUpdate<OpeningState>('opened');
export const savePlanUpdate = defineUpdate<OpeningState, [{ plan: ActivityPlanContent; by: ActingAs }]>('savePlan');
export const submitPlanUpdate = defineUpdate<OpeningState, [{ by: ActingAs }]>('submitPlan');
export const recordConsultationUpdate = defineUpdate<OpeningState, [{ opinion: string; by: ActingAs }]>('recordConsultation');
export const decideUpdate = defineUpdate<
  OpeningState,
  [{ step: Exclude<ApprovalStepKind, 'CONSULTATION'>; decision: Decision; reason: string | null; by: ActingAs }]
>('decide');
export const completeProvisioningItemUpdate = defineUpdate<
  OpeningState,
  [{ key: ProvisioningItemKey; evidence: ProvisioningEvidence; by: ActingAs }]
>('completeProvisioningItem');
export const withdrawUpdate = defineUpdate<OpeningState, [{ reason: string; by: ActingAs }]>('withdraw');
export const stateQuery = defineQuery<OpeningState>('state');

/** The failure type a validator raises when a step is not allowed now; the client turns it into StepNotAllowedError. */
export const STEP_NOT_ALLOWED = 'StepNotAllowed';
