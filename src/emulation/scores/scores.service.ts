import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../access/audit/audit.service.js';
import { NotClusterSecretariatError } from '../../access/policies/access.errors.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { Clock } from '../../platform/time/clock.js';
import { SpreadsheetReader } from '../../nominations/register/spreadsheet.reader.js';
import { readSpreadsheet } from '../emulation-spreadsheets.js';
import { centipointsOf, pointsOf } from '../criteria/criteria.rules.js';
import { CriteriaService } from '../criteria/criteria.service.js';
import { actsForOwnUnit, ClusterYearReader, emulationRole, requireCluster, requireMember } from '../cluster-year.js';
import type { ImportRowReport, StoredFileContent, UploadedEmulationFile } from '../emulation.dto.js';
import { DossierFileChecker } from '../../nominations/dossiers/dossier-file.checker.js';
import {
  EmulationInvalidError,
  EvidenceNotFoundError,
  NoCriteriaError,
  NotOwnUnitError,
  ScoresInvalidError,
  ScoresNotPublishedError,
  ScoreTableStateError,
  StaleEmulationRecordError,
} from '../emulation.errors.js';
import { EMULATION_MESSAGES } from '../emulation.messages.js';
import { bandsAreOrdered, DEFAULT_BANDS } from '../ranking/ranking.rules.js';
import type {
  AgreedScoreBody,
  ConfigureScoreTableBody,
  CrossPairsBody,
  CrossScoreBody,
  EvidenceBody,
  EvidenceView,
  FixScoreTableBody,
  PublishScoreTableBody,
  ScoreChangeView,
  ScoreColumn,
  ScoreSheetView,
  ScoreTableView,
  SelfScoreBody,
  SelfScoreImportView,
} from './score.dto.js';
import { type ColumnWrite, type ScoreRecord, ScoreRepository, type ScoreTableRecord } from './score.repository.js';
import { sheetView, tableOrNew, tableView } from './score.views.js';
import { SCORE_COLUMN_LABELS, scoreEntryProblems, selfScoresFromSheet } from './score.rules.js';
import { isPublic, SCORE_TABLE_WORKFLOW, type ScoreTableAction, type ScoreTableRole, type ScoreTableState } from './score.state.js';

interface Caller {
  roles: ScoreTableRole[];
  secretariat: boolean;
  chairOrganizationId: string | null;
  /** The units the caller's unit checks (chấm chéo pairs). */
  checks: string[];
}

/**
 * Bảng điểm of a cluster-year: members self-score with evidence while the table is open and see only their own
 * sheet; the secretariat (the year's chair unit, national staff) checks and adjusts with a reason, publishes the
 * table, enters the agreed scores at the summary meeting and fixes it. Every change of a column is kept.
 */
