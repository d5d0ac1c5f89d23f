import { applyDecorators } from '@nestjs/common';
import { IsCalendarDay, IsRequiredText } from '../../platform/validation/validators.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '../../platform/pagination/page.js';
import { QUOTA_SOURCES, type QuotaSource } from './quota.rules.js';
import { IsOmittable } from '../../registry/clusters/cluster.dto.js';
import {
  AWARD_FORMS,
  AWARD_LEVELS,
  DOSSIER_DOCUMENT_KINDS,
  NOMINEE_KINDS,
  type AwardForm,
  type AwardLevel,
  type DossierDocumentKind,
  type NomineeKind,
} from './catalogue.js';
import type { AwardRuleSet, AwardTypeDefinition } from './rule-set.js';

/** Text that must say something: surrounding spaces are dropped before it is checked. */
export class LocalizedTextBody {
  @ApiProperty({ example: 'Bằng khen của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam', maxLength: 300 })
  @IsRequiredText(300)
  vi: string;

  @ApiProperty({ example: 'Certificate of Merit of VUSTA', maxLength: 300 })
  @IsRequiredText(300)
  en: string;
}

const LocalizedField = () =>
  applyDecorators(
    IsDefined(),
    IsObject(),
    ValidateNested(),
    Type(() => LocalizedTextBody),
  );

const AWARD_TYPE_CODE = /^[A-Z0-9_]+$/;

