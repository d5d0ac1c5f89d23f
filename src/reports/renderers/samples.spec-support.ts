import { documentNumber, placeAndDate, shortDate } from '../documents/decree30.js';
import type { NewsArticle, OfficialDocument, TabularReport } from '../documents/document.model.js';
import type { BarChart } from '../documents/chart.model.js';

/**
 * Literal documents for the renderer specs, shaped like Cluster 3's 2023 papers. The vote counts are
 * made up for the tests; the documents built from recorded meetings come with the report assembly (issue 7).
 */
export const MEMBERS_2023 = ['Sơn La', 'Điện Biên', 'Lai Châu', 'Lào Cai', 'Yên Bái', 'Vĩnh Phúc', 'Phú Thọ', 'Hòa Bình'];

const SON_LA = 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La';
const VUSTA = 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam';

export const summaryReport: OfficialDocument = {
  type: 'BC',
  header: {
    superiorBody: 'Cụm thi đua số 3',
    issuingBody: SON_LA,
    number: documentNumber(5, 'BC', 'LHH'),
    placeAndDate: placeAndDate('Sơn La', '2023-11-27'),
  },
  summary: 'Tổng kết công tác thi đua, khen thưởng năm 2023 và phương hướng, nhiệm vụ năm 2024 của Cụm thi đua số 3',
  body: [
    { kind: 'heading', number: 1, title: 'Đặc điểm tình hình' },
    {
      kind: 'paragraph',
      text: `Cụm thi đua số 3 có 8 Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh, gồm: ${MEMBERS_2023.join(', ')}. Năm 2023, ${SON_LA} làm cụm trưởng.`,
    },
    { kind: 'heading', number: 2, title: 'Kết quả thực hiện' },
    { kind: 'item', number: 1, title: 'Công tác tổ chức phong trào thi đua' },
    {
      kind: 'paragraph',
      text: 'Các đơn vị trong Cụm đã tổ chức hoạt động tư vấn, phản biện; tôn vinh trí thức; nghiên cứu khoa học, ứng dụng công nghệ, bảo vệ môi trường.',
    },
    { kind: 'item', number: 2, title: 'Kết quả bình xét, suy tôn' },
    {
      kind: 'table',
      columns: [
        { header: 'TT', width: 1, align: 'center' },
        { header: 'Đơn vị', width: 6 },
        { header: 'Số phiếu đồng ý', width: 2 },
        { header: 'Tỷ lệ (%)', width: 2 },
      ],
      rows: [
        [1, 'Liên hiệp các Hội KH&KT tỉnh Sơn La', 8, 100],
        [2, 'Liên hiệp các Hội KH&KT tỉnh Hòa Bình', 7, 87.5],
        [3, 'Liên hiệp các Hội KH&KT tỉnh Điện Biên', 3, 37.5],
      ],
    },
    { kind: 'heading', number: 3, title: 'Phương hướng, nhiệm vụ năm 2024' },
    {
      kind: 'list',
      items: [
        'Tiếp tục thực hiện tốt Luật Thi đua, khen thưởng (sửa đổi, bổ sung năm 2023)',
        'Tổ chức 1 hội nghị tập huấn về công tác thi đua, khen thưởng cho cán bộ các đơn vị trong Cụm',
      ],
    },
    { kind: 'heading', number: 4, title: 'Đề xuất, kiến nghị' },
    {
      kind: 'paragraph',
      number: 1,
      text: `Đề nghị ${VUSTA} tặng Cờ thi đua cho Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La và tỉnh Hòa Bình.`,
    },
  ],
  recipients: [VUSTA, 'Các đơn vị trong Cụm thi đua số 3', 'Lưu: VT, Cụm'],
  signatures: [{ authority: 'TM. Ban Thường vụ', position: 'Chủ tịch', name: 'Nguyễn Văn Thắng' }],
};

/** The lines every rendering of `summaryReport` must print, in this order, before its body. */
export const SUMMARY_REPORT_HEAD = [
  'CỤM THI ĐUA SỐ 3',
  'LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH SƠN LA',
  'Số: 05/BC-LHH',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Sơn La, ngày 27 tháng 11 năm 2023',
  'BÁO CÁO',
  'I. ĐẶC ĐIỂM TÌNH HÌNH',
];

