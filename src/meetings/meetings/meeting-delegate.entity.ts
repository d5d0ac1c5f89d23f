import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Đại biểu: a person who came (or was expected) for a member unit; one per unit carries its vote. */
@Entity('meeting_delegates')
export class MeetingDelegateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  meetingId: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 200 })
  fullName: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  position: string | null;

  @Column({ type: 'boolean' })
  present: boolean;

  /** The head of the unit's delegation, who casts the unit's vote. */
  @Column({ type: 'boolean' })
  votesForUnit: boolean;

  @Column({ type: 'integer' })
  sortOrder: number;
}
