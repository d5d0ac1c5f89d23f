import { applyDecorators } from '@nestjs/common';
import { IsText } from '../../platform/validation/validators.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { plainToInstance, Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
  validateSync,
} from 'class-validator';
import type { FieldError } from '../../platform/errors/domain-error.js';
import { PageQuery } from '../../platform/pagination/page.js';
import { toFieldErrors } from '../../platform/validation/validation-messages.js';
import { IsBodyYear, IsOmittable, IsRegistryYear, MAX_YEAR, MIN_YEAR } from '../../registry/clusters/cluster.dto.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import {
  AMENDABLE_FIELDS,
  type AmendableField,
  type Attendance,
  MEETING_KINDS,
  type MeetingContent,
  type MeetingField,
  type MeetingKind,
} from './meeting.rules.js';
import { MEETING_STATES, type MeetingState } from './meeting.state.js';

const MAX_AGENDA_ITEMS = 100;
/** Delegates or guests of one meeting: a national block vote or a ministry-wide conference has thousands. */
const MAX_PEOPLE = 5000;
const MAX_MINUTES_LENGTH = 200_000;
const TIME_EXAMPLE = '2023-11-27T08:00:00+07:00';

/** Checked further by `parseMeetingTime`, which says precisely what a date and time must look like. */
const IsMeetingTime = () => applyDecorators(IsString(), MaxLength(40));

const IsAgenda = () =>
  applyDecorators(
    Transform(({ value }) => (Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item.trim() : item)) : value)),
    IsArray(),
    ArrayMaxSize(MAX_AGENDA_ITEMS),
    IsString({ each: true }),
    IsNotEmpty({ each: true }),
    MaxLength(500, { each: true }),
  );

const IsList = (item: () => new () => object) =>
  applyDecorators(IsArray(), ArrayMaxSize(MAX_PEOPLE), ValidateNested({ each: true }), Type(item));

const IsVersion = () => applyDecorators(IsInt(), Min(1));

export class MeetingParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}

/** The optional parts of a meeting, which null erases. */
class OptionalMeetingFields {
  @ApiPropertyOptional({ example: '2023-11-27T11:30:00+07:00', nullable: true })
  @IsOptional()
  @IsMeetingTime()
  endsAt?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'Đơn vị đăng cai: thành viên của cụm năm đó.' })
  @IsOptional()
  @IsUUID()
  hostOrganizationId?: string | null;

  @ApiPropertyOptional({ example: 'Chủ tịch Liên hiệp các Hội KH&KT tỉnh Sơn La', nullable: true, description: 'Chủ trì (chủ tọa).' })
  @IsOptional()
  @IsText(300)
  presiding?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'Thư ký (người ghi biên bản).' })
  @IsOptional()
  @IsText(300)
  secretary?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['Báo cáo tổng kết công tác thi đua năm 2023', 'Bình xét, suy tôn'] })
  @IsOmittable()
  @IsAgenda()
  agenda?: string[];

  @ApiPropertyOptional({ nullable: true, description: 'Nội dung biên bản.' })
  @IsOptional()
  @IsText(MAX_MINUTES_LENGTH)
  minutes?: string | null;
}

export class CreateMeetingBody extends OptionalMeetingFields {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  clusterId: string;

  @ApiProperty({ minimum: MIN_YEAR, maximum: MAX_YEAR, example: 2023, description: 'Năm thi đua mà cuộc họp thuộc về.' })
  @IsBodyYear()
  year: number;

  @ApiProperty({ enum: MEETING_KINDS })
  @IsIn(MEETING_KINDS)
  kind: MeetingKind;

