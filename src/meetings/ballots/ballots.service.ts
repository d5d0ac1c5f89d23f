import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../access/audit/audit.service.js';
import type { Locale, LocalizedText } from '../../platform/i18n/locale.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { ClustersService } from '../../registry/clusters/clusters.service.js';
import type { UnitView } from '../../registry/clusters/unit.sql.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import { MEETINGS_MESSAGES } from '../meetings.messages.js';
import { localize, type Localized } from '../../platform/i18n/localize.js';
import { checkPaperTotals, type BallotShape, type StoredPaperTotals } from '../votes/paper-totals.rules.js';
import { answersYesNo } from '../votes/vote-rounds.rules.js';
import { type RoundRow, VoteRepository, type VoteRow } from '../votes/vote.repository.js';
import { acceptsBallots, takesBallotCodes } from '../votes/vote.state.js';
import { unitsOf } from '../votes/vote-units.js';
import { voteView, type VoteView } from '../votes/vote.views.js';
import { BallotCodes } from './ballot-codes.js';
import { BallotRepository } from './ballot.repository.js';
import type { CastBallotBody, CodeBallotBody, DeclaredResultBody, PaperTotalsBody } from './ballot.dto.js';
import { checkDeclaredResult } from '../votes/declared-result.rules.js';
import {
  BallotsClosedError,
  InconsistentPaperTotalsError,
  InvalidBallotError,
  InvalidDeclaredResultError,
  NotAUnitOfficerError,
  NotAVoterError,
  UnknownVoterUnitError,
  UnknownBallotCodeError,
  WrongBallotMethodError,
} from './ballot.errors.js';
import { ballotOptions, voterProblem } from './ballot.rules.js';

export interface BallotReceipt {
  voteId: string;
  round: number;
  unit: UnitView;
  message: LocalizedText;
}

export interface IssuedCodes {
  voteId: string;
  codes: { unit: UnitView; code: string }[];
}

/**
 * Phiếu bầu: electronic secret ballots, the printed codes that stand for a unit's account, and the counting
 * committee's paper totals. A ballot writes who voted (ballot_voters) and adds to the counters (ballot_counts) in one
 * transaction, so it counts exactly once, and writes nothing that ties the two together.
 */
