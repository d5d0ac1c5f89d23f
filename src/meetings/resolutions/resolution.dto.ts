import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional, IsUUID } from 'class-validator';
import { IsRegistryYear, MAX_YEAR, MIN_YEAR } from '../../registry/clusters/cluster.dto.js';
import { PageQuery } from '../../platform/pagination/page.js';
import { VOTE_SUBJECTS, type VoteSubject } from '../votes/vote-rule-set.js';
import { IsText } from '../../platform/validation/validators.js';
import { MAX_CANDIDATES } from '../votes/vote.dto.js';

export class ResolutionsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: VOTE_SUBJECTS })
  @IsOptional()
  @IsIn(VOTE_SUBJECTS)
  subject?: VoteSubject;
}

export class FlagProposalsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  clusterId?: string;

  @ApiPropertyOptional({ minimum: MIN_YEAR, maximum: MAX_YEAR, example: 2023 })
  @IsOptional()
  @IsRegistryYear()
  year?: number;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  meetingId?: string;
}

export class FallbackDecisionBody {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Các đơn vị Cụm trưởng và Cụm phó chọn cho các vị trí còn lại (có thể để trống: không chọn ai).',
  })
  @IsArray()
  @ArrayMaxSize(MAX_CANDIDATES)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  organizationIds: string[];

  @ApiPropertyOptional({ maxLength: 2000, description: 'Ghi chú: ai quyết định, căn cứ.' })
  @IsOptional()
  @IsText(2000)
  note?: string;
}
