import { text } from '../../platform/i18n/locale.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import type { MessageCatalogue } from '../../platform/i18n/messages.js';
import type { ClusterKind, RotationRule } from '../../registry/clusters/cluster.rules.js';
import type { LineageEvent } from '../../registry/organizations/merger.rules.js';
import type { OrganizationKind } from '../../registry/organizations/organization.rules.js';
import type { TermDecision } from '../../registry/terms/term.rules.js';

export const organizationsText = {
  listTitle: text('Đơn vị', 'Units'),
  searchLabel: text('Tìm đơn vị', 'Find a unit'),
  searchHint: text('Tên, tên viết tắt hoặc mã; gõ có dấu hay không dấu đều được.', 'Name, short name or code; with or without diacritics.'),
  noResults: (q: string) => text(`Không có đơn vị nào khớp với “${q}”.`, `No unit matches “${q}”.`),
  empty: text('Chưa có đơn vị nào.', 'There are no units yet.'),
  name: text('Tên đơn vị', 'Name'),
  shortName: text('Tên viết tắt', 'Short name'),
  code: text('Mã', 'Code'),
  kind: text('Loại', 'Kind'),
  province: text('Tỉnh, thành phố', 'Province'),
  activeFrom: text('Hoạt động từ', 'Active from'),
  activeTo: text('Đến', 'Until'),
  active: text('Đang hoạt động', 'Active'),
  ended: (date: string) => text(`Đã kết thúc ${date}`, `Ended ${date}`),
  details: text('Thông tin chung', 'Details'),
  names: text('Tên gọi qua các thời kỳ', 'Names over time'),
  validFrom: text('Từ ngày', 'From'),
  validTo: text('Đến ngày', 'To'),
  current: text('hiện tại', 'current'),
  lineage: text('Sáp nhập, chia tách', 'Mergers and splits'),
  predecessors: text('Tiền thân (đã sáp nhập vào đơn vị này)', 'Predecessors (merged into this unit)'),
  successors: text('Đơn vị kế thừa', 'Successors'),
  noLineage: text('Không có sáp nhập hay chia tách nào.', 'No merger or split.'),
  effective: text('Hiệu lực', 'Effective'),
  legalBasis: text('Căn cứ', 'Legal basis'),
  history: text('Cụm thi đua theo từng năm', 'Clusters year by year'),
  noHistory: text('Chưa thuộc cụm thi đua nào.', 'Not a member of any cluster yet.'),
  year: text('Năm', 'Year'),
  cluster: text('Cụm', 'Cluster'),
  role: text('Vai trò', 'Role'),
  member: text('Thành viên', 'Member'),
  asPredecessor: (name: string) => text(`(khi còn là ${name})`, `(as ${name})`),
  timelineTitle: text('Vai trò trong cụm qua các năm', 'Role in the cluster over the years'),
  newUnit: text('Thêm đơn vị', 'Add a unit'),
  edit: text('Sửa thông tin, đổi tên', 'Edit, rename'),
  editTitle: (name: string) => text(`Sửa ${name}`, `Edit ${name}`),
  codeHint: text(
    'Mã ổn định, duy nhất: chữ, số, dấu chấm, gạch ngang, gạch dưới. Ví dụ: LHH-HOA-BINH.',
    'A stable, unique code: letters, digits, dot, hyphen, underscore. E.g. LHH-HOA-BINH.',
  ),
  fullNameHint: text(
    'Ví dụ: Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hòa Bình',
    'E.g. Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hòa Bình',
  ),
  activeFromHint: text(
    'Ngày bắt đầu hoạt động; tên đầu tiên có hiệu lực từ ngày này.',
    'The day it started; its first name holds from then.',
  ),
  chooseKind: text('— Chọn loại —', '— Choose a kind —'),
  create: text('Thêm đơn vị', 'Add the unit'),
  created: (name: string) => text(`Đã thêm ${name}.`, `${name} added.`),
  detailsForm: text('Loại và tỉnh, thành phố', 'Kind and province'),
  provinceHint: text('Để trống nếu không gắn với tỉnh nào.', 'Leave empty if it belongs to no province.'),
  saved: text('Đã lưu thay đổi.', 'Changes saved.'),
  renameForm: text('Đổi tên từ một ngày', 'Rename from a date'),
  renameLead: text('Các năm trước ngày này vẫn giữ tên cũ.', 'The years before that day keep the old name.'),
  newFullName: text('Tên mới', 'New name'),
  newShortName: text('Tên viết tắt mới', 'New short name'),
  validFromHint: text(
    'Tên mới dùng từ ngày này; tên cũ kết thúc vào ngày hôm trước.',
    'The new name holds from this day; the old one ends the day before.',
  ),
  rename: text('Đổi tên', 'Rename'),
  renamed: text('Đã đổi tên.', 'Renamed.'),
  merger: text('Sáp nhập đơn vị', 'Merge units'),
  mergeThis: text('Sáp nhập đơn vị này', 'Merge this unit'),
} satisfies MessageCatalogue;

