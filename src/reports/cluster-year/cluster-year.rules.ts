import { attendanceOf, type MeetingKind } from '../../meetings/meetings/meeting.rules.js';
import { MEETING_WORKFLOW } from '../../meetings/meetings/meeting.state.js';
import type { Share } from '../../meetings/votes/vote-quorum.rules.js';
import { isSettled } from '../../meetings/votes/vote.state.js';
import type { TallyResult } from '../../meetings/votes/vote.rules.js';
import { STATE_NAMES } from '../../nominations/nominations/nomination.state.js';
import { type Issuance, ISSUED_DOCUMENTS, type IssuedDocument, issuanceOf } from '../issuance/issuance.rules.js';
import { recordForMatterOf } from '../../nominations/award-types/rule-set.js';
import { type IsoDate, lastDayOf } from '../../platform/time/calendar.js';
import { shortDate } from '../documents/decree30.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import {
  type ClusterYearFacts,
  type ConferenceFacts,
  type MeetingFacts,
  SECTION_KEYS,
  type SectionKey,
  type SectionTexts,
  type TermFacts,
  type VoteFacts,
} from './cluster-year.facts.js';
import type {
  ClusterYearReport,
  FlagProposalReport,
  ConferenceOutcome,
  ConferenceReport,
  LocalTime,
  MissingFact,
  NominationsReport,
  RoundReport,
  VoteShare,
} from './cluster-year.model.js';
import { emulationReport } from './emulation-report.rules.js';

/** The parts of the summary report the secretariat writes, as its outline (rules §6.6) names them. */
export const SECTION_NAMES: Readonly<Record<SectionKey, string>> = {
  situation: 'Đặc điểm tình hình (thuận lợi, khó khăn)',
  achievements: 'Hoạt động và kết quả nổi bật trong năm',
  assessment: 'Đánh giá chung (ưu điểm; hạn chế, nguyên nhân; bài học kinh nghiệm)',
  direction: 'Phương hướng, nhiệm vụ năm sau',
  recommendations: 'Đề xuất, kiến nghị',
};

export const MEETING_KIND_NAMES: Readonly<Record<MeetingKind, string>> = {
  launch_and_pact: 'Hội nghị phát động thi đua, ký kết giao ước thi đua',
  mid_year_review: 'Hội nghị sơ kết 6 tháng',
  year_end_summary: 'Hội nghị tổng kết',
  extraordinary: 'Cuộc họp bất thường',
};

