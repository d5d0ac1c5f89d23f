import { applyDecorators } from '@nestjs/common';
import { ApiResponse, type SchemaObject } from '@nestjs/swagger';

/** RFC 9457 problem details, as the global filter writes every error (with the domain's stable code). */
export const PROBLEM_DETAILS_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['type', 'title', 'status', 'code'],
  properties: {
    type: { type: 'string', example: 'about:blank' },
    title: { type: 'string', description: 'Thông báo cho người dùng, theo ngôn ngữ của người gọi (mặc định tiếng Việt).' },
    status: { type: 'integer', example: 404 },
    code: { type: 'string', description: 'Mã lỗi ổn định, ví dụ NOMINATION.NOT_FOUND.', example: 'NOMINATION.NOT_FOUND' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    errors: {
      type: 'array',
      description: 'Lỗi theo từng trường.',
      items: { type: 'object', required: ['field', 'message'], properties: { field: { type: 'string' }, message: { type: 'string' } } },
    },
  },
};

const DESCRIPTIONS: Readonly<Record<number, string>> = {
  400: 'Dữ liệu gửi lên không hợp lệ (lỗi theo từng trường).',
  401: 'Chưa đăng nhập, hoặc phiên đã hết hạn.',
  403: 'Không có quyền.',
  404: 'Không tìm thấy (hoặc nằm ngoài phạm vi được xem).',
  409: 'Xung đột với dữ liệu hiện có (phiên bản cũ, trạng thái không cho phép, trùng lặp).',
  422: 'Không đáp ứng quy tắc nghiệp vụ.',
  429: 'Quá nhiều yêu cầu.',
  503: 'Dịch vụ tạm thời không sẵn sàng.',
};

/** The error responses of an operation, each an `application/problem+json` body. */
export const ApiProblemResponses = (...statuses: number[]) =>
  applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({ status, description: DESCRIPTIONS[status] ?? 'Lỗi.', content: { 'application/problem+json': { schema: PROBLEM_DETAILS_SCHEMA } } }),
    ),
  );
