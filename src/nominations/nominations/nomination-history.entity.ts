import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { NOMINATION_ACTIONS, NOMINATION_STATES, type NominationAction, type NominationState } from './nomination.state.js';

/** One step of a nomination's workflow, with the comment (lý do) given; never changed once written. */
@Entity('nomination_history')
export class NominationHistoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  nominationId: string;

  @Column({ type: 'enum', enum: NOMINATION_ACTIONS, enumName: 'nomination_action' })
  action: NominationAction;

  @Column({ type: 'enum', enum: NOMINATION_STATES, enumName: 'nomination_state' })
  fromState: NominationState;

  @Column({ type: 'enum', enum: NOMINATION_STATES, enumName: 'nomination_state' })
  toState: NominationState;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  actorUsername: string | null;

  @Column({ type: 'timestamptz', insert: false, update: false })
  occurredAt: Date;
}
