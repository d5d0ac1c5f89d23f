import type { NominationState } from '../../nominations/nominations/nomination.state.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import type { ClusterFacts } from '../cluster-year/cluster-year.facts.js';

/** What the national overview of a year is made of, one row per cluster and count, as read from the database. */
export interface ClusterYearCounts {
  cluster: ClusterFacts;
  memberCount: number;
  chair: UnitView | null;
  viceChair: UnitView | null;
  meetingsHeld: number;
  yearEndConferences: number;
  flagsProposed: number;
  flagsAwarded: number;
}

export interface NationalFacts {
  year: number;
  /** The first year of the chart of awards (a few years up to `year`). */
  sinceYear: number;
  clusters: ClusterYearCounts[];
  nominations: { clusterId: string; awardTypeCode: string; awardName: string; state: NominationState; count: number }[];
  /** Flags (Cờ thi đua) the clusters' conferences proposed, and those the register shows awarded, by cluster and year. */
  flags: { clusterId: string; year: number; proposed: number; awarded: number }[];
  /** Awards the register holds for each cluster's members, by year. */
  awards: { clusterId: string; year: number; count: number }[];
}
