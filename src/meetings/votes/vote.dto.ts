import { applyDecorators } from '@nestjs/common';
import { IsText } from '../../platform/validation/validators.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '../../platform/pagination/page.js';
import { VOTE_METHODS, VOTE_SUBJECTS, type VoteMethod, type VoteSubject } from './vote-rule-set.js';
import { VOTE_STATES, type VoteState } from './vote.state.js';

/** Candidates on one ballot: a block of thousands of units may all be candidates; a sealed ballot holds 4,072 (MAX_BALLOT_OPTIONS). */
export const MAX_CANDIDATES = 4000;

/** Ban kiểm phiếu: the names of the counting committee's members. */
export const IsCommittee = () =>
  applyDecorators(
    Transform(trimEach),
    IsArray(),
    ArrayMaxSize(20),
    IsString({ each: true }),
    IsNotEmpty({ each: true }),
    MaxLength(200, { each: true }),
  );

function trimEach({ value }: { value: unknown }): unknown {
  return Array.isArray(value) ? value.map((name) => (typeof name === 'string' ? name.trim() : name)) : value;
}

export class VoteParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}

export class CancelVoteBody {
  @ApiPropertyOptional({
    example: 'Cuộc biểu quyết trùng với biểu quyết suy tôn đã thông qua; huỷ theo ý kiến của Cụm trưởng.',
    maxLength: 2000,
    description: 'Lý do huỷ, đưa vào biên bản; bắt buộc khi cuộc biểu quyết đã mở.',
  })
  @IsOptional()
  @IsText(2000)
  reason?: string;
}

/** Why a member that does not lead the fixed emulation ranking is on a flag vote's ballot. */
export class CandidateReason {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organizationId: string;

  @ApiProperty({ maxLength: 2000 })
  @IsText(2000)
  reason: string;
}

export class CreateVoteBody {
  @ApiProperty({
    enum: VOTE_SUBJECTS,
    description:
      'flag_proposal: suy tôn đề nghị Cờ thi đua; vice_chair_election: bầu Cụm phó năm sau; chair_handover: chuyển trao Cụm trưởng năm sau; question: biểu quyết tán thành / không tán thành.',
  })
  @IsIn(VOTE_SUBJECTS)
  subject: VoteSubject;

  @ApiProperty({ example: 'Suy tôn đề nghị tặng Cờ thi đua năm 2023', maxLength: 300 })
  @IsText(300)
  title: string;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Nội dung xin biểu quyết (câu hỏi tán thành / không tán thành).' })
  @IsOptional()
  @IsText(2000)
  question?: string;

  @ApiProperty({ enum: VOTE_METHODS, description: 'electronic: bỏ phiếu kín điện tử; paper: phiếu giấy, ban kiểm phiếu nhập kết quả.' })
  @IsIn(VOTE_METHODS)
  method: VoteMethod;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description:
      'Ứng viên (suy tôn Cờ, bầu Cụm phó). Mặc định: mọi đơn vị thành viên của cụm năm đó; suy tôn khi cụm đã chốt bảng xếp hạng thi đua: các đơn vị dẫn đầu (trong chỉ tiêu).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CANDIDATES)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  candidateIds?: string[];

  @ApiPropertyOptional({
    type: [CandidateReason],
    description:
      'Suy tôn khi cụm đã chốt bảng xếp hạng thi đua: lý do đưa vào danh sách một đơn vị không thuộc nhóm dẫn đầu (bắt buộc cho mỗi đơn vị như vậy).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_CANDIDATES)
  @ValidateNested({ each: true })
  @Type(() => CandidateReason)
  candidateReasons?: CandidateReason[];

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Chuyển trao Cụm trưởng: đơn vị được đề xuất. Mặc định: đề xuất luân phiên cho năm sau.',
  })
  @IsOptional()
  @IsUUID()
  proposedOrganizationId?: string;

  @ApiPropertyOptional({
    example: 'LHHVN_CO_THI_DUA',
    description: 'Suy tôn: loại khen thưởng. Mặc định: Cờ thi đua của Liên hiệp Hội Việt Nam.',
  })
  @IsOptional()
  @IsText(60)
  awardTypeCode?: string;

  @ApiPropertyOptional({ minimum: 1, description: 'Suy tôn: chỉ tiêu K (số đơn vị tối đa). Mặc định: theo quy tắc của loại khen thưởng.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_CANDIDATES)
  quota?: number;

  @ApiPropertyOptional({ type: [String], description: 'Ban kiểm phiếu (họ tên), cho phiếu giấy.' })
  @IsOptional()
  @IsCommittee()
  countingCommittee?: string[];
}

const ORDERS = ['asc', 'desc'] as const;

export class VotesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: VOTE_SUBJECTS })
  @IsOptional()
  @IsIn(VOTE_SUBJECTS)
  subject?: VoteSubject;

  @ApiPropertyOptional({ enum: VOTE_STATES })
  @IsOptional()
  @IsIn(VOTE_STATES)
  state?: VoteState;

  @ApiPropertyOptional({ enum: ORDERS, default: 'asc', description: 'Thứ tự tạo.' })
  @IsOptional()
  @IsIn(ORDERS)
  order: (typeof ORDERS)[number] = 'asc';
}
