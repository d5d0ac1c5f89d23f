import type { GuestInput, MeetingKind, SpeakerInput } from '../../meetings/meetings/meeting.rules.js';
import type { CriterionNature } from '../../emulation/criteria/criteria.rules.js';
import type { MeetingState } from '../../meetings/meetings/meeting.state.js';
import type { DeclaredForm, VoteMethod, VoteSubject } from '../../meetings/votes/vote-rule-set.js';
import type { CandidateStatus } from '../../meetings/votes/vote.rules.js';
import type { VoteState } from '../../meetings/votes/vote.state.js';
import type { Ratio } from '../../platform/numbers/ratio.js';
import type { NominationState } from '../../nominations/nominations/nomination.state.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import type { TermDecision } from '../../registry/terms/term.rules.js';
import type { IsoDate } from '../documents/decree30.js';
import type { Issuance, IssuanceRecord, IssuedDocument } from '../issuance/issuance.rules.js';
import type { AwardDecisionFacts, ClusterFacts, SectionTexts } from './cluster-year.facts.js';

/*
 * The report of one cluster and year (GET /reports/clusters/{id}/years/{year}): the recorded facts put together
 * the way its documents tell them, and the list of what is not recorded. Nothing in it is made up; every text is
 * Vietnamese, as the documents built from it are.
 */

/** A moment in Vietnam's time (UTC+7), as minutes write it. */
export interface LocalTime {
  date: IsoDate;
  /** "08:00" */
  time: string;
}

export interface MeetingReport {
  id: string;
  kind: MeetingKind;
  kindName: string;
  title: string;
  starts: LocalTime;
  place: string;
  state: MeetingState;
}

export interface UnitAttendanceReport {
  unit: UnitView;
  present: boolean;
  delegates: { fullName: string | null; position: string | null }[];
}

export interface VoteShare {
  votes: number;
  share: Ratio | null;
  percent: number | null;
}

export interface CandidateReport extends VoteShare {
  unit: UnitView | null;
  rank: number;
  status: CandidateStatus;
  passed: boolean;
  reasons: string[];
}

/** One published (closed) round of a vote: the count the minutes give. */
export interface RoundReport {
  round: number;
  memberCount: number;
  presentCount: number;
  quorumMet: boolean;
  /** "8/8 đơn vị thành viên có mặt (100%)…" */
  quorum: string;
  threshold: string;
  /** Set when the result was declared without a count (nhất trí, đồng thuận, giơ tay): then no figure is printed. */
  declared: DeclaredForm | null;
  ballotsValid: number;
  ballotsInvalid: number;
  /** The counting committee's figures of a paper round. */
  paper: { ballotsIssued: number; ballotsCollected: number; countingCommittee: string[] } | null;
  candidates: CandidateReport[];
  answers: { yes: VoteShare; no: VoteShare; abstain: VoteShare; passed: boolean } | null;
  chosen: UnitView[];
  next: string;
}

export interface VoteReport {
  id: string;
  subject: VoteSubject;
  title: string;
  method: VoteMethod;
  state: VoteState;
  /** Why the vote was cancelled once opened, as recorded. */
  cancellationReason: string | null;
  /** Only closed rounds: while a round is open its count stays secret, here as everywhere. */
  rounds: RoundReport[];
}

export interface ConferenceReport {
  id: string;
  title: string;
  /** What the event is called in running text, from its own title: "Hội nghị", "Hội thảo"… */
  noun: string;
  state: MeetingState;
  place: string;
  host: UnitView | null;
  starts: LocalTime;
  ends: LocalTime | null;
  presiding: string | null;
  secretary: string | null;
  agenda: string[];
  minutes: string | null;
  attendance: { memberCount: number; presentCount: number; votingCount: number; units: UnitAttendanceReport[] };
  guests: GuestInput[];
  /** Who spoke, in the order they spoke: the minutes and the news item name them. */
  speakers: SpeakerInput[];
  votes: VoteReport[];
  /** What the conference resolved, as the minutes word it. */
  resolutions: { voteId: string; subject: VoteSubject; adopted: boolean; summary: string; decided: UnitView[] }[];
}

