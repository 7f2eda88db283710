import type { ActivitySource, ClosureDecision, ClosureReason, ClosureStage, InactivityStage, PlatformCheck } from '@smg/domain';
import { Column, Entity, Index, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Account } from './account.js';

/**
 * What the activity watch last saw of an account (`activity-watch/<accountId>`): the newest post or comment on the
 * platform and the newest editor's report. Written by the watch's activities; one row per watched account.
 */
@Entity('account_activity')
export class AccountActivity {
  @PrimaryColumn('uuid') accountId: string;
  @ManyToOne(() => Account, { onDelete: 'CASCADE' }) account: Relation<Account>;
  @Index() @Column('uuid') municipalityId: string;
  @Column({ type: 'timestamptz', nullable: true }) lastPlatformActivityAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) lastReportedActivityAt: Date | null;
  @Column({ type: 'varchar', nullable: true }) lastReportedByName: string | null;
  /** When the platform was last asked. */
  @Column({ type: 'timestamptz', nullable: true }) checkedAt: Date | null;
  /** Why the last check could not read the platform (the report still counts). */
  @Column({ type: 'text', nullable: true }) checkProblem: string | null;
  /** When the watch looks again. */
  @Column({ type: 'timestamptz', nullable: true }) nextCheckAt: Date | null;
  /** After a decision to keep the account: when it is reviewed again. */
  @Column({ type: 'timestamptz', nullable: true }) reviewAt: Date | null;
  @Column('varchar') watchWorkflowId: string;
}

/** One inactivity episode of an account: warning, grace period, opinion, decision (seed 003, seed 004). */
@Entity('inactivity_episode')
@Index(['accountId', 'number'], { unique: true })
@Index(['municipalityId', 'stage'])
export class InactivityEpisode {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') accountId: string;
  @ManyToOne(() => Account, { onDelete: 'RESTRICT' }) account: Relation<Account>;
  @Column('uuid') municipalityId: string;
  @Column('int') number: number;
  @Column('varchar') workflowId: string;
  /** The policy version in force when the episode started: its threshold, grace period and decision deadline. */
  @Column({ type: 'uuid', nullable: true }) policyVersionId: string | null;
  @Column({ type: 'varchar' }) stage: InactivityStage;
  @Column({ type: 'timestamptz', nullable: true }) lastActivityAt: Date | null;
  @Column({ type: 'timestamptz' }) warnedAt: Date;
  @Column({ type: 'timestamptz' }) graceEndsAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) decisionRequestedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) decisionDueAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) escalatedAt: Date | null;
  @Column({ type: 'text', nullable: true }) opinion: string | null;
  @Column({ type: 'varchar', nullable: true }) opinionByName: string | null;
  @Column({ type: 'timestamptz', nullable: true }) opinionAt: Date | null;
  @Column({ type: 'varchar', nullable: true }) decision: ClosureDecision | null;
  @Column({ type: 'text', nullable: true }) decisionComment: string | null;
  @Column({ type: 'text', nullable: true }) revivalPlan: string | null;
  @Column({ type: 'timestamptz', nullable: true }) reviewAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) decidedById: string | null;
  @Column({ type: 'varchar', nullable: true }) decidedByName: string | null;
  @Column({ type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) revivedAt: Date | null;
  @Column({ type: 'varchar', nullable: true }) revivalSource: ActivitySource | null;
  @Column({ type: 'timestamptz', nullable: true }) endedAt: Date | null;
}

/** The closure of an account (`account-closure/<accountId>`), each step with who, when and evidence. */
@Entity('account_closure')
export class AccountClosure {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index({ unique: true }) @Column('uuid') accountId: string;
  @ManyToOne(() => Account, { onDelete: 'RESTRICT' }) account: Relation<Account>;
  @Index() @Column('uuid') municipalityId: string;
  @Column('varchar') workflowId: string;
  @Column({ type: 'varchar' }) reason: ClosureReason;
  @Column({ type: 'text', nullable: true }) explanation: string | null;
  /** The inactivity episode whose decision started the closure, if one did. */
  @Column({ type: 'uuid', nullable: true }) episodeId: string | null;
  @ManyToOne(() => InactivityEpisode, { onDelete: 'RESTRICT', nullable: true }) episode: Relation<InactivityEpisode> | null;
  @Column('varchar') requestedById: string;
  @Column('varchar') requestedByName: string;
  @Column('varchar') requestedRole: string;
  @Column({ type: 'timestamptz' }) requestedAt: Date;
  @Column({ type: 'varchar' }) stage: ClosureStage;
  @Column('varchar') snapshotKey: string;
  @Column('varchar') snapshotWorkflowId: string;
  /** PENDING, ARCHIVED or FAILED (tried again). */
  @Column('varchar') snapshotStatus: string;
  @Column({ type: 'timestamptz', nullable: true }) snapshotArchivedAt: Date | null;
  @Column({ type: 'boolean', default: false }) credentialsDeposited: boolean;
  @Column({ type: 'timestamptz', nullable: true }) platformRemovedAt: Date | null;
  @Column({ type: 'varchar', nullable: true }) platformRemovedByName: string | null;
  @Column({ type: 'varchar', nullable: true }) platformRemovedRole: string | null;
  @Column({ type: 'varchar', nullable: true }) platformRemovalUrl: string | null;
  @Column({ type: 'text', nullable: true }) platformRemovalNote: string | null;
  @Column({ type: 'varchar', nullable: true }) platformCheck: PlatformCheck | null;
  @Column({ type: 'timestamptz', nullable: true }) credentialsDestroyedAt: Date | null;
  @Column({ type: 'varchar', nullable: true }) credentialsDestroyedByName: string | null;
  @Column({ type: 'text', nullable: true }) credentialsNote: string | null;
  /** When the account left the public register. */
  @Column({ type: 'timestamptz', nullable: true }) delistedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) communicationsNotifiedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) closedAt: Date | null;
}
