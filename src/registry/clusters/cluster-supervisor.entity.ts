import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Phụ trách cụm: the member of VUSTA's Presidium who supervises a cluster in a year. */
@Entity('cluster_supervisors')
export class ClusterSupervisorEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  clusterId: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'varchar', length: 200 })
  fullName: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  position: string | null;
}
