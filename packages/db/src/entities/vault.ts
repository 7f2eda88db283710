import { Check, Column, Entity, Index, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Account } from './account.js';

/** A live row has every part of its envelope; a destroyed one has none left (nothing half shredded). */
export const CHECK_SEALED_OR_SHREDDED =
  '("destroyedAt" IS NULL AND "keyId" IS NOT NULL AND "wrappedKey" IS NOT NULL AND "iv" IS NOT NULL AND "authTag" IS NOT NULL AND "ciphertext" IS NOT NULL) OR ' +
  '("destroyedAt" IS NOT NULL AND "keyId" IS NULL AND "wrappedKey" IS NULL AND "iv" IS NULL AND "authTag" IS NULL AND "ciphertext" IS NULL)';

/**
 * Credentials deposited with the communications unit (seed 000 "lämnas för förvaring på Kommunikationsenheten", seed
 * 001 §3.2 "i ett förseglat kuvert", seed 004 "finns centralt hos kommunikationsenheten"): the login name is plain
 * metadata; the secret is sealed with AES-256-GCM under a data key of its own, and the data key is wrapped by the
 * key-encryption key named in `keyId` (see vault.ts). Destroying shreds the secret: the wrapped key and the ciphertext
 * are wiped and the row stays as a tombstone saying when, by whom and why.
 */
@Entity('deposited_credential')
@Index('IDX_deposited_credential_live', ['accountId'], { unique: true, where: '"destroyedAt" IS NULL' })
@Check(
  'CHK_deposited_credential_sealed_or_shredded',
  CHECK_SEALED_OR_SHREDDED,
)
export class DepositedCredential {
  @PrimaryColumn('uuid') id: string;
  @Index() @Column('uuid') accountId: string;
  @ManyToOne(() => Account, { onDelete: 'CASCADE' }) account: Relation<Account>;
  @Column('uuid') municipalityId: string;
  /** The user name or login the platform asks for. */
  @Column('varchar') loginName: string;
  /** The address the platform login is registered to, when it is not the login name itself. */
  @Column({ type: 'varchar', nullable: true }) loginEmail: string | null;
  /** Which key-encryption key wrapped `wrappedKey` (a local key's fingerprint today, a KMS key id later). */
  @Column({ type: 'varchar', nullable: true }) keyId: string | null;
  @Column({ type: 'bytea', nullable: true }) wrappedKey: Buffer | null;
  @Column({ type: 'bytea', nullable: true }) iv: Buffer | null;
  @Column({ type: 'bytea', nullable: true }) authTag: Buffer | null;
  @Column({ type: 'bytea', nullable: true }) ciphertext: Buffer | null;
  @Column({ type: 'timestamptz' }) depositedAt: Date;
  @Column('varchar') depositedById: string;
  @Column('varchar') depositedByName: string;
  @Column('varchar') depositedRole: string;
  @Column({ type: 'timestamptz', nullable: true }) destroyedAt: Date | null;
  @Column({ type: 'varchar', nullable: true }) destroyedById: string | null;
  @Column({ type: 'varchar', nullable: true }) destroyedByName: string | null;
  @Column({ type: 'text', nullable: true }) destroyedReason: string | null;
}
