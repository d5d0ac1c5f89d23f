import type { Ratio } from '../../platform/numbers/ratio.js';
import type { Locale } from '../../platform/i18n/locale.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import { localize, type Localized } from '../../platform/i18n/localize.js';
import { unitsOf } from '../votes/vote-units.js';
import type { FlagProposalRow, ResolutionRepository, ResolutionRow } from './resolution.repository.js';
import { decidedIds } from './resolution.rules.js';

/** A unit the conference proposes for a flag, with the count it rests on; the nominations module picks these up. */
export interface FlagProposalView extends Omit<FlagProposalRow, 'organizationId' | 'shareNumerator' | 'shareDenominator'> {
  unit: UnitView | null;
  share: Ratio | null;
}

export interface ResolutionView extends Pick<
  ResolutionRow,
  'id' | 'meetingId' | 'voteId' | 'clusterId' | 'year' | 'subject' | 'adopted' | 'status' | 'summary' | 'appliedAt' | 'createdAt'
> {
  /** Chosen by the ballots. */
  chosen: UnitView[];
  /** Every unit decided: by the ballots, then by the chair and vice-chair. */
  decided: UnitView[];
  /** The places the last round left to the chair and vice-chair, and their decision once made. */
  fallback: {
    candidates: UnitView[];
    places: number;
    decided: UnitView[] | null;
    chair: UnitView | null;
    viceChair: UnitView | null;
    recordedBy: { userId: string | null; username: string | null } | null;
    decidedAt: Date | null;
    note: string | null;
  } | null;
  flagProposals: FlagProposalView[];
}

function proposalView(row: FlagProposalRow, units: ReadonlyMap<string, UnitView>): FlagProposalView {
  const { organizationId, shareNumerator, shareDenominator, ...rest } = row;
  const share = shareNumerator !== null && shareDenominator !== null ? { numerator: shareNumerator, denominator: shareDenominator } : null;
  return { ...rest, unit: units.get(organizationId) ?? null, share };
}

export async function flagProposalViews(
  resolutions: ResolutionRepository,
  rows: readonly FlagProposalRow[],
  locale: Locale,
): Promise<Localized<FlagProposalView>[]> {
  const byYear = await Promise.all(
    [...new Set(rows.map((r) => r.year))].map(
      async (year) =>
        [
          year,
          await resolutions.unitsById(
            rows.filter((r) => r.year === year).map((r) => r.organizationId),
            year,
          ),
        ] as const,
    ),
  );
  const units = new Map(byYear);
  return localize(
    rows.map((row) => proposalView(row, units.get(row.year) ?? new Map())),
    locale,
  );
}

export async function resolutionViews(
  resolutions: ResolutionRepository,
  rows: readonly ResolutionRow[],
  locale: Locale,
): Promise<Localized<ResolutionView>[]> {
  const proposals = await resolutions.proposalsOf(rows.map((r) => r.id));
  return Promise.all(
    rows.map(async (row) => {
      const ids = [
        ...decidedIds(row),
        ...(row.fallbackCandidateIds ?? []),
        ...[row.fallbackChairId, row.fallbackViceChairId].filter((id): id is string => id !== null),
      ];
      const units = await resolutions.unitsById(ids, row.year);
      const view: ResolutionView = {
        id: row.id,
        meetingId: row.meetingId,
        voteId: row.voteId,
        clusterId: row.clusterId,
        year: row.year,
        subject: row.subject,
        adopted: row.adopted,
        status: row.status,
        summary: row.summary,
        chosen: unitsOf(units, row.chosenIds),
        decided: unitsOf(units, decidedIds(row)),
        fallback:
          row.fallbackCandidateIds === null
            ? null
            : {
                candidates: unitsOf(units, row.fallbackCandidateIds),
                places: row.fallbackPlaces ?? 0,
                decided: row.fallbackChosenIds && unitsOf(units, row.fallbackChosenIds),
                chair: row.fallbackChairId ? (units.get(row.fallbackChairId) ?? null) : null,
                viceChair: row.fallbackViceChairId ? (units.get(row.fallbackViceChairId) ?? null) : null,
                recordedBy: row.fallbackDecidedAt ? { userId: row.fallbackDecidedByUserId, username: row.fallbackDecidedByUsername } : null,
                decidedAt: row.fallbackDecidedAt,
                note: row.fallbackNote,
              },
        flagProposals: proposals.filter((p) => p.resolutionId === row.id).map((p) => proposalView(p, units)),
        appliedAt: row.appliedAt,
        createdAt: row.createdAt,
      };
      return localize(view, locale);
    }),
  );
}
