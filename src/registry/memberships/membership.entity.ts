import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A unit's membership of a cluster from one year to another (open-ended when toYear is null). */
@Entity('cluster_memberships')
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  clusterId: string;

  /** The cluster's owner, repeated so the database can hold "one cluster per owner and year". */
  @Column({ type: 'uuid' })
  ownerId: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'integer' })
  fromYear: number;

  @Column({ type: 'integer', nullable: true })
  toYear: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
