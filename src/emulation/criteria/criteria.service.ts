import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../access/audit/audit.service.js';
import { ForbiddenError } from '../../access/policies/access.errors.js';
import { isStaff } from '../../access/policies/access.rules.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { SpreadsheetReader } from '../../nominations/register/spreadsheet.reader.js';
import { requireCluster, requireSecretariat } from '../cluster-year.js';
import type { ImportRowReport, UploadedEmulationFile } from '../emulation.dto.js';
import { CriteriaLockedError, EmulationInvalidError, NoCriteriaTemplateError } from '../emulation.errors.js';
import { readSpreadsheet } from '../emulation-spreadsheets.js';
import { maximums } from '../ranking/ranking.rules.js';
import { criteriaFromSheet } from './criteria-import.rules.js';
import {
  acceptRows,
  type CriterionInput,
  LEVEL_LABELS,
  levelOfCode,
  NATURE_LABELS,
  parentCodeOf,
  pointsOf,
  scorableIds,
} from './criteria.rules.js';
import type { CriteriaImportView, CriteriaTreeView, CriterionItem, CriterionView, PutCriteriaBody } from './criterion.dto.js';
import { type CriterionRecord, CriterionRepository, type TreeScope } from './criterion.repository.js';

/** The tree view of stored criteria: children under their parents, in the stored order. */
export function treeView(scope: TreeScope, records: readonly CriterionRecord[], locked: boolean): CriteriaTreeView {
  const scorable = scorableIds(records);
  const viewOf = (record: CriterionRecord): CriterionView => ({
    id: record.id,
    code: record.code,
    level: record.level,
    levelLabel: LEVEL_LABELS[record.level],
    nature: record.nature,
    natureLabel: NATURE_LABELS[record.nature],
    title: record.title,
    maxPoints: pointsOf(record.maxPoints),
    evidenceRequired: record.evidenceRequired,
    evidenceNote: record.evidenceNote,
    scorable: scorable.has(record.id),
    children: records.filter((child) => child.parentId === record.id).map(viewOf),
  });
  const max = maximums(records);
  return {
    ...scope,
    locked,
    maxPoints: pointsOf(max.standard),
    maxBonus: pointsOf(max.bonus),
    maxPenalty: pointsOf(max.penalty),
    groups: records.filter((record) => record.parentId === null).map(viewOf),
  };
}

/** A form's item with what the API lets it leave out filled from its code. */
function inputOf(item: CriterionItem): CriterionInput {
  return {
    ...item,
    parentCode: item.parentCode === undefined ? parentCodeOf(item.code) : item.parentCode,
    level: item.level ?? levelOfCode(item.code) ?? 'sub_criterion',
    evidenceNote: item.evidenceNote ?? null,
  };
}

function inputOfRecord(record: CriterionRecord, records: readonly CriterionRecord[]): CriterionInput {
  return {
    code: record.code,
    parentCode: records.find((parent) => parent.id === record.parentId)?.code ?? null,
    level: record.level,
    nature: record.nature,
    title: record.title,
    maxPoints: pointsOf(record.maxPoints),
    evidenceRequired: record.evidenceRequired,
    evidenceNote: record.evidenceNote,
  };
}

/**
 * Bảng tiêu chí: the owner's template per year (national staff) and each cluster-year's tree, copied from the
 * template and adjusted by the secretariat until scoring starts. Everyone signed in reads them.
 */
