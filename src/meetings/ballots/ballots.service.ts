import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../access/audit/audit.service.js';
import type { Locale, LocalizedText } from '../../platform/i18n/locale.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { ClustersService } from '../../registry/clusters/clusters.service.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
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
import { BallotBox } from './ballot-box.js';
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
  /** Mã biên nhận: names the sealed ballot in the box (published before the count), says nothing of its content. */
  receipt: string;
  receiptNote: LocalizedText;
}

/** The receipts of a vote's ballots, per electronic round: the open round's box now, a closed round's as counted. */
export interface PublishedReceipts {
  voteId: string;
  rounds: {
    round: number;
    /** Still open: the list can grow until the round is closed. */
    open: boolean;
    ballotsInBox: number;
    votersMarked: number;
    receipts: string[];
  }[];
}

export interface ReceiptCheck {
  voteId: string;
  receipt: string;
  /** The round whose published list holds the receipt, or null if none does. */
  round: number | null;
  found: boolean;
  counted: boolean;
  message: LocalizedText;
}

/** What a ballot page shows before anything is cast: the vote, the unit the ballot is for, and the open round's choices. */
export interface BallotPaper {
  vote: VoteView;
  unit: UnitView;
  /** The open round's ballot, or null when the vote takes no ballots now. */
  round: { round: number; candidates: UnitView[]; places: number } | null;
  /** The unit has cast its ballot in the open round. */
  alreadyVoted: boolean;
}

export interface IssuedCodes {
  voteId: string;
  codes: { unit: UnitView; code: string }[];
}

/**
 * Phiếu bầu: electronic secret ballots, the printed codes that stand for a unit's account, and the counting
 * committee's paper totals. A ballot marks its unit as having voted and drops its sealed ballot in the round's box
 * (BallotBox) in one transaction, so it counts exactly once; no counter is touched until the round is closed.
 */