export const mergersText = {
  title: text('Sáp nhập đơn vị', 'Merge units'),
  lead: text(
    'Các đơn vị bị sáp nhập kết thúc hoạt động vào ngày trước ngày hiệu lực; đơn vị kế thừa nhận chỗ của họ trong cụm từ năm đó. Bạn sẽ xem trước kết quả trước khi xác nhận.',
    'The merged units end the day before the effective date; the successor takes their seats in their clusters from that year. You will see the effect before confirming.',
  ),
  sources: text('Các đơn vị bị sáp nhập', 'Units merged'),
  successor: text('Đơn vị kế thừa', 'Successor'),
  existingSuccessor: text('Đơn vị đã có', 'An existing unit'),
  existingHint: text(
    'Chọn đơn vị đã có, hoặc để trống và điền đơn vị mới bên dưới.',
    'Choose an existing unit, or leave empty and fill in a new one below.',
  ),
  noExisting: text('— Đơn vị mới (điền bên dưới) —', '— A new unit (below) —'),
  newSuccessor: text('Hoặc đơn vị mới', 'Or a new unit'),
  effectiveDate: text('Ngày hiệu lực', 'Effective date'),
  effectiveHint: text('Ngày đơn vị kế thừa bắt đầu, ví dụ 2025-07-01.', 'The day the successor starts, e.g. 2025-07-01.'),
  legalBasis: text('Căn cứ pháp lý', 'Legal basis'),
  legalBasisHint: text('Ví dụ: Nghị quyết 202/2025/QH15', 'E.g. Nghị quyết 202/2025/QH15'),
  successorClusters: text('Cụm cho đơn vị kế thừa', 'Cluster for the successor'),
  successorClustersHint: text(
    'Chỉ khi các đơn vị bị sáp nhập thuộc các cụm khác nhau.',
    'Only when the merged units are in different clusters.',
  ),
  preview: text('Xem trước', 'Preview'),
  previewTitle: text('Xem trước việc sáp nhập', 'Merger preview'),
  previewLead: text(
    'Chưa có gì được lưu. Kiểm tra rồi bấm "Xác nhận sáp nhập".',
    'Nothing is saved yet. Check, then press "Confirm the merger".',
  ),
  endsOn: (name: string, date: string) => text(`${name} kết thúc hoạt động ngày ${date}.`, `${name} ends on ${date}.`),
  seatPasses: (name: string, cluster: string, year: number, successor: string) =>
    text(
      `Chỗ của ${name} trong ${cluster} chuyển cho ${successor} từ năm ${year}.`,
      `${name}'s seat in ${cluster} passes to ${successor} from ${year}.`,
    ),
  successorStarts: (name: string, date: string) =>
    text(`${name} là đơn vị kế thừa từ ngày ${date}.`, `${name} is the successor from ${date}.`),
  newUnitCreated: (name: string, code: string) =>
    text(`Đơn vị mới ${name} (mã ${code}) được tạo.`, `A new unit ${name} (code ${code}) is created.`),
  pastYears: text(
    'Các năm trước vẫn đọc như cũ: tên, thành viên và cụm trưởng của những năm đó không đổi.',
    'Earlier years read as they were: their names, members and chairs do not change.',
  ),
  confirm: text('Xác nhận sáp nhập', 'Confirm the merger'),
  change: text('Sửa lại', 'Change'),
  done: (name: string) => text(`Đã sáp nhập vào ${name}.`, `Merged into ${name}.`),
} satisfies MessageCatalogue;