  @ApiProperty({ example: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023', maxLength: 300 })
  @IsDefined()
  @IsText(300)
  title: string;

  @ApiProperty({ example: TIME_EXAMPLE, description: 'Ngày giờ bắt đầu, kèm múi giờ.' })
  @IsDefined()
  @IsMeetingTime()
  startsAt: string;

  @ApiProperty({ example: 'Thành phố Sơn La, tỉnh Sơn La', maxLength: 300 })
  @IsDefined()
  @IsText(300)
  place: string;

  @ApiPropertyOptional({
    type: () => DelegateBody,
    isArray: true,
    description: 'Đại biểu, ghi cùng cuộc họp trong một giao dịch (như PUT …/delegates); bỏ trống: chưa có.',
  })
  @IsOmittable()
  @IsList(() => DelegateBody)
  delegates?: DelegateBody[];

  @ApiPropertyOptional({
    type: () => GuestBody,
    isArray: true,
    description: 'Khách mời, ghi cùng cuộc họp trong một giao dịch (như PUT …/guests); bỏ trống: chưa có.',
  })
  @IsOmittable()
  @IsList(() => GuestBody)
  guests?: GuestBody[];

  @ApiPropertyOptional({
    type: () => SpeakerBody,
    isArray: true,
    description: 'Người phát biểu, ghi cùng cuộc họp trong một giao dịch (như PUT …/speakers); bỏ trống: chưa có.',
  })
  @IsOmittable()
  @IsList(() => SpeakerBody)
  speakers?: SpeakerBody[];
}

/** Every part of a meeting a change may carry; omitted parts stay as they are. */
class MeetingFields extends OptionalMeetingFields {
  @ApiPropertyOptional({ maxLength: 300 })
  @IsOmittable()
  @IsText(300)
  title?: string;

  @ApiPropertyOptional({ example: TIME_EXAMPLE })
  @IsOmittable()
  @IsMeetingTime()
  startsAt?: string;

  @ApiPropertyOptional({ maxLength: 300 })
  @IsOmittable()
  @IsText(300)
  place?: string;
}

export class UpdateMeetingBody extends MeetingFields {
  @ApiProperty({ description: 'Phiên bản đã đọc; nếu đã cũ thì không có gì được lưu.' })
  @IsVersion()
  version: number;
}

export class DelegateBody {
  @ApiProperty({ format: 'uuid', description: 'Đơn vị thành viên của cụm năm đó mà đại biểu đại diện.' })
  @IsUUID()
  organizationId: string;

  @ApiPropertyOptional({
    example: 'Nguyễn Văn A',
    maxLength: 200,
    nullable: true,
    description: 'Họ tên đại biểu; để trống khi chỉ biết đơn vị có mặt (biên bản không nêu tên).',
  })
  @IsOptional()
  @IsText(200)
  fullName?: string | null;

  @ApiPropertyOptional({ example: 'Chủ tịch', nullable: true })
  @IsOptional()
  @IsText(300)
  position?: string | null;

  @ApiProperty({ description: 'Có mặt tại cuộc họp.' })
  @IsBoolean()
  present: boolean;

  @ApiProperty({ description: 'Người biểu quyết thay mặt đơn vị (mỗi đơn vị một người).' })
  @IsBoolean()
  votesForUnit: boolean;
}

export class GuestBody {
  @ApiProperty({ example: 'Ban Tuyên giáo Tỉnh ủy Sơn La', maxLength: 300 })
  @IsDefined()
  @IsText(300)
  agency: string;

  @ApiPropertyOptional({ nullable: true, maxLength: 200 })
  @IsOptional()
  @IsText(200)
  fullName?: string | null;

  @ApiPropertyOptional({ nullable: true, maxLength: 300 })
  @IsOptional()
  @IsText(300)
  position?: string | null;
}

export class SpeakerBody {
  @ApiProperty({ example: 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam', maxLength: 300, description: 'Cơ quan, đơn vị phát biểu.' })
  @IsDefined()
  @IsText(300)
  body: string;

  @ApiPropertyOptional({ nullable: true, maxLength: 200, description: 'Họ tên người phát biểu, nếu biên bản ghi.' })
  @IsOptional()
  @IsText(200)
  fullName?: string | null;

  @ApiPropertyOptional({ example: 'Phó Chủ tịch', nullable: true, maxLength: 300, description: 'Chức vụ hoặc tư cách phát biểu.' })
  @IsOptional()
  @IsText(300)
  position?: string | null;
}

export class PutDelegatesBody {
  @ApiProperty({ type: [DelegateBody], description: 'Toàn bộ danh sách đại biểu, thay cho danh sách cũ.' })
  @IsList(() => DelegateBody)
  delegates: DelegateBody[];

  @ApiProperty()
  @IsVersion()
  version: number;
}

export class PutGuestsBody {
  @ApiProperty({ type: [GuestBody], description: 'Toàn bộ danh sách khách mời, thay cho danh sách cũ.' })
  @IsList(() => GuestBody)
  guests: GuestBody[];

  @ApiProperty()
  @IsVersion()
  version: number;
}

export class PutSpeakersBody {
  @ApiProperty({ type: [SpeakerBody], description: 'Toàn bộ danh sách người phát biểu, theo thứ tự phát biểu, thay cho danh sách cũ.' })
  @IsList(() => SpeakerBody)
  speakers: SpeakerBody[];

  @ApiProperty()
  @IsVersion()
  version: number;
}

export class FinalizeMeetingBody {
  @ApiProperty()
  @IsVersion()
  version: number;
}

/** The value an amendment gives one field: checked by the same rules as an edit of that field. */
class AmendableValues extends MeetingFields {
  @IsOmittable()
  @IsList(() => DelegateBody)
  delegates?: DelegateBody[];

  @IsOmittable()
  @IsList(() => GuestBody)
  guests?: GuestBody[];

  @IsOmittable()
  @IsList(() => SpeakerBody)
  speakers?: SpeakerBody[];
}

/** What an edit or an amendment sends: the parts of the meeting it changes, as validated. */
export type MeetingChanges = Pick<AmendableValues, AmendableField>;

export class AmendMeetingBody {
  @ApiProperty({ enum: AMENDABLE_FIELDS })
  @IsIn(AMENDABLE_FIELDS)
  field: AmendableField;

  @ApiProperty({ description: 'Giá trị mới của trường (danh sách đầy đủ với delegates và guests; null để xoá trường không bắt buộc).' })
  @ValidateIf((_body, value) => value === undefined)
  @IsDefined()
  after: unknown;

  @ApiProperty({ example: 'Ghi nhầm chức vụ của đại biểu Lào Cai.', maxLength: 2000 })
  @IsDefined()
  @IsText(2000)
  reason: string;

  @ApiProperty()
  @IsVersion()
  version: number;
}

/**
 * The new value of `field`, validated as an edit of that field would be, or the errors keyed under `after`
 * ("after.2.organizationId") since that is where the client sent it.
 */
export function amendedValue(field: AmendableField, after: unknown): { changes: MeetingChanges; errors: FieldError[] } {
  const values = plainToInstance(AmendableValues, { [field]: after });
  const errors = toFieldErrors(validateSync(values, { whitelist: true, forbidNonWhitelisted: true })).map((error) => ({
    ...error,
    field: sentAsAfter(field, error.field),
  }));
  return { changes: { [field]: values[field] }, errors };
}

/** The parts of the meeting a request sends, as plain data (the optional parts of a person it leaves out are null). */
export function contentOf(changes: MeetingChanges): Partial<MeetingContent> {
  const sent = Object.fromEntries(
    AMENDABLE_FIELDS.filter((field) => changes[field] !== undefined).map((field) => [field, changes[field]]),
  ) as Partial<MeetingContent>;
  if (changes.delegates) {
    sent.delegates = changes.delegates.map(({ organizationId, fullName, position, present, votesForUnit }) => ({
      organizationId,
      fullName: fullName ?? null,
      position: position ?? null,
      present,
      votesForUnit,
    }));
  }
  if (changes.guests) {
    sent.guests = changes.guests.map(({ agency, fullName, position }) => ({
      agency,
      fullName: fullName ?? null,
      position: position ?? null,
    }));
  }
  if (changes.speakers) {
    sent.speakers = changes.speakers.map(({ body, fullName, position }) => ({
      body,
      fullName: fullName ?? null,
      position: position ?? null,
    }));
  }
  return sent;
}

/** An error about the amended field ("delegates.2.organizationId") said where the client sent it ("after.2.organizationId"). */
export function sentAsAfter(field: MeetingField, path: string): string {
  return path === field || path.startsWith(`${field}.`) ? `after${path.slice(field.length)}` : path;
}

const MEETING_SORTS = ['newest', 'oldest', 'title'] as const;
export type MeetingSort = (typeof MEETING_SORTS)[number];

export class ListMeetingsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  clusterId?: string;

  @ApiPropertyOptional({ minimum: MIN_YEAR, maximum: MAX_YEAR })
  @IsOptional()
  @IsRegistryYear()
  year?: number;

  @ApiPropertyOptional({ enum: MEETING_KINDS })
  @IsOptional()
  @IsIn(MEETING_KINDS)
  kind?: MeetingKind;

  @ApiPropertyOptional({ enum: MEETING_STATES })
  @IsOptional()
  @IsIn(MEETING_STATES)
  state?: MeetingState;

  @ApiPropertyOptional({ description: 'Tìm theo tiêu đề hoặc địa điểm, không phân biệt dấu.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: MEETING_SORTS, default: 'newest', description: 'newest/oldest: theo thời điểm bắt đầu.' })
  @IsOptional()
  @IsIn(MEETING_SORTS)
  sort: MeetingSort = 'newest';
}

export interface MeetingSummary {
  id: string;
  cluster: { id: string; code: string; name: string };
  year: number;
  kind: MeetingKind;
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  place: string;
  /** Named as the unit was that year. */
  host: UnitView | null;
  state: MeetingState;
  finalizedAt: Date | null;
  version: number;
}

export interface DelegateView {
  id: string;
  unit: UnitView;
  /** Null when the unit is recorded as present without a named person. */
  fullName: string | null;
  position: string | null;
  present: boolean;
  votesForUnit: boolean;
}

export interface GuestView {
  agency: string;
  fullName: string | null;
  position: string | null;
}

export interface SpeakerView {
  body: string;
  fullName: string | null;
  position: string | null;
}

export interface AmendmentView {
  id: string;
  amendedBy: { userId: string | null; username: string | null };
  amendedAt: Date;
  field: string;
  before: unknown;
  after: unknown;
  reason: string;
}

export interface MeetingDetail extends MeetingSummary {
  presiding: string | null;
  secretary: string | null;
  agenda: string[];
  minutes: string | null;
  delegates: DelegateView[];
  guests: GuestView[];
  /** In the order they spoke. */
  speakers: SpeakerView[];
  attendance: Attendance<UnitView>;
  amendments: AmendmentView[];
  createdAt: Date;
  updatedAt: Date;
}
