import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One state change or sign-in, written in the same transaction as the change; never updated. */
@Entity('audit_events')
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'timestamptz', insert: false, update: false })
  occurredAt: Date;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  actorUsername: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorOrganizationId: string | null;

  @Column({ type: 'varchar', length: 60 })
  action: string;

  @Column({ type: 'varchar', length: 60 })
  entityType: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  entityId: string | null;

  /** The unit the record belongs to, so a unit can read the events on its own records. */
  @Column({ type: 'uuid', nullable: true })
  subjectOrganizationId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  changes: { before?: Record<string, unknown>; after?: Record<string, unknown> } | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  requestId: string | null;
}
