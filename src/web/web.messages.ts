import { text } from '../platform/i18n/locale.js';
import type { MessageCatalogue } from '../platform/i18n/messages.js';

/**
 * The web application's shared user text (layout, navigation, forms, errors, account pages),
 * Vietnamese first. Each page area keeps its own catalogue beside its pages
 * (`web/registry/registry.messages.ts`); this one holds what every page uses.
 */
export const layoutText = {
  appName: text('Thi đua – Khen thưởng', 'Emulation & Awards'),
  appOwner: text('Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam', 'Vietnam Union of Science and Technology Associations'),
  skipToContent: text('Bỏ qua, đến nội dung chính', 'Skip to main content'),
  mainNavigation: text('Điều hướng chính', 'Main navigation'),
  signedInAs: (username: string) => text(`Đang đăng nhập: ${username}`, `Signed in as ${username}`),
  noUnit: text('Liên hiệp Hội Việt Nam', 'VUSTA'),
  signOut: text('Đăng xuất', 'Sign out'),
  signIn: text('Đăng nhập', 'Sign in'),
  changePassword: text('Đổi mật khẩu', 'Change password'),
  language: text('Ngôn ngữ', 'Language'),
  switchToEnglish: text('English', 'English'),
  switchToVietnamese: text('Tiếng Việt', 'Tiếng Việt'),
  footer: text(
    'Phần mềm thi đua, khen thưởng của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam',
    'Emulation and awards software of the Vietnam Union of Science and Technology Associations',
  ),
  apiDocs: text('Tài liệu API', 'API documentation'),
  titleSuffix: text('Thi đua – Khen thưởng', 'Emulation & Awards'),
} satisfies MessageCatalogue;

export const navText = {
  home: text('Việc cần làm', 'My work'),
  organizations: text('Đơn vị', 'Units'),
  clusters: text('Cụm thi đua', 'Clusters'),
  users: text('Người dùng', 'Users'),
  audit: text('Nhật ký', 'Audit trail'),
} satisfies MessageCatalogue;

export const formText = {
  errorSummaryTitle: text('Có lỗi cần sửa', 'There is a problem'),
  required: text('(bắt buộc)', '(required)'),
  optional: text('(không bắt buộc)', '(optional)'),
  save: text('Lưu', 'Save'),
  cancel: text('Huỷ', 'Cancel'),
  search: text('Tìm', 'Search'),
  dateHint: text('Ví dụ: 2023-11-27', 'For example: 2023-11-27'),
} satisfies MessageCatalogue;

export const paginationText = {
  label: text('Phân trang', 'Pagination'),
  previous: text('Trang trước', 'Previous page'),
  next: text('Trang sau', 'Next page'),
  page: (page: number, pages: number) => text(`Trang ${page} / ${pages}`, `Page ${page} of ${pages}`),
  showing: (from: number, to: number, total: number) => text(`${from}–${to} trên ${total}`, `${from}–${to} of ${total}`),
} satisfies MessageCatalogue;

export const errorPageText = {
  notFoundTitle: text('Không tìm thấy trang', 'Page not found'),
  notFound: text(
    'Trang bạn tìm không có, hoặc bạn không được xem. Hãy kiểm tra lại địa chỉ.',
    'The page does not exist, or you may not see it. Check the address.',
  ),
  forbiddenTitle: text('Không có quyền truy cập', 'Access denied'),
  badRequestTitle: text('Yêu cầu không hợp lệ', 'Invalid request'),
  conflictTitle: text('Không thực hiện được', 'Could not be done'),
  serverErrorTitle: text('Đã có lỗi xảy ra', 'Something went wrong'),
  tooManyTitle: text('Quá nhiều lần thử', 'Too many attempts'),
  backHome: text('Về trang Việc cần làm', 'Go to My work'),
  goBack: text('Quay lại trang trước', 'Go back'),
  requestId: (id: string) => text(`Mã yêu cầu: ${id}`, `Request id: ${id}`),
} satisfies MessageCatalogue;

export const accountText = {
  signInTitle: text('Đăng nhập', 'Sign in'),
  signInLead: text('Dùng tài khoản do Liên hiệp Hội cấp.', 'Use the account VUSTA gave you.'),
  username: text('Tên đăng nhập', 'User name'),
  password: text('Mật khẩu', 'Password'),
  signInButton: text('Đăng nhập', 'Sign in'),
  sessionEnded: text(
    'Phiên làm việc đã hết hạn. Hãy đăng nhập lại; những gì bạn vừa nhập vẫn được giữ.',
    'Your session has ended. Sign in again; what you typed is kept.',
  ),
  signInToContinue: text('Hãy đăng nhập để tiếp tục.', 'Sign in to continue.'),
  signedOut: text('Bạn đã đăng xuất.', 'You have signed out.'),
  signedIn: text('Đăng nhập thành công.', 'You are signed in.'),
  continueTitle: text('Gửi lại biểu mẫu', 'Send the form again'),
  continueLead: text(
    'Bạn đã đăng nhập lại. Biểu mẫu bạn đang điền chưa được gửi; kiểm tra rồi bấm "Gửi lại".',
    'You are signed in again. The form you were filling in was not sent; check it and press "Send again".',
  ),
  continueButton: text('Gửi lại', 'Send again'),
  pendingField: text('Trường', 'Field'),
  pendingValue: text('Giá trị', 'Value'),
  discard: text('Bỏ, về trang Việc cần làm', 'Discard, go to My work'),
  changePasswordTitle: text('Đổi mật khẩu', 'Change password'),
  currentPassword: text('Mật khẩu hiện tại', 'Current password'),
  newPassword: text('Mật khẩu mới', 'New password'),
  newPasswordHint: text(
    'Ít nhất 10 ký tự, có cả chữ và số, không chứa tên đăng nhập.',
    'At least 10 characters, letters and digits, not containing the user name.',
  ),
  passwordChanged: text('Đã đổi mật khẩu.', 'Your password has been changed.'),
  languageChanged: text('Đã đổi ngôn ngữ.', 'Language changed.'),
} satisfies MessageCatalogue;
