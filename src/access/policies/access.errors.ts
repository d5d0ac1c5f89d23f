import { DomainError } from '../../platform/errors/domain-error.js';
import { text } from '../../platform/i18n/locale.js';

export class ForbiddenError extends DomainError {
  constructor() {
    super('ACCESS.FORBIDDEN', 'forbidden', text('Bạn không có quyền thực hiện thao tác này.', 'You are not allowed to do this.'));
  }
}

export class NotClusterSecretariatError extends DomainError {
  constructor(year: number) {
    super(
      'ACCESS.NOT_CLUSTER_SECRETARIAT',
      'forbidden',
      text(
        `Chỉ thư ký cụm năm ${year} (cán bộ của đơn vị cụm trưởng, khi năm chưa khoá sổ) hoặc cán bộ Liên hiệp Hội Việt Nam mới được thực hiện thao tác này.`,
        `Only the cluster secretariat of ${year} (staff of the chair unit, while the year is open) or VUSTA staff may do this.`,
      ),
    );
  }
}
