import { defineErrors, type MessageCatalogue, staleVersion } from '../platform/i18n/messages.js';
import { type LocalizedText, text } from '../platform/i18n/locale.js';
import { formatDate, type IsoDate } from '../platform/time/calendar.js';

/** 2025-07-01 → 01/07/2025, as Vietnamese readers write dates. */
const vi = (date: IsoDate) => formatDate(date, 'vi');

const ONE_CLUSTER_RULE = text(
  'Mỗi năm, một đơn vị chỉ thuộc một cụm của cùng một đơn vị tổ chức thi đua.',
  'In any year a unit belongs to at most one cluster of the same owner.',
);

/** The registry's domain errors: code, HTTP kind and the sentence the user reads (Vietnamese, English). */
export const REGISTRY_ERRORS = defineErrors('registry', {
  'REGISTRY.ORGANIZATION_NOT_FOUND': {
    kind: 'not_found',
    message: (id: string) => text(`Không tìm thấy đơn vị có mã định danh ${id}.`, `No unit has the id ${id}.`),
  },
  'REGISTRY.ORGANIZATION_CODE_TAKEN': {
    kind: 'conflict',
    message: (code: string) => text(`Mã đơn vị "${code}" đã được dùng cho một đơn vị khác.`, `The unit code "${code}" is already in use.`),
  },
  /** Titled by the rule's own reason (see `renameViolation`). */
  'REGISTRY.RENAME_REFUSED': {
    kind: 'unprocessable',
    message: (reason: LocalizedText) => reason,
  },
  'REGISTRY.ORGANIZATION_NAMES_OVERLAP': {
    kind: 'conflict',
    message: text(
      'Thời gian dùng tên này trùng với một tên khác của đơn vị; hãy tải lại và thử lại.',
      'The period of this name overlaps another name of the unit; reload and try again.',
    ),
  },
  'REGISTRY.MERGER_REFUSED': {
    kind: 'unprocessable',
    message: text(
      'Không thể sáp nhập các đơn vị này; xem chi tiết từng lỗi. Chưa có gì thay đổi.',
      'The merger cannot be made; see each error. Nothing was changed.',
    ),
  },
  'REGISTRY.MERGER_SUCCESSOR_AMBIGUOUS': {
    kind: 'bad_request',
    message: text(
      'Chỉ gửi mã định danh (id) của đơn vị kế thừa đã có, hoặc thông tin của đơn vị mới (code, fullName, shortName, kind), không gửi cả hai.',
      'Give either the id of an existing successor or the new unit (code, fullName, shortName, kind), not both.',
    ),
  },
  'REGISTRY.CLUSTER_NOT_FOUND': {
    kind: 'not_found',
    message: (id: string) => text(`Không tìm thấy cụm thi đua có mã định danh ${id}.`, `No cluster has the id ${id}.`),
  },
  'REGISTRY.CLUSTER_CODE_TAKEN': {
    kind: 'conflict',
    message: text('Mã cụm này đã được dùng cho một cụm khác.', 'Another cluster already has this code.'),
  },
  'REGISTRY.CLUSTER_NUMBER_TAKEN': {
    kind: 'conflict',
    message: text(
      'Đơn vị tổ chức này đã có một cụm (khối) cùng loại mang số này.',
      'This owner already has a cluster (block) of the same kind with this number.',
    ),
  },
  'REGISTRY.CLUSTER_OWNER_UNKNOWN': {
    kind: 'unprocessable',
    message: text('Không tìm thấy đơn vị tổ chức thi đua của cụm.', 'The organization that runs the cluster does not exist.'),
  },
  'REGISTRY.ROTATION_ORDER_UNKNOWN_UNITS': {
    kind: 'unprocessable',
    message: text('Thứ tự luân phiên chứa đơn vị không có trong danh mục.', 'The rotation order names units that do not exist.'),
  },
  'REGISTRY.CLUSTER_STALE': {
    kind: 'conflict',
    message: (current: number) => staleVersion(text('Cụm đã được sửa bởi người khác', 'the cluster'), current),
  },
  'REGISTRY.ORGANIZATION_UNKNOWN': {
    kind: 'unprocessable',
    message: text('Không tìm thấy đơn vị.', 'The organization does not exist.'),
  },
  'REGISTRY.MEMBERSHIP_PERIOD_INVALID': {
    kind: 'unprocessable',
    message: (unitName: string) =>
      text(`${unitName} không thể là thành viên trong các năm đã chọn.`, `${unitName} cannot be a member in the years given.`),
  },
  'REGISTRY.ALREADY_IN_CLUSTER_OF_OWNER': {
    kind: 'conflict',
    message: (unitName?: string, other?: { clusterName: string; fromYear: number; toYear: number | null }): LocalizedText => {
      const detail =
        unitName && other
          ? text(
              `${unitName} đã là thành viên của ${other.clusterName} (${other.fromYear}–${other.toYear ?? 'nay'}), cụm của cùng đơn vị tổ chức. `,
              `${unitName} is already a member of ${other.clusterName} (${other.fromYear}–${other.toYear ?? 'now'}), a cluster of the same owner. `,
            )
          : text(
              'Đơn vị đã thuộc một cụm của cùng đơn vị tổ chức trong những năm này. ',
              'The unit is already in a cluster of the same owner in these years. ',
            );
      return text(detail.vi + ONE_CLUSTER_RULE.vi, detail.en + ONE_CLUSTER_RULE.en);
    },
  },
  'REGISTRY.NO_OPEN_MEMBERSHIP': {
    kind: 'not_found',
    message: (organizationId: string) =>
      text(
        `Đơn vị ${organizationId} không có tư cách thành viên đang mở trong cụm này.`,
        `The unit ${organizationId} has no open membership in this cluster.`,
      ),
  },
  'REGISTRY.MEMBERSHIP_END_BEFORE_START': {
    kind: 'unprocessable',
    message: text('Năm cuối không hợp lệ.', 'The last year is invalid.'),
  },
  'REGISTRY.MEMBERSHIP_HOLDS_TERM': {
    kind: 'conflict',
    message: (unitName: string, years: number[]) =>
      text(
        `${unitName} là cụm trưởng hoặc cụm phó năm ${years.join(', ')}, nên không thể thôi làm thành viên trước đó. Hãy sửa nhiệm kỳ các năm này trước.`,
        `${unitName} chairs or vice-chairs the cluster in ${years.join(', ')}, so its membership cannot end before then. Change those terms first.`,
      ),
  },
  'REGISTRY.TERM_NOT_FOUND': {
    kind: 'not_found',
    message: (year: number) => text(`Cụm chưa có nhiệm kỳ năm ${year}.`, `The cluster has no term for ${year}.`),
  },
  'REGISTRY.TERM_HOLDER_NOT_MEMBER': {
    kind: 'unprocessable',
    message: (year: number) =>
      text(
        `Cụm trưởng và cụm phó phải là thành viên của cụm trong năm ${year}.`,
        `The chair and vice-chair must be members of the cluster in ${year}.`,
      ),
  },
  'REGISTRY.CHAIR_IS_VICE_CHAIR': {
    kind: 'unprocessable',
    message: text('Cụm trưởng và cụm phó phải là hai đơn vị khác nhau.', 'The chair and vice-chair must be different units.'),
  },
  'REGISTRY.TERM_VERSION_REQUIRED': {
    kind: 'conflict',
    message: (year: number, current: number) =>
      text(
        `Năm ${year} đã có nhiệm kỳ (phiên bản ${current}). Muốn thay thế, hãy gửi kèm version đã đọc; chưa có gì được lưu.`,
        `The ${year} term already exists (version ${current}). Send the version you read to replace it; nothing was saved.`,
      ),
  },
  'REGISTRY.TERM_STALE': {
    kind: 'conflict',
    message: (year: number, current: number | null) =>
      current === null
        ? text(
            `Năm ${year} chưa có nhiệm kỳ để thay thế: bỏ version để tạo mới; chưa có gì được lưu.`,
            `There is no ${year} term to replace: leave out the version to create one; nothing was saved.`,
          )
        : staleVersion(text(`Nhiệm kỳ năm ${year} đã được sửa bởi người khác`, `the ${year} term`), current),
  },
  'REGISTRY.TERM_EXISTS': {
    kind: 'conflict',
    message: text(
      'Nhiệm kỳ năm này vừa được tạo. Hãy tải lại rồi gửi kèm version để thay thế; chưa có gì được lưu.',
      'The term for this year was just created. Reload and send its version to replace it; nothing was saved.',
    ),
  },
  'REGISTRY.TERM_CLOSED': {
    kind: 'conflict',
    message: (year: number) =>
      text(
        `Năm ${year} của cụm đã khoá sổ; chỉ cán bộ Liên hiệp Hội Việt Nam mới được sửa.`,
        `The cluster's year ${year} is closed; only VUSTA staff may correct it.`,
      ),
  },
});