export class CreateAwardTypeBody {
  @ApiProperty({ example: 'LHHVN_BANG_KHEN', description: 'Mã ổn định: chữ in hoa, số, gạch dưới.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  @Matches(AWARD_TYPE_CODE)
  code: string;

  @ApiProperty({ type: LocalizedTextBody })
  @LocalizedField()
  name: LocalizedTextBody;

  @ApiProperty({ enum: AWARD_LEVELS })
  @IsIn(AWARD_LEVELS)
  level: AwardLevel;

  @ApiProperty({ enum: AWARD_FORMS, description: 'Danh hiệu thi đua hoặc hình thức khen thưởng.' })
  @IsIn(AWARD_FORMS)
  form: AwardForm;

  @ApiProperty({ type: LocalizedTextBody, description: 'Cấp có thẩm quyền quyết định khen thưởng.' })
  @LocalizedField()
  awardingAuthority: LocalizedTextBody;

  @ApiProperty({ enum: NOMINEE_KINDS, isArray: true, description: 'Tặng cho tập thể, cá nhân hoặc cả hai.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(NOMINEE_KINDS, { each: true })
  nomineeKinds: NomineeKind[];

  @ApiPropertyOptional({ default: true, description: 'false: chỉ để ghi sổ (do cấp khác tặng), không đề nghị qua hệ thống.' })
  @IsOmittable()
  @IsBoolean()
  nominatedThroughVusta?: boolean;
}

export class UpdateAwardTypeBody {
  @ApiPropertyOptional({ type: LocalizedTextBody })
  @IsOmittable()
  @LocalizedField()
  name?: LocalizedTextBody;

  @ApiPropertyOptional({ enum: AWARD_LEVELS })
  @IsOmittable()
  @IsIn(AWARD_LEVELS)
  level?: AwardLevel;

  @ApiPropertyOptional({ enum: AWARD_FORMS })
  @IsOmittable()
  @IsIn(AWARD_FORMS)
  form?: AwardForm;

  @ApiPropertyOptional({ type: LocalizedTextBody })
  @IsOmittable()
  @LocalizedField()
  awardingAuthority?: LocalizedTextBody;

  @ApiPropertyOptional({ enum: NOMINEE_KINDS, isArray: true })
  @IsOmittable()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(NOMINEE_KINDS, { each: true })
  nomineeKinds?: NomineeKind[];

  @ApiPropertyOptional()
  @IsOmittable()
  @IsBoolean()
  nominatedThroughVusta?: boolean;

  @ApiProperty({ description: 'Phiên bản đã đọc; nếu đã cũ thì không có gì được lưu.' })
  @IsInt()
  @Min(1)
  version: number;
}

const AWARD_TYPE_SORTS = ['name', '-name', 'code', 'level'] as const;
export type AwardTypeSort = (typeof AWARD_TYPE_SORTS)[number];

export class ListAwardTypesQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Tìm theo tên hoặc mã, không phân biệt dấu.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: AWARD_LEVELS })
  @IsOptional()
  @IsIn(AWARD_LEVELS)
  level?: AwardLevel;

  @ApiPropertyOptional({ enum: AWARD_FORMS })
  @IsOptional()
  @IsIn(AWARD_FORMS)
  form?: AwardForm;

  @ApiPropertyOptional({ enum: NOMINEE_KINDS, description: 'Chỉ các loại tặng cho đối tượng này.' })
  @IsOptional()
  @IsIn(NOMINEE_KINDS)
  nomineeKind?: NomineeKind;

  @ApiPropertyOptional({ description: 'true: chỉ các loại đề nghị qua hệ thống.' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  nominatedThroughVusta?: boolean;

  @ApiPropertyOptional({ enum: AWARD_TYPE_SORTS, default: 'name', description: 'Tên theo thứ tự chữ cái tiếng Việt.' })
  @IsOptional()
  @IsIn(AWARD_TYPE_SORTS)
  sort: AwardTypeSort = 'name';
}

/** An exact fraction: 80 % is {numerator: 80, denominator: 100}, 1.5× is {numerator: 15, denominator: 10}. */
export class RatioBody {
  @ApiProperty({ example: 80 })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  numerator: number;

  @ApiProperty({ example: 100 })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  denominator: number;
}

const NestedBody = (type: () => new () => object) => applyDecorators(IsObject(), ValidateNested(), Type(type));

/** A nullable nested object: null (or leaving it out) means "none". */
const OptionalNested = (type: () => new () => object) => applyDecorators(IsOptional(), NestedBody(type));

const QUOTA_KINDS = ['at_most', 'share_of_members'] as const;
const ROUNDINGS = ['down', 'up'] as const;

export class QuotaBody {
  @ApiProperty({ enum: QUOTA_KINDS, description: 'Tối đa N suất, hoặc một tỉ lệ số thành viên của cụm trong năm.' })
  @IsIn(QUOTA_KINDS)
  kind: (typeof QUOTA_KINDS)[number];

  @ApiPropertyOptional({ example: 2, description: 'Với at_most.' })
  @ValidateIf((quota: QuotaBody) => quota.kind === 'at_most')
  @IsInt()
  @Min(0)
  @Max(10_000)
  count?: number;

  @ApiPropertyOptional({ type: RatioBody, description: 'Với share_of_members.' })
  @ValidateIf((quota: QuotaBody) => quota.kind === 'share_of_members')
  @IsDefined()
  @NestedBody(() => RatioBody)
  share?: RatioBody;

  @ApiPropertyOptional({ enum: ROUNDINGS, description: 'Với share_of_members.' })
  @ValidateIf((quota: QuotaBody) => quota.kind === 'share_of_members')
  @IsIn(ROUNDINGS)
  rounding?: (typeof ROUNDINGS)[number];

  @ApiPropertyOptional({
    enum: QUOTA_SOURCES,
    default: 'instrument',
    description:
      'instrument: văn bản quy định số suất; unverified_practice: theo thực tiễn của Liên hiệp Hội, chưa được xác nhận (được ghi rõ khi hiển thị).',
  })
  @IsOptional()
  @IsIn(QUOTA_SOURCES)
  source?: QuotaSource;
}

export class PrerequisiteBody {
  @ApiProperty({
    type: [String],
    example: ['CHIEN_SI_THI_DUA_CO_SO'],
    description: 'Mã các loại khen thưởng, đạt một trong số đó là được tính.',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(AWARD_TYPE_CODE, { each: true })
  anyOf: string[];

  @ApiProperty({ example: 3, description: 'Số năm liên tục.' })
  @IsInt()
  @Min(1)
  @Max(50)
  consecutiveYears: number;

  @ApiProperty({ example: 1, description: 'Chuỗi năm có thể kết thúc trước năm đề nghị tối đa bấy nhiêu năm.' })
  @IsInt()
  @Min(0)
  @Max(10)
  mayEndYearsBefore: number;
}

export class YearlyDateBody {
  @ApiProperty({ example: 0, description: '0: năm thi đua; 1: năm sau.' })
  @IsInt()
  @Min(-1)
  @Max(1)
  yearOffset: number;

  @ApiProperty({ example: 11 })
  @IsInt()
  @Min(1)
  @Max(12)
  month: number;

  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  @Max(31)
  day: number;
}

export class SubmissionWindowBody {
  @ApiProperty({ type: YearlyDateBody })
  @IsDefined()
  @NestedBody(() => YearlyDateBody)
  opens: YearlyDateBody;

  @ApiProperty({ type: YearlyDateBody })
  @IsDefined()
  @NestedBody(() => YearlyDateBody)
  closes: YearlyDateBody;
}

export class CashRewardBody {
  @ApiPropertyOptional({ type: RatioBody, nullable: true, description: 'Bội số lương cơ sở cho tập thể.' })
  @OptionalNested(() => RatioBody)
  collective?: RatioBody | null;

  @ApiPropertyOptional({ type: RatioBody, nullable: true, description: 'Bội số lương cơ sở cho cá nhân.' })
  @OptionalNested(() => RatioBody)
  individual?: RatioBody | null;

  @ApiPropertyOptional({ default: 1, description: 'Làm tròn lên bội số của số đồng này; 1: giữ nguyên.' })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  roundUpToMultipleOf?: number;
}

export class LegalBasisBody {
  @ApiProperty({ example: 'ND-152-2025', description: 'Mã ổn định của văn bản, ghi lại trên từng đề nghị.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  @Matches(/^[A-Za-z0-9._-]+$/)
  code: string;

  @ApiProperty({ type: LocalizedTextBody })
  @LocalizedField()
  citation: LocalizedTextBody;
}

export class CreateRuleSetBody {
  @ApiProperty({ type: LegalBasisBody })
  @IsDefined()
  @NestedBody(() => LegalBasisBody)
  legalBasis: LegalBasisBody;

  @ApiProperty({
    example: '2025-07-01',
    description: 'Ngày bắt đầu áp dụng. Bộ quy tắc đang áp dụng không thời hạn (nếu bắt đầu trước) kết thúc vào ngày hôm trước.',
  })
  @IsDefined()
  @IsCalendarDay()
  effectiveFrom: string;

  @ApiPropertyOptional({ type: String, example: null, nullable: true, description: 'Ngày cuối cùng áp dụng; null: chưa hết hiệu lực.' })
  @IsOptional()
  @IsCalendarDay()
  effectiveTo?: string | null;

  @ApiProperty({ description: 'Cần kết quả suy tôn của hội nghị cụm làm căn cứ.' })
  @IsBoolean()
  needsClusterVote: boolean;

  @ApiPropertyOptional({ type: QuotaBody, nullable: true, description: 'null: không giới hạn số lượng.' })
  @OptionalNested(() => QuotaBody)
  quota?: QuotaBody | null;

  @ApiPropertyOptional({
    type: RatioBody,
    nullable: true,
    description: 'Tỉ lệ trên tổng số thành viên Hội đồng; null: không cần Hội đồng bỏ phiếu.',
  })
  @OptionalNested(() => RatioBody)
  councilThreshold?: RatioBody | null;

  @ApiPropertyOptional({ type: [PrerequisiteBody], default: [] })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => PrerequisiteBody)
  prerequisites?: PrerequisiteBody[];

  @ApiPropertyOptional({ type: SubmissionWindowBody, nullable: true, description: 'null: nhận hồ sơ quanh năm.' })
  @OptionalNested(() => SubmissionWindowBody)
  submissionWindow?: SubmissionWindowBody | null;

  @ApiProperty({ enum: DOSSIER_DOCUMENT_KINDS, isArray: true, description: 'Các thành phần hồ sơ bắt buộc.' })
  @IsArray()
  @ArrayUnique()
  @IsIn(DOSSIER_DOCUMENT_KINDS, { each: true })
  requiredDocuments: DossierDocumentKind[];

  @ApiPropertyOptional({ type: CashRewardBody, nullable: true, description: 'null: không kèm tiền thưởng.' })
  @OptionalNested(() => CashRewardBody)
  cashReward?: CashRewardBody | null;
}

const RULE_SET_SORTS = ['effectiveFrom', '-effectiveFrom'] as const;

export class ListRuleSetsQuery extends PageQuery {
  @ApiPropertyOptional({ example: '2025-08-01', description: 'Chỉ bộ quy tắc áp dụng vào ngày này.' })
  @IsOptional()
  @IsCalendarDay()
  on?: string;

  @ApiPropertyOptional({ enum: RULE_SET_SORTS, default: 'effectiveFrom' })
  @IsOptional()
  @IsIn(RULE_SET_SORTS)
  sort: (typeof RULE_SET_SORTS)[number] = 'effectiveFrom';
}

export interface AwardTypeView extends Omit<AwardTypeDefinition, 'ruleSets'> {
  id: string;
  version: number;
}

export interface RuleSetView extends AwardRuleSet {
  id: string;
  awardTypeId: string;
}

export interface AwardTypeDetail extends AwardTypeView {
  /** Oldest first. */
  ruleSets: RuleSetView[];
}
