import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { PageQuery } from '../../platform/pagination/page.js';
import { IsBodyYear, IsRegistryYear, MAX_YEAR, MIN_YEAR } from '../../registry/clusters/cluster.dto.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import { IsOptionalText, IsRequiredText } from '../../platform/validation/validators.js';
import type { NomineeKind } from '../award-types/catalogue.js';
import type { LegalBasis } from '../award-types/legal-basis.js';
import type { IsoDate } from '../../platform/time/calendar.js';
import { GENDERS, type Gender, PersonBody, type PersonView } from '../nominees/person.dto.js';
import type { EligibilityCheckCode } from './eligibility-check.js';
import type { BasisVoteSnapshot } from './nomination.rules.js';
import { NOMINATION_ACTIONS, NOMINATION_STATES, type NominationAction, type NominationState } from './nomination.state.js';

const MAX_REPORT_LENGTH = 100_000;

const Nested = (type: () => new () => object) => applyDecorators(IsObject(), ValidateNested(), Type(type));

export class NomineePersonBody extends PersonBody {
  @ApiProperty({ enum: GENDERS })
  @IsIn(GENDERS)
  gender: Gender;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Phó Chủ tịch kiêm Tổng Thư ký', maxLength: 300 })
  @IsOptionalText(300)
  position?: string | null;
}

/** A unit (organizationId alone), or a person of that unit. */
export class NomineeBody {
  @ApiProperty({ format: 'uuid', description: 'Đơn vị được đề nghị, hoặc đơn vị công tác của cá nhân được đề nghị.' })
  @IsUUID()
  organizationId: string;

  @ApiPropertyOptional({ type: NomineePersonBody, description: 'Có khi đề nghị cho cá nhân.' })
  @IsOptional()
  @Nested(() => NomineePersonBody)
  person?: NomineePersonBody | null;
}

/** Kết quả biểu quyết suy tôn of the cluster conference that the nomination rests on. */
export class BasisVoteBody {
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'Cuộc biểu quyết tổ chức trên hệ thống; khi có, kết quả được lấy từ đề xuất suy tôn của cuộc biểu quyết, không lấy từ các trường dưới.',
  })
  @IsOptional()
  @IsUUID()
  voteId?: string | null;

  @ApiProperty({ example: 'Biên bản Hội nghị tổng kết Cụm thi đua số 3 ngày 27/11/2023' })
  @IsRequiredText(300)
  reference: string;

  @ApiProperty({ format: 'uuid', description: 'Đơn vị được hội nghị suy tôn.' })
  @IsUUID()
  organizationId: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  clusterId: string;

  @ApiProperty({ example: 2023 })
  @IsBodyYear()
  year: number;

  @ApiProperty({ description: 'Biểu quyết đạt hay không.' })
  @IsBoolean()
  passed: boolean;

  @ApiPropertyOptional({ example: 7 })
  @IsOptional()
  @IsInt()
  @Min(0)
  votesInFavour?: number | null;

  @ApiPropertyOptional({ example: 8 })
  @IsOptional()
  @IsInt()
  @Min(0)
  votesCast?: number | null;
}

class DossierTextFields {
  @ApiPropertyOptional({
    type: BasisVoteBody,
    nullable: true,
    description: 'Căn cứ suy tôn (cờ thi đua); chỉ thư ký cụm năm đó hoặc cán bộ Liên hiệp Hội Việt Nam được ghi.',
  })
  @IsOptional()
  @Nested(() => BasisVoteBody)
  basis?: BasisVoteBody | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Tóm tắt thành tích.', maxLength: 5000 })
  @IsOptionalText(5000)
  achievementsSummary?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Nội dung báo cáo thành tích.', maxLength: MAX_REPORT_LENGTH })
  @IsOptionalText(MAX_REPORT_LENGTH)
  reportText?: string | null;
}

export class CreateNominationBody extends DossierTextFields {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  awardTypeId: string;

  @ApiProperty({ example: 2025, description: 'Năm thi đua.' })
  @IsBodyYear()
  year: number;

  @ApiProperty({ type: NomineeBody })
  @IsDefined()
  @Nested(() => NomineeBody)
  nominee: NomineeBody;

  @ApiProperty({ format: 'uuid', description: 'Đơn vị trình (lập tờ trình).' })
  @IsUUID()
  proposingOrganizationId: string;

  @ApiProperty({ format: 'uuid', description: 'Cụm thi đua của đơn vị trong năm.' })
  @IsUUID()
  clusterId: string;
}

