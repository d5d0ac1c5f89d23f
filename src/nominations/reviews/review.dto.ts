import { ApiProperty, ApiPropertyOptional, IntersectionType, PickType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '../../platform/pagination/page.js';
import { IsOptionalText } from '../../platform/validation/validators.js';
import { ListNominationsQuery, type NominationView } from '../nominations/nomination.dto.js';
import { NOMINATION_STATES } from '../nominations/nomination.state.js';
import { REVIEW_OUTCOMES, type ReviewOutcome } from './review.rules.js';

/** Every state a submitted dossier can be in, or all those awaiting the check. */
export const REVIEW_STATUSES = ['awaiting_review', ...NOMINATION_STATES.filter((s) => s !== 'draft' && s !== 'withdrawn')] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

const REVIEW_SORTS = ['waitingSince', '-waitingSince', 'nominee'] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number];

/** The nominations list's filters by year, cluster and award type, and the dossier's status in the check. */
export class ReviewQueueQuery extends IntersectionType(
  PageQuery,
  PickType(ListNominationsQuery, ['year', 'clusterId', 'awardTypeId'] as const),
) {
  @ApiPropertyOptional({
    enum: REVIEW_STATUSES,
    default: 'awaiting_review',
    description: 'awaiting_review: hồ sơ đã nộp hoặc nộp lại, đang chờ thẩm định.',
  })
  @IsOptional()
  @IsIn(REVIEW_STATUSES)
  status: ReviewStatus = 'awaiting_review';

  @ApiPropertyOptional({ enum: REVIEW_SORTS, default: 'waitingSince', description: 'waitingSince: hồ sơ chờ lâu nhất trước.' })
  @IsOptional()
  @IsIn(REVIEW_SORTS)
  sort: ReviewSort = 'waitingSince';
}

/** Kết quả thẩm định of one dossier. */
export class ReviewBody {
  @ApiProperty({ enum: REVIEW_OUTCOMES, description: 'return: trả lại để bổ sung, hoàn thiện; forward_to_council: trình Hội đồng.' })
  @IsIn(REVIEW_OUTCOMES)
  outcome: ReviewOutcome;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 5000,
    description: 'Ý kiến thẩm định; khi trả lại, lý do (hoặc nêu tài liệu còn thiếu).',
  })
  @IsOptionalText(5000)
  reasons?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['Biên bản kiểm phiếu'], description: 'Tài liệu hồ sơ còn thiếu (khi trả lại).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Transform(({ value }) => (Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item.trim() : item)) : value))
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(300, { each: true })
  missingDocuments?: string[];
}

export interface ReviewQueueItem extends NominationView {
  review: {
    /** When it was last submitted or resubmitted. */
    waitingSince: Date | null;
    timesReturned: number;
    lastReturnReasons: string | null;
    attachments: number;
  };
}
