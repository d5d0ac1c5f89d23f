import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MeetingContent, MeetingField } from './meeting.rules.js';

/** The value of one field of a meeting, as JSON. */
export type FieldValue = MeetingContent[MeetingField];

/** A correction to a finalized meeting: who, when, which field, its value before and after, and why. Never changed. */
@Entity('meeting_amendments')
export class MeetingAmendmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  meetingId: string;

  @Column({ type: 'uuid', nullable: true })
  amendedByUserId: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  amendedByUsername: string | null;

  @Column({ type: 'timestamptz' })
  amendedAt: Date;

  @Column({ type: 'varchar', length: 100 })
  field: string;

  @Column({ type: 'jsonb', nullable: true })
  before: FieldValue;

  @Column({ type: 'jsonb', nullable: true })
  after: FieldValue;

  @Column({ type: 'text' })
  reason: string;
}
