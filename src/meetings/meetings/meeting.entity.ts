import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { MEETING_STATES, type MeetingState } from './meeting.state.js';

export const MEETING_KINDS = ['launch_and_pact', 'mid_year_review', 'year_end_summary', 'extraordinary'] as const;
/**
 * launch_and_pact: phát động và ký giao ước thi đua; mid_year_review: sơ kết 6 tháng;
 * year_end_summary: hội nghị tổng kết; extraordinary: họp bất thường.
 */
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** Hội nghị, cuộc họp of a cluster for one year; its minutes (biên bản) lock once finalized. */
@Entity('meetings')
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  clusterId: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'enum', enum: MEETING_KINDS, enumName: 'meeting_kind' })
  kind: MeetingKind;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endsAt: Date | null;

  @Column({ type: 'varchar', length: 300 })
  place: string;

  /** Đơn vị đăng cai: a member unit of the cluster that year. */
  @Column({ type: 'uuid', nullable: true })
  hostOrganizationId: string | null;

  /** Chủ trì (chủ tọa). */
  @Column({ type: 'varchar', length: 300, nullable: true })
  presiding: string | null;

  /** Thư ký (người ghi biên bản). */
  @Column({ type: 'varchar', length: 300, nullable: true })
  secretary: string | null;

  @Column({ type: 'jsonb' })
  agenda: string[];

  @Column({ type: 'text', nullable: true })
  minutes: string | null;

  @Column({ type: 'enum', enum: MEETING_STATES, enumName: 'meeting_state' })
  state: MeetingState;

  @Column({ type: 'timestamptz', nullable: true })
  finalizedAt: Date | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
