import { applyDecorators, type Type } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Schema } from './json-schema.js';
import { statusOf } from '../errors/problem-details.filter.js';
import { publishedErrorCodes } from '../i18n/messages.js';

/** The name of the session cookie scheme declared in the OpenAPI document (bootstrap.ts). */
export const SESSION_COOKIE_SCHEME = 'thidua_session';

class ProblemFieldError {
  @ApiProperty({ example: 'fromYear' })
  field: string;

  @ApiProperty({ example: 'Năm kết thúc (2018) không được trước năm bắt đầu (2019).' })
  message: string;
}

/** RFC 9457 problem details, the one shape of every error answer (see ProblemDetailsFilter). */
export class ProblemDetailsSchema {
  @ApiProperty({ example: 'urn:thidua:problem:REGISTRY.TERM_CLOSED' })
  type: string;

  @ApiProperty({
    example: 'Năm 2023 của cụm đã khoá sổ; chỉ cán bộ Liên hiệp Hội Việt Nam mới được sửa.',
    description: 'Theo ngôn ngữ của Accept-Language.',
  })
  title: string;

  @ApiProperty({ example: 409 })
  status: number;

  @ApiPropertyOptional({ type: String })
  detail?: string;

  @ApiProperty({ example: '/api/v1/clusters/…/terms/2023' })
  instance: string;

  @ApiProperty({ example: 'REGISTRY.TERM_CLOSED', description: 'Mã lỗi ổn định; danh sách mã lỗi có trong README.' })
  code: string;

  @ApiPropertyOptional({ type: String })
  requestId?: string;

  @ApiPropertyOptional({ type: [ProblemFieldError], description: 'Lỗi theo từng trường.' })
  errors?: ProblemFieldError[];
}

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Yêu cầu không hợp lệ — bad request',
  401: 'Chưa đăng nhập hoặc phiên đã hết hạn — not signed in',
  403: 'Không có quyền — forbidden',
  404: 'Không tìm thấy — not found',
  409: 'Xung đột với dữ liệu hiện có — conflict',
  422: 'Dữ liệu không thỏa quy tắc nghiệp vụ — unprocessable',
  429: 'Quá nhiều lần thử — too many requests',
  503: 'Dịch vụ tạm thời không sẵn sàng — service unavailable',
};

/** The error answers an operation can give, each a problem document. */
export function ApiProblemResponses(...statuses: number[]) {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: PROBLEM_DESCRIPTIONS[status] ?? 'Lỗi',
        content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDetailsSchema) } } },
      }),
    ),
    ApiExtraModels(ProblemDetailsSchema),
  );
}

/** A route that needs a signed-in caller: the bearer token or the session cookie, and the 401/403 it may answer. */
export function ApiSecured() {
  return applyDecorators(ApiBearerAuth(), ApiCookieAuth(SESSION_COOKIE_SCHEME), ApiProblemResponses(401, 403));
}

/**
 * The answers of a versioned upsert (`respondUpserted`): 201 with the record the first time, 200 afterwards, and the
 * refusals of a write that needs the version read.
 */
export function ApiUpsertResponses(schema: Schema) {
  return applyDecorators(
    ApiOkResponse({ description: 'Đã lưu', schema }),
    ApiCreatedResponse({ description: 'Lưu lần đầu', schema }),
    ApiProblemResponses(400, 401, 403, 404, 409, 422),
  );
}

/** A page of `model` (`{ items, total, page, pageSize }`), as `pageOf` returns it. */
export function ApiPageResponse(model: Type<unknown>) {
  return applyDecorators(
    ApiExtraModels(model),
    ApiOkResponse({
      schema: {
        type: 'object',
        required: ['items', 'total', 'page', 'pageSize'],
        properties: {
          items: { type: 'array', items: { $ref: getSchemaPath(model) } },
          total: { type: 'integer', example: 8 },
          page: { type: 'integer', example: 1 },
          pageSize: { type: 'integer', example: 20 },
        },
      },
    }),
  );
}

/** The published error codes as a Markdown table, for the OpenAPI document's description and the README. */
export function errorCodesTable(): string {
  const rows = publishedErrorCodes().map(({ code, kind, context }) => `| \`${code}\` | ${statusOf[kind]} | ${context} |`);
  return ['| Code | HTTP | Context |', '| --- | --- | --- |', ...rows].join('\n');
}