export const minutes: OfficialDocument = {
  type: 'BB',
  header: { superiorBody: VUSTA, issuingBody: 'Cụm thi đua số 3', number: documentNumber(1, 'BB', 'CTĐ3') },
  summary: 'Hội thảo tổng kết công tác thi đua, khen thưởng năm 2023',
  body: [
    { kind: 'paragraph', text: 'Thời gian bắt đầu: 08 giờ 00, ngày 27 tháng 11 năm 2023.' },
    { kind: 'paragraph', text: 'Địa điểm: tỉnh Sơn La.' },
    { kind: 'paragraph', text: `Thành phần tham dự: đại diện 8/8 đơn vị thành viên: ${MEMBERS_2023.join(', ')}.` },
    { kind: 'paragraph', text: `Chủ trì (chủ tọa): ${SON_LA}, Cụm trưởng năm 2023.` },
    { kind: 'heading', number: 1, title: 'Kết quả bỏ phiếu' },
    { kind: 'paragraph', number: 1, text: 'Suy tôn Cờ thi đua: Sơn La 8/8 phiếu (100%); Hòa Bình 7/8 phiếu (87,5%).' },
    { kind: 'paragraph', number: 2, text: 'Bầu Cụm phó năm 2024: Yên Bái 8/8 phiếu; Cụm trưởng năm 2024: Lào Cai.' },
    { kind: 'paragraph', text: 'Cuộc họp kết thúc vào 11 giờ 30, ngày 27 tháng 11 năm 2023.' },
  ],
  recipients: [VUSTA, 'Các đơn vị trong Cụm', 'Lưu: Hồ sơ'],
  signatures: [
    { position: 'Thư ký', name: 'Lò Thị Mai' },
    { position: 'Chủ tọa', name: 'Nguyễn Văn Thắng' },
  ],
};

export const proposal: OfficialDocument = {
  type: 'TTr',
  header: {
    issuingBody: SON_LA,
    number: documentNumber(12, 'TTr', 'LHH'),
    placeAndDate: placeAndDate('Sơn La', '2023-12-05'),
  },
  summary: 'Về việc đề nghị tặng Cờ thi đua năm 2023',
  addressees: [VUSTA],
  legalBases: [
    'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
    `Căn cứ Biên bản Hội thảo tổng kết của Cụm thi đua số 3 ngày ${shortDate('2023-11-27')}`,
  ],
  body: [{ kind: 'paragraph', text: 'Cụm thi đua số 3 đề nghị tặng Cờ thi đua cho tỉnh Sơn La và tỉnh Hòa Bình.' }],
  recipients: ['Như trên', 'Lưu: VT'],
  signatures: [{ authority: 'KT. Chủ tịch', position: 'Phó Chủ tịch', name: 'Cầm Văn Hùng' }],
};

export const newsItem: NewsArticle = {
  headline: 'Hội thảo tổng kết công tác thi đua, khen thưởng năm 2023',
  dateline: shortDate('2023-11-27'),
  paragraphs: [
    `Ngày 27/11, tại tỉnh Sơn La, Cụm thi đua số 3, ${VUSTA} đã tổ chức Hội thảo tổng kết công tác thi đua, khen thưởng năm 2023.`,
    `Cụm thi đua số 3 có 8 Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh, gồm: ${MEMBERS_2023.join(', ')}.`,
    `Tại Hội thảo, các đơn vị đã suy tôn, đề nghị ${VUSTA} tặng Cờ thi đua cho ${SON_LA} và tỉnh Hòa Bình.`,
  ],
  byline: 'Tin, ảnh: Trần Hiền',
};

export const overview: TabularReport = {
  title: 'Tổng hợp công tác thi đua các Cụm năm 2023',
  sheets: [
    {
      name: 'Cụm thi đua 2023',
      title: 'Tổng hợp công tác thi đua các Cụm năm 2023',
      columns: [
        { header: 'Cụm', width: 3 },
        { header: 'Cụm trưởng', width: 4 },
        { header: 'Cụm phó', width: 4 },
        { header: 'Số hội nghị', width: 2 },
        { header: 'Cờ thi đua đề nghị', width: 2 },
        { header: 'Tỷ lệ phiếu (%)', width: 2 },
      ],
      rows: [
        ['Cụm thi đua số 3', 'Sơn La', 'Yên Bái', 2, 2, 87.5],
        ['Cụm thi đua số 6', 'Quảng Ninh', null, 1, 1, 100],
      ],
    },
  ],
};

export const awardsChart: BarChart = {
  title: 'Cờ thi đua theo Cụm, 2021–2023',
  valueLabel: 'Số Cờ thi đua',
  categories: ['Cụm số 1', 'Cụm số 3', 'Cụm số 6'],
  series: [
    { name: '2021', values: [1, 2, 0] },
    { name: '2022', values: [2, 1, 1] },
    { name: '2023', values: [1, 2, 1] },
  ],
};
