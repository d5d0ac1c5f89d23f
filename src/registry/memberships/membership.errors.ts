import { defineConstraintErrors } from '../../platform/errors/constraint-errors.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import { text } from '../../platform/i18n/locale.js';
import type { PeriodProblem } from './membership.rules.js';

const ONE_CLUSTER_RULE = text(
  'Mỗi năm, một đơn vị chỉ thuộc một cụm của cùng một đơn vị tổ chức thi đua.',
  'In any year a unit belongs to at most one cluster of the same owner.',
);

export class UnknownOrganizationError extends DomainError {
  constructor(field: string, id: string) {
    super(
      'REGISTRY.ORGANIZATION_UNKNOWN',
      'unprocessable',
      text('Không tìm thấy đơn vị.', 'The organization does not exist.'),
      [{ field, message: text(`Không có đơn vị nào mang mã định danh ${id}.`, `No organization has the id ${id}.`) }],
    );
  }
}

export class MembershipPeriodError extends DomainError {
  constructor(unitName: string, problems: PeriodProblem[]) {
    super(
      'REGISTRY.MEMBERSHIP_PERIOD_INVALID',
      'unprocessable',
      text(
        `${unitName} không thể là thành viên trong các năm đã chọn.`,
        `${unitName} cannot be a member in the years given.`,
      ),
      problems.map((problem) => ({ field: problem.field, message: problem.reason })),
    );
  }
}

/** The pre-check's message, which can name the cluster the unit is already in. */
export class AlreadyInClusterOfOwnerError extends DomainError {
  constructor(unitName?: string, other?: { clusterName: string; fromYear: number; toYear: number | null }) {
    const detail =
      unitName && other
        ? text(
            `${unitName} đã là thành viên của ${other.clusterName} (${other.fromYear}–${other.toYear ?? 'nay'}), cụm của cùng đơn vị tổ chức. `,
            `${unitName} is already a member of ${other.clusterName} (${other.fromYear}–${other.toYear ?? 'now'}), a cluster of the same owner. `,
          )
        : text('Đơn vị đã thuộc một cụm của cùng đơn vị tổ chức trong những năm này. ', 'The unit is already in a cluster of the same owner in these years. ');
    super(
      'REGISTRY.ALREADY_IN_CLUSTER_OF_OWNER',
      'conflict',
      text(detail.vi + ONE_CLUSTER_RULE.vi, detail.en + ONE_CLUSTER_RULE.en),
      [{ field: 'organizationId', message: text('Đơn vị đã thuộc một cụm khác trong những năm này.', 'The unit is in another cluster in these years.') }],
    );
  }
}

export class NoOpenMembershipError extends DomainError {
  constructor(organizationId: string) {
    super(
      'REGISTRY.NO_OPEN_MEMBERSHIP',
      'not_found',
      text(
        `Đơn vị ${organizationId} không có tư cách thành viên đang mở trong cụm này.`,
        `The unit ${organizationId} has no open membership in this cluster.`,
      ),
    );
  }
}

export class LastYearBeforeStartError extends DomainError {
  constructor(lastYear: number, fromYear: number) {
    super(
      'REGISTRY.MEMBERSHIP_END_BEFORE_START',
      'unprocessable',
      text('Năm cuối không hợp lệ.', 'The last year is invalid.'),
      [
        {
          field: 'lastYear',
          message: text(
            `Năm cuối (${lastYear}) không được trước năm bắt đầu làm thành viên (${fromYear}).`,
            `The last year (${lastYear}) cannot be before the membership began (${fromYear}).`,
          ),
        },
      ],
    );
  }
}

/** Ending the membership would leave a later term with a chair or vice-chair who is not a member. */
export class MembershipHoldsTermError extends DomainError {
  constructor(unitName: string, years: number[]) {
    super(
      'REGISTRY.MEMBERSHIP_HOLDS_TERM',
      'conflict',
      text(
        `${unitName} là cụm trưởng hoặc cụm phó năm ${years.join(', ')}, nên không thể thôi làm thành viên trước đó. Hãy sửa nhiệm kỳ các năm này trước.`,
        `${unitName} chairs or vice-chairs the cluster in ${years.join(', ')}, so its membership cannot end before then. Change those terms first.`,
      ),
      [{ field: 'lastYear', message: text(`Phải từ năm ${Math.max(...years)} trở đi.`, `Must be ${Math.max(...years)} or later.`) }],
    );
  }
}

defineConstraintErrors({
  cluster_memberships_one_cluster_per_owner_and_year: () => new AlreadyInClusterOfOwnerError(),
});
