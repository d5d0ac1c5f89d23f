import { text } from '../../platform/i18n/locale.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import type { MessageCatalogue } from '../../platform/i18n/messages.js';
import type { ClusterKind, RotationRule } from '../../registry/clusters/cluster.entity.js';
import type { LineageEvent } from '../../registry/organizations/organization-lineage.entity.js';
import type { OrganizationKind } from '../../registry/organizations/organization.entity.js';
import type { TermDecision } from '../../registry/terms/term.entity.js';

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
  proposalLead: text('Theo quy tắc luân phiên của cụm; hội nghị tổng kết quyết định.', "By the cluster's rotation rule; the year-end conference decides."),
  reasons: text('Lý do', 'Reasons'),
  timelineLabel: (name: string) => text(`Cụm trưởng và cụm phó của ${name} qua các năm`, `Chairs and vice-chairs of ${name} over the years`),
  legendChair: text('Cụm trưởng', 'Chair'),
  legendVice: text('Cụm phó', 'Vice-chair'),
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
