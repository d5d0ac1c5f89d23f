import type { SectionKey } from '../../reports/cluster-year/cluster-year.facts.js';
import { SECTION_NAMES } from '../../reports/cluster-year/cluster-year.rules.js';
import { type LocalizedText, text } from '../../platform/i18n/locale.js';
import type { MessageCatalogue } from '../../platform/i18n/messages.js';
import { formatDateTime } from '../layout/format.js';

const SECTION_NAMES_EN: Readonly<Record<SectionKey, string>> = {
  situation: 'Situation (advantages, difficulties)',
  achievements: 'Main activities and results of the year',
  assessment: 'Overall assessment (strengths; shortcomings and causes; lessons learned)',
  direction: "Next year's direction and tasks",
  recommendations: 'Proposals and recommendations',
};

const SECTION_HINTS: Readonly<Record<SectionKey, LocalizedText>> = {
  situation: text('Thuận lợi, khó khăn của Cụm trong năm.', "The cluster's advantages and difficulties in the year."),
  achievements: text('Hoạt động và kết quả nổi bật của các đơn vị trong Cụm.', "The member units' main activities and results."),
  assessment: text('Ưu điểm; hạn chế, nguyên nhân; bài học kinh nghiệm.', 'Strengths; shortcomings and their causes; lessons learned.'),
  direction: text('Phương hướng, nhiệm vụ của Cụm năm sau.', "The cluster's direction and tasks for next year."),
  recommendations: text(
    'Đề xuất, kiến nghị ngoài các đề nghị khen thưởng đã ghi nhận.',
    'Proposals and recommendations besides the award proposals already recorded.',
  ),
};

/** The section of the summary report the secretariat writes, by name (Vietnamese as the report prints it). */
export function sectionName(key: SectionKey): LocalizedText {
  return text(SECTION_NAMES[key], SECTION_NAMES_EN[key]);
}

export function sectionHint(key: SectionKey): LocalizedText {
  return SECTION_HINTS[key];
}

