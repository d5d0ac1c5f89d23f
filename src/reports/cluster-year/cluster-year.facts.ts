import type { Centipoints, CriterionNode } from '../../emulation/criteria/criteria.rules.js';
import type { BandThresholds } from '../../emulation/ranking/ranking.rules.js';
import type { ScoreTableState } from '../../emulation/scores/score.state.js';
import type { DelegateInput, GuestInput, MeetingKind, SpeakerInput } from '../../meetings/meetings/meeting.rules.js';
import type { MeetingState } from '../../meetings/meetings/meeting.state.js';
import type { StoredPaperTotals } from '../../meetings/votes/paper-totals.rules.js';
import type { VoteMethod, VoteSubject } from '../../meetings/votes/vote-rule-set.js';
import type { TallyResult } from '../../meetings/votes/vote.rules.js';
import type { VoteState } from '../../meetings/votes/vote.state.js';
import type { NominationState } from '../../nominations/nominations/nomination.state.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import type { ClusterSummary } from '../../registry/clusters/cluster.dto.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import type { TermDecision } from '../../registry/terms/term.rules.js';
import type { IssuanceRecord } from '../issuance/issuance.rules.js';

/*
 * Everything recorded about one cluster and year that its reports draw on, as plain data read from the database.
 * Units are named as they were in that year (next year's term: as in the next year).
 */

/** A cluster and the organization that runs its competition (VUSTA). */
export type ClusterFacts = Pick<ClusterSummary, 'id' | 'code' | 'number' | 'name' | 'kind' | 'owner'>;

export interface TermFacts {
  year: number;
  chair: UnitView;
  /** The province the chair unit is seated in: the place of its documents (địa danh). */
  chairProvince: string | null;
  viceChair: UnitView | null;
  decidedBy: TermDecision;
  decidedAtMeetingId: string | null;
}

export interface MeetingFacts {
  id: string;
  kind: MeetingKind;
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  place: string;
  state: MeetingState;
  hostOrganizationId: string | null;
  presiding: string | null;
  secretary: string | null;
  agenda: string[];
  minutes: string | null;
}

/** A vote and the results of those of its rounds that are published (closed): an open round's count stays secret. */
export interface VoteFacts {
  id: string;
  subject: VoteSubject;
  title: string;
  method: VoteMethod;
  state: VoteState;
  proposedOrganizationId: string | null;
  /** Why an opened vote was cancelled: the minutes tell it. */
  cancellationReason: string | null;
  rounds: { round: number; result: TallyResult; paperTotals: StoredPaperTotals | null }[];
}

export interface ResolutionFacts {
  voteId: string;
  subject: VoteSubject;
  adopted: boolean;
  summary: LocalizedText;
  /** Units decided, by the ballots then by the chair and vice-chair. */
  decidedIds: string[];
}

/** The year-end conference (hội nghị tổng kết) with who came and what it voted. */
export interface ConferenceFacts {
  meeting: MeetingFacts;
  delegates: DelegateInput[];
  guests: GuestInput[];
  /** Who spoke, in the order they spoke. */
  speakers: SpeakerInput[];
  votes: VoteFacts[];
  resolutions: ResolutionFacts[];
}

/** A unit proposed for a flag (suy tôn), with what became of it: the nomination made of it and the award decision. */
export interface FlagProposalFacts {
  organizationId: string;
  awardTypeCode: string;
  awardName: string;
  decidedBy: 'vote' | 'chair_and_vice_chair';
  votes: number | null;
  shareNumerator: number | null;
  shareDenominator: number | null;
  percent: number | null;
  rank: number | null;
  nomination: { id: string; state: NominationState } | null;
  decision: AwardDecisionFacts | null;
}

/** An award decision as the award register (sổ khen thưởng) keeps it. */
export interface AwardDecisionFacts {
  reference: string;
  date: string | null;
  registerNumber: string | null;
}

/** An award recorded for a member unit, or for a person of one, for the year. */
export interface AwardFacts {
  awardTypeCode: string;
  awardName: string;
  organizationId: string;
  personName: string | null;
  decision: AwardDecisionFacts;
}

/** The dated legal basis (căn cứ) of an award's rule set, as the votes and nominations read it. */
export interface AwardLegalBasisFacts {
  awardTypeCode: string;
  citation: string;
  effectiveFrom: string;
  effectiveTo: string | null;
}

/** A Law or decree on emulation and commendation with the days it was in force (reference data). */
export interface LegalInstrumentFacts {
  kind: 'law' | 'decree';
  citation: string;
  effectiveFrom: string;
  effectiveTo: string | null;
}

export interface NominationCountFacts {
  awardTypeCode: string;
  awardName: string;
  state: NominationState;
  count: number;
}

export const SECTION_KEYS = ['situation', 'achievements', 'assessment', 'direction', 'recommendations'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** The free text the secretariat writes into the summary report. */
export type SectionTexts = Record<SectionKey, string | null>;

export interface SectionsFacts extends SectionTexts {
  version: number;
  updatedAt: Date;
  updatedBy: string | null;
}

/** The year's emulation score table once published (issue 17): its criteria and the score that counts per unit. */
export interface EmulationFacts {
  state: ScoreTableState;
  /** Null: the UNVERIFIED default thresholds. */
  bands: BandThresholds | null;
  leaderCount: number | null;
  criteria: (CriterionNode & { title: string })[];
  scores: { organizationId: string; criterionId: string; points: Centipoints }[];
}

export interface ClusterYearFacts {
  year: number;
  cluster: ClusterFacts;
  /** Members that year, in Vietnamese alphabetical order. */
  members: UnitView[];
  /** Units the votes name that are not members that year (rare), named as that year. */
  otherUnits: UnitView[];
  term: TermFacts | null;
  nextTerm: TermFacts | null;
  /** Ủy viên Đoàn Chủ tịch phụ trách cụm. */
  supervisor: { fullName: string; position: string | null } | null;
  /** Every meeting of the cluster that year, earliest first. */
  meetings: MeetingFacts[];
  conference: ConferenceFacts | null;
  flagProposals: FlagProposalFacts[];
  /** The legal bases of the rule sets of the awards proposed, every period. */
  flagLegalBases: AwardLegalBasisFacts[];
  /** Every dated Law and decree recorded, oldest first. */
  legalInstruments: LegalInstrumentFacts[];
  nominations: NominationCountFacts[];
  awards: AwardFacts[];
  sections: SectionsFacts | null;
  /** Who issues and signs the year's documents, as the secretariat recorded it: for the year, and per document. */
  issuance: IssuanceRecord[];
  /** Absent or null while the year's score table is not published. */
  emulation?: EmulationFacts | null;
}