@Injectable()
export class ScoresService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly criteria: CriteriaService,
    private readonly files: DossierFileChecker,
    private readonly spreadsheets: SpreadsheetReader,
  ) {}

  /** The table's state and settings, with what the caller may do now. */
  async table(actor: Actor, clusterId: string, year: number, manager: EntityManager = this.dataSource.manager): Promise<ScoreTableView> {
    await requireCluster(manager, clusterId);
    const caller = await this.caller(manager, actor, clusterId, year);
    const table = tableOrNew(clusterId, year, await new ScoreRepository(manager).table(clusterId, year));
    return tableView(table, caller.roles, await this.crossPairViews(manager, clusterId, year));
  }

  /** Chấm chéo pairs: the whole list, set by the secretariat while the table is open. */
  async setCrossPairs(actor: Actor, clusterId: string, year: number, body: CrossPairsBody): Promise<ScoreTableView> {
    return this.dataSource.transaction(async (tx) => {
      const { caller, table } = await this.lockTable(tx, actor, clusterId, year);
      this.allow(table.state, 'pair', caller, null, actor, year);
      const members = new Set((await new ClusterYearReader(tx).members(clusterId, year)).map((unit) => unit.id));
      const problems = body.pairs.flatMap((pair, i) => [
        ...(['scorerId', 'scoredId'] as const).flatMap((field) =>
          members.has(pair[field]) ? [] : [{ field: `pairs[${i}].${field}`, message: EMULATION_MESSAGES.notAMemberUnit }],
        ),
        ...(pair.scorerId === pair.scoredId ? [{ field: `pairs[${i}].scoredId`, message: EMULATION_MESSAGES.pairOfItself }] : []),
      ]);
      if (problems.length > 0) throw new EmulationInvalidError(problems);
      const scores = new ScoreRepository(tx);
      const before = await scores.crossPairs(clusterId, year);
      const pairs = [...new Map(body.pairs.map((pair) => [`${pair.scorerId}/${pair.scoredId}`, pair])).values()];
      await scores.replaceCrossPairs(clusterId, year, pairs);
      await this.audit.record(tx, {
        action: 'emulation.score_cross_pairs',
        entityType: 'emulation_score_table',
        entityId: `${clusterId}/${year}`,
        subjectOrganizationId: caller.chairOrganizationId,
        before: { pairs: before },
        after: { pairs: pairs.map(({ scorerId, scoredId }) => ({ scorerId, scoredId })) },
      });
      return this.table(actor, clusterId, year, tx);
    });
  }

  /** The table's record (or its start), for the ranking and other readers. */
  async tableRecord(manager: EntityManager, clusterId: string, year: number): Promise<ScoreTableRecord> {
    return tableOrNew(clusterId, year, await new ScoreRepository(manager).table(clusterId, year));
  }

  /** Every score of the year: for the ranking, which decides itself who may see it. */
  async allScores(manager: EntityManager, clusterId: string, year: number): Promise<ScoreRecord[]> {
    return new ScoreRepository(manager).scores(clusterId, year);
  }

  /** One unit's sheet: the unit itself, the secretariat and national staff always; other members once published. */
  async sheet(
    actor: Actor,
    clusterId: string,
    year: number,
    organizationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ScoreSheetView> {
    await requireCluster(manager, clusterId);
    const unit = await requireMember(manager, clusterId, year, organizationId);
    const caller = await this.caller(manager, actor, clusterId, year);
    const scores = new ScoreRepository(manager);
    const table = tableOrNew(clusterId, year, await scores.table(clusterId, year));
    const mayRead = caller.secretariat || actsForOwnUnit(actor, organizationId) || caller.checks.includes(organizationId);
    if (!mayRead && !isPublic(table.state)) throw new ScoresNotPublishedError();
    const nodes = await this.criteria.records(manager, clusterId, year);
    const unitScores = await scores.scores(clusterId, year, organizationId);
    const evidence = await scores.evidenceOf(
      organizationId,
      nodes.map((node) => node.id),
    );
    return sheetView({
      table: tableView(table, caller.roles, await this.crossPairViews(manager, clusterId, year)),
      unit,
      nodes,
      scores: unitScores,
      evidence,
      bands: table.bands ?? DEFAULT_BANDS,
    });
  }

  /** Tự chấm: the unit's own officers, while the table is open. */
  selfScore(actor: Actor, clusterId: string, year: number, organizationId: string, body: SelfScoreBody): Promise<ScoreSheetView> {
    return this.writeColumn(
      actor,
      clusterId,
      year,
      organizationId,
      'self',
      'self_score',
      body.scores.map((score) => ({ criterionId: score.criterionId, points: score.points ?? null, comment: score.note ?? null })),
    );
  }

  /** Chấm chéo / thẩm định: the secretariat, with a reason for every adjusted score, until the table is fixed. */
  crossScore(actor: Actor, clusterId: string, year: number, organizationId: string, body: CrossScoreBody): Promise<ScoreSheetView> {
    return this.writeColumn(
      actor,
      clusterId,
      year,
      organizationId,
      'cross',
      'cross_score',
      body.scores.map((score) => ({ criterionId: score.criterionId, points: score.points ?? null, comment: score.reason })),
    );
  }

  /** Điểm thống nhất: entered by the secretariat at the summary meeting, once the table is published. */
  agree(actor: Actor, clusterId: string, year: number, organizationId: string, body: AgreedScoreBody): Promise<ScoreSheetView> {
    return this.writeColumn(
      actor,
      clusterId,
      year,
      organizationId,
      'agreed',
      'agree',
      body.scores.map((score) => ({ criterionId: score.criterionId, points: score.points ?? null, comment: score.reason ?? null })),
    );
  }

  /** Bands and leader count of the year's table: the secretariat, until the table is fixed. */
  async configure(actor: Actor, clusterId: string, year: number, body: ConfigureScoreTableBody): Promise<ScoreTableView> {
    return this.dataSource.transaction(async (tx) => {
      const { caller, table } = await this.lockTable(tx, actor, clusterId, year);
      if (!caller.secretariat) throw new NotClusterSecretariatError(year);
      if (table.state === 'fixed') throw new ScoreTableStateError(SCORE_TABLE_WORKFLOW.label(table.state));
      if (table.version !== body.version) throw new StaleEmulationRecordError(table.version);
      const bands =
        body.bands === undefined ? table.bands : { excellent: body.bands.excellent, good: body.bands.good, fair: body.bands.fair };
      if (bands && !bandsAreOrdered(bands)) {
        throw new EmulationInvalidError([{ field: 'bands', message: EMULATION_MESSAGES.bandsOrder }]);
      }
      const leaderCount = body.leaderCount === undefined ? table.leaderCount : body.leaderCount;
      const scores = new ScoreRepository(tx);
      await scores.configure(clusterId, year, bands, leaderCount);
      await this.audit.record(tx, {
        action: 'emulation.score_table_configure',
        entityType: 'emulation_score_table',
        entityId: `${clusterId}/${year}`,
        subjectOrganizationId: caller.chairOrganizationId,
        before: { bands: table.bands, leaderCount: table.leaderCount },
        after: { bands, leaderCount },
      });
      return this.table(actor, clusterId, year, tx);
    });
  }

  /** Công bố: self-scores are locked and every member sees every sheet. */
  async publish(actor: Actor, clusterId: string, year: number, body: PublishScoreTableBody): Promise<ScoreTableView> {
    return this.transition(actor, clusterId, year, body.version, 'publish', null);
  }

  /** Chốt: the agreed table is final; its ranking is what the flag vote's default candidates come from. */
  async fix(actor: Actor, clusterId: string, year: number, body: FixScoreTableBody): Promise<ScoreTableView> {
    return this.transition(actor, clusterId, year, body.version, 'fix', body.meetingId ?? null);
  }

  /** Every change of the unit's columns: who, when, which column, old, new, why. Same visibility as the sheet. */
  async history(actor: Actor, clusterId: string, year: number, organizationId: string): Promise<ScoreChangeView[]> {
    await this.sheet(actor, clusterId, year, organizationId);
    const changes = await new ScoreRepository(this.dataSource.manager).history(clusterId, year, organizationId);
    return changes.map((change) => ({
      criterionId: change.criterionId,
      criterionCode: change.criterionCode,
      column: change.column,
      columnLabel: SCORE_COLUMN_LABELS[change.column],
      oldPoints: change.oldPoints === null ? null : pointsOf(change.oldPoints),
      newPoints: change.newPoints === null ? null : pointsOf(change.newPoints),
      reason: change.reason,
      changedBy: change.changedBy,
      changedAt: change.changedAt,
    }));
  }

  /** Minh chứng of a self-score: uploaded by the unit while it may self-score. */
  async uploadEvidence(
    actor: Actor,
    clusterId: string,
    year: number,
    organizationId: string,
    body: EvidenceBody,
    file: UploadedEmulationFile | undefined,
  ): Promise<EvidenceView> {
    return this.dataSource.transaction(async (tx) => {
      const { caller, table } = await this.lockTable(tx, actor, clusterId, year);
      this.allow(table.state, 'self_score', caller, organizationId, actor, year);
      await requireMember(tx, clusterId, year, organizationId);
      const nodes = await this.criteria.records(tx, clusterId, year);
      const problems = scoreEntryProblems([{ criterionId: body.criterionId, points: null }], nodes);
      if (problems.length > 0) throw new ScoresInvalidError(problems.map((problem) => ({ ...problem, field: 'criterionId' })));
      const evidence = await new ScoreRepository(tx).insertEvidence(
        body.criterionId,
        organizationId,
        this.files.accept(file),
        actor.userId,
      );
      await this.audit.record(tx, {
        action: 'emulation.score_evidence_add',
        entityType: 'emulation_score_evidence',
        entityId: evidence.id,
        subjectOrganizationId: organizationId,
        after: { ...evidence },
      });
      return evidence;
    });
  }

  /** Removes a file of evidence: the unit itself, while it may self-score. */
  async removeEvidence(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const scores = new ScoreRepository(tx);
      const found = await scores.evidenceContent(id);
      if (!found) throw new EvidenceNotFoundError(id);
      const { organizationId, clusterId, year, fileName, sha256 } = found;
      const { caller, table } = await this.lockTable(tx, actor, clusterId, year);
      this.allow(table.state, 'self_score', caller, organizationId, actor, year);
      if (!(await scores.deleteEvidence(id))) throw new EvidenceNotFoundError(id);
      await this.audit.record(tx, {
        action: 'emulation.score_evidence_remove',
        entityType: 'emulation_score_evidence',
        entityId: id,
        subjectOrganizationId: organizationId,
        before: { fileName, sha256 },
      });
    });
  }

  /** An evidence file, for whoever may see the unit's sheet. */
  async evidenceContent(actor: Actor, id: string): Promise<StoredFileContent> {
    const found = await new ScoreRepository(this.dataSource.manager).evidenceContent(id);
    if (!found) throw new EvidenceNotFoundError(id);
    const { organizationId, clusterId, year, ...file } = found;
    await this.sheet(actor, clusterId, year, organizationId);
    return file;
  }

  /** Reads the unit's self-scores from its form (XLSX): good rows are recorded, the others reported with their reasons. */
  async importSelfScores(
    actor: Actor,
    clusterId: string,
    year: number,
    organizationId: string,
    file: UploadedEmulationFile | undefined,
  ): Promise<SelfScoreImportView> {
    await this.dataSource.transaction(async (tx) => {
      const { caller, table } = await this.lockTable(tx, actor, clusterId, year);
      this.allow(table.state, 'self_score', caller, organizationId, actor, year);
    });
    const rows = await readSpreadsheet(this.spreadsheets, file);
    const nodes = await this.criteria.records(this.dataSource.manager, clusterId, year);
    const parsed = selfScoresFromSheet(rows, nodes);
    const entries = parsed.flatMap((row) =>
      row.entry ? [{ criterionId: row.entry.criterionId, points: row.entry.points, comment: row.entry.note }] : [],
    );
    const sheet =
      entries.length > 0
        ? await this.writeColumn(actor, clusterId, year, organizationId, 'self', 'self_score', entries)
        : await this.sheet(actor, clusterId, year, organizationId);
    const report: ImportRowReport[] = parsed.map((row) => ({
      row: row.row,
      status: row.entry ? 'accepted' : 'refused',
      code: row.code,
      reasons: row.problems.map((problem) => problem.message),
    }));
    return {
      accepted: report.filter((row) => row.status === 'accepted').length,
      refused: report.filter((row) => row.status === 'refused').length,
      rows: report,
      sheet,
    };
  }

  /** One path for every column: authorize by the table's workflow, check against the tree, write, keep the history. */
  private async writeColumn(
    actor: Actor,
    clusterId: string,
    year: number,
    organizationId: string,
    column: ScoreColumn,
    action: ScoreTableAction,
    entries: (Omit<ColumnWrite, 'points'> & { points: number | null })[],
  ): Promise<ScoreSheetView> {
    return this.dataSource.transaction(async (tx) => {
      const { caller, table } = await this.lockTable(tx, actor, clusterId, year);
      this.allow(table.state, action, caller, organizationId, actor, year);
      await requireMember(tx, clusterId, year, organizationId);
      const nodes = await this.criteria.records(tx, clusterId, year);
      if (nodes.length === 0) throw new NoCriteriaError(year);
      const problems = scoreEntryProblems(entries, nodes);
      if (column === 'cross') {
        entries.forEach((entry, i) => {
          if (entry.points !== null && !entry.comment?.trim()) {
            problems.push({ field: `scores[${i}].reason`, message: EMULATION_MESSAGES.reasonRequired });
          }
        });
      }
      if (problems.length > 0) throw new ScoresInvalidError(problems);
      const scores = new ScoreRepository(tx);
      const writes = entries.map((entry) => ({ ...entry, points: entry.points === null ? null : centipointsOf(entry.points) }));
      const changes = await scores.writeColumn(clusterId, year, organizationId, column, writes);
      const now = this.clock.now();
      await scores.appendHistory(clusterId, year, changes, { userId: actor.userId, username: actor.username }, now);
      if (changes.length > 0) {
        await this.audit.record(tx, {
          action: `emulation.score_${column}`,
          entityType: 'emulation_scores',
          entityId: `${clusterId}/${year}/${organizationId}`,
          subjectOrganizationId: organizationId,
          before: Object.fromEntries(
            changes.map((change) => [change.criterionId, change.oldPoints === null ? null : pointsOf(change.oldPoints)]),
          ),
          after: Object.fromEntries(
            changes.map((change) => [change.criterionId, change.newPoints === null ? null : pointsOf(change.newPoints)]),
          ),
        });
      }
      return this.sheet(actor, clusterId, year, organizationId, tx);
    });
  }

  private async transition(
    actor: Actor,
    clusterId: string,
    year: number,
    version: number,
    action: Extract<ScoreTableAction, 'publish' | 'fix'>,
    meetingId: string | null,
  ): Promise<ScoreTableView> {
    return this.dataSource.transaction(async (tx) => {
      const { caller, table } = await this.lockTable(tx, actor, clusterId, year);
      this.allow(table.state, action, caller, null, actor, year);
      if (table.version !== version) throw new StaleEmulationRecordError(table.version);
      const scores = new ScoreRepository(tx);
      if (meetingId) {
        const meeting = await scores.meetingOf(meetingId);
        if (!meeting || meeting.clusterId !== clusterId) {
          throw new EmulationInvalidError([{ field: 'meetingId', message: EMULATION_MESSAGES.notAClusterMeeting }]);
        }
      }
      const next = SCORE_TABLE_WORKFLOW.next(table.state, action)!;
      const now = this.clock.now();
      if (action === 'publish') await scores.publish(clusterId, year, next, now);
      else await scores.fix(clusterId, year, next, now, meetingId);
      await this.audit.record(tx, {
        action: `emulation.score_table_${action}`,
        entityType: 'emulation_score_table',
        entityId: `${clusterId}/${year}`,
        subjectOrganizationId: caller.chairOrganizationId,
        before: { state: table.state },
        after: { state: next, ...(meetingId && { meetingId }) },
      });
      return this.table(actor, clusterId, year, tx);
    });
  }

  /** The year's table, created if need be and locked for the change, with the caller's roles in it. */
  private async lockTable(
    tx: EntityManager,
    actor: Actor,
    clusterId: string,
    year: number,
  ): Promise<{ caller: Caller; table: ScoreTableRecord }> {
    await requireCluster(tx, clusterId);
    const caller = await this.caller(tx, actor, clusterId, year);
    const scores = new ScoreRepository(tx);
    await scores.ensureTable(clusterId, year);
    return { caller, table: (await scores.table(clusterId, year, true))! };
  }

  private async caller(manager: EntityManager, actor: Actor, clusterId: string, year: number): Promise<Caller> {
    const role = await emulationRole(manager, actor, clusterId, year);
    const member = actor.roles.includes('unit_officer') && actor.organizationId !== null;
    const checks = member
      ? (await new ScoreRepository(manager).crossPairs(clusterId, year))
          .filter((pair) => pair.scorerId === actor.organizationId)
          .map((pair) => pair.scoredId)
      : [];
    const roles: ScoreTableRole[] = [
      ...(member ? (['member'] as const) : []),
      ...(role.secretariat ? (['secretariat'] as const) : []),
      ...(checks.length > 0 ? (['cross_scorer'] as const) : []),
    ];
    return { roles, secretariat: role.secretariat, chairOrganizationId: role.scope.chairOrganizationId, checks };
  }

  private async crossPairViews(manager: EntityManager, clusterId: string, year: number): Promise<ScoreTableView['crossPairs']> {
    const pairs = await new ScoreRepository(manager).crossPairs(clusterId, year);
    if (pairs.length === 0) return [];
    const units = new Map((await new ClusterYearReader(manager).members(clusterId, year)).map((unit) => [unit.id, unit]));
    return pairs.flatMap((pair) => {
      const scorer = units.get(pair.scorerId);
      const scored = units.get(pair.scoredId);
      return scorer && scored ? [{ scorer, scored }] : [];
    });
  }

  /**
   * Refuses a caller without a role the action needs (the unit itself, its chấm chéo scorer, the secretariat), then an action the
   * table's state does not allow: who may act is said before what state the table is in.
   */
  private allow(
    state: ScoreTableState,
    action: ScoreTableAction,
    caller: Caller,
    organizationId: string | null,
    actor: Actor,
    year: number,
  ): void {
    const roles = SCORE_TABLE_WORKFLOW.statesAllowing(action).flatMap((from) => SCORE_TABLE_WORKFLOW.rolesFor(from, action));
    const forUnit = organizationId !== null;
    const acting: ScoreTableRole[] = [
      ...(forUnit && actsForOwnUnit(actor, organizationId) ? (['member'] as const) : []),
      ...(forUnit && caller.checks.includes(organizationId) ? (['cross_scorer'] as const) : []),
      ...(caller.secretariat ? (['secretariat'] as const) : []),
    ].filter((role) => roles.includes(role));
    if (acting.length === 0) throw roles.includes('member') ? new NotOwnUnitError() : new NotClusterSecretariatError(year);
    if (!SCORE_TABLE_WORKFLOW.can(state, action, acting)) throw new ScoreTableStateError(SCORE_TABLE_WORKFLOW.label(state));
  }
}
