import type { LocalizedText } from '../../platform/i18n/locale.js';
import type { RotationRule } from '../clusters/cluster.rules.js';
import { REGISTRY_MESSAGES } from '../registry.messages.js';

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
      reasons: [REGISTRY_MESSAGES.noMembers(input.year)],
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
    reasons.push(REGISTRY_MESSAGES.noPreviousTerm(year - 1));
  } else if (!previousTerm.viceChair) {
    reasons.push(REGISTRY_MESSAGES.noViceChairToSucceed(year - 1, previousTerm.chair.shortName));
  } else {
    const vice = previousTerm.viceChair;
    chair = memberOf(input, vice.id);
    reasons.push(
      chair
        ? REGISTRY_MESSAGES.viceChairSucceeds(vice.shortName, year - 1, year)
        : REGISTRY_MESSAGES.viceChairNoLongerMember(vice.shortName, year - 1, year),
    );
  }
  if (input.rotationOrder.length === 0) {
    reasons.push(chair ? REGISTRY_MESSAGES.noOrderViceChairElected(year) : REGISTRY_MESSAGES.noOrderBothElected(year));
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
      reasons: [REGISTRY_MESSAGES.roundRobinWithoutOrder, REGISTRY_MESSAGES.noOrderBothElected(input.year)],
    };
  }
  const reasons: LocalizedText[] = [];
  const chair = chairFromOrder(input, reasons);
  return { chair, viceChair: chair && viceChairFromOrder(input, chair, reasons), reasons };
}

/** The conference elects: no proposal, only the members ranked by how long ago they chaired. */
function elected<U extends RotationUnit>(input: RotationInput<U>): Decision<U> {
  const { year, previousTerm } = input;
  const reasons = [REGISTRY_MESSAGES.electedNothingProposed(year), REGISTRY_MESSAGES.electableMembers(input.members.length, year)];
  if (previousTerm) {
    reasons.push(REGISTRY_MESSAGES.chairedLastYear(previousTerm.chair.shortName, year - 1));
  }
  return { chair: null, viceChair: null, reasons };
}

/** The member after the latest chair in the stored order, skipping units that are not members this year. */
function chairFromOrder<U extends RotationUnit>(input: RotationInput<U>, reasons: LocalizedText[]): U | null {
  const { year } = input;
  const last = latestChair(input);
  if (!last) {
    reasons.push(REGISTRY_MESSAGES.noTermBefore(year));
  } else {
    reasons.push(REGISTRY_MESSAGES.latestChair(last.chair.shortName, last.year, last.year === year - 1));
    if (!inOrder(input, last.chair.id)) {
      reasons.push(REGISTRY_MESSAGES.chairNotInOrder(last.chair.shortName));
    }
  }
  const next = walkOrder(input, last?.chair.id ?? null, null, reasons);
  reasons.push(next ? REGISTRY_MESSAGES.nextInOrder(next.shortName, year) : REGISTRY_MESSAGES.noMemberInOrder(year));
  return next;
}

function viceChairFromOrder<U extends RotationUnit>(input: RotationInput<U>, chair: U, reasons: LocalizedText[]): U | null {
  const { year } = input;
  if (!inOrder(input, chair.id)) {
    reasons.push(REGISTRY_MESSAGES.viceChairFromTop(chair.shortName));
  }
  const next = walkOrder(input, chair.id, chair.id, reasons);
  reasons.push(
    next ? REGISTRY_MESSAGES.viceChairNextInOrder(next.shortName, chair.shortName) : REGISTRY_MESSAGES.noOtherMemberInOrder(year),
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
    reasons.push(REGISTRY_MESSAGES.skippedNonMembers(skipped.map((unit) => unit.shortName).join(', '), input.year));
  }
  return found;
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
