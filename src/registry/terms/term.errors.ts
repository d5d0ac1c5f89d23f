import { defineConstraintErrors } from '../../platform/errors/constraint-errors.js';
import { DomainError, type FieldError } from '../../platform/errors/domain-error.js';
import { text } from '../../platform/i18n/locale.js';

export class TermNotFoundError extends DomainError {
  constructor(year: number) {
    super('REGISTRY.TERM_NOT_FOUND', 'not_found', text(`Cụm chưa có nhiệm kỳ năm ${year}.`, `The cluster has no term for ${year}.`));
  }
}

/** Cụm trưởng and cụm phó must be members of the cluster in the term's year. */
export class TermHolderNotMemberError extends DomainError {
  constructor(year: number, fieldErrors: FieldError[]) {
    super(
      'REGISTRY.TERM_HOLDER_NOT_MEMBER',
      'unprocessable',
      text(
        `Cụm trưởng và cụm phó phải là thành viên của cụm trong năm ${year}.`,
        `The chair and vice-chair must be members of the cluster in ${year}.`,
      ),
      fieldErrors,
    );
  }
}

export class ChairIsViceChairError extends DomainError {
  constructor() {
    super(
      'REGISTRY.CHAIR_IS_VICE_CHAIR',
      'unprocessable',
      text('Cụm trưởng và cụm phó phải là hai đơn vị khác nhau.', 'The chair and vice-chair must be different units.'),
      [{ field: 'viceChairId', message: text('Cụm phó trùng với cụm trưởng.', 'The vice-chair is the chair.') }],
    );
  }
}

export class TermVersionRequiredError extends DomainError {
  constructor(year: number, current: number) {
    super(
      'REGISTRY.TERM_VERSION_REQUIRED',
      'conflict',
      text(
        `Năm ${year} đã có nhiệm kỳ (phiên bản ${current}). Muốn thay thế, hãy gửi kèm version đã đọc; chưa có gì được lưu.`,
        `The ${year} term already exists (version ${current}). Send the version you read to replace it; nothing was saved.`,
      ),
      [{ field: 'version', message: text('Bắt buộc khi nhiệm kỳ đã có.', 'Required when the term exists.') }],
    );
  }
}

export class StaleTermError extends DomainError {
  constructor(year: number, current: number | null) {
    super(
      'REGISTRY.TERM_STALE',
      'conflict',
      current === null
        ? text(
            `Năm ${year} chưa có nhiệm kỳ để thay thế: bỏ version để tạo mới; chưa có gì được lưu.`,
            `There is no ${year} term to replace: leave out the version to create one; nothing was saved.`,
          )
        : text(
            `Nhiệm kỳ năm ${year} đã được sửa bởi người khác (phiên bản hiện tại là ${current}). Hãy tải lại rồi sửa lại; chưa có gì được lưu.`,
            `Someone else changed the ${year} term (current version ${current}). Reload and try again; nothing was saved.`,
          ),
      [{ field: 'version', message: text('Phiên bản không khớp.', 'The version does not match.') }],
    );
  }
}

/** Two requests created the same year's term at once; the second one lost. */
export class TermAlreadyExistsError extends DomainError {
  constructor() {
    super(
      'REGISTRY.TERM_EXISTS',
      'conflict',
      text(
        'Nhiệm kỳ năm này vừa được tạo. Hãy tải lại rồi gửi kèm version để thay thế; chưa có gì được lưu.',
        'The term for this year was just created. Reload and send its version to replace it; nothing was saved.',
      ),
    );
  }
}

defineConstraintErrors({
  cluster_terms_one_per_cluster_and_year: () => new TermAlreadyExistsError(),
  cluster_terms_chair_differs_from_vice_chair: () => new ChairIsViceChairError(),
});

export class TermClosedError extends DomainError {
  constructor(year: number) {
    super(
      'REGISTRY.TERM_CLOSED',
      'conflict',
      text(
        `Năm ${year} của cụm đã khoá sổ; chỉ cán bộ Liên hiệp Hội Việt Nam mới được sửa.`,
        `The cluster's year ${year} is closed; only VUSTA staff may correct it.`,
      ),
    );
  }
}