export const clustersText = {
  listTitle: text('Cụm, khối thi đua', 'Emulation clusters and blocks'),
  number: text('Số', 'No.'),
  name: text('Tên cụm', 'Name'),
  kind: text('Loại', 'Kind'),
  owner: text('Đơn vị tổ chức', 'Organised by'),
  members: text('Số thành viên', 'Members'),
  rotationRule: text('Cách chọn cụm trưởng', 'How the chair is chosen'),
  empty: text('Chưa có cụm nào.', 'There are no clusters yet.'),
  year: text('Năm', 'Year'),
  showYear: text('Xem năm', 'Show year'),
  membersOf: (year: number) => text(`Thành viên năm ${year}`, `Members in ${year}`),
  noMembers: (year: number) => text(`Năm ${year} cụm chưa có thành viên.`, `The cluster had no members in ${year}.`),
  termOf: (year: number) => text(`Cụm trưởng, cụm phó năm ${year}`, `Chair and vice-chair in ${year}`),
  chair: text('Cụm trưởng', 'Chair'),
  viceChair: text('Cụm phó', 'Vice-chair'),
  none: text('Chưa có', 'None'),
  noTerm: (year: number) => text(`Chưa ghi nhận cụm trưởng năm ${year}.`, `No chair recorded for ${year}.`),
  decidedBy: text('Cách quyết định', 'Decided by'),
  closed: (date: string) => text(`Đã khoá sổ ngày ${date}`, `Closed on ${date}`),
  open: text('Chưa khoá sổ', 'Not closed yet'),
  yearStatus: text('Khoá sổ', 'Year closed'),
  supervisor: text('Phụ trách cụm', 'Supervisor'),
  termsTitle: text('Cụm trưởng, cụm phó qua các năm', 'Chairs and vice-chairs over the years'),
  noTerms: text('Chưa có nhiệm kỳ nào.', 'No term recorded yet.'),
  proposalTitle: (year: number) => text(`Đề xuất cho năm ${year}`, `Proposal for ${year}`),
  proposalLead: text(
    'Theo quy tắc luân phiên của cụm; hội nghị tổng kết quyết định.',
    "By the cluster's rotation rule; the year-end conference decides.",
  ),
  reasons: text('Lý do', 'Reasons'),
  timelineLabel: (name: string) =>
    text(`Cụm trưởng và cụm phó của ${name} qua các năm`, `Chairs and vice-chairs of ${name} over the years`),
} satisfies MessageCatalogue;

export const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, LocalizedText> = {
  national_union: text('Liên hiệp Hội toàn quốc', 'National union'),
  provincial_union: text('Liên hiệp Hội tỉnh, thành phố', 'Provincial union'),
  association: text('Hội thành viên', 'Member association'),
};

export const LINEAGE_EVENT_LABELS: Record<LineageEvent, LocalizedText> = {
  merger: text('Sáp nhập', 'Merger'),
  split: text('Chia tách', 'Split'),
};

export const CLUSTER_KIND_LABELS: Record<ClusterKind, LocalizedText> = {
  cluster: text('Cụm', 'Cluster'),
  block: text('Khối', 'Block'),
};

export const ROTATION_RULE_LABELS: Record<RotationRule, LocalizedText> = {
  vice_chair_succeeds: text('Cụm phó năm trước làm cụm trưởng', "Last year's vice-chair becomes chair"),
  round_robin: text('Luân phiên theo thứ tự', 'In turn, in a set order'),
  elected: text('Bầu tại hội nghị', 'Elected at the conference'),
};

export const TERM_DECISION_LABELS: Record<TermDecision, LocalizedText> = {
  rotation: text('Luân phiên', 'Rotation'),
  election: text('Bầu', 'Election'),
  appointment: text('Chỉ định', 'Appointment'),
};
