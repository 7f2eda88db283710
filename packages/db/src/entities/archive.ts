import type { ArchivingRunStatus, SnapshotReason, SnapshotStatus } from '@smg/domain';
import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Account } from './account.js';
import { Municipality } from './organisation.js';

/** One archiving run of a municipality for one period (`archiving-run/<municipality>/<period>`). */
@Entity('archiving_run')
@Index(['municipalityId', 'period'], { unique: true })
export class ArchivingRun {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') municipalityId: string;
  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' }) municipality: Relation<Municipality>;
  @Column('varchar') period: string;
  @Column('varchar') workflowId: string;
  /** SCHEDULE or MANUAL. */
  @Column('varchar') trigger: string;
  @Column({ type: 'varchar', nullable: true }) startedByName: string | null;
  @Column({ type: 'varchar' }) status: ArchivingRunStatus;
  /** Accounts the run found due; grows while it pages through them. */
  @Column({ type: 'int', default: 0 }) accountsDue: number;
  @Column({ type: 'timestamptz' }) startedAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) finishedAt: Date | null;
}

export interface ArchivedFile {
  /** Path inside the package, e.g. representations/rep1/data/page.pdf */
  path: string;
  role: string;
  sha256: string;
  size: number;
  mimeType: string;
}

export interface ValidationOutcome {
  passed: boolean;
  /** The validator's name and version, e.g. veraPDF 1.28 */
  validator: string;
  problems: string[];
}

/** One account documented once for one period or occasion; the key makes a retry find the same row and package. */
@Entity('snapshot')
@Index(['accountId', 'snapshotKey'], { unique: true })
@Index(['runId', 'status'])
export class Snapshot {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') municipalityId: string;
  @Column('uuid') accountId: string;
  @ManyToOne(() => Account, { onDelete: 'RESTRICT' }) account: Relation<Account>;
  @Column({ type: 'uuid', nullable: true }) runId: string | null;
  @ManyToOne(() => ArchivingRun, { onDelete: 'RESTRICT', nullable: true }) run: Relation<ArchivingRun> | null;
  @Column({ type: 'varchar' }) reason: SnapshotReason;
  /** The period (2026-H2) or the occasion and moment (BEFORE_CLOSURE-2026-11-23T10:00:00Z). */
  @Column('varchar') snapshotKey: string;
  @Column('varchar') workflowId: string;
  @Column({ type: 'varchar' }) status: SnapshotStatus;
  @Column({ type: 'int', default: 0 }) attempts: number;
  @Column({ type: 'text', nullable: true }) failureReason: string | null;
  @Column({ type: 'timestamptz' }) requestedAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) capturedAt: Date | null;
  /** The E-ARK package's OBJID and where archive storage keeps it. */
  @Column({ type: 'varchar', nullable: true }) packageId: string | null;
  @Column({ type: 'varchar', nullable: true }) storageKey: string | null;
  @Column({ type: 'jsonb', default: () => "'[]'" }) files: ArchivedFile[];
  @Column({ type: 'jsonb', nullable: true }) pdfaValidation: ValidationOutcome | null;
  @Column({ type: 'jsonb', nullable: true }) sipValidation: ValidationOutcome | null;
  @Column({ type: 'int', default: 0 }) postCount: number;
  @Column({ type: 'int', default: 0 }) commentCount: number;
  @Column({ type: 'timestamptz', nullable: true }) acceptedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) acceptedById: string | null;
  @Column({ type: 'varchar', nullable: true }) acceptedByName: string | null;
}

/**
 * A post or comment as archived, for answering a records request (utlämnande av allmän handling) by account, date
 * and words without opening every package. Swedish full-text search runs on `text`.
 */
@Entity('archived_item')
@Index(['snapshotId', 'externalId'], { unique: true })
// A GIN index on to_tsvector('swedish', text), made by the migration; TypeORM cannot describe expression indexes.
@Index('IDX_archived_item_text_swedish', { synchronize: false })
@Index(['accountId', 'publishedAt'])
export class ArchivedItem {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') snapshotId: string;
  @ManyToOne(() => Snapshot, { onDelete: 'CASCADE' }) snapshot: Relation<Snapshot>;
  @Column('uuid') municipalityId: string;
  @Column('uuid') accountId: string;
  /** POST, COMMENT or REPLY. */
  @Column('varchar') kind: string;
  @Column('varchar') externalId: string;
  @Column({ type: 'varchar', nullable: true }) parentExternalId: string | null;
  @Column({ type: 'timestamptz' }) publishedAt: Date;
  @Column({ type: 'varchar', nullable: true }) author: string | null;
  @Column('text') text: string;
  @Column({ type: 'varchar', nullable: true }) permalink: string | null;
}
