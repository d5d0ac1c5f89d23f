import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { QuotaRule } from './quota.rules.js';
import { DOSSIER_DOCUMENT_KINDS, type CashRewardRule, type DossierDocumentKind, type Prerequisite, type SubmissionWindow } from './rule-set.js';
import { type IsoDate } from '../../platform/time/calendar.js';
import { type Ratio } from '../../platform/numbers/ratio.js';

/** One award type's rules while one legal instrument applies; periods of one type never overlap. */
@Entity('award_rule_sets')
export class AwardRuleSetEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  awardTypeId: string;

  @Column({ type: 'varchar', length: 60 })
  legalBasisCode: string;

  @Column({ type: 'varchar', length: 300 })
  legalBasisCitation: string;

  @Column({ type: 'varchar', length: 300 })
  legalBasisCitationEn: string;

  @Column({ type: 'date' })
  effectiveFrom: IsoDate;

  @Column({ type: 'date', nullable: true })
  effectiveTo: IsoDate | null;

  @Column({ type: 'boolean' })
  needsClusterVote: boolean;

  @Column({ type: 'jsonb', nullable: true })
  quota: QuotaRule | null;

  @Column({ type: 'jsonb', nullable: true })
  councilThreshold: Ratio | null;

  @Column({ type: 'jsonb' })
  prerequisites: Prerequisite[];

  @Column({ type: 'jsonb', nullable: true })
  submissionWindow: SubmissionWindow | null;

  @Column({ type: 'enum', enum: DOSSIER_DOCUMENT_KINDS, enumName: 'dossier_document_kind', array: true })
  requiredDocuments: DossierDocumentKind[];

  @Column({ type: 'jsonb', nullable: true })
  cashReward: CashRewardRule | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
