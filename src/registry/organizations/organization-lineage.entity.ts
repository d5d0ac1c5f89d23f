import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const LINEAGE_EVENTS = ['merger', 'split'] as const;
export type LineageEvent = (typeof LINEAGE_EVENTS)[number];

/** Links a unit that ended to the unit that carries it on (e.g. LHH Yên Bái → LHH Lào Cai, 01/07/2025). */
@Entity('organization_lineage')
export class OrganizationLineageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  predecessorId: string;

  @Column({ type: 'uuid' })
  successorId: string;

  @Column({ type: 'enum', enum: LINEAGE_EVENTS, enumName: 'lineage_event' })
  event: LineageEvent;

  @Column({ type: 'date' })
  effectiveDate: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  legalBasis: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
