import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { IsoDate } from '../../platform/time/calendar.js';
import { PROCEEDING_KINDS, type ProceedingKind } from '../nominations/eligibility.rules.js';

/**
 * A unit or a person under discipline, investigation, inspection or complaint review: no award, nor
 * proposal of one, while it runs (Decree 152/2025 Art. 4). About the unit itself when `personId` is null.
 */
@Entity('proceedings')
export class ProceedingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: PROCEEDING_KINDS, enumName: 'proceeding_kind' })
  kind: ProceedingKind;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid', nullable: true })
  personId: string | null;

  @Column({ type: 'date' })
  startedOn: IsoDate;

  /** Inclusive; null while no conclusion has been reached. */
  @Column({ type: 'date', nullable: true })
  endedOn: IsoDate | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  reference: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
