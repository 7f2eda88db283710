import { Field, Float, ID, Int } from 'type-graphql';
import { ApiObjectType } from '../object-type.js';
import { AccountScope, AccountStatus, ApprovalStepKind, AuditAction, Platform, ProvisioningItemKey } from '../enums.js';
import { AdministrationType, UnitType } from '../organisation/organisation.types.js';
import { EvidenceType } from '../files/file.types.js';
import { DateTimeScalar } from '../scalars.js';

@ApiObjectType('PlanPerson', { description: 'An administrator or daily operator named in the plan.' })
export class PlanPersonType {
  @Field(() => String) name: string;
  @Field(() => String) email: string;
  @Field(() => String) phone: string;
}

@ApiObjectType('ChecklistAnswer', { description: 'An answer to one question of the seed 001 §3.1 checklist.' })
export class ChecklistAnswerType {
  @Field(() => String) key: string;
  @Field(() => String) question: string;
  @Field(() => Boolean) answer: boolean;
  @Field(() => String, { nullable: true }) comment: string | null;
}

@ApiObjectType('ChecklistQuestion')
export class ChecklistQuestionType {
  @Field(() => String) key: string;
  @Field(() => String) question: string;
}

@ApiObjectType('ActivityPlan', { description: 'Aktivitetsplan (seed 000 Appendix 2, seed 001 form), one revision.' })
export class ActivityPlanType {
  @Field(() => Int) revision: number;
  @Field(() => Platform) platform: Platform;
  @Field(() => String) webAddress: string;
  @Field(() => String, { nullable: true }) handle: string | null;
  @Field(() => String) displayName: string;
  @Field(() => String) activityDescription: string;
  @Field(() => String) purpose: string;
  @Field(() => String) targetAudiences: string;
  @Field(() => String) goals: string;
  @Field(() => String) needsAnalysis: string;
  @Field(() => String) functionalEmail: string;
  @Field(() => [PlanPersonType]) administrators: PlanPersonType[];
  @Field(() => [PlanPersonType]) dailyOperators: PlanPersonType[];
  @Field(() => String) monitoringHours: string;
  @Field(() => String) publishingFrequency: string;
  @Field(() => Float) estimatedWeeklyHours: number;
  @Field(() => String, { nullable: true }) other: string | null;
  /** Resolved: stored answers joined with the question text. */
  @Field(() => [ChecklistAnswerType]) checklist: ChecklistAnswerType[];
  @Field(() => DateTimeScalar, { nullable: true }) submittedAt: Date | null;
}

@ApiObjectType('ApprovalStep', { description: 'One step of the approval chain of the current plan revision.' })
export class ApprovalStepType {
  @Field(() => ApprovalStepKind) kind: ApprovalStepKind;
  @Field(() => String, { description: 'PENDING, CONSULTED, APPROVED, REJECTED or SENT_BACK.' }) outcome: string;
  @Field(() => String, { nullable: true }) decidedByName: string | null;
  @Field(() => String, { nullable: true }) decidedRole: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) decidedAt: Date | null;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the approver is reminded if they have not acted.' })
  dueAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) remindedAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) escalatedAt: Date | null;
}

@ApiObjectType('ProvisioningItem', { description: 'One point of the provisioning checklist.' })
export class ProvisioningItemType {
  @Field(() => ProvisioningItemKey) key: ProvisioningItemKey;
  @Field(() => String) label: string;
  @Field(() => DateTimeScalar, { nullable: true }) completedAt: Date | null;
  @Field(() => String, { nullable: true }) completedByName: string | null;
  @Field(() => String, { nullable: true }) evidenceUrl: string | null;
  @Field(() => String, { nullable: true }) evidenceNote: string | null;
}

@ApiObjectType('AccountAdministrator', { description: 'A named administrator of the live account, each with an own login.' })
export class AccountAdministratorType {
  @Field(() => String) name: string;
  @Field(() => String) email: string;
  @Field(() => Boolean) twoFactorConfirmed: boolean;
}

@ApiObjectType('AuditEvent', { description: 'Who did what, when, in which role, and why.' })
export class AuditEventType {
  @Field(() => ID) id: string;
  @Field(() => AuditAction) action: AuditAction;
  @Field(() => String) label: string;
  @Field(() => String) actorName: string;
  @Field(() => String, { description: 'A Role, or SYSTEM when the lifecycle itself acted.' }) actorRole: string;
  @Field(() => DateTimeScalar) occurredAt: Date;
  @Field(() => AccountStatus, { nullable: true }) fromStatus: AccountStatus | null;
  @Field(() => AccountStatus, { nullable: true }) toStatus: AccountStatus | null;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => String, { nullable: true, description: 'What the event was about, e.g. the board decision or the condition met.' })
  detail: string | null;
  @Field(() => EvidenceType, { nullable: true, description: 'The link, file or note recorded as evidence.' })
  evidence: EvidenceType | null;
}

@ApiObjectType('Account', { description: 'An official social-media account as the database projection shows it.' })
export class AccountType {
  @Field(() => ID) id: string;
  @Field(() => Platform) platform: Platform;
  @Field(() => String) displayName: string;
  @Field(() => String, { nullable: true }) handle: string | null;
  @Field(() => String) webAddress: string;
  @Field(() => AccountScope) scope: AccountScope;
  @Field(() => String) functionalEmail: string;
  @Field(() => AccountStatus) status: AccountStatus;
  @Field(() => UnitType) unit: UnitType;
  @Field(() => AdministrationType) administration: AdministrationType;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => DateTimeScalar) updatedAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) activatedAt: Date | null;
  @Field(() => Int) planRevision: number;
  @Field(() => String, { nullable: true, description: 'Why the plan was last sent back, rejected or withdrawn.' })
  lastReason: string | null;
  @Field(() => ActivityPlanType, { nullable: true, description: 'The latest revision: the draft, or the one last submitted.' })
  plan: ActivityPlanType | null;
  @Field(() => [ApprovalStepType], { description: 'The chain of the latest submitted revision, in order.' })
  approvals: ApprovalStepType[];
  @Field(() => ApprovalStepKind, { nullable: true }) pendingStep: ApprovalStepKind | null;
  @Field(() => [ProvisioningItemType]) provisioning: ProvisioningItemType[];
  @Field(() => [AccountAdministratorType]) administrators: AccountAdministratorType[];
  @Field(() => [AuditEventType], { description: 'Oldest first.' }) history: AuditEventType[];
  @Field(() => String, { description: 'The Temporal workflow id, e.g. account-opening/<id>.' }) workflowId: string;
  @Field(() => [String], {
    description:
      'The mutations the signed-in user may take now: savePlan, submitPlan, recordConsultation, decideAsUnitManager, decideAsHeadOfAdministration, completeProvisioningItem, withdraw.',
  })
  myActions: string[];
}

@ApiObjectType('AccountPage')
export class AccountPage {
  @Field(() => [AccountType]) items: AccountType[];
  @Field(() => Int, { description: 'All accounts matching the filter, over all pages.' }) total: number;
}