/**
 * The dossier's content; what the nomination is (award, year, nominee, units) does not change: withdraw
 * the draft and make another.
 */
export class UpdateNominationBody extends DossierTextFields {
  @ApiPropertyOptional({ type: String, example: 'Chủ tịch', nullable: true, description: 'Chức vụ của cá nhân được đề nghị.' })
  @IsOptionalText(300)
  nomineePosition?: string | null;

  @ApiProperty({ description: 'Phiên bản đã đọc; nếu đã cũ thì không có gì được lưu.' })
  @IsInt()
  @Min(1)
  version: number;
}

/**
 * What the transitions endpoint takes: editing has its own route, awarding comes with a decision. Approve and
 * reject are taken so that the table can say who decides them: the council, through its vote.
 */
export const TRANSITION_ACTIONS = NOMINATION_ACTIONS.filter((a) => a !== 'edit' && a !== 'award');

export class TransitionBody {
  @ApiProperty({ enum: TRANSITION_ACTIONS })
  @IsIn(TRANSITION_ACTIONS)
  action: NominationAction;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Ý kiến; bắt buộc (lý do) khi trả lại hoặc không chấp thuận.',
    maxLength: 5000,
  })
  @IsOptionalText(5000)
  comment?: string | null;
}

const NOMINATION_SORTS = ['-createdAt', 'createdAt', 'nominee', 'year', '-year'] as const;
export type NominationSort = (typeof NOMINATION_SORTS)[number];

export class ListNominationsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Tìm theo tên đơn vị hoặc cá nhân được đề nghị, không phân biệt dấu.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ minimum: MIN_YEAR, maximum: MAX_YEAR })
  @IsOptional()
  @IsRegistryYear()
  year?: number;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  clusterId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  awardTypeId?: string;

  @ApiPropertyOptional({ enum: NOMINATION_STATES })
  @IsOptional()
  @IsIn(NOMINATION_STATES)
  state?: NominationState;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  proposingOrganizationId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Đơn vị được đề nghị, hoặc đơn vị công tác của cá nhân được đề nghị.' })
  @IsOptional()
  @IsUUID()
  nomineeOrganizationId?: string;

  @ApiPropertyOptional({ enum: NOMINATION_SORTS, default: '-createdAt', description: 'nominee: tên theo thứ tự chữ cái tiếng Việt.' })
  @IsOptional()
  @IsIn(NOMINATION_SORTS)
  sort: NominationSort = '-createdAt';
}

const HISTORY_SORTS = ['occurredAt', '-occurredAt'] as const;

export class HistoryQuery extends PageQuery {
  @ApiPropertyOptional({ enum: NOMINATION_ACTIONS })
  @IsOptional()
  @IsIn(NOMINATION_ACTIONS)
  action?: NominationAction;

  @ApiPropertyOptional({ enum: HISTORY_SORTS, default: 'occurredAt', description: 'occurredAt: từ cũ đến mới.' })
  @IsOptional()
  @IsIn(HISTORY_SORTS)
  sort: (typeof HISTORY_SORTS)[number] = 'occurredAt';
}

export interface NominationView {
  id: string;
  year: number;
  state: NominationState;
  awardType: { id: string; code: string; name: LocalizedText };
  nominee: {
    kind: NomineeKind;
    organization: UnitView;
    person: (PersonView & { position: string | null }) | null;
  };
  proposingOrganization: UnitView;
  cluster: { id: string; code: string; name: string };
  basis: { voteId: string | null; vote: BasisVoteSnapshot } | null;
  achievementsSummary: string | null;
  reportText: string | null;
  /** Set on submission, with the rule set in force that day and its legal basis. */
  submittedOn: IsoDate | null;
  ruleSetId: string | null;
  legalBasis: LegalBasis | null;
  /** What the caller may do now, from the transition table. */
  allowedActions: NominationAction[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface HistoryEntryView {
  id: string;
  action: NominationAction;
  fromState: NominationState;
  toState: NominationState;
  comment: string | null;
  actor: { userId: string | null; username: string | null };
  occurredAt: Date;
}

export interface EligibilityView {
  nominationId: string;
  eligible: boolean;
  /** The day the nomination is judged on: its submission date, or today before it is submitted. */
  asOf: IsoDate;
  legalBasis: LegalBasis;
  checks: { check: EligibilityCheckCode; passed: boolean; reason: LocalizedText }[];
}
