import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { OrganizationEntity } from './organization.entity.js';

/** One name of a unit for a period: a renamed unit keeps its old name for the old years. */
@Entity('organization_names')
export class OrganizationNameEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne('OrganizationEntity', 'names', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization: OrganizationEntity;

  @Column({ type: 'varchar', length: 300 })
  fullName: string;

  @Column({ type: 'varchar', length: 120 })
  shortName: string;

  @Column({ type: 'date' })
  validFrom: string;

  @Column({ type: 'date', nullable: true })
  validTo: string | null;

  /** Lower-case, accent-free full and short name, computed by PostgreSQL for diacritics-insensitive search. */
  @Column({ type: 'text', insert: false, update: false, select: false })
  searchKey: string;
}
