import type { PolicyParameters, PolicySources } from '@smg/domain';
import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Municipality } from './organisation.js';

/**
 * One published version of a municipality's rules. Versions are never edited: a change is a new version with a
 * later effective date, and a lifecycle keeps the version it started under.
 */
@Entity('policy_version')
@Index(['municipalityId', 'version'], { unique: true })
@Index(['municipalityId', 'effectiveFrom'])
export class PolicyVersion {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') municipalityId: string;
  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' }) municipality: Relation<Municipality>;
  /** 1, 2, 3 … per municipality. */
  @Column('int') version: number;
  @Column({ type: 'timestamptz' }) effectiveFrom: Date;
  /** The seed preset this version started from, if any. */
  @Column({ type: 'varchar', nullable: true }) presetKey: string | null;
  @Column('jsonb') parameters: PolicyParameters;
  /** Where each parameter's value comes from (a seed section, or "not stated" with the default used). */
  @Column('jsonb') sources: PolicySources;
  /** Why this version was published. */
  @Column('text') changeNote: string;
  @Column({ type: 'timestamptz' }) publishedAt: Date;
  @Column('uuid') publishedById: string;
  @Column('varchar') publishedByName: string;
}
