import type { BoardDecisionOutcome, HandoverItemKey, HandoverStatus, NewOwnerKind, SnapshotStatus } from '@smg/domain';
import { Column, Entity, Index, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Account } from './account.js';
import { Board, Municipality, Unit } from './organisation.js';

/**
 * A file attached to a record: a board's signed minutes extract, or evidence that a handover condition is met. Kept
 * in the database with its SHA-256, so the record and its attachment are one transaction and one backup. Attached
 * once; until then only the person who uploaded it sees it.
 */
@Entity('uploaded_file')
@Index(['municipalityId', 'uploadedAt'])
export class UploadedFile {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') municipalityId: string;
  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' }) municipality: Relation<Municipality>;
  @Column('varchar') fileName: string;
  @Column('varchar') mimeType: string;
  @Column('int') size: number;
  @Column({ type: 'char', length: 64 }) sha256: string;
  /** Not read unless asked for (`select: false`): lists of records never drag the bytes along. */
  @Column({ type: 'bytea', select: false }) content: Buffer;
  @Column({ type: 'timestamptz' }) uploadedAt: Date;
  @Column('uuid') uploadedById: string;
  @Column('varchar') uploadedByName: string;
  /** What the file belongs to once attached, e.g. `board-decision/<id>` or `handover/<id>/LOGO_REMOVED`. */
  @Column({ type: 'varchar', nullable: true }) attachedTo: string | null;
  @Column({ type: 'uuid', nullable: true }) accountId: string | null;
}

/**
 * Nämndbeslut: a board decision as the board secretary registers it from the minutes (board, meeting date,
 * paragraph, diary number, the decision's text, the signed extract). One paragraph of one meeting is registered once.
 */
@Entity('board_decision')
@Index(['boardId', 'meetingDate', 'paragraph'], { unique: true })
export class BoardDecision {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') municipalityId: string;
  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' }) municipality: Relation<Municipality>;
  @Column('uuid') boardId: string;
  @ManyToOne(() => Board, { onDelete: 'RESTRICT' }) board: Relation<Board>;
  /** YYYY-MM-DD. */
  @Column({ type: 'date' }) meetingDate: string;
  @Column('varchar') paragraph: string;
  @Column('varchar') diaryNumber: string;
  @Column('text') decisionText: string;
  @Column({ type: 'varchar' }) outcome: BoardDecisionOutcome;
  @Column('uuid') minutesFileId: string;
  @ManyToOne(() => UploadedFile, { onDelete: 'RESTRICT' }) minutesFile: Relation<UploadedFile>;
  /** The account the decision is about. */
  @Index() @Column({ type: 'uuid', nullable: true }) accountId: string | null;
  @ManyToOne(() => Account, { onDelete: 'RESTRICT', nullable: true }) account: Relation<Account> | null;
  @Column({ type: 'timestamptz' }) registeredAt: Date;
  @Column('uuid') registeredById: string;
  @Column('varchar') registeredByName: string;
  /** The handover it decided, once linked (written by the handover lifecycle). */
  @Column({ type: 'uuid', nullable: true }) handoverId: string | null;
  @Column({ type: 'timestamptz', nullable: true }) linkedAt: Date | null;
}

/**
 * The queryable projection of one handover (`account-handover/<accountId>`); an account may have several over time
 * (a refused one, then another). The workflow owns the truth and writes this through idempotent activities.
 */
@Entity('account_handover')
@Index(['accountId', 'proposedAt'])
@Index(['municipalityId', 'status'])
export class AccountHandover {
  /** Chosen by the API before the workflow starts. */
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') municipalityId: string;
  @Column('uuid') accountId: string;
  @ManyToOne(() => Account, { onDelete: 'RESTRICT' }) account: Relation<Account>;
  @Column('varchar') workflowId: string;
  @Column({ type: 'varchar' }) status: HandoverStatus;
  /** The board responsible for the account's unit when proposed: the only one whose decision counts. */
  @Column('uuid') boardId: string;
  @ManyToOne(() => Board, { onDelete: 'RESTRICT' }) board: Relation<Board>;
  @Column({ type: 'varchar' }) newOwnerKind: NewOwnerKind;
  @Column({ type: 'uuid', nullable: true }) newOwnerUnitId: string | null;
  @ManyToOne(() => Unit, { onDelete: 'RESTRICT', nullable: true }) newOwnerUnit: Relation<Unit> | null;
  @Column('varchar') newOwnerName: string;
  @Column({ type: 'varchar', nullable: true }) newOwnerContactName: string | null;
  @Column({ type: 'varchar', nullable: true }) newOwnerEmail: string | null;
  @Column({ type: 'varchar', nullable: true }) newOwnerPhone: string | null;
  @Column('text') reason: string;
  @Column({ type: 'uuid', nullable: true }) policyVersionId: string | null;
  @Column({ type: 'timestamptz' }) proposedAt: Date;
  @Column('uuid') proposedById: string;
  @Column('varchar') proposedByName: string;
  @Column('varchar') proposedRole: string;
  /** When the board secretary is (next) reminded if no decision is linked (working days, Europe/Stockholm). */
  @Column({ type: 'timestamptz', nullable: true }) decisionDueAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) remindedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) decisionId: string | null;
  @ManyToOne(() => BoardDecision, { onDelete: 'RESTRICT', nullable: true }) decision: Relation<BoardDecision> | null;
  @Column({ type: 'varchar', nullable: true }) finalSnapshotKey: string | null;
  /** Where the final snapshot stands as the handover saw it last (ARCHIVED, FAILED, CAPTURING). */
  @Column({ type: 'varchar', nullable: true }) finalSnapshotStatus: SnapshotStatus | null;
  @Column({ type: 'text', nullable: true }) lastReason: string | null;
  @Column({ type: 'timestamptz', nullable: true }) endedAt: Date | null;
}

/** One condition or release step of a handover, with who recorded it, when, and the evidence. */
@Entity('handover_item')
@Index(['handoverId', 'key'], { unique: true })
export class HandoverItem {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') handoverId: string;
  @ManyToOne(() => AccountHandover, { onDelete: 'CASCADE' }) handover: Relation<AccountHandover>;
  @Column({ type: 'varchar' }) key: HandoverItemKey;
  @Column('int') position: number;
  @Column({ type: 'timestamptz', nullable: true }) completedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) completedById: string | null;
  @Column({ type: 'varchar', nullable: true }) completedByName: string | null;
  @Column({ type: 'varchar', nullable: true }) completedRole: string | null;
  @Column({ type: 'varchar', nullable: true }) evidenceUrl: string | null;
  @Column({ type: 'text', nullable: true }) evidenceNote: string | null;
  @Column({ type: 'uuid', nullable: true }) evidenceFileId: string | null;
  @ManyToOne(() => UploadedFile, { onDelete: 'RESTRICT', nullable: true }) evidenceFile: Relation<UploadedFile> | null;
  /** RENAMED only: why it was not done. */
  @Column({ type: 'text', nullable: true }) declineReason: string | null;
}
