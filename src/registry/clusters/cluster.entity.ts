import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export const CLUSTER_KINDS = ['cluster', 'block'] as const;
/** cluster (cụm): grouped by geography; block (khối): grouped by function. */
export type ClusterKind = (typeof CLUSTER_KINDS)[number];

export const ROTATION_RULES = ['vice_chair_succeeds', 'round_robin', 'elected'] as const;
export type RotationRule = (typeof ROTATION_RULES)[number];

/** Cụm/khối thi đua: a group of units that compete together, run by an owner organization (VUSTA). */
@Entity('clusters')
export class ClusterEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'enum', enum: CLUSTER_KINDS, enumName: 'cluster_kind' })
  kind: ClusterKind;

  @Column({ type: 'uuid' })
  ownerId: string;

  @Column({ type: 'enum', enum: ROTATION_RULES, enumName: 'rotation_rule' })
  rotationRule: RotationRule;

  /** Organization ids in the order the chair passes round, for the round_robin rule. */
  @Column({ type: 'uuid', array: true })
  rotationOrder: string[];

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