@Injectable()
export class BallotsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly clusters: ClustersService,
    private readonly codes: BallotCodes,
    private readonly box: BallotBox,
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
      await new VoteRepository(tx).share(issued.voteId);
      // Read again under the vote's lock: the codes may have been reissued meanwhile.
      const holder = await ballots.codeHolder(hash, issued.voteId);
      if (!holder) throw new UnknownBallotCodeError();
      return this.castFor(tx, holder.voteId, holder.organizationId, body, null);
    });
    return localize(receipt, locale);
  }

  /** The ballot a printed code gives, read without casting anything; a wrong or replaced code is refused. */
  async paperForCode(code: string, locale: Locale): Promise<Localized<BallotPaper>> {
    const manager = this.dataSource.manager;
    const holder = await new BallotRepository(manager).codeHolder(this.codes.hash(code));
    if (!holder) throw new UnknownBallotCodeError();
    return this.paperFor(manager, holder.voteId, holder.organizationId, locale);
  }

  /** The ballot of the signed-in officer's unit in a vote; refused, as a ballot would be, when the unit has none there. */
  async paperForOfficer(actor: Actor, voteId: string, locale: Locale): Promise<Localized<BallotPaper>> {
    const organizationId = actor.roles.includes('unit_officer') ? actor.organizationId : null;
    if (!organizationId) throw new NotAUnitOfficerError();
    return this.paperFor(this.dataSource.manager, voteId, organizationId, locale, true);
  }

  private async paperFor(
    manager: EntityManager,
    voteId: string,
    organizationId: string,
    locale: Locale,
    checkVoter = false,
  ): Promise<Localized<BallotPaper>> {
    const votes = new VoteRepository(manager);
    const vote = await votes.require(voteId);
    const round = acceptsBallots(vote.state) ? await votes.round(vote.id, vote.currentRound) : null;
    if (checkVoter) await this.assertVoter(manager, vote, round, organizationId);
    const units = await votes.unitsById([organizationId, ...(round?.candidateIds ?? [])], vote.year);
    return {
      vote: await voteView(votes, vote, locale),
      unit: units.get(organizationId) as UnitView,
      round: round && { round: round.round, candidates: unitsOf(units, round.candidateIds), places: round.places },
      alreadyVoted: round ? await new BallotRepository(manager).hasVoted(vote.id, round.round, organizationId) : false,
    };
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
        ...(totals.votes && {
          votes: round.candidateIds.map((id) => totals.votes?.find((v) => v.candidateId === id) ?? { candidateId: id, votes: 0 }),
        }),
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
      const declared = {
        form: body.form,
        ...(body.chosenIds && { chosenIds: body.chosenIds }),
        ...(body.approved !== undefined && { approved: body.approved }),
      };
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
   * The receipts in each electronic round's box: the open round's as they stand (published before the count), a
   * closed round's as counted. Every signed-in user may read them; no receipt is tied to a unit.
   */
  async receipts(voteId: string): Promise<PublishedReceipts> {
    return this.dataSource.transaction('REPEATABLE READ', async (tx) => {
      const votes = new VoteRepository(tx);
      const vote = await votes.require(voteId);
      if (vote.method !== 'electronic') throw new WrongBallotMethodError('paper');
      const cast = await votes.ballotsCastByRound(vote.id);
      const rounds = await Promise.all(
        (await votes.rounds(vote.id)).map(async (r) => {
          const open = r.closedAt === null;
          const receipts = open ? await this.box.receipts(tx, vote.id, r.round) : (r.receipts ?? []);
          return {
            round: r.round,
            open,
            ballotsInBox: open ? receipts.length : (r.ballotsInBox ?? receipts.length),
            votersMarked: open ? (cast.get(r.round) ?? 0) : (r.votersMarked ?? cast.get(r.round) ?? 0),
            receipts,
          };
        }),
      );
      return { voteId: vote.id, rounds };
    });
  }

  /** Whether a receipt is in one of the vote's published lists: what a delegate checks, without signing in. */
  async checkReceipt(voteId: string, receipt: string, locale: Locale): Promise<Localized<ReceiptCheck>> {
    const wanted = receipt.toUpperCase().replace(/[\s-]/g, '');
    const published = await this.receipts(voteId);
    const holding = published.rounds.find((r) => r.receipts.includes(wanted));
    const check: ReceiptCheck = {
      voteId,
      receipt: wanted,
      round: holding?.round ?? null,
      found: holding !== undefined,
      counted: holding !== undefined && !holding.open,
      message: !holding
        ? MEETINGS_MESSAGES.receiptMissing
        : holding.open
          ? MEETINGS_MESSAGES.receiptInOpenBox(holding.round)
          : MEETINGS_MESSAGES.receiptCounted(holding.round),
    };
    return localize(check, locale);
  }

  /**
   * The one way a ballot is cast: the unit must have a ballot, the vote must be open and electronic, the ballot
   * valid; then the unit is marked as having voted and its sealed ballot dropped in the box. The vote's row is only
   * share-locked, so ballots proceed in parallel; closing the round (an exclusive lock) waits for them.
   */
  private async castFor(
    tx: EntityManager,
    voteId: string,
    organizationId: string,
    body: CastBallotBody,
    auditActor: Actor | null,
  ): Promise<BallotReceipt> {
    const vote = await new VoteRepository(tx).share(voteId);
    const round = acceptsBallots(vote.state) ? await new VoteRepository(tx).round(vote.id, vote.currentRound) : null;
    const unit = await this.assertVoter(tx, vote, round, organizationId);
    if (vote.method !== 'electronic') throw new WrongBallotMethodError('paper');
    if (!round) throw new BallotsClosedError(vote.state);
    const { options, problems } = ballotOptions(vote.subject, round, body);
    if (problems.length > 0) throw new InvalidBallotError([...problems]);
    const receipt = await this.box.cast(
      tx,
      { voteId: vote.id, subject: vote.subject, round: round.round, candidateIds: round.candidateIds },
      organizationId,
      options,
    );
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
      receipt,
      receiptNote: MEETINGS_MESSAGES.ballotReceipt,
    };
  }

  private async assertVoter(tx: EntityManager, vote: VoteRow, round: RoundRow | null, organizationId: string): Promise<UnitView> {
    const unit = (await new VoteRepository(tx).unitsById([organizationId], vote.year)).get(organizationId);
    if (!unit) throw new UnknownVoterUnitError(organizationId);
    // On the open round's roll, the unit has its ballot whoever is in the room now (voterProblem): no need to read
    // the whole attendance for each of thousands of ballots.
    if (round?.electors.includes(organizationId)) return unit;
    const attendance = await this.meetings.attendance(tx, vote.meetingId);
    const cluster = await this.clusters.require(vote.clusterId, tx);
    const seat = attendance.units.find((u) => u.unit.id === organizationId);
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
