import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { OrganizationNameEntity } from './organization-name.entity.js';

export const ORGANIZATION_KINDS = ['national_union', 'provincial_union', 'association'] as const;
/** national_union: VUSTA itself; provincial_union: a Liên hiệp các Hội KH&KT tỉnh; association: a member association. */
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** A unit with a stable identity; its names live in `organization_names`, dated. */
@Entity('organizations')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'enum', enum: ORGANIZATION_KINDS, enumName: 'organization_kind' })
  kind: OrganizationKind;

  @Column({ type: 'varchar', length: 100, nullable: true })
  province: string | null;

  @Column({ type: 'date' })
  activeFrom: string;

  @Column({ type: 'date', nullable: true })
  activeTo: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @OneToMany(() => OrganizationNameEntity, (name) => name.organization)
  names: OrganizationNameEntity[];
}
