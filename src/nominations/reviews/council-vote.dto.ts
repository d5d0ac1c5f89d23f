import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsIn, IsUUID, ValidateNested } from 'class-validator';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { IsOptionalText } from '../../platform/validation/validators.js';
import { IsCalendarDay } from '../../platform/validation/validators.js';
import type { IsoDate } from '../../platform/time/calendar.js';
import type { Ratio } from '../../platform/numbers/ratio.js';
import type { NominationState } from '../nominations/nomination.state.js';
import type { CouncilChoice, VoteRecording } from './council-vote.rules.js';

export const COUNCIL_CHOICES: readonly CouncilChoice[] = ['for', 'against', 'abstain'];
export const VOTE_RECORDINGS: readonly VoteRecording[] = ['at_meeting', 'written_opinion'];

/** A large council: no VUSTA council is known to reach it. */
const MAX_COUNCIL_BALLOTS = 200;

export class CouncilBallotBody {
  @ApiProperty({ format: 'uuid', description: 'Thành viên Hội đồng.' })
  @IsUUID()
  memberId: string;

  @ApiProperty({ enum: COUNCIL_CHOICES, description: 'for: đồng ý; against: không đồng ý; abstain: không biểu quyết.' })
  @IsIn(COUNCIL_CHOICES)
  choice: CouncilChoice;

  @ApiProperty({
    enum: VOTE_RECORDINGS,
    description: 'at_meeting: biểu quyết tại cuộc họp; written_opinion: ý kiến bằng văn bản của thành viên vắng mặt, ghi vào biên bản.',
  })
  @IsIn(VOTE_RECORDINGS)
  recordedAs: VoteRecording;
}

/** Phiên họp Hội đồng on one nomination: each member's vote, as the minutes record it. */
export class CouncilVoteBody {
  @ApiProperty({ example: '2024-02-20', description: 'Ngày họp Hội đồng: thành phần Hội đồng ngày đó là tổng số thành viên.' })
  @IsDefined()
  @IsCalendarDay()
  heldOn: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'Biên bản họp Hội đồng Thi đua – Khen thưởng ngày 20/02/2024',
    maxLength: 300,
  })
  @IsOptionalText(300)
  minutesReference?: string | null;

  @ApiProperty({ type: [CouncilBallotBody] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_COUNCIL_BALLOTS)
  @ValidateNested({ each: true })
  @Type(() => CouncilBallotBody)
  ballots: CouncilBallotBody[];
}

export interface CouncilVoteView {
  id: string;
  nominationId: string;
  /** Where the vote left the nomination: approved or rejected. */
  nominationState: NominationState;
  heldOn: IsoDate;
  minutesReference: string | null;
  /** Null: more than half of all members. */
  threshold: Ratio | null;
  totalMembers: number;
  votesNeeded: number;
  inFavour: number;
  inFavourInWriting: number;
  against: number;
  abstaining: number;
  passed: boolean;
  reason: LocalizedText;
  ballots: { member: { id: string; fullName: string; position: string }; choice: CouncilChoice; recordedAs: VoteRecording }[];
  /** Members of that day who neither voted nor sent a written opinion. */
  notVoted: { id: string; fullName: string; position: string }[];
  recordedBy: { userId: string | null; username: string | null };
  createdAt: Date;
}
