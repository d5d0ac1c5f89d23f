import type { FieldError } from '../../platform/errors/domain-error.js';
import { dayBefore, type IsoDate, yearOf } from '../../platform/time/calendar.js';
import { REGISTRY_MESSAGES } from '../registry.messages.js';

export const LINEAGE_EVENTS = ['merger', 'split'] as const;
export type LineageEvent = (typeof LINEAGE_EVENTS)[number];

/** A unit as the merger sees it: its period of activity and the start of its latest name. */
export interface MergerUnit {
  id: string;
  shortName: string;
  activeFrom: IsoDate;
  activeTo: IsoDate | null;
  latestNameFrom: IsoDate;
}

export interface MembershipSpan {
  id: string;
  organizationId: string;
  clusterId: string;
  clusterName: string;
  ownerId: string;
  fromYear: number;
  toYear: number | null;
}

/** A term in which a unit chairs (cụm trưởng) or vice-chairs (cụm phó) a cluster. */
export interface LeadingRole {
  organizationId: string;
  clusterName: string;
  year: number;
  role: 'chair' | 'vice_chair';
}

export interface MergerRequest {
  effectiveDate: IsoDate;
  sourceIds: string[];
  /** The successor's id, or null when the merger creates a new unit on the effective date. */
  successorId: string | null;
  /** Every unit named by the request that exists, sources and successor alike. */
  units: MergerUnit[];
  memberships: MembershipSpan[];
  leadingRoles: LeadingRole[];
  successorClusterIds?: string[];
}

export interface NewMembership {
  clusterId: string;
  ownerId: string;
  fromYear: number;
  toYear: number | null;
}

export interface MergerPlan {
  /** The sources' last day (active_to) and the end of their current names. */
  sourcesEndOn: IsoDate;
  /** Memberships of the sources cut to end with the year before the merger. */
  endedMembershipIds: string[];
  lastSourceYear: number;
  successorMemberships: NewMembership[];
}

export type MergerDecision = { ok: true; plan: MergerPlan } | { ok: false; violations: FieldError[] };

/**
 * Decides a merger (sáp nhập): the sources end the day before `effectiveDate`; their memberships end
 * with the year before, and the successor takes their seats from the merger's year, so that earlier
 * years keep the members they had. Refuses what the merger cannot carry over without rewriting history.
 */
export function planMerger(request: MergerRequest): MergerDecision {
  const sourcesEndOn = dayBefore(request.effectiveDate);
  const firstSuccessorYear = yearOf(request.effectiveDate);
  const lastSourceYear = firstSuccessorYear - 1;
  const unitById = new Map(request.units.map((unit) => [unit.id, unit]));
  const violations: FieldError[] = [];

  const sources: MergerUnit[] = [];
  request.sourceIds.forEach((id, index) => {
    const field = `sourceIds[${index}]`;
    const unit = unitById.get(id);
    if (request.sourceIds.indexOf(id) !== index) {
      violations.push({ field, message: REGISTRY_MESSAGES.alreadyListed });
    } else if (id === request.successorId) {
      violations.push({
        field: 'successor.id',
        message: REGISTRY_MESSAGES.successorIsSource,
      });
    } else if (!unit) {
      violations.push({ field, message: REGISTRY_MESSAGES.unitNotFound(id) });
    } else {
      violations.push(...sourceViolations(unit, field, request.effectiveDate, sourcesEndOn));
      sources.push(unit);
    }
  });

  if (request.successorId !== null) {
    const successor = unitById.get(request.successorId);
    if (!successor) {
      violations.push({
        field: 'successor.id',
        message: REGISTRY_MESSAGES.unitNotFound(request.successorId),
      });
    } else violations.push(...successorViolations(successor, request.effectiveDate));
  }

  const fieldOf = (organizationId: string) => `sourceIds[${request.sourceIds.indexOf(organizationId)}]`;
  const nameOf = (organizationId: string) => unitById.get(organizationId)?.shortName ?? organizationId;
  const sourceIds = new Set(sources.map((source) => source.id));
  const sourceMemberships = request.memberships.filter((m) => sourceIds.has(m.organizationId));

  for (const m of sourceMemberships.filter((m) => m.fromYear >= firstSuccessorYear)) {
    violations.push({
      field: fieldOf(m.organizationId),
      message: REGISTRY_MESSAGES.seatAfterMerger(nameOf(m.organizationId), m.clusterName, m.fromYear),
    });
  }
  for (const role of request.leadingRoles.filter((r) => sourceIds.has(r.organizationId) && r.year >= firstSuccessorYear)) {
    violations.push({
      field: fieldOf(role.organizationId),
      message: REGISTRY_MESSAGES.leadsAfterMerger(nameOf(role.organizationId), role.role, role.clusterName, role.year),
    });
  }

  const continuing = sourceMemberships.filter((m) => m.fromYear <= lastSourceYear && (m.toYear === null || m.toYear >= firstSuccessorYear));
  const seats = successorSeats(request, continuing, firstSuccessorYear);
  violations.push(...seats.violations);

  if (violations.length > 0) return { ok: false, violations };
  return {
    ok: true,
    plan: {
      sourcesEndOn,
      lastSourceYear,
      endedMembershipIds: continuing.map((m) => m.id),
      successorMemberships: seats.memberships,
    },
  };
}

