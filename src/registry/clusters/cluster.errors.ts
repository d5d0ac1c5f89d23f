import { defineConstraintErrors } from '../../platform/errors/constraint-errors.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import { text } from '../../platform/i18n/locale.js';

export class ClusterNotFoundError extends DomainError {
  constructor(id: string) {
    super(
      'REGISTRY.CLUSTER_NOT_FOUND',
      'not_found',
      text(`Không tìm thấy cụm thi đua có mã định danh ${id}.`, `No cluster has the id ${id}.`),
    );
  }
}

export class ClusterCodeTakenError extends DomainError {
  constructor() {
    super(
      'REGISTRY.CLUSTER_CODE_TAKEN',
      'conflict',
      text('Mã cụm này đã được dùng cho một cụm khác.', 'Another cluster already has this code.'),
      [{ field: 'code', message: text('Mã cụm đã tồn tại.', 'The code is taken.') }],
    );
  }
}

export class ClusterNumberTakenError extends DomainError {
  constructor() {
    super(
      'REGISTRY.CLUSTER_NUMBER_TAKEN',
      'conflict',
      text(
        'Đơn vị tổ chức này đã có một cụm (khối) cùng loại mang số này.',
        'This owner already has a cluster (block) of the same kind with this number.',
      ),
      [{ field: 'number', message: text('Số cụm đã được dùng.', 'The number is taken.') }],
    );
  }
}

export class UnknownOwnerError extends DomainError {
  constructor() {
    super(
      'REGISTRY.CLUSTER_OWNER_UNKNOWN',
      'unprocessable',
      text('Không tìm thấy đơn vị tổ chức thi đua của cụm.', 'The organization that runs the cluster does not exist.'),
      [{ field: 'ownerId', message: text('Không có đơn vị nào mang mã định danh này.', 'No organization has this id.') }],
    );
  }
}

export class UnknownRotationUnitsError extends DomainError {
  constructor(ids: string[]) {
    super(
      'REGISTRY.ROTATION_ORDER_UNKNOWN_UNITS',
      'unprocessable',
      text('Thứ tự luân phiên chứa đơn vị không có trong danh mục.', 'The rotation order names units that do not exist.'),
      [
        {
          field: 'rotationOrder',
          message: text(`Không có đơn vị nào mang mã định danh: ${ids.join(', ')}.`, `No organization has the id: ${ids.join(', ')}.`),
        },
      ],
    );
  }
}

export class StaleClusterError extends DomainError {
  constructor(current: number) {
    super(
      'REGISTRY.CLUSTER_STALE',
      'conflict',
      text(
        `Cụm đã được sửa bởi người khác (phiên bản hiện tại là ${current}). Hãy tải lại rồi sửa lại; chưa có gì được lưu.`,
        `Someone else changed the cluster (current version ${current}). Reload and try again; nothing was saved.`,
      ),
      [{ field: 'version', message: text('Phiên bản đã cũ.', 'The version is stale.') }],
    );
  }
}

defineConstraintErrors({
  clusters_code_key: () => new ClusterCodeTakenError(),
  clusters_owner_kind_number_key: () => new ClusterNumberTakenError(),
  clusters_owner_id_fkey: () => new UnknownOwnerError(),
});
