import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { AWARD_FORMS, AWARD_LEVELS, NOMINEE_KINDS, type AwardForm, type AwardLevel, type NomineeKind } from './rule-set.js';

/** Loại khen thưởng: a title or a form of commendation, with its rules kept apart in dated rule sets. */
@Entity('award_types')
export class AwardTypeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 60 })
  code: string;

  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Column({ type: 'varchar', length: 300 })
  nameEn: string;

  @Column({ type: 'enum', enum: AWARD_LEVELS, enumName: 'award_level' })
  level: AwardLevel;

  @Column({ type: 'enum', enum: AWARD_FORMS, enumName: 'award_form' })
  form: AwardForm;

  @Column({ type: 'varchar', length: 300 })
  awardingAuthority: string;

  @Column({ type: 'varchar', length: 300 })
  awardingAuthorityEn: string;

  @Column({ type: 'enum', enum: NOMINEE_KINDS, enumName: 'nominee_kind', array: true })
  nomineeKinds: NomineeKind[];

  @Column({ type: 'boolean' })
  nominatedThroughVusta: boolean;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
