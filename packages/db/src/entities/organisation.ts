import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';

/** Kommun. One deployment may serve several (tenancy). */
@Entity('municipality')
export class Municipality {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('varchar') name: string;
  @Index({ unique: true }) @Column('varchar') slug: string;
  /** Contact details filled into profile texts and shown in the register. */
  @Column({ type: 'varchar', nullable: true }) contactEmail: string | null;
}

/** Nämnd: political committee that owns administrations, decides handovers and is data controller. */
@Entity('board')
export class Board {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column('uuid') municipalityId: string;
  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' }) municipality: Relation<Municipality>;
  @Column('varchar') name: string;
}

/** Förvaltning, led by a head of administration (förvaltningschef). */
@Entity('administration')
export class Administration {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column('uuid') municipalityId: string;
  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' }) municipality: Relation<Municipality>;
  @Column('uuid') boardId: string;
  @ManyToOne(() => Board, { onDelete: 'RESTRICT' }) board: Relation<Board>;
  @Column('varchar') name: string;
}

/** Verksamhet: owns accounts; its manager is the first approver and decides closure. */
@Entity('unit')
export class Unit {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column('uuid') municipalityId: string;
  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' }) municipality: Relation<Municipality>;
  @Index() @Column('uuid') administrationId: string;
  @ManyToOne(() => Administration, { onDelete: 'RESTRICT' }) administration: Relation<Administration>;
  @Column('varchar') name: string;
}
