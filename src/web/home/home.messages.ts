import { text } from '../../platform/i18n/locale.js';
import type { MessageCatalogue } from '../../platform/i18n/messages.js';

export const homeText = {
  title: text('Việc cần làm', 'My work'),
  greeting: (name: string, unit: string) => text(`Xin chào ${name} (${unit}).`, `Hello ${name} (${unit}).`),
  nothing: text('Hiện không có việc gì đang chờ bạn.', 'Nothing is waiting for you right now.'),
  openVotes: text('Cuộc bỏ phiếu đang mở', 'Open votes'),
  openVotesLead: text('Của các hội nghị cụm mà đơn vị bạn là thành viên.', "Of the meetings of your unit's clusters."),
  vote: text('Bỏ phiếu', 'Vote'),
  returned: text('Hồ sơ bị trả lại', 'Nominations returned to you'),
  returnedLead: text('Bổ sung theo ý kiến thẩm định rồi nộp lại.', 'Complete them as the reviewer asks, then submit again.'),
  reasons: text('Lý do', 'Reasons'),
  noReasons: text('(không ghi lý do)', '(no reason given)'),
  openNomination: text('Mở hồ sơ', 'Open the nomination'),
  openYears: text('Năm chưa khoá sổ', 'Years not closed yet'),
  openYearsLeadSecretariat: text(
    'Đơn vị bạn là cụm trưởng, làm thư ký cụm của các năm này.',
    'Your unit chairs these clusters: you are their secretariat.',
  ),
  openYearsLeadStaff: text('Các cụm còn năm chưa khoá sổ.', 'Clusters with a year not closed yet.'),
  clusterYear: (cluster: string, year: number) => text(`${cluster}, năm ${year}`, `${cluster}, ${year}`),
  reviewQueue: text('Hồ sơ chờ thẩm định', 'Nominations awaiting review'),
  reviewQueueCount: (count: number) => text(`${count} hồ sơ đang chờ thẩm định.`, `${count} nomination(s) awaiting review.`),
  openReviewQueue: text('Mở danh sách thẩm định', 'Open the review queue'),
  shortcuts: text('Tra cứu', 'Look up'),
  emulation: text('Thi đua của đơn vị', 'Your unit’s emulation'),
  emulationLead: text(
    'Giao ước, đăng ký thi đua, tự chấm điểm kèm minh chứng và bảng xếp hạng của các cụm đơn vị bạn tham gia.',
    'The pact, the registration, self-scores with evidence and the ranking of your unit’s clusters.',
  ),
} satisfies MessageCatalogue;
