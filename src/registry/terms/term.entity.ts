import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export const TERM_DECISIONS = ['rotation', 'election', 'appointment'] as const;
export type TermDecision = (typeof TERM_DECISIONS)[number];

/** A cluster's year: its chair unit (cụm trưởng) and vice-chair unit (cụm phó). */
@Entity('cluster_terms')
export class TermEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  clusterId: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'uuid' })
  chairId: string;

  @Column({ type: 'uuid', nullable: true })
  viceChairId: string | null;

  @Column({ type: 'enum', enum: TERM_DECISIONS, enumName: 'term_decision' })
  decidedBy: TermDecision;

  /** The meeting whose resolution decided the term, once meetings are recorded. */
  @Column({ type: 'uuid', nullable: true })
  decidedAtMeetingId: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** Set when the year's records are final; the secretariat can no longer change them. */
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