/** The registry's other user text: field errors and the reasons its rules give. */
export const REGISTRY_MESSAGES = {
  codeTaken: text('Mã cụm đã tồn tại.', 'The code is taken.'),
  numberTaken: text('Số cụm đã được dùng.', 'The number is taken.'),
  noOrganizationWithId: (id: string) => text(`Không có đơn vị nào mang mã định danh ${id}.`, `No organization has the id ${id}.`),
  noOwner: text('Không có đơn vị nào mang mã định danh này.', 'No organization has this id.'),
  noUnitsWithIds: (ids: string[]) =>
    text(`Không có đơn vị nào mang mã định danh: ${ids.join(', ')}.`, `No organization has the id: ${ids.join(', ')}.`),
  staleVersion: text('Phiên bản đã cũ.', 'The version is stale.'),
  versionMismatch: text('Phiên bản không khớp.', 'The version does not match.'),
  versionRequired: text('Bắt buộc khi nhiệm kỳ đã có.', 'Required when the term exists.'),
  inAnotherCluster: text('Đơn vị đã thuộc một cụm khác trong những năm này.', 'The unit is in another cluster in these years.'),
  lastYearBeforeStart: (lastYear: number, fromYear: number) =>
    text(
      `Năm cuối (${lastYear}) không được trước năm bắt đầu làm thành viên (${fromYear}).`,
      `The last year (${lastYear}) cannot be before the membership began (${fromYear}).`,
    ),
  lastYearFrom: (year: number) => text(`Phải từ năm ${year} trở đi.`, `Must be ${year} or later.`),
  viceChairIsChair: text('Cụm phó trùng với cụm trưởng.', 'The vice-chair is the chair.'),
  notAMember: (shortName: string, year: number) =>
    text(`${shortName} không phải thành viên của cụm trong năm ${year}.`, `${shortName} is not a member of the cluster in ${year}.`),

  // Membership years (membership.rules.ts)
  yearsReversed: (toYear: number, fromYear: number) =>
    text(
      `Năm kết thúc (${toYear}) không được trước năm bắt đầu (${fromYear}).`,
      `The last year (${toYear}) cannot be before the first year (${fromYear}).`,
    ),
  memberBeforeUnitBegan: (activeFrom: IsoDate, fromYear: number) =>
    text(
      `Đơn vị bắt đầu hoạt động từ ngày ${vi(activeFrom)}, nên không thể là thành viên từ năm ${fromYear}.`,
      `The unit has existed only since ${activeFrom}, so it cannot be a member from ${fromYear}.`,
    ),
  memberAfterUnitEnded: (activeTo: IsoDate, fromYear: number) =>
    text(
      `Đơn vị đã ngừng hoạt động từ ngày ${vi(activeTo)}, nên không thể là thành viên năm ${fromYear}.`,
      `The unit ceased on ${activeTo}, so it cannot be a member in ${fromYear}.`,
    ),
  memberPastUnitEnd: (activeTo: IsoDate, lastYear: number) =>
    text(
      `Đơn vị ngừng hoạt động ngày ${vi(activeTo)}: năm kết thúc phải có và không được sau năm ${lastYear}.`,
      `The unit ceased on ${activeTo}: the last year is required and cannot be after ${lastYear}.`,
    ),

  // Renames (organization.rules.ts)
  renameNotAfterCurrent: (currentFrom: IsoDate) =>
    text(
      `Ngày hiệu lực của tên mới phải sau ${vi(currentFrom)}, ngày tên hiện tại bắt đầu được dùng.`,
      `The new name must take effect after ${currentFrom}, when the current name took effect.`,
    ),
  renameAfterUnitEnded: (endedOn: IsoDate) =>
    text(
      `Đơn vị đã kết thúc hoạt động ngày ${vi(endedOn)}; tên mới phải có hiệu lực trước ngày đó.`,
      `The unit ended on ${endedOn}; the new name must take effect before then.`,
    ),

  // Mergers (merger.rules.ts)
  alreadyListed: text('Đơn vị này đã có trong danh sách.', 'This unit is already in the list.'),
  successorIsSource: text('Đơn vị kế thừa không được là một đơn vị bị sáp nhập.', 'The successor cannot be one of the merged units.'),
  unitNotFound: (id: string) => text(`Không tìm thấy đơn vị ${id}.`, `Unit ${id} was not found.`),
  seatAfterMerger: (unit: string, clusterName: string, fromYear: number) =>
    text(
      `${unit} đã được xếp vào ${clusterName} từ năm ${fromYear}, sau khi sáp nhập; hãy gỡ tư cách thành viên đó trước.`,
      `${unit} is a member of ${clusterName} from ${fromYear}, after the merger; remove that membership first.`,
    ),
  leadsAfterMerger: (unit: string, role: 'chair' | 'vice_chair', clusterName: string, year: number) =>
    text(
      `${unit} là ${role === 'chair' ? 'cụm trưởng' : 'cụm phó'} của ${clusterName} năm ${year}; hãy đổi nhiệm kỳ đó trước khi sáp nhập.`,
      `${unit} is the ${role === 'chair' ? 'chair' : 'vice-chair'} of ${clusterName} in ${year}; change that term before the merger.`,
    ),
  sourceEnded: (unit: string, activeTo: IsoDate) =>
    text(`${unit} đã kết thúc hoạt động ngày ${vi(activeTo)}.`, `${unit} already ended on ${activeTo}.`),
  sourceBeganOnOrAfterMerger: (unit: string, activeFrom: IsoDate, effectiveDate: IsoDate) =>
    text(
      `${unit} chỉ hoạt động từ ${vi(activeFrom)}, không trước ngày sáp nhập ${vi(effectiveDate)}.`,
      `${unit} is active only from ${activeFrom}, not before the merger on ${effectiveDate}.`,
    ),
  sourceRenamedAfterEnd: (unit: string, nameFrom: IsoDate, endsOn: IsoDate) =>
    text(
      `${unit} có tên mới hiệu lực từ ${vi(nameFrom)}, sau ngày kết thúc ${vi(endsOn)}.`,
      `${unit} has a new name from ${nameFrom}, after its last day ${endsOn}.`,
    ),
  successorEnded: (unit: string, activeTo: IsoDate) =>
    text(`Đơn vị kế thừa ${unit} đã kết thúc hoạt động ngày ${vi(activeTo)}.`, `The successor ${unit} ended on ${activeTo}.`),
  successorBeganAfterMerger: (unit: string, activeFrom: IsoDate) =>
    text(
      `Đơn vị kế thừa ${unit} chỉ hoạt động từ ${vi(activeFrom)}, sau ngày sáp nhập.`,
      `The successor ${unit} is active only from ${activeFrom}, after the merger.`,
    ),
  notASourceCluster: (clusterId: string, year: number) =>
    text(
      `Cụm ${clusterId} không phải cụm mà các đơn vị bị sáp nhập tham gia năm ${year}.`,
      `Cluster ${clusterId} is not a cluster the merged units belonged to in ${year}.`,
    ),
  chooseSuccessorCluster: (year: number, clusterNames: string) =>
    text(
      `Năm ${year} các đơn vị bị sáp nhập thuộc các cụm khác nhau của cùng một đơn vị tổ chức (${clusterNames}); hãy chọn đúng một cụm cho đơn vị kế thừa trong successorClusterIds.`,
      `In ${year} the merged units belonged to different clusters of one owner (${clusterNames}); choose exactly one for the successor in successorClusterIds.`,
    ),

  // Rotation proposals (rotation.rules.ts)
  noMembers: (year: number) =>
    text(
      `Cụm không có thành viên nào trong năm ${year}, nên không thể đề xuất cụm trưởng.`,
      `The cluster has no members in ${year}, so no chair can be proposed.`,
    ),
  noPreviousTerm: (previousYear: number) =>
    text(
      `Không có nhiệm kỳ năm ${previousYear}, nên không có cụm phó để kế nhiệm cụm trưởng.`,
      `No term was recorded for ${previousYear}, so there is no vice-chair to succeed as chair.`,
    ),
  noViceChairToSucceed: (previousYear: number, chair: string) =>
    text(
      `Nhiệm kỳ năm ${previousYear} (cụm trưởng ${chair}) không có cụm phó để kế nhiệm.`,
      `The ${previousYear} term (chair ${chair}) had no vice-chair to succeed.`,
    ),
  viceChairSucceeds: (vice: string, previousYear: number, year: number) =>
    text(
      `${vice} là cụm phó năm ${previousYear} nên kế nhiệm cụm trưởng năm ${year}.`,
      `${vice} was vice-chair in ${previousYear}, so it succeeds as chair in ${year}.`,
    ),
  viceChairNoLongerMember: (vice: string, previousYear: number, year: number) =>
    text(
      `${vice}, cụm phó năm ${previousYear}, không còn là thành viên của cụm năm ${year}.`,
      `${vice}, vice-chair in ${previousYear}, is no longer a member in ${year}.`,
    ),
  noOrderViceChairElected: (year: number) =>
    text(
      `Cụm chưa lưu thứ tự luân phiên: cụm phó năm ${year} do hội nghị cụm bầu.`,
      `The cluster has no stored rotation order: the ${year} vice-chair is elected by the cluster conference.`,
    ),
  noOrderBothElected: (year: number) =>
    text(
      `Cụm chưa lưu thứ tự luân phiên: cụm trưởng và cụm phó năm ${year} do hội nghị cụm bầu.`,
      `The cluster has no stored rotation order: the ${year} chair and vice-chair are elected by the cluster conference.`,
    ),
  roundRobinWithoutOrder: text(
    'Quy tắc của cụm là luân phiên theo thứ tự, nhưng cụm chưa lưu thứ tự luân phiên.',
    'The cluster rotates in a stored order, but no order is stored.',
  ),
  electedNothingProposed: (year: number) =>
    text(
      `Quy tắc của cụm là bầu: cụm trưởng và cụm phó năm ${year} do hội nghị cụm bầu, không đề xuất sẵn.`,
      `The cluster elects its chair and vice-chair for ${year} at its conference; nothing is proposed.`,
    ),
  electableMembers: (count: number, year: number) =>
    text(
      `Có ${count} thành viên năm ${year} có thể được bầu; xếp trước các đơn vị chưa làm cụm trưởng hoặc làm đã lâu nhất.`,
      `${count} members of ${year} can be elected; those who never chaired, or chaired longest ago, come first.`,
    ),
  chairedLastYear: (chair: string, previousYear: number) =>
    text(`${chair} là cụm trưởng năm ${previousYear}.`, `${chair} chaired the cluster in ${previousYear}.`),
  noTermBefore: (year: number) =>
    text(
      `Cụm chưa có nhiệm kỳ nào trước năm ${year}: bắt đầu từ đầu thứ tự luân phiên.`,
      `The cluster has no term before ${year}: starting from the top of the rotation order.`,
    ),
  latestChair: (chair: string, chairYear: number, lastYear: boolean) =>
    text(
      `Cụm trưởng năm ${chairYear} là ${chair}${lastYear ? '' : ` (nhiệm kỳ gần nhất, năm ${chairYear})`}.`,
      `${chair} chaired the cluster in ${chairYear}${lastYear ? '' : ' (the latest term)'}.`,
    ),
  chairNotInOrder: (chair: string) =>
    text(
      `${chair} không có trong thứ tự luân phiên: bắt đầu từ đầu thứ tự.`,
      `${chair} is not in the rotation order: starting from the top.`,
    ),
  nextInOrder: (unit: string, year: number) =>
    text(
      `Theo thứ tự luân phiên, ${unit} là đơn vị kế tiếp: đề xuất làm cụm trưởng năm ${year}.`,
      `${unit} comes next in the rotation order: proposed as chair for ${year}.`,
    ),
  noMemberInOrder: (year: number) =>
    text(
      `Không đơn vị nào trong thứ tự luân phiên là thành viên năm ${year}: cụm trưởng do hội nghị cụm bầu.`,
      `No unit in the rotation order is a member in ${year}: the chair is elected by the cluster conference.`,
    ),
  viceChairFromTop: (chair: string) =>
    text(
      `${chair} không có trong thứ tự luân phiên: cụm phó lấy từ đầu thứ tự.`,
      `${chair} is not in the rotation order: the vice-chair is taken from the top.`,
    ),
  viceChairNextInOrder: (vice: string, chair: string) =>
    text(
      `Cụm phó: ${vice}, đơn vị kế tiếp ${chair} trong thứ tự luân phiên.`,
      `Vice-chair: ${vice}, next after ${chair} in the rotation order.`,
    ),
  noOtherMemberInOrder: (year: number) =>
    text(
      `Không còn đơn vị nào khác trong thứ tự luân phiên là thành viên năm ${year}: cụm phó do hội nghị cụm bầu.`,
      `No other unit in the rotation order is a member in ${year}: the vice-chair is elected by the cluster conference.`,
    ),
  skippedNonMembers: (names: string, year: number) =>
    text(`Bỏ qua ${names} vì không phải thành viên của cụm năm ${year}.`, `Skipped ${names}: not a member in ${year}.`),
} satisfies MessageCatalogue;