@Injectable()
export class CriteriaService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly spreadsheets: SpreadsheetReader,
  ) {}

  async tree(clusterId: string, year: number, manager: EntityManager = this.dataSource.manager): Promise<CriteriaTreeView> {
    const cluster = await requireCluster(manager, clusterId);
    const criteria = new CriterionRepository(manager);
    const scope = { ownerId: cluster.ownerId, clusterId, year };
    return treeView(scope, await criteria.tree(scope), await criteria.scoringStarted(clusterId, year));
  }

  /** The stored criteria of a cluster-year, for scoring and ranking. */
  async records(manager: EntityManager, clusterId: string, year: number): Promise<CriterionRecord[]> {
    const cluster = await requireCluster(manager, clusterId);
    return new CriterionRepository(manager).tree({ ownerId: cluster.ownerId, clusterId, year });
  }

  async template(ownerId: string, year: number): Promise<CriteriaTreeView> {
    const scope = { ownerId, clusterId: null, year };
    return treeView(scope, await new CriterionRepository(this.dataSource.manager).tree(scope), false);
  }

  /** Replaces a cluster-year's whole tree; refused once scoring has started. */
  async replaceTree(actor: Actor, clusterId: string, year: number, body: PutCriteriaBody): Promise<CriteriaTreeView> {
    return this.dataSource.transaction(async (tx) => {
      const scope = await this.clusterScope(tx, actor, clusterId, year);
      await this.write(tx, scope, this.checked(body.items.map(inputOf)), 'emulation.criteria_replace');
      return this.tree(clusterId, year, tx);
    });
  }

  /** Replaces the owner's template of a year: national staff. */
  async replaceTemplate(actor: Actor, ownerId: string, year: number, body: PutCriteriaBody): Promise<CriteriaTreeView> {
    if (!isStaff(actor)) throw new ForbiddenError();
    return this.dataSource.transaction(async (tx) => {
      const scope = { ownerId, clusterId: null, year };
      await this.write(tx, scope, this.checked(body.items.map(inputOf)), 'emulation.criteria_template_replace');
      return treeView(scope, await new CriterionRepository(tx).tree(scope), false);
    });
  }

  /** Copies the owner's template (of the year, or the latest before it) as the cluster-year's tree. */
  async copyTemplate(actor: Actor, clusterId: string, year: number): Promise<CriteriaTreeView> {
    return this.dataSource.transaction(async (tx) => {
      const scope = await this.clusterScope(tx, actor, clusterId, year);
      const criteria = new CriterionRepository(tx);
      const templateYear = await criteria.templateYear(scope.ownerId, year);
      if (templateYear === null) throw new NoCriteriaTemplateError(year);
      const template = await criteria.tree({ ownerId: scope.ownerId, clusterId: null, year: templateYear });
      await this.write(
        tx,
        scope,
        template.map((record) => inputOfRecord(record, template)),
        'emulation.criteria_copy_template',
      );
      return this.tree(clusterId, year, tx);
    });
  }

  /**
   * Reads the cluster-year's tree from the criteria form (XLSX): the rows that form a tree are kept, the others are
   * reported with their reasons (a row under a refused parent is refused too). Refused rows change nothing else.
   */
  async importTree(actor: Actor, clusterId: string, year: number, file: UploadedEmulationFile | undefined): Promise<CriteriaImportView> {
    return this.dataSource.transaction(async (tx) => {
      const scope = await this.clusterScope(tx, actor, clusterId, year);
      const rows = await readSpreadsheet(this.spreadsheets, file);
      const parsed = criteriaFromSheet(rows);
      const readable = parsed.filter((row) => row.input !== null);
      const { accepted, refused } = acceptRows(readable.map((row) => row.input!));
      const refusedAt = new Map(refused.map(({ index, problems }) => [readable[index].row, problems]));
      const report: ImportRowReport[] = parsed.map((row) => {
        const problems = row.input ? (refusedAt.get(row.row) ?? []) : row.problems;
        return {
          row: row.row,
          status: problems.length > 0 ? 'refused' : 'accepted',
          code: row.code,
          reasons: problems.map((problem) => problem.message),
        };
      });
      if (accepted.length > 0) await this.write(tx, scope, accepted, 'emulation.criteria_import');
      return {
        accepted: report.filter((row) => row.status === 'accepted').length,
        refused: report.filter((row) => row.status === 'refused').length,
        rows: report,
        tree: await this.tree(clusterId, year, tx),
      };
    });
  }

  private async clusterScope(tx: EntityManager, actor: Actor, clusterId: string, year: number): Promise<TreeScope> {
    const cluster = await requireCluster(tx, clusterId);
    await requireSecretariat(tx, actor, clusterId, year);
    if (await new CriterionRepository(tx).scoringStarted(clusterId, year)) throw new CriteriaLockedError();
    return { ownerId: cluster.ownerId, clusterId, year };
  }

  /** The items, if they form a tree; otherwise every reason, by item. */
  private checked(items: CriterionInput[]): CriterionInput[] {
    const { refused } = acceptRows(items);
    if (refused.length > 0) {
      throw new EmulationInvalidError(
        refused.flatMap(({ index, problems }) => problems.map((problem) => ({ ...problem, field: `items[${index}].${problem.field}` }))),
      );
    }
    return items;
  }

  private async write(tx: EntityManager, scope: TreeScope, items: readonly CriterionInput[], action: string): Promise<void> {
    const criteria = new CriterionRepository(tx);
    const before = await criteria.tree(scope);
    await criteria.replace(scope, items);
    await this.audit.record(tx, {
      action,
      entityType: 'emulation_criteria',
      entityId: `${scope.clusterId ?? scope.ownerId}/${scope.year}`,
      subjectOrganizationId: scope.ownerId,
      before: { count: before.length, codes: before.map((record) => record.code) },
      after: { count: items.length, codes: items.map((item) => item.code) },
    });
  }
}
