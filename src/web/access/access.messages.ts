import { text, type LocalizedText } from '../../platform/i18n/locale.js';
import type { MessageCatalogue } from '../../platform/i18n/messages.js';
import type { Role } from '../../platform/request-context/request-context.js';

export const ROLE_LABELS: Record<Role, LocalizedText> = {
  system_admin: text('Quản trị hệ thống', 'System administrator'),
  national_staff: text('Cán bộ Liên hiệp Hội Việt Nam', 'VUSTA staff'),
  unit_officer: text('Cán bộ đơn vị (LHH tỉnh)', 'Unit officer (provincial union)'),
};

export const usersText = {
  listTitle: text('Người dùng', 'Users'),
  newUser: text('Thêm người dùng', 'Add a user'),
  username: text('Tên đăng nhập', 'User name'),
  usernameHint: text(
    'Chữ thường, số, dấu chấm, gạch dưới, gạch ngang; 3–60 ký tự.',
    'Lower-case letters, digits, dot, underscore, hyphen; 3–60 characters.',
  ),
  displayName: text('Họ và tên', 'Full name'),
  email: text('Email', 'Email'),
  unit: text('Đơn vị công tác', 'Unit'),
  unitHint: text('Bắt buộc với cán bộ đơn vị.', 'Required for a unit officer.'),
  noUnit: text('— Không —', '— None —'),
  roles: text('Vai trò', 'Roles'),
  role: text('Vai trò', 'Role'),
  allRoles: text('Mọi vai trò', 'All roles'),
  filter: text('Lọc', 'Filter'),
  status: text('Trạng thái', 'Status'),
  active: text('Đang hoạt động', 'Active'),
  inactive: text('Đã vô hiệu hoá', 'Deactivated'),
  activeLabel: text(
    'Tài khoản đang hoạt động (bỏ chọn để vô hiệu hoá: mọi phiên đăng nhập kết thúc)',
    'Account active (untick to deactivate: every session ends)',
  ),
  password: text('Mật khẩu ban đầu', 'Initial password'),
  passwordHint: text(
    'Ít nhất 10 ký tự, có cả chữ và số, không chứa tên đăng nhập. Báo riêng cho người dùng.',
    'At least 10 characters, letters and digits, not containing the user name. Tell the user privately.',
  ),
  create: text('Tạo tài khoản', 'Create the account'),
  save: text('Lưu thay đổi', 'Save changes'),
  created: (username: string) => text(`Đã tạo tài khoản ${username}.`, `Account ${username} created.`),
  updated: (username: string) => text(`Đã lưu tài khoản ${username}.`, `Account ${username} saved.`),
  empty: text('Không có người dùng nào.', 'No users.'),
  signIn: text('Đăng nhập', 'Sign-in'),
  unlock: text('Mở khoá', 'Unlock'),
  heldBack: text('Đang bị tạm chặn do nhập sai mật khẩu.', 'Held back by wrong passwords.'),
  unlocked: (username: string) =>
    text(
      `Đã mở khoá đăng nhập cho ${username}: các lần đăng nhập sai trước đây không còn được tính.`,
      `Sign-in unlocked for ${username}: earlier failed sign-ins no longer count.`,
    ),
  edit: text('Sửa', 'Edit'),
  editTitle: (username: string) => text(`Tài khoản ${username}`, `Account ${username}`),
  readOnly: text('Chỉ quản trị hệ thống mới sửa được tài khoản.', 'Only a system administrator may change accounts.'),
} satisfies MessageCatalogue;

export const auditText = {
  title: text('Nhật ký thay đổi', 'Audit trail'),
  lead: text('Mọi thay đổi dữ liệu, đăng nhập và đăng xuất, mới nhất trước.', 'Every change, sign-in and sign-out, newest first.'),
  leadUnit: text('Các sự kiện trên hồ sơ của đơn vị bạn.', "Events on your unit's records."),
  when: text('Thời điểm', 'When'),
  who: text('Người thực hiện', 'Who'),
  action: text('Thao tác', 'Action'),
  entity: text('Đối tượng', 'Record'),
  entityType: text('Loại đối tượng', 'Record type'),
  from: text('Từ ngày', 'From'),
  to: text('Đến ngày', 'To'),
  dateHint: text('YYYY-MM-DD', 'YYYY-MM-DD'),
  filter: text('Lọc', 'Filter'),
  system: text('hệ thống', 'system'),
  empty: text('Không có sự kiện nào khớp.', 'No event matches.'),
  changes: text('Thay đổi', 'Changes'),
  allEntityTypes: text('Mọi loại đối tượng', 'Every record type'),
  allActions: text('Mọi thao tác', 'Every action'),
  changedFields: (count: number) => text(`${count} trường thay đổi`, `${count} field${count === 1 ? '' : 's'} changed`),
  becomes: text('thành', 'becomes'),
} satisfies MessageCatalogue;
