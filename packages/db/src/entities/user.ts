import type { Role } from '@smg/domain';
import { Column, Entity, Index, ManyToOne, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Administration, Municipality, Unit } from './organisation.js';

@Entity('app_user')
export class User {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column('uuid') municipalityId: string;
  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' }) municipality: Relation<Municipality>;
  @Column('varchar') name: string;
  /** The person's own address: never acceptable as an account's functional e-mail. */
  @Index({ unique: true }) @Column('varchar') email: string;
  @Column({ type: 'varchar', nullable: true }) phone: string | null;
  /** Subject claim of the identity provider's tokens (OIDC `sub`), when signed in through one. */
  @Index({ unique: true }) @Column({ type: 'varchar', nullable: true }) externalSubject: string | null;
  @OneToMany(() => UserRole, (r) => r.user, { cascade: true }) roles: Relation<UserRole[]>;
}

/** A role held by a user, scoped to a unit, an administration, or (neither) the whole municipality. */
@Entity('user_role')
@Index(['userId', 'role', 'unitId', 'administrationId'], { unique: true })
export class UserRole {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') userId: string;
  @ManyToOne(() => User, (u) => u.roles, { onDelete: 'CASCADE' }) user: Relation<User>;
  @Column({ type: 'varchar' }) role: Role;
  @Column({ type: 'uuid', nullable: true }) unitId: string | null;
  @ManyToOne(() => Unit, { onDelete: 'CASCADE', nullable: true }) unit: Relation<Unit> | null;
  @Column({ type: 'uuid', nullable: true }) administrationId: string | null;
  @ManyToOne(() => Administration, { onDelete: 'CASCADE', nullable: true }) administration: Relation<Administration> | null;
}
