import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { NOMINEE_KINDS, type NomineeKind } from '../award-types/rule-set.js';
import { type IsoDate } from '../../platform/time/calendar.js';
import { NOMINATION_STATES, type NominationState } from './nomination.state.js';

/**
 * The result of the cluster vote a nomination rests on (suy tôn), as it stood when it was recorded.
 * `organizationId` is the unit the vote proposed. Taken from the conference's flag proposal when the vote
 * was held in thidua (`flagProposalId`, `decidedBy`), or from the paper minutes otherwise.
 */
export interface BasisVoteSnapshot {
  reference: string;
  organizationId: string;
  clusterId: string;
  year: number;
  passed: boolean;
  votesInFavour: number | null;
  votesCast: number | null;
  flagProposalId?: string;
  /** The ballots, or the chair and vice-chair deciding the places the ballots left open. */
  decidedBy?: 'vote' | 'chair_and_vice_chair';
}

/** Đề nghị khen thưởng: one nominee proposed for one award type and year. */
@Entity('nominations')
export class NominationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  awardTypeId: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'enum', enum: NOMINEE_KINDS, enumName: 'nominee_kind' })
  nomineeKind: NomineeKind;

  /** The unit itself for a collective, the person's unit for an individual. */
  @Column({ type: 'uuid' })
  nomineeOrganizationId: string;

  @Column({ type: 'uuid', nullable: true })
  nomineePersonId: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  nomineePosition: string | null;

  /** The person for an individual, the unit for a collective: what the duplicate rule compares. */
  @Column({ type: 'uuid', insert: false, update: false })
  nomineeKey: string;

  @Column({ type: 'uuid' })
  proposingOrganizationId: string;

  @Column({ type: 'uuid' })
  clusterId: string;

  /** The cluster vote of the meetings module, when the vote was held in thidua. */
  @Column({ type: 'uuid', nullable: true })
  basisVoteId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  basisVote: BasisVoteSnapshot | null;

  @Column({ type: 'text', nullable: true })
  achievementsSummary: string | null;

  @Column({ type: 'text', nullable: true })
  reportText: string | null;

  @Column({ type: 'enum', enum: NOMINATION_STATES, enumName: 'nomination_state' })
  state: NominationState;

  /** The day it was first submitted: the rule set in force then judges it for good. */
  @Column({ type: 'date', nullable: true })
  submittedOn: IsoDate | null;

  @Column({ type: 'uuid', nullable: true })
  ruleSetId: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  legalBasisCode: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  legalBasisCitation: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  legalBasisCitationEn: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
