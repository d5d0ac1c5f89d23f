import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type Actor, type Role, ROLES } from '../platform/request-context/request-context.js';
import type { AuditEvent } from './audit/audit.repository.js';
import type { User } from './users/user.repository.js';

/* Access's answers as the OpenAPI document describes them; each class implements what the service returns. */

export class ActorSchema implements Actor {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty({ example: 'sonla.canbo' })
  username: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Đơn vị công tác.' })
  organizationId: string | null;

  @ApiProperty({ enum: ROLES, isArray: true })
  roles: Role[];

  @ApiPropertyOptional({ type: String, format: 'uuid' })
  sessionId?: string;
}

export class RefreshResponseSchema {
  @ApiProperty({ description: 'Gửi lại trong header Authorization: Bearer …' })
  accessToken: string;

  @ApiProperty({ example: 'Bearer' })
  tokenType: string;

  @ApiProperty({ example: 900, description: 'Số giây token còn hiệu lực.' })
  expiresIn: number;

  @ApiProperty({
    description:
      'Đổi lấy access token mới qua POST /auth/refresh khi access token hết hạn; mỗi refresh token chỉ dùng được một lần — exchange it at POST /auth/refresh; each one works once.',
  })
  refreshToken: string;
}

export class LoginResponseSchema extends RefreshResponseSchema {
  @ApiProperty({ type: ActorSchema })
  user: ActorSchema;
}

export class UserSchema implements User {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'sonla.canbo' })
  username: string;

  @ApiProperty({ type: String, nullable: true })
  email: string | null;

  @ApiProperty({ example: 'Nguyễn Văn A' })
  displayName: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  organizationId: string | null;

  @ApiProperty({ enum: ROLES, isArray: true })
  roles: Role[];

  @ApiProperty()
  active: boolean;

  @ApiProperty({ description: 'Còn dùng mật khẩu demo.' })
  demoPassword: boolean;

  @ApiProperty({ type: String, format: 'date-time' })
  passwordChangedAt: Date;

  @ApiProperty({ example: 1 })
  version: number;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt: Date;
}

export class AuditEventSchema implements AuditEvent {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: String, format: 'date-time' })
  occurredAt: Date;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  actorUserId: string | null;

  @ApiProperty({ type: String, nullable: true })
  actorUsername: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  actorOrganizationId: string | null;

  @ApiProperty({ example: 'term.replace' })
  action: string;

  @ApiProperty({ example: 'cluster_term' })
  entityType: string;

  @ApiProperty({ type: String, nullable: true })
  entityId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Đơn vị có quyền xem sự kiện này.' })
  subjectOrganizationId: string | null;

  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true, description: 'Các trường đã đổi: before / after.' })
  changes: { before?: Record<string, unknown>; after?: Record<string, unknown> } | null;

  @ApiProperty({ type: String, nullable: true })
  requestId: string | null;
}