export interface FlagProposalReport extends Omit<VoteShare, 'votes'> {
  unit: UnitView | null;
  awardTypeCode: string;
  awardName: string;
  /** By the ballots, or by the chair and vice-chair when the ballots left the place open. */
  decidedBy: 'vote' | 'chair_and_vice_chair';
  votes: number | null;
  rank: number | null;
  nomination: { id: string; state: NominationState; stateName: string } | null;
  decision: AwardDecisionFacts | null;
}

/** The conference's choices for next year, with the vote each rests on. */
export interface ConferenceOutcome {
  viceChairElection: { unit: UnitView | null; adopted: boolean; count: VoteShare | null } | null;
  chairHandover: { unit: UnitView | null; adopted: boolean; count: VoteShare | null } | null;
}

export interface NextYearReport {
  year: number;
  chair: UnitView | null;
  viceChair: UnitView | null;
  decidedBy: TermDecision | null;
  /** Whether the term was decided at this year's conference. */
  decidedAtConference: boolean;
}

export interface NominationsReport {
  total: number;
  byAwardType: {
    awardTypeCode: string;
    awardName: string;
    total: number;
    byState: { state: NominationState; stateName: string; count: number }[];
  }[];
}

export interface AwardReport {
  awardTypeCode: string;
  awardName: string;
  unit: UnitView | null;
  personName: string | null;
  decision: AwardDecisionFacts;
}

export interface SectionsReport {
  texts: SectionTexts;
  /** Null until the secretariat first writes them; send it back to replace them. */
  version: number | null;
  updatedAt: Date | null;
  updatedBy: string | null;
}

/**
 * A fact the documents need that is not recorded: shown on the screen that prepares them, with a link to where it is
 * recorded (by its key), never printed in a document, which leaves the sentence out.
 */
export interface MissingFact {
  key: string;
  text: string;
}

/** Bảng tổng hợp kết quả chấm điểm thi đua of the year, once the chair has published it (issue 17). */
export interface EmulationReport {
  /** Fixed at the summary conference (else published, still being agreed). */
  fixed: boolean;
  maxPoints: number;
  /** The top groups of the tree; `nature` says whether a group scores, adds a bonus or deducts a penalty. */
  groups: { code: string; title: string; nature: CriterionNature; maxPoints: number }[];
  ranking: {
    rank: number;
    tied: boolean;
    unit: UnitView;
    /** Points per group, in the order of `groups`; a penalty group's are negative (the points deducted). */
    groups: number[];
    total: number;
    bandName: string;
    leader: boolean;
  }[];
  /** Kết quả theo tiêu chí: for each scored criterion, the cluster's average and its best units. */
  byCriterion: { code: string; title: string; maxPoints: number; average: number; best: number; bestUnits: string[] }[];
}

export interface ClusterYearReport {
  year: number;
  cluster: ClusterFacts;
  /** Who issues the cluster's documents by default (the year's chair unit), and the place (địa danh) of their date line. */
  issuer: { name: string; place: string | null };
  /** The issuance of each document as printed (header and signature), and the records it is drawn from. */
  issuance: Record<IssuedDocument, Issuance> & { records: IssuanceRecord[] };
  members: UnitView[];
  chair: UnitView | null;
  viceChair: UnitView | null;
  supervisor: { fullName: string; position: string | null } | null;
  meetings: MeetingReport[];
  conference: ConferenceReport | null;
  flagProposals: FlagProposalReport[];
  /**
   * The day the tờ trình proposing the flags speaks from (its recorded date, else the conference's day, else the year's
   * last), the Law in force that day and the decree in force that day: the one the award's dated rule sets cite, else
   * the dated decree recorded (the rule sets start with Decree 98, on 01/01/2024). Null when none is in force.
   */
  flagLegalBasis: { on: IsoDate; law: string | null; citation: string | null };
  outcome: ConferenceOutcome;
  nextYear: NextYearReport;
  nominations: NominationsReport;
  awards: AwardReport[];
  sections: SectionsReport;
  /** Null while the year's score table is not published. */
  emulation: EmulationReport | null;
  missing: MissingFact[];
}
