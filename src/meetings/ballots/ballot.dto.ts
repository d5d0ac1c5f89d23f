import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  ValidateNested,
} from 'class-validator';
import { ANSWERS, type Answer, DECLARED_FORMS, type DeclaredForm } from '../votes/vote-rule-set.js';
import { IsCommittee, MAX_CANDIDATES } from '../votes/vote.dto.js';

export class CastBallotBody {
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'Phiếu bầu: các ứng viên được chọn (tối đa K với suy tôn, 1 với bầu Cụm phó); để trống là phiếu trắng.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_CANDIDATES)
  @IsUUID(undefined, { each: true })
  choices?: string[];

  @ApiPropertyOptional({ enum: ANSWERS, description: 'Phiếu biểu quyết: tán thành, không tán thành, không biểu quyết.' })
  @IsOptional()
  @IsString()
  answer?: Answer;
}

export class ReceiptParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;

  @ApiProperty({ example: 'K7QM2XRD9H', description: 'Mã biên nhận phiếu (10 ký tự).' })
  @IsString()
  @Matches(/^[0-9A-Za-z\s-]{10,20}$/)
  receipt: string;
}

export class CodeBallotBody extends CastBallotBody {
  @ApiProperty({ example: 'K7QM-2XRD-9HVA-T4NP', description: 'Mã phiếu in cho đại biểu không có tài khoản.' })
  @IsString()
  @Matches(/^[0-9A-Za-z\s-]{16,40}$/)
  code: string;
}

class CandidateVotesBody {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  candidateId: string;

  @ApiProperty({ example: 7 })
  @IsInt()
  votes: number;
}

class AnswerCountsBody {
  @ApiProperty({ example: 8 })
  @IsInt()
  yes: number;

  @ApiProperty({ example: 0 })
  @IsInt()
  no: number;

  @ApiProperty({ example: 0 })
  @IsInt()
  abstain: number;
}

/** Biên bản kiểm phiếu: whole numbers only here; checkPaperTotals says which figures contradict each other. */
export class PaperTotalsBody {
  @ApiProperty({ type: [String], description: 'Ban kiểm phiếu (họ tên).' })
  @IsCommittee()
  @ArrayMinSize(1)
  countingCommittee: string[];

  @ApiProperty({ example: 8 })
  @IsInt()
  ballotsIssued: number;

  @ApiProperty({ example: 8 })
  @IsInt()
  ballotsCollected: number;

  @ApiProperty({ example: 8 })
  @IsInt()
  ballotsValid: number;

  @ApiProperty({ example: 0 })
  @IsInt()
  ballotsInvalid: number;

  @ApiPropertyOptional({ type: [CandidateVotesBody], description: 'Số phiếu của từng ứng viên (suy tôn, bầu Cụm phó).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_CANDIDATES)
  @ValidateNested({ each: true })
  @Type(() => CandidateVotesBody)
  votes?: CandidateVotesBody[];

  @ApiPropertyOptional({ type: AnswerCountsBody, description: 'Số phiếu tán thành / không tán thành / không biểu quyết.' })
  @IsOptional()
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => AnswerCountsBody)
  answers?: AnswerCountsBody;
}

/** A round's result declared without a count: who was chosen, or whether the question was approved. */
export class DeclaredResultBody {
  @ApiProperty({
    enum: DECLARED_FORMS,
    description: 'unanimous: nhất trí; consensus: đồng thuận; show_of_hands: giơ tay, không ghi số phiếu.',
  })
  @IsIn(DECLARED_FORMS)
  form: DeclaredForm;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Các đơn vị được chọn (suy tôn, bầu Cụm phó).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_CANDIDATES)
  @IsUUID(undefined, { each: true })
  chosenIds?: string[];

  @ApiPropertyOptional({ description: 'Được thông qua hay không (chuyển trao Cụm trưởng, biểu quyết một vấn đề).' })
  @IsOptional()
  @IsBoolean()
  approved?: boolean;
}
