import { type LocalizedText, text } from '../../platform/i18n/locale.js';
import type { RotationRule } from '../clusters/cluster.rules.js';

export interface RotationUnit {
  id: string;
  shortName: string;
}

export interface RotationInput<U extends RotationUnit> {
  rule: RotationRule;
  /** The year a chair (cụm trưởng) and vice-chair (cụm phó) are proposed for. */
  year: number;
  /** The cluster's members in `year`, in the order they are listed. */
  members: U[];
  /** The term of `year − 1`, if one was recorded. */
  previousTerm: { chair: U; viceChair: U | null } | null;
  /** The stored order the chair passes round in; may be empty. */
  rotationOrder: U[];
  /** The chairs of the years before `year`. */
  chairHistory: { year: number; chair: U }[];
}

export interface EligibleUnit<U> {
  unit: U;
  /** The last year before the proposal's year in which this unit chaired the cluster. */
  lastChairedYear: number | null;
}

export interface RotationProposal<U> {
  chair: U | null;
  viceChair: U | null;
  /** Every member of the year, those who have not chaired for longest first. */
  eligible: EligibleUnit<U>[];
  reasons: LocalizedText[];
}

type Decision<U> = Omit<RotationProposal<U>, 'eligible'>;

/** Proposes next year's chair and vice-chair by the cluster's rotation rule, saying why. */
export function proposeTerm<U extends RotationUnit>(input: RotationInput<U>): RotationProposal<U> {
  const eligible = rankByLastChaired(input);
  if (input.members.length === 0) {
    return {
      chair: null,
      viceChair: null,
      eligible,
      reasons: [
        text(
          `Cụm không có thành viên nào trong năm ${input.year}, nên không thể đề xuất cụm trưởng.`,
          `The cluster has no members in ${input.year}, so no chair can be proposed.`,
        ),
      ],
    };
  }
  const decide: Record<RotationRule, (input: RotationInput<U>) => Decision<U>> = {
    vice_chair_succeeds: viceChairSucceeds,
    round_robin: roundRobin,
    elected,
  };
  return { ...decide[input.rule](input), eligible };
}

/** Last year's vice-chair becomes chair; when that is impossible the stored order decides, if there is one. */
function viceChairSucceeds<U extends RotationUnit>(input: RotationInput<U>): Decision<U> {
  const { year, previousTerm } = input;
  const reasons: LocalizedText[] = [];
  let chair: U | null = null;
  if (!previousTerm) {
    reasons.push(
      text(
        `Không có nhiệm kỳ năm ${year - 1}, nên không có cụm phó để kế nhiệm cụm trưởng.`,
        `No term was recorded for ${year - 1}, so there is no vice-chair to succeed as chair.`,
      ),
    );
  } else if (!previousTerm.viceChair) {
    reasons.push(
      text(
        `Nhiệm kỳ năm ${year - 1} (cụm trưởng ${previousTerm.chair.shortName}) không có cụm phó để kế nhiệm.`,
        `The ${year - 1} term (chair ${previousTerm.chair.shortName}) had no vice-chair to succeed.`,
      ),
    );
  } else {
    const vice = previousTerm.viceChair;
    chair = memberOf(input, vice.id);
    reasons.push(
      chair
        ? text(
            `${vice.shortName} là cụm phó năm ${year - 1} nên kế nhiệm cụm trưởng năm ${year}.`,
            `${vice.shortName} was vice-chair in ${year - 1}, so it succeeds as chair in ${year}.`,
          )
        : text(
            `${vice.shortName}, cụm phó năm ${year - 1}, không còn là thành viên của cụm năm ${year}.`,
            `${vice.shortName}, vice-chair in ${year - 1}, is no longer a member in ${year}.`,
          ),
    );
  }
  if (input.rotationOrder.length === 0) {
    reasons.push(
      chair
        ? text(
            `Cụm chưa lưu thứ tự luân phiên: cụm phó năm ${year} do hội nghị cụm bầu.`,
            `The cluster has no stored rotation order: the ${year} vice-chair is elected by the cluster conference.`,
          )
        : noOrderReason(year),
    );
    return { chair, viceChair: null, reasons };
  }
  chair ??= chairFromOrder(input, reasons);
  return { chair, viceChair: chair && viceChairFromOrder(input, chair, reasons), reasons };
}

