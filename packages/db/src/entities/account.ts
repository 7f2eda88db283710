import type {
  AccountScope,
  AccountStatus,
  ApprovalOutcome,
  ApprovalStepKind,
  ChecklistAnswer,
  Platform,
  PlanPerson,
  ProvisioningEvidence,
  ProvisioningItemKey,
} from '@smg/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { Administration, Municipality, Unit } from './organisation.js';
import { PolicyVersion } from './policy.js';

/**
 * The queryable projection of an account. The lifecycle workflows own the truth and write this through
 * idempotent activities; the API only reads it.
 */
@Entity('account')
@Index(['municipalityId', 'status'])
// ("municipalityId", "updatedAt" DESC, "id"), made by the migration: TypeORM cannot describe a descending column.
@Index('IDX_account_list_order', { synchronize: false })
export class Account {
  /** Chosen by the API before the opening workflow starts, so the workflow id can carry it. */
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') municipalityId: string;
  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' }) municipality: Relation<Municipality>;
  @Index() @Column('uuid') unitId: string;
  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' }) unit: Relation<Unit>;
  /** Copied from the unit so scope checks need no join. */
  @Column('uuid') administrationId: string;
  @ManyToOne(() => Administration, { onDelete: 'RESTRICT' }) administration: Relation<Administration>;
  @Column({ type: 'varchar' }) platform: Platform;
  @Column({ type: 'varchar' }) scope: AccountScope;
  @Column('varchar') displayName: string;
  @Column({ type: 'varchar', nullable: true }) handle: string | null;
  @Column('varchar') webAddress: string;
  @Column('varchar') functionalEmail: string;
  @Column({ type: 'varchar' }) status: AccountStatus;
  @Column({ type: 'int', default: 0 }) planRevision: number;
  @Column({ type: 'varchar', nullable: true }) pendingStep: ApprovalStepKind | null;
  @Column({ type: 'text', nullable: true }) lastReason: string | null;
  @Column('varchar') workflowId: string;
  /** The policy version in force when the opening started; its rules govern this account's lifecycle. */
  @Column({ type: 'uuid', nullable: true }) policyVersionId: string | null;
  @ManyToOne(() => PolicyVersion, { onDelete: 'RESTRICT', nullable: true }) policyVersion: Relation<PolicyVersion> | null;
  @Column('uuid') createdById: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) activatedAt: Date | null;
}

/**
 * The activity plan (seed 000 Appendix 2, seed 001 form, seed 001 §3.1 checklist). One row per revision: the
 * draft being written is the row after the last submitted one; a submitted revision is never edited.
 */
@Entity('activity_plan')
@Index(['accountId', 'revision'], { unique: true })
export class ActivityPlan {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') accountId: string;
  @ManyToOne(() => Account, { onDelete: 'CASCADE' }) account: Relation<Account>;
  @Column('int') revision: number;
  @Column({ type: 'varchar' }) platform: Platform;
  @Column('varchar') webAddress: string;
  @Column({ type: 'varchar', nullable: true }) handle: string | null;
  @Column('varchar') displayName: string;
  @Column('text') activityDescription: string;
  @Column('text') purpose: string;
  @Column('text') targetAudiences: string;
  @Column('text') goals: string;
  @Column('text') needsAnalysis: string;
  @Column('varchar') functionalEmail: string;
  @Column('jsonb') administrators: PlanPerson[];
  @Column('jsonb') dailyOperators: PlanPerson[];
  @Column('text') monitoringHours: string;
  @Column('text') publishingFrequency: string;
  @Column('real') estimatedWeeklyHours: number;
  @Column({ type: 'text', nullable: true }) other: string | null;
  @Column('jsonb') checklist: ChecklistAnswer[];
  @Column({ type: 'timestamptz', nullable: true }) submittedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) submittedById: string | null;
}

/** One step of the approval chain for one submitted revision of the plan. */
@Entity('approval_step')
@Index(['accountId', 'planRevision', 'kind'], { unique: true })
export class ApprovalStep {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') accountId: string;
  @ManyToOne(() => Account, { onDelete: 'CASCADE' }) account: Relation<Account>;
  @Column('int') planRevision: number;
  @Column({ type: 'varchar' }) kind: ApprovalStepKind;
  @Column('int') position: number;
  @Column({ type: 'varchar' }) outcome: ApprovalOutcome;
  @Column({ type: 'uuid', nullable: true }) decidedById: string | null;
  @Column({ type: 'varchar', nullable: true }) decidedByName: string | null;
  @Column({ type: 'varchar', nullable: true }) decidedRole: string | null;
  @Column({ type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  /** When the approver is reminded if they have not acted (working days, Europe/Stockholm). */
  @Column({ type: 'timestamptz', nullable: true }) dueAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) remindedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) escalatedAt: Date | null;
}

@Entity('provisioning_item')
@Index(['accountId', 'key'], { unique: true })
export class ProvisioningItem {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') accountId: string;
  @ManyToOne(() => Account, { onDelete: 'CASCADE' }) account: Relation<Account>;
  @Column({ type: 'varchar' }) key: ProvisioningItemKey;
  @Column('int') position: number;
  @Column({ type: 'timestamptz', nullable: true }) completedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) completedById: string | null;
  @Column({ type: 'varchar', nullable: true }) completedByName: string | null;
  @Column({ type: 'jsonb', nullable: true }) evidence: ProvisioningEvidence | null;
}

/** A named administrator of a live account, each with an own login (no group logins). */
@Entity('account_administrator')
@Index(['accountId', 'email'], { unique: true })
export class AccountAdministrator {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') accountId: string;
  @ManyToOne(() => Account, { onDelete: 'CASCADE' }) account: Relation<Account>;
  @Column('varchar') name: string;
  @Column('varchar') email: string;
  @Column({ type: 'boolean', default: false }) twoFactorConfirmed: boolean;
}
