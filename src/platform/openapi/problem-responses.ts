import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';

const MEANING: Readonly<Record<number, string>> = {
  400: 'Dữ liệu gửi lên không hợp lệ (lỗi theo từng trường) / Bad request, with field errors',
  401: 'Chưa đăng nhập / Not signed in',
  403: 'Không có quyền / Forbidden',
  404: 'Không tìm thấy / Not found',
  409: 'Xung đột với trạng thái hiện tại / Conflict with the current state',
  422: 'Vi phạm quy tắc nghiệp vụ (lỗi theo từng trường) / A business rule is broken, with field errors',
  429: 'Quá nhiều yêu cầu / Too many requests',
};

/** RFC 9457 problem details, as the global filter writes every error. */
const PROBLEM_SCHEMA = {
  type: 'object',
  required: ['type', 'title', 'status', 'code', 'instance'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string', description: 'Thông báo cho người dùng, theo Accept-Language.' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    code: { type: 'string', description: 'Mã lỗi ổn định, ví dụ VOTE.TRANSITION_NOT_ALLOWED.' },
    requestId: { type: 'string' },
    errors: {
      type: 'array',
      items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } },
    },
  },
};

/** The error responses an operation may give, each as problem details. */
export function ApiProblemResponses(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: MEANING[status] ?? `HTTP ${status}`,
        content: { 'application/problem+json': { schema: PROBLEM_SCHEMA } },
      }),
    ),
  );
}
