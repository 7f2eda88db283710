import type { AccountStatus, AuditAction } from '@smg/domain';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Who did what, when, in which role, and why. Written by the lifecycle activities; the idempotency key makes a
 * retried activity write nothing twice.
 */
@Entity('audit_event')
@Index(['accountId', 'occurredAt'])
@Index(['municipalityId', 'chainIndex'], { unique: true })
export class AuditEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'BY DEFAULT' }) id: string;
  @Index({ unique: true }) @Column('varchar') idempotencyKey: string;
  @Column('uuid') municipalityId: string;
  @Column({ type: 'uuid', nullable: true }) accountId: string | null;
  @Column('varchar') actorId: string;
  @Column('varchar') actorName: string;
  @Column('varchar') actorRole: string;
  @Column({ type: 'timestamptz' }) occurredAt: Date;
  @Column({ type: 'varchar' }) action: AuditAction;
  @Column({ type: 'varchar', nullable: true }) fromStatus: AccountStatus | null;
  @Column({ type: 'varchar', nullable: true }) toStatus: AccountStatus | null;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ type: 'jsonb', nullable: true }) data: Record<string, unknown> | null;
  /**
   * The hash chain (tamper evidence), one per municipality, filled in by the database's trigger on insert so every
   * writer is covered: position in the chain, the previous event's hash (null for the first) and this event's
   * hash, sha256 over the previous hash and the canonical JSON of the row (see the AuditHashChain migration).
   */
  @Column({ type: 'bigint', insert: false, update: false }) chainIndex: string;
  @Column({ type: 'char', length: 64, nullable: true, insert: false, update: false }) previousHash: string | null;
  @Column({ type: 'char', length: 64, insert: false, update: false }) hash: string;
}

/** What a writer gives for a new event: the hash chain is the database's to fill in, the rest as the event needs. */
export type NewAuditEvent = Omit<AuditEvent, 'id' | 'chainIndex' | 'previousHash' | 'hash' | 'data' | 'reason' | 'fromStatus' | 'toStatus'> &
  Partial<Pick<AuditEvent, 'data' | 'reason' | 'fromStatus' | 'toStatus'>>;

/**
 * A signed checkpoint of a municipality's audit chain: the position and hash of its latest event at `signedAt`,
 * signed with the worker's Ed25519 key (audit-checkpoint.ts). A tail cut off or a chain rewritten with fresh hashes
 * no longer matches it. Append-only, like the events.
 */
@Entity('audit_checkpoint')
@Index(['municipalityId', 'chainIndex'], { unique: true })
export class AuditCheckpoint {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'BY DEFAULT' }) id: string;
  @Column('uuid') municipalityId: string;
  @Column('bigint') chainIndex: string;
  @Column({ type: 'char', length: 64 }) hash: string;
  @Column({ type: 'timestamptz' }) signedAt: Date;
  /** Which key signed it: the first 16 hex digits of sha256 over the public key (SPKI DER). */
  @Column('varchar') keyId: string;
  /** Ed25519 signature, base64, over checkpointPayload(). */
  @Column('text') signature: string;
}

/** A message to a person or a role: reminders to approvers, escalations to the communications unit. */
@Entity('notification')
@Index(['recipientUserId', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index({ unique: true }) @Column('varchar') idempotencyKey: string;
  @Column('uuid') municipalityId: string;
  @Column({ type: 'uuid', nullable: true }) accountId: string | null;
  /** A named recipient, or null when the message is to everyone holding `recipientRole`. */
  @Column({ type: 'uuid', nullable: true }) recipientUserId: string | null;
  @Column({ type: 'varchar' }) recipientRole: string;
  @Column('varchar') kind: string;
  @Column('text') message: string;
  @Column({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) readAt: Date | null;
}