const VIETNAM_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The date and time in Vietnam (UTC+7) of an instant: meetings are minuted in local time. */
export function vietnamTime(instant: Date): LocalTime {
  const parts = Object.fromEntries(VIETNAM_CLOCK.formatToParts(instant).map((part) => [part.type, part.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/**
 * The year-end conference (hội nghị tổng kết) among the year's meetings: the finalized one if there is one (its
 * minutes are signed), else the latest recorded.
 */
export function pickConference<M extends Pick<MeetingFacts, 'kind' | 'state' | 'startsAt'>>(meetings: readonly M[]): M | null {
  const latestFirst = meetings.filter((m) => m.kind === 'year_end_summary').sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime());
  // Only a finalized meeting is amended rather than edited: the meetings' table says which one is signed.
  return latestFirst.find((m) => MEETING_WORKFLOW.can(m.state, 'amend')) ?? latestFirst[0] ?? null;
}

/**
 * Cluster documents are issued in the name of the year's chair unit (cụm trưởng), named as it was that year, dated
 * at the province where it is seated. Whether VUSTA wants them issued by the chair unit or in the cluster's own name
 * under the VUSTA line is UNVERIFIED (domain rules §6.8 and §8 question 4): this is the one place to change once
 * that is settled, and it could become a setting of the cluster.
 */
function issuerOf(facts: ClusterYearFacts): ClusterYearReport['issuer'] {
  return facts.term ? { name: facts.term.chair.fullName, place: facts.term.chairProvince } : { name: facts.cluster.name, place: null };
}

function issuanceReport(facts: ClusterYearFacts): ClusterYearReport['issuance'] {
  const { name, place } = issuerOf(facts);
  const documents = Object.fromEntries(
    ISSUED_DOCUMENTS.map((document) => [document, issuanceOf(facts.issuance, document, { issuingBody: name, place })]),
  ) as Record<IssuedDocument, Issuance>;
  return { ...documents, records: facts.issuance };
}

function shareOf(share: Share): VoteShare {
  return { votes: share.votes, share: share.share, percent: share.percent };
}

function roundReport(
  result: TallyResult,
  paper: VoteFacts['rounds'][number]['paperTotals'],
  unit: (id: string) => UnitView | null,
): RoundReport {
  return {
    round: result.round,
    memberCount: result.quorum.members,
    presentCount: result.quorum.present,
    quorumMet: result.quorum.met,
    quorum: result.quorum.reason.text.vi,
    threshold: result.threshold.text.vi,
    declared: result.declared ?? null,
    ballotsValid: result.ballotsValid,
    ballotsInvalid: result.ballotsInvalid,
    paper: paper && {
      ballotsIssued: paper.ballotsIssued,
      ballotsCollected: paper.ballotsCollected,
      countingCommittee: paper.countingCommittee,
    },
    candidates: result.candidates.map((c) => ({
      unit: unit(c.candidateId),
      ...shareOf(c),
      rank: c.rank,
      status: c.status,
      passed: c.passed,
      reasons: c.reasons.map((reason) => reason.text.vi),
    })),
    answers: result.answers && {
      yes: shareOf(result.answers.yes),
      no: shareOf(result.answers.no),
      abstain: shareOf(result.answers.abstain),
      passed: result.answers.passed,
    },
    chosen: result.chosen.map(unit).filter((u): u is UnitView => u !== null),
    next: result.next.text.vi,
  };
}

function conferenceReport(
  conference: ConferenceFacts,
  members: readonly UnitView[],
  unit: (id: string) => UnitView | null,
): ConferenceReport {
  const { meeting, delegates } = conference;
  const attendance = attendanceOf(members, delegates);
  return {
    id: meeting.id,
    title: meeting.title,
    noun: eventNoun(meeting.title),
    state: meeting.state,
    place: meeting.place,
    host: meeting.hostOrganizationId ? unit(meeting.hostOrganizationId) : null,
    starts: vietnamTime(meeting.startsAt),
    ends: meeting.endsAt && vietnamTime(meeting.endsAt),
    presiding: meeting.presiding,
    secretary: meeting.secretary,
    agenda: meeting.agenda,
    minutes: meeting.minutes,
    attendance: {
      memberCount: attendance.memberCount,
      presentCount: attendance.presentCount,
      votingCount: attendance.votingCount,
      units: attendance.units.map(({ unit: member, present }) => ({
        unit: member,
        present,
        delegates: delegates
          .filter((d) => d.organizationId === member.id && d.present)
          .map((d) => ({ fullName: d.fullName, position: d.position })),
      })),
    },
    guests: conference.guests,
    speakers: conference.speakers,
    votes: conference.votes.map((vote) => ({
      id: vote.id,
      subject: vote.subject,
      title: vote.title,
      method: vote.method,
      state: vote.state,
      cancellationReason: vote.cancellationReason,
      rounds: vote.rounds.map((r) => roundReport(r.result, r.paperTotals, unit)),
    })),
    resolutions: conference.resolutions.map((r) => ({
      voteId: r.voteId,
      subject: r.subject,
      adopted: r.adopted,
      summary: r.summary.vi,
      decided: r.decidedIds.map(unit).filter((u): u is UnitView => u !== null),
    })),
  };
}

/** The words a meeting's title may start with, each naming what kind of event it was. */
const EVENT_NOUNS = ['Hội nghị', 'Hội thảo', 'Phiên họp', 'Cuộc họp', 'Họp', 'Lễ'];

/**
 * What the event is called in running text, from its recorded title ("Hội thảo tổng kết…" → "Hội thảo"): a
 * conference recorded as a hội thảo stays one in every document. "Hội nghị" when the title names none.
 */
export function eventNoun(title: string): string {
  const lower = title.trim().toLocaleLowerCase('vi');
  const noun = EVENT_NOUNS.find((n) => lower.startsWith(n.toLocaleLowerCase('vi')) && /^(\s|$)/.test(lower.slice(n.length)));
  return noun === 'Họp' ? 'Cuộc họp' : (noun ?? 'Hội nghị');
}

/**
 * The legal basis of the flags proposed: the award's rule set that the vote and its nominations apply (the one in
 * force on the day the tờ trình speaks from or, before the first takes effect, that first one: a 2023 conference
 * proposes flags decided under the Law of 2022 and Decree 98), and the Law and decree in force when that rule set
 * applies. Without a rule set, the instruments in force on the day.
 */
function flagLegalBasisOf(facts: ClusterYearFacts, issuedOn: IsoDate | null): ClusterYearReport['flagLegalBasis'] {
  const code = facts.flagProposals[0]?.awardTypeCode;
  const on = issuedOn ?? (facts.conference ? vietnamTime(facts.conference.meeting.startsAt).date : lastDayOf(facts.year));
  const applies = recordForMatterOf(
    facts.flagLegalBases.filter((b) => b.awardTypeCode === code),
    on,
  );
  const day = applies && !applies.inForce ? (applies.record.effectiveFrom as IsoDate) : on;
  const instrument = (kind: 'law' | 'decree') =>
    facts.legalInstruments.find((i) => i.kind === kind && i.effectiveFrom <= day && (i.effectiveTo === null || day <= i.effectiveTo))
      ?.citation ?? null;
  return { on, law: instrument('law'), citation: applies?.record.citation ?? instrument('decree') };
}

const VIETNAMESE = new Intl.Collator('vi');

/** Results in one total order (issue 11): by the ballots' rank, then by votes, then by the unit's short name. */
function byResult(a: FlagProposalReport, b: FlagProposalReport): number {
  return (
    (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
    (b.votes ?? -1) - (a.votes ?? -1) ||
    VIETNAMESE.compare(a.unit?.shortName ?? '', b.unit?.shortName ?? '')
  );
}

/** The count a unit was chosen with: the round of the vote that chose it. */
function electedWith(vote: VoteFacts | undefined, unitId: string): VoteShare | null {
  const round = vote?.rounds.find((r) => r.result.candidates.some((c) => c.candidateId === unitId && c.status === 'chosen'));
  const candidate = round?.result.candidates.find((c) => c.candidateId === unitId);
  // A result declared without a count (nhất trí, giơ tay) has no count to give.
  return candidate && !round?.result.declared ? shareOf(candidate) : null;
}

function outcomeOf(conference: ConferenceFacts | null, unit: (id: string) => UnitView | null): ConferenceOutcome {
  const resolution = (subject: 'vice_chair_election' | 'chair_handover') =>
    conference?.resolutions.find((r) => r.subject === subject && r.adopted) ?? conference?.resolutions.find((r) => r.subject === subject);
  const voteOf = (voteId: string) => conference?.votes.find((v) => v.id === voteId);
  const election = resolution('vice_chair_election');
  const handover = resolution('chair_handover');
  const handoverVote = handover && voteOf(handover.voteId);
  const lastRound = handoverVote?.rounds.at(-1)?.result;
  return {
    viceChairElection: election
      ? {
          unit: election.decidedIds[0] ? unit(election.decidedIds[0]) : null,
          adopted: election.adopted,
          count: election.decidedIds[0] ? electedWith(voteOf(election.voteId), election.decidedIds[0]) : null,
        }
      : null,
    chairHandover: handover
      ? {
          unit: handoverVote?.proposedOrganizationId ? unit(handoverVote.proposedOrganizationId) : null,
          adopted: handover.adopted,
          count: lastRound?.answers && !lastRound.declared ? shareOf(lastRound.answers.yes) : null,
        }
      : null,
  };
}

function nominationsReport(facts: ClusterYearFacts): NominationsReport {
  const byAwardType: NominationsReport['byAwardType'] = [];
  for (const row of facts.nominations) {
    let award = byAwardType.find((a) => a.awardTypeCode === row.awardTypeCode);
    if (!award) {
      award = { awardTypeCode: row.awardTypeCode, awardName: row.awardName, total: 0, byState: [] };
      byAwardType.push(award);
    }
    award.total += row.count;
    award.byState.push({ state: row.state, stateName: STATE_NAMES[row.state].vi, count: row.count });
  }
  return { total: byAwardType.reduce((sum, a) => sum + a.total, 0), byAwardType };
}

function sectionTexts(facts: ClusterYearFacts): SectionTexts {
  return Object.fromEntries(SECTION_KEYS.map((key) => [key, facts.sections?.[key] ?? null])) as SectionTexts;
}

function missingFacts(facts: ClusterYearFacts, report: Omit<ClusterYearReport, 'missing'>): MissingFact[] {
  const { year, term, conference } = facts;
  const missing: MissingFact[] = [];
  const add = (key: string, text: string) => missing.push({ key, text });
  if (facts.members.length === 0) add('members', `Chưa ghi nhận đơn vị thành viên của Cụm năm ${year}.`);
  if (!term) add('term', `Chưa ghi nhận Cụm trưởng, Cụm phó năm ${year}.`);
  if (term && !term.viceChair) add('vice_chair', `Chưa ghi nhận Cụm phó năm ${year}.`);
  if (term && !term.chairProvince) {
    add('issuer_place', `Chưa ghi nhận tỉnh, thành phố nơi ${term.chair.shortName} đặt trụ sở (địa danh ghi trên văn bản).`);
  }
  if (!facts.supervisor) add('supervisor', `Chưa ghi nhận Ủy viên Đoàn Chủ tịch phụ trách Cụm năm ${year}.`);
  if (facts.meetings.length === 0) add('meetings', `Chưa ghi nhận hội nghị nào của Cụm năm ${year}.`);
  if (!conference) add('conference', `Chưa ghi nhận hội nghị tổng kết năm ${year}.`);
  if (conference) {
    const { meeting } = conference;
    if (conference.delegates.length === 0) add('attendance', 'Chưa ghi nhận thành phần tham dự hội nghị tổng kết.');
    if (meeting.agenda.length === 0) add('agenda', 'Chưa ghi nhận chương trình hội nghị tổng kết.');
    if (!meeting.endsAt) add('conference_end', 'Chưa ghi nhận thời gian kết thúc hội nghị tổng kết.');
    if (!meeting.presiding) add('presiding', 'Chưa ghi nhận người chủ trì (chủ tọa) hội nghị tổng kết.');
    if (!meeting.secretary) add('secretary', 'Chưa ghi nhận thư ký (người ghi biên bản) hội nghị tổng kết.');
    if (!meeting.minutes) add('minutes', 'Chưa ghi nhận diễn biến hội nghị tổng kết.');
    // A vote still has a step ahead (open, close, a further round) until its result is final or it is cancelled.
    for (const vote of conference.votes.filter((v) => !isSettled(v.state))) {
      add(`vote:${vote.id}`, `Chưa kết thúc bỏ phiếu "${vote.title}": kết quả chưa được công bố.`);
    }
  }
  if (report.flagProposals.length === 0) add('flag_proposals', `Chưa ghi nhận đơn vị được suy tôn đề nghị tặng Cờ thi đua năm ${year}.`);
  for (const proposal of report.flagProposals.filter((p) => !p.decision)) {
    add(
      `award_decision:${proposal.unit?.id ?? ''}`,
      `Chưa ghi nhận quyết định tặng ${proposal.awardName} năm ${year} cho ${proposal.unit?.shortName ?? 'đơn vị được đề nghị'}.`,
    );
  }
  if (!facts.nextTerm) add('next_term', `Chưa ghi nhận Cụm trưởng, Cụm phó năm ${year + 1}.`);
  const signed = [report.issuance['summary-report'], report.issuance['flag-proposal']];
  if (ISSUED_DOCUMENTS.some((d) => report.issuance[d].symbol === null)) {
    add('issuance:symbol', 'Chưa ghi nhận ký hiệu của cơ quan ban hành trong số văn bản (ví dụ "LHH" trong "Số: 05/BC-LHH").');
  }
  if (signed.some((i) => !i.signer.title || !i.signer.name)) {
    add('issuance:signer', 'Chưa ghi nhận người ký báo cáo, tờ trình (thẩm quyền ký, chức vụ, họ và tên).');
  }
  if (report.flagProposals.length && !report.issuance['flag-proposal'].regulation) {
    add('issuance:regulation', 'Chưa ghi nhận quy chế thi đua, khen thưởng mà tờ trình căn cứ.');
  }
  if (report.flagProposals.length && (!report.flagLegalBasis.citation || !report.flagLegalBasis.law)) {
    const lacking =
      !report.flagLegalBasis.law && !report.flagLegalBasis.citation
        ? 'luật và nghị định'
        : report.flagLegalBasis.law
          ? 'nghị định'
          : 'luật';
    add(
      'legal_basis',
      `Không có ${lacking} nào (trong các bộ quy tắc của ${report.flagProposals[0].awardName} hay các văn bản pháp luật đã ghi nhận) áp dụng vào ngày ${shortDate(report.flagLegalBasis.on)}: tờ trình chưa dẫn đủ căn cứ. Ghi ngày ban hành tờ trình, hoặc bổ sung bộ quy tắc, văn bản pháp luật.`,
    );
  }
  for (const [document, name] of [
    ['summary-report', 'báo cáo tổng kết'],
    ['minutes', 'biên bản'],
    ['flag-proposal', 'tờ trình'],
  ] as const) {
    if (report.issuance[document].number === null) add(`issuance:${document}`, `Chưa ghi nhận số văn bản của ${name}.`);
  }
  for (const key of SECTION_KEYS.filter((k) => report.sections.texts[k] === null)) {
    add(`section:${key}`, `Thư ký Cụm chưa viết phần "${SECTION_NAMES[key]}" của báo cáo.`);
  }
  return missing;
}

function nextYearOf(nextTerm: TermFacts | null, year: number, conference: ConferenceFacts | null): ClusterYearReport['nextYear'] {
  return {
    year: year + 1,
    chair: nextTerm?.chair ?? null,
    viceChair: nextTerm?.viceChair ?? null,
    decidedBy: nextTerm?.decidedBy ?? null,
    decidedAtConference: !!nextTerm && !!conference && nextTerm.decidedAtMeetingId === conference.meeting.id,
  };
}

/** The report of a cluster and year from its recorded facts; what is not recorded is listed in `missing`. */
export function assembleClusterYear(facts: ClusterYearFacts): ClusterYearReport {
  const units = new Map([...facts.otherUnits, ...facts.members].map((u) => [u.id, u]));
  const unit = (id: string) => units.get(id) ?? null;
  const issuance = issuanceReport(facts);
  const report: Omit<ClusterYearReport, 'missing'> = {
    year: facts.year,
    cluster: facts.cluster,
    issuer: issuerOf(facts),
    issuance,
    members: facts.members,
    chair: facts.term?.chair ?? null,
    viceChair: facts.term?.viceChair ?? null,
    supervisor: facts.supervisor,
    meetings: facts.meetings.map((m) => ({
      id: m.id,
      kind: m.kind,
      kindName: MEETING_KIND_NAMES[m.kind],
      title: m.title,
      starts: vietnamTime(m.startsAt),
      place: m.place,
      state: m.state,
    })),
    conference: facts.conference && conferenceReport(facts.conference, facts.members, unit),
    flagLegalBasis: flagLegalBasisOf(facts, issuance['flag-proposal'].issuedOn),
    flagProposals: facts.flagProposals
      .map((p): FlagProposalReport => ({
        unit: unit(p.organizationId),
        awardTypeCode: p.awardTypeCode,
        awardName: p.awardName,
        decidedBy: p.decidedBy,
        votes: p.votes,
        share:
          p.shareNumerator !== null && p.shareDenominator !== null
            ? { numerator: p.shareNumerator, denominator: p.shareDenominator }
            : null,
        percent: p.percent,
        rank: p.rank,
        nomination: p.nomination && { ...p.nomination, stateName: STATE_NAMES[p.nomination.state].vi },
        decision: p.decision,
      }))
      .sort(byResult),
    outcome: outcomeOf(facts.conference, unit),
    nextYear: nextYearOf(facts.nextTerm, facts.year, facts.conference),
    nominations: nominationsReport(facts),
    awards: facts.awards.map((a) => ({
      awardTypeCode: a.awardTypeCode,
      awardName: a.awardName,
      unit: unit(a.organizationId),
      personName: a.personName,
      decision: a.decision,
    })),
    sections: {
      texts: sectionTexts(facts),
      version: facts.sections?.version ?? null,
      updatedAt: facts.sections?.updatedAt ?? null,
      updatedBy: facts.sections?.updatedBy ?? null,
    },
    emulation: facts.emulation ? emulationReport(facts.emulation, facts.members) : null,
  };
  return { ...report, missing: missingFacts(facts, report) };
}