@Injectable()
export class BallotsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly clusters: ClustersService,
    private readonly codes: BallotCodes,
    private readonly audit: AuditService,
  ) {}

  /** A signed-in unit officer votes for their own unit. */
  async cast(actor: Actor, voteId: string, body: CastBallotBody, locale: Locale): Promise<Localized<BallotReceipt>> {
    const organizationId = actor.roles.includes('unit_officer') ? actor.organizationId : null;
    if (!organizationId) throw new NotAUnitOfficerError();
    const receipt = await this.dataSource.transaction((tx) => this.castFor(tx, voteId, organizationId, body, actor));
    return localize(receipt, locale);
  }

  /** A delegate without an account votes with the code printed for their unit; no one is signed in. */
  async castWithCode(body: CodeBallotBody, locale: Locale): Promise<Localized<BallotReceipt>> {
    const hash = this.codes.hash(body.code);
    const receipt = await this.dataSource.transaction(async (tx) => {
      const ballots = new BallotRepository(tx);
      const issued = await ballots.codeHolder(hash);
      if (!issued) throw new UnknownBallotCodeError();
      await new VoteRepository(tx).lock(issued.voteId);
      // Read again under the vote's lock: the codes may have been reissued meanwhile.
      const holder = await ballots.codeHolder(hash, issued.voteId);
      if (!holder) throw new UnknownBallotCodeError();
      return this.castFor(tx, holder.voteId, holder.organizationId, body, null);
    });
    return localize(receipt, locale);
  }

  /**
   * Prints a fresh code for each voting unit (those on the open round's roll, or present with their voting delegate
   * before the vote opens); earlier codes of the vote stop working. Only the codes' hashes are kept.
   */
  async issueCodes(actor: Actor, voteId: string, locale: Locale): Promise<Localized<IssuedCodes>> {
    const issued = await this.dataSource.transaction(async (tx) => {
      const { vote, round, scope } = await this.managed(tx, actor, voteId);
      if (vote.method !== 'electronic') throw new WrongBallotMethodError('paper');
      if (!takesBallotCodes(vote.state)) {
        throw new BallotsClosedError(vote.state);
      }
      const attendance = round ? null : await this.meetings.attendance(tx, vote.meetingId);
      const voters = round?.electors ?? (attendance?.units ?? []).filter((u) => u.voting).map((u) => u.unit.id);
      const units = await new VoteRepository(tx).unitsById(voters, vote.year);
      const codes = unitsOf(units, voters)
        .sort((a, b) => a.shortName.localeCompare(b.shortName, 'vi'))
        .map((unit) => ({ unit, code: this.codes.generate() }));
      await new BallotRepository(tx).replaceCodes(
        vote.id,
        codes.map((c) => ({ organizationId: c.unit.id, hash: this.codes.hash(c.code) })),
      );
      await this.audit.record(tx, {
        action: 'vote.ballot_codes.issue',
        entityType: 'vote',
        entityId: vote.id,
        subjectOrganizationId: scope.chairOrganizationId,
        after: { units: codes.map((c) => c.unit.id) },
      });
      return { voteId: vote.id, codes };
    });
    return localize(issued, locale);
  }

  /** Biên bản kiểm phiếu of the open paper round, checked by checkPaperTotals before anything is written. */
  async putPaperTotals(actor: Actor, voteId: string, body: PaperTotalsBody, locale: Locale): Promise<Localized<VoteView>> {
    return this.dataSource.transaction(async (tx) => {
      const { vote, round, scope } = await this.openPaperRound(tx, actor, voteId);
      const { countingCommittee, ...totals } = body;
      const ballot: BallotShape = answersYesNo(vote.subject)
        ? { kind: 'answers' }
        : { kind: 'candidates', candidateIds: round.candidateIds, maxChoices: round.places };
      const problems = checkPaperTotals(totals, { presentCount: round.electors.length, ballot });
      if (problems.length > 0) throw new InconsistentPaperTotalsError(problems);
      const stored: StoredPaperTotals = {
        ...totals,
        // In the ballot's order, whatever order the committee typed them in.
        ...(totals.votes && { votes: round.candidateIds.map((id) => totals.votes?.find((v) => v.candidateId === id) ?? { candidateId: id, votes: 0 }) }),
        countingCommittee,
      };
      const votes = new VoteRepository(tx);
      await votes.savePaperTotals(vote.id, round.round, stored);
      await this.audit.record(tx, {
        action: 'vote.paper_totals',
        entityType: 'vote',
        entityId: vote.id,
        subjectOrganizationId: scope.chairOrganizationId,
        before: { round: round.round, paperTotals: round.paperTotals },
        after: { round: round.round, paperTotals: stored },
      });
      return voteView(votes, await votes.require(vote.id), locale);
    });
  }

  /**
   * Records the open paper round's result as the meeting declared it without a count (nhất trí, đồng thuận, giơ tay):
   * who was chosen, or whether it was approved. Closing the round then takes it instead of paper totals.
   */
  async putDeclaredResult(actor: Actor, voteId: string, body: DeclaredResultBody, locale: Locale): Promise<Localized<VoteView>> {
    return this.dataSource.transaction(async (tx) => {
      const { vote, round, scope } = await this.openPaperRound(tx, actor, voteId);
      const problems = checkDeclaredResult(vote.subject, round, body);
      if (problems.length > 0) throw new InvalidDeclaredResultError(problems);
      const declared = { form: body.form, ...(body.chosenIds && { chosenIds: body.chosenIds }), ...(body.approved !== undefined && { approved: body.approved }) };
      const votes = new VoteRepository(tx);
      await votes.saveDeclaredResult(vote.id, round.round, declared);
      await this.audit.record(tx, {
        action: 'vote.declared_result',
        entityType: 'vote',
        entityId: vote.id,
        subjectOrganizationId: scope.chairOrganizationId,
        before: { round: round.round, declaredResult: round.declaredResult, paperTotals: round.paperTotals },
        after: { round: round.round, declaredResult: declared },
      });
      return voteView(votes, await votes.require(vote.id), locale);
    });
  }

  /** A paper vote locked for its secretariat, with its open round: where the counting committee records the result. */
  private async openPaperRound(tx: EntityManager, actor: Actor, voteId: string) {
    const { vote, round, scope } = await this.managed(tx, actor, voteId);
    if (vote.method !== 'paper') throw new WrongBallotMethodError('electronic');
    if (!round) throw new BallotsClosedError(vote.state);
    return { vote, round, scope };
  }

  /** The vote locked for its secretariat, with its open round if one is open. */
  private async managed(tx: EntityManager, actor: Actor, voteId: string) {
    const vote = await new VoteRepository(tx).lock(voteId);
    const scope = await this.meetings.authorize(tx, actor, vote);
    const round = acceptsBallots(vote.state) ? await new VoteRepository(tx).round(vote.id, vote.currentRound) : null;
    return { vote, round, scope };
  }

  /**
   * The one way a ballot is counted: the unit must have a ballot, the vote must be open and electronic, the ballot
   * valid; then who voted and what was chosen are written apart. Every counter row of the round is updated (+1 or
   * +0), so all of them get the same new row version whatever the choice.
   */
  private async castFor(
    tx: EntityManager,
    voteId: string,
    organizationId: string,
    body: CastBallotBody,
    auditActor: Actor | null,
  ): Promise<BallotReceipt> {
    const vote = await new VoteRepository(tx).lock(voteId);
    const round = acceptsBallots(vote.state) ? await new VoteRepository(tx).round(vote.id, vote.currentRound) : null;
    const unit = await this.assertVoter(tx, vote, round, organizationId);
    if (vote.method !== 'electronic') throw new WrongBallotMethodError('paper');
    if (!round) throw new BallotsClosedError(vote.state);
    const { options, problems } = ballotOptions(vote.subject, round, body);
    if (problems.length > 0) throw new InvalidBallotError([...problems]);
    await new BallotRepository(tx).count(vote.id, round.round, organizationId, options);
    await this.audit.record(tx, {
      action: 'ballot.cast',
      entityType: 'vote',
      entityId: vote.id,
      subjectOrganizationId: organizationId,
      after: { round: round.round, organizationId },
      ...(auditActor === null && { actor: null }),
    });
    return {
      voteId: vote.id,
      round: round.round,
      unit,
      message: MEETINGS_MESSAGES.ballotCounted,
    };
  }

  private async assertVoter(tx: EntityManager, vote: VoteRow, round: RoundRow | null, organizationId: string): Promise<UnitView> {
    const attendance = await this.meetings.attendance(tx, vote.meetingId);
    const cluster = await this.clusters.require(vote.clusterId, tx);
    const units = await new VoteRepository(tx).unitsById([organizationId], vote.year);
    const seat = attendance.units.find((u) => u.unit.id === organizationId);
    const unit = units.get(organizationId);
    if (!unit) throw new UnknownVoterUnitError(organizationId);
    const problem = voterProblem({
      unitName: unit.shortName,
      clusterName: cluster.name,
      year: vote.year,
      isMember: seat !== undefined,
      present: seat?.present ?? false,
      votingDelegatePresent: seat?.voting ?? false,
      onRoll: round ? round.electors.includes(organizationId) : null,
    });
    if (problem) throw new NotAVoterError(problem);
    return unit;
  }
}