/** The chair passes to the next member in the stored order; the vice-chair is the one after. */
function roundRobin<U extends RotationUnit>(input: RotationInput<U>): Decision<U> {
  if (input.rotationOrder.length === 0) {
    return {
      chair: null,
      viceChair: null,
      reasons: [
        text(
          'Quy tắc của cụm là luân phiên theo thứ tự, nhưng cụm chưa lưu thứ tự luân phiên.',
          'The cluster rotates in a stored order, but no order is stored.',
        ),
        noOrderReason(input.year),
      ],
    };
  }
  const reasons: LocalizedText[] = [];
  const chair = chairFromOrder(input, reasons);
  return { chair, viceChair: chair && viceChairFromOrder(input, chair, reasons), reasons };
}

/** The conference elects: no proposal, only the members ranked by how long ago they chaired. */
function elected<U extends RotationUnit>(input: RotationInput<U>): Decision<U> {
  const { year, previousTerm } = input;
  const reasons = [
    text(
      `Quy tắc của cụm là bầu: cụm trưởng và cụm phó năm ${year} do hội nghị cụm bầu, không đề xuất sẵn.`,
      `The cluster elects its chair and vice-chair for ${year} at its conference; nothing is proposed.`,
    ),
    text(
      `Có ${input.members.length} thành viên năm ${year} có thể được bầu; xếp trước các đơn vị chưa làm cụm trưởng hoặc làm đã lâu nhất.`,
      `${input.members.length} members of ${year} can be elected; those who never chaired, or chaired longest ago, come first.`,
    ),
  ];
  if (previousTerm) {
    reasons.push(
      text(
        `${previousTerm.chair.shortName} là cụm trưởng năm ${year - 1}.`,
        `${previousTerm.chair.shortName} chaired the cluster in ${year - 1}.`,
      ),
    );
  }
  return { chair: null, viceChair: null, reasons };
}

/** The member after the latest chair in the stored order, skipping units that are not members this year. */
function chairFromOrder<U extends RotationUnit>(input: RotationInput<U>, reasons: LocalizedText[]): U | null {
  const { year } = input;
  const last = latestChair(input);
  if (!last) {
    reasons.push(
      text(
        `Cụm chưa có nhiệm kỳ nào trước năm ${year}: bắt đầu từ đầu thứ tự luân phiên.`,
        `The cluster has no term before ${year}: starting from the top of the rotation order.`,
      ),
    );
  } else {
    const when = last.year === year - 1 ? '' : ` (nhiệm kỳ gần nhất, năm ${last.year})`;
    reasons.push(
      text(
        `Cụm trưởng năm ${last.year} là ${last.chair.shortName}${when}.`,
        `${last.chair.shortName} chaired the cluster in ${last.year}${last.year === year - 1 ? '' : ' (the latest term)'}.`,
      ),
    );
    if (!inOrder(input, last.chair.id)) {
      reasons.push(
        text(
          `${last.chair.shortName} không có trong thứ tự luân phiên: bắt đầu từ đầu thứ tự.`,
          `${last.chair.shortName} is not in the rotation order: starting from the top.`,
        ),
      );
    }
  }
  const next = walkOrder(input, last?.chair.id ?? null, null, reasons);
  reasons.push(
    next
      ? text(
          `Theo thứ tự luân phiên, ${next.shortName} là đơn vị kế tiếp: đề xuất làm cụm trưởng năm ${year}.`,
          `${next.shortName} comes next in the rotation order: proposed as chair for ${year}.`,
        )
      : text(
          `Không đơn vị nào trong thứ tự luân phiên là thành viên năm ${year}: cụm trưởng do hội nghị cụm bầu.`,
          `No unit in the rotation order is a member in ${year}: the chair is elected by the cluster conference.`,
        ),
  );
  return next;
}