function sourceViolations(unit: MergerUnit, field: string, effectiveDate: IsoDate, endsOn: IsoDate): FieldError[] {
  if (unit.activeTo !== null) {
    return [
      {
        field,
        message: REGISTRY_MESSAGES.sourceEnded(unit.shortName, unit.activeTo),
      },
    ];
  }
  if (unit.activeFrom >= effectiveDate) {
    return [
      {
        field,
        message: REGISTRY_MESSAGES.sourceBeganOnOrAfterMerger(unit.shortName, unit.activeFrom, effectiveDate),
      },
    ];
  }
  if (unit.latestNameFrom > endsOn) {
    return [
      {
        field,
        message: REGISTRY_MESSAGES.sourceRenamedAfterEnd(unit.shortName, unit.latestNameFrom, endsOn),
      },
    ];
  }
  return [];
}

function successorViolations(unit: MergerUnit, effectiveDate: IsoDate): FieldError[] {
  if (unit.activeTo !== null) {
    return [
      {
        field: 'successor.id',
        message: REGISTRY_MESSAGES.successorEnded(unit.shortName, unit.activeTo),
      },
    ];
  }
  if (unit.activeFrom > effectiveDate) {
    return [
      {
        field: 'successor.id',
        message: REGISTRY_MESSAGES.successorBeganAfterMerger(unit.shortName, unit.activeFrom),
      },
    ];
  }
  return [];
}

/**
 * The successor joins, for each owner (VUSTA…), the cluster the sources were in, unless it already
 * belongs to one of that owner's clusters in the merger's year. Sources spread over several clusters
 * of one owner need the caller to choose one in `successorClusterIds`.
 */
function successorSeats(
  request: MergerRequest,
  continuing: MembershipSpan[],
  firstYear: number,
): { memberships: NewMembership[]; violations: FieldError[] } {
  const chosen = request.successorClusterIds ?? [];
  const field = 'successorClusterIds';
  const seatedOwners = new Set(
    request.memberships
      .filter((m) => m.organizationId === request.successorId && m.fromYear <= firstYear && (m.toYear === null || m.toYear >= firstYear))
      .map((m) => m.ownerId),
  );
  const byOwner = new Map<string, MembershipSpan[]>();
  for (const m of continuing.filter((m) => !seatedOwners.has(m.ownerId))) {
    byOwner.set(m.ownerId, [...(byOwner.get(m.ownerId) ?? []), m]);
  }
  const memberships: NewMembership[] = [];
  const violations: FieldError[] = [];
  const candidates = new Set(continuing.map((m) => m.clusterId));

  for (const clusterId of chosen.filter((id) => !candidates.has(id))) {
    violations.push({
      field,
      message: REGISTRY_MESSAGES.notASourceCluster(clusterId, firstYear - 1),
    });
  }
  for (const [ownerId, spans] of byOwner) {
    const clusters = [...new Set(spans.map((m) => m.clusterId))];
    const picked = clusters.length === 1 ? clusters : clusters.filter((id) => chosen.includes(id));
    if (picked.length !== 1) {
      const names = [...new Set(spans.map((m) => m.clusterName))].join(', ');
      violations.push({
        field,
        message: REGISTRY_MESSAGES.chooseSuccessorCluster(firstYear - 1, names),
      });
      continue;
    }
    const inCluster = spans.filter((m) => m.clusterId === picked[0]);
    const toYear = inCluster.some((m) => m.toYear === null) ? null : Math.max(...inCluster.map((m) => m.toYear ?? 0));
    memberships.push({ clusterId: picked[0], ownerId, fromYear: firstYear, toYear });
  }
  return { memberships, violations };
}
