import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Khách mời: a guest from outside the cluster (Ban Tuyên giáo Tỉnh ủy, VUSTA…); guests do not vote. */
@Entity('meeting_guests')
export class MeetingGuestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  meetingId: string;

  @Column({ type: 'varchar', length: 300 })
  agency: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  fullName: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  position: string | null;

  @Column({ type: 'integer' })
  sortOrder: number;
}