function viceChairFromOrder<U extends RotationUnit>(input: RotationInput<U>, chair: U, reasons: LocalizedText[]): U | null {
  const { year } = input;
  if (!inOrder(input, chair.id)) {
    reasons.push(
      text(
        `${chair.shortName} không có trong thứ tự luân phiên: cụm phó lấy từ đầu thứ tự.`,
        `${chair.shortName} is not in the rotation order: the vice-chair is taken from the top.`,
      ),
    );
  }
  const next = walkOrder(input, chair.id, chair.id, reasons);
  reasons.push(
    next
      ? text(
          `Cụm phó: ${next.shortName}, đơn vị kế tiếp ${chair.shortName} trong thứ tự luân phiên.`,
          `Vice-chair: ${next.shortName}, next after ${chair.shortName} in the rotation order.`,
        )
      : text(
          `Không còn đơn vị nào khác trong thứ tự luân phiên là thành viên năm ${year}: cụm phó do hội nghị cụm bầu.`,
          `No other unit in the rotation order is a member in ${year}: the vice-chair is elected by the cluster conference.`,
        ),
  );
  return next;
}

/**
 * Goes round the stored order from the unit after `afterId` (from the top when it is null or not in
 * the order) to the first member of the year, noting the units it passes over.
 */
function walkOrder<U extends RotationUnit>(
  input: RotationInput<U>,
  afterId: string | null,
  excludedId: string | null,
  reasons: LocalizedText[],
): U | null {
  const order = input.rotationOrder;
  const start = order.findIndex((unit) => unit.id === afterId);
  const skipped: U[] = [];
  let found: U | null = null;
  for (let step = 1; step <= order.length && !found; step++) {
    const candidate = order[(start + step) % order.length];
    if (candidate.id === excludedId) continue;
    found = memberOf(input, candidate.id);
    if (!found) skipped.push(candidate);
  }
  if (skipped.length > 0) {
    const names = skipped.map((unit) => unit.shortName).join(', ');
    reasons.push(
      text(
        `Bỏ qua ${names} vì không phải thành viên của cụm năm ${input.year}.`,
        `Skipped ${names}: not a member in ${input.year}.`,
      ),
    );
  }
  return found;
}

function noOrderReason(year: number): LocalizedText {
  return text(
    `Cụm chưa lưu thứ tự luân phiên: cụm trưởng và cụm phó năm ${year} do hội nghị cụm bầu.`,
    `The cluster has no stored rotation order: the ${year} chair and vice-chair are elected by the cluster conference.`,
  );
}

function latestChair<U extends RotationUnit>(input: RotationInput<U>): { year: number; chair: U } | null {
  if (input.previousTerm) return { year: input.year - 1, chair: input.previousTerm.chair };
  const earlier = input.chairHistory.filter((entry) => entry.year < input.year);
  return earlier.reduce<{ year: number; chair: U } | null>((latest, entry) => (!latest || entry.year > latest.year ? entry : latest), null);
}

function rankByLastChaired<U extends RotationUnit>(input: RotationInput<U>): EligibleUnit<U>[] {
  const ranked = input.members.map((unit) => {
    const years = input.chairHistory.filter((entry) => entry.chair.id === unit.id && entry.year < input.year).map((entry) => entry.year);
    return { unit, lastChairedYear: years.length > 0 ? Math.max(...years) : null };
  });
  // Never chaired first, then the longest ago; the sort is stable, so ties keep the members' order.
  return ranked.sort((a, b) => (a.lastChairedYear ?? 0) - (b.lastChairedYear ?? 0));
}

function memberOf<U extends RotationUnit>(input: RotationInput<U>, id: string): U | null {
  return input.members.find((unit) => unit.id === id) ?? null;
}

function inOrder<U extends RotationUnit>(input: RotationInput<U>, id: string): boolean {
  return input.rotationOrder.some((unit) => unit.id === id);
}