/** The report pages' own text, Vietnamese first. */
export const reportText = {
  reportTitle: (cluster: string, year: number) => text(`Báo cáo năm ${year} – ${cluster}`, `${year} report – ${cluster}`),
  reportCrumb: (year: number) => text(`Báo cáo năm ${year}`, `${year} report`),
  documentsHeading: text('Văn bản', 'Documents'),
  documentsIntro: text(
    'Các văn bản được lập từ những gì đã ghi nhận. Xem trên màn hình để in, hoặc tải về để sửa và ký.',
    'The documents are drawn up from the records. View them on screen to print, or download them to edit and sign.',
  ),
  view: text('Xem và in', 'View and print'),
  downloadDocx: text('Tải DOCX', 'Download DOCX'),
  downloadPdf: text('Tải PDF', 'Download PDF'),
  notYet: text('Chưa lập được', 'Not available yet'),
  missingHeading: text('Còn thiếu cho báo cáo', 'Still missing for the report'),
  missingIntro: text(
    'Văn bản chỉ in những gì đã ghi nhận: câu nào thiếu thông tin thì được bỏ qua, số, ngày và người ký còn thiếu để trống cho văn thư điền tay. Ghi nhận đủ các mục dưới đây thì văn bản sẽ đầy đủ.',
    'The documents print only what is recorded: a sentence whose fact is missing is left out; a missing number, date or signer is left blank to fill in by hand. Record the items below to complete them.',
  ),
  nothingMissing: text('Đã ghi nhận đủ thông tin cho các văn bản.', 'Everything the documents need is recorded.'),
  recordAt: text('Ghi nhận tại', 'Record it on'),
  sectionsHeading: text('Phần do Thư ký Cụm viết', "The secretariat's sections"),
  sectionsIntro: text(
    'Những phần này không có trong hồ sơ nào: Thư ký Cụm viết để đưa vào báo cáo tổng kết. Mỗi phần lưu riêng, không ảnh hưởng phần khác. Mỗi dòng là một đoạn; dòng bắt đầu bằng dấu "-" được in thành gạch đầu dòng.',
    'No record holds these parts: the secretariat writes them into the summary report. Each part is saved on its own without touching the others. One paragraph per line; lines starting with "-" are printed as a list.',
  ),
  writeSections: text('Viết các phần của báo cáo', 'Write the report sections'),
  notWritten: text('Chưa viết.', 'Not written yet.'),
  lastSaved: (by: string, at: string) => text(`Lưu lần cuối bởi ${by} lúc ${at}.`, `Last saved by ${by} at ${at}.`),
  readOnlySections: text(
    'Chỉ Thư ký Cụm của năm (cán bộ đơn vị Cụm trưởng, khi năm chưa khoá sổ) và cán bộ Liên hiệp Hội Việt Nam được viết các phần này.',
    "Only the year's secretariat (staff of the chair unit, while the year is open) and VUSTA staff may write these sections.",
  ),
  saveSection: (name: LocalizedText) => text(`Lưu phần "${name.vi}"`, `Save "${name.en}"`),
  sectionSaved: (name: LocalizedText) =>
    text(`Đã lưu phần "${name.vi}". Các phần khác giữ nguyên.`, `"${name.en}" saved. The other sections are unchanged.`),
  conflict: (by: string | null, at: Date | null) =>
    text(
      `Phần nội dung báo cáo vừa được ${by ?? 'người khác'} lưu${at ? ` lúc ${formatDateTime(at, 'vi')}` : ''}, sau khi bạn mở trang. Chưa có gì được lưu. Nội dung bạn gõ vẫn còn trong ô; nội dung đang lưu được hiện bên dưới để đối chiếu. Bấm Lưu lần nữa nếu muốn thay bằng nội dung của bạn.`,
      `${by ?? 'Someone else'} saved the report sections${at ? ` at ${formatDateTime(at, 'en')}` : ''} after you opened the page. Nothing was saved. What you typed is still in the box; the saved text is shown below to compare. Press Save again to replace it with yours.`,
    ),
  theirText: text('Nội dung đang lưu', 'The saved text'),
  theirTextEmpty: text('(để trống)', '(empty)'),
  backToReport: text('Về trang báo cáo', 'Back to the report'),
  issuanceHeading: text('Cơ quan ban hành, số, ngày và người ký', 'Issuer, number, date and signer'),
  issuanceIntro: text(
    'Ghi một lần cho mọi văn bản của năm; nếu một văn bản khác (số, ngày, người ký), ghi riêng cho văn bản đó. Phần đầu văn bản và phần chữ ký luôn lấy cùng cơ quan ban hành. Trường để trống thì văn bản để trống cho văn thư điền tay.',
    'Record it once for all the documents of the year; where one document differs (number, date, signer), record it for that document. The header and the signature always name the same issuer. A field left empty is left blank on the document, to fill in by hand.',
  ),
  writeIssuance: text('Ghi cơ quan ban hành, số, ngày và người ký', 'Record the issuer, number, date and signer'),
  issuanceScope: (scope: string) =>
    ({
      year: text('Chung cho các văn bản của năm', 'For all documents of the year'),
      'summary-report': text('Riêng báo cáo tổng kết', 'The summary report only'),
      minutes: text('Riêng biên bản', 'The minutes only'),
      'flag-proposal': text('Riêng tờ trình', 'The submission only'),
    })[scope] ?? text(scope, scope),
  issuanceSaved: text('Đã lưu thông tin ban hành văn bản.', 'The issuing details are saved.'),
  issuanceConflict: text(
    'Thông tin này vừa được người khác lưu sau khi bạn mở trang. Chưa có gì được lưu; hãy xem lại rồi bấm Lưu lần nữa.',
    'Someone else saved these details after you opened the page. Nothing was saved; check them and press Save again.',
  ),
  saveIssuance: text('Lưu', 'Save'),
  issuingBody: text('Cơ quan ban hành (như in ở đầu văn bản)', 'Issuing body (as in the header)'),
  issuingBodyHint: text('Để trống: đơn vị Cụm trưởng của năm.', "Empty: the year's chair unit."),
  superiorBody: text('Cơ quan chủ quản (nếu có)', 'Superior body (if any)'),
  place: text('Địa danh ghi ở dòng ngày tháng', 'Place of the date line'),
  symbol: text('Ký hiệu cơ quan ban hành trong số văn bản', "Issuer's symbol in the document number"),
  symbolHint: text(
    'Ví dụ LHH trong "Số: 05/BC-LHH": chữ in hoa, chữ số, dấu gạch nối.',
    'E.g. LHH in "Số: 05/BC-LHH": capitals, digits, hyphens.',
  ),
  number: text('Số văn bản (do văn thư cấp)', 'Number (assigned by the registry)'),
  issuedOn: text('Ngày ban hành', 'Date of issue'),
  capacity: text('Thẩm quyền ký', 'Signing capacity'),
  capacityNone: text('Ký trực tiếp (không có TM., KT., Q.…)', 'Signs in own name (no TM., KT., Q.…)'),
  signingFor: text('Ký thay mặt / ký thay cho (ví dụ: Ban Thường vụ, Chủ tịch)', 'Signs for (e.g. Ban Thường vụ, Chủ tịch)'),
  signingForHint: text('Để trống với TM.: ký thay mặt cơ quan ban hành.', 'Empty with TM.: signs for the issuing body.'),
  signerTitle: text('Chức vụ người ký', "Signer's position"),
  signerName: text('Họ và tên người ký', "Signer's name"),
  regulation: text('Quy chế thi đua, khen thưởng mà tờ trình căn cứ', 'The regulation the submission cites'),
  printHint: text('Bấm Ctrl+P (hoặc lệnh In của trình duyệt) để in đúng khổ A4.', "Press Ctrl+P (or the browser's Print) to print on A4."),
  print: text('In văn bản', 'Print'),
  overviewTitle: (year: number) => text(`Tổng hợp thi đua các Cụm năm ${year}`, `Clusters overview ${year}`),
  overviewIntro: text(
    'Cụm trưởng, Cụm phó, hội nghị, Cờ thi đua và đề nghị khen thưởng của mọi Cụm, khối trong năm; biểu đồ Cờ thi đua đề nghị và được tặng theo Cụm qua các năm.',
    'Every cluster and block in the year: chair, vice-chair, meetings, flags and award proposals; a chart of flags proposed and awarded by cluster over the years.',
  ),
  clustersHeading: (year: number) => text(`Các Cụm, khối thi đua năm ${year}`, `Clusters and blocks in ${year}`),
  yearLabel: text('Năm', 'Year'),
  showYear: text('Xem', 'Show'),
  downloadXlsx: (year: number) => text(`Tải bảng tổng hợp năm ${year} (XLSX, Excel)`, `Download the ${year} overview (XLSX, Excel)`),
  chartHeading: text('Biểu đồ', 'Chart'),
  noFlagData: (years: number[]) =>
    text(
      `Chưa có Cụm nào đề nghị hoặc được tặng Cờ thi đua trong các năm ${years[0]}–${years.at(-1)}, nên chưa có biểu đồ.`,
      `No cluster proposed or was awarded an emulation flag in ${years[0]}–${years.at(-1)}, so there is no chart yet.`,
    ),
  reportLink: text('Báo cáo và văn bản của năm', "The year's report and documents"),
  /** The navigation's entry to the national overview. */
  navOverview: text('Tổng hợp', 'Overview'),
} satisfies MessageCatalogue;
