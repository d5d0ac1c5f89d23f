import { Injectable } from '@nestjs/common';
import { AuditService, type AuditRecord } from '../../access/audit/audit.service.js';
import { NotClusterSecretariatError } from '../../access/policies/access.errors.js';
import { isStaff, mayManageClusterYear } from '../../access/policies/access.rules.js';
import { clusterYearScope } from '../../access/policies/cluster-scope.js';
import { Clock } from '../../platform/time/clock.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { DataSource, type EntityManager } from 'typeorm';
import type { FieldError } from '../../platform/errors/domain-error.js';
import { type Locale, text } from '../../platform/i18n/locale.js';
import { offsetOf, type Page, pageOf } from '../../platform/pagination/page.js';
import { ClustersService } from '../clusters/clusters.service.js';
import { type SqlRow, unitColumns, unitFrom, type UnitView, unitJoin } from '../clusters/unit.sql.js';
import { findMembers } from '../memberships/membership.queries.js';
import { coversYear } from '../memberships/membership.sql.js';
import { lastDayOf } from '../../platform/time/calendar.js';
import type { Upserted } from '../clusters/upserted.js';
import { proposeTerm } from './rotation.rules.js';
import type { ProposalView, PutTermBody, TermsQuery } from './term.dto.js';
import {
  ChairIsViceChairError,
  StaleTermError,
  TermHolderNotMemberError,
  TermClosedError,
  TermNotFoundError,
  TermVersionRequiredError,
} from './term.errors.js';
import type { TermEntity } from './term.entity.js';
import { findTerm, findTerms, type TermView } from './term.queries.js';

/** Nhiệm kỳ: each cluster's chair (cụm trưởng) and vice-chair (cụm phó) for a year, and who should be next. */
@Injectable()
export class TermsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clusters: ClustersService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async list(clusterId: string, query: TermsQuery): Promise<Page<TermView>> {
    await this.clusters.require(clusterId);
    const { items, total } = await findTerms(this.dataSource.manager, clusterId, {
      fromYear: query.fromYear,
      toYear: query.toYear,
      order: query.order,
      limit: query.pageSize,
      offset: offsetOf(query),
    });
    return pageOf(items, total, query);
  }

  async get(clusterId: string, year: number): Promise<TermView> {
    await this.clusters.require(clusterId);
    const term = await findTerm(this.dataSource.manager, clusterId, year);
    if (!term) throw new TermNotFoundError(year);
    return term;
  }

  /**
   * Creates or replaces the term of a year. The holders' membership rows stay locked FOR SHARE until
   * the term is written, so a membership cannot end under a term that names its unit.
   */
  async put(actor: Actor, clusterId: string, year: number, body: PutTermBody): Promise<Upserted<TermView>> {
    const viceChairId = body.viceChairId ?? null;
    if (viceChairId === body.chairId) throw new ChairIsViceChairError();
    return this.dataSource.transaction(async (tx) => {
      await this.clusters.require(clusterId, tx);
      await this.authorizeTermRecording(tx, actor, clusterId, year);
      const [existing]: (TermFields & { id: string; version: number; closed_at: Date | null })[] = await tx.query(
        `SELECT id, version, closed_at, chair_id AS "chairId", vice_chair_id AS "viceChairId", decided_by AS "decidedBy", note
         FROM cluster_terms WHERE cluster_id = $1 AND year = $2 FOR UPDATE`,
        [clusterId, year],
      );
      if (existing?.closed_at && !isStaff(actor)) throw new TermClosedError(year);
      await this.assertHoldersAreMembers(tx, clusterId, year, { chairId: body.chairId, viceChairId });
      const fields: TermFields = { chairId: body.chairId, viceChairId, decidedBy: body.decidedBy, note: body.note ?? null };
      const values = [fields.chairId, fields.viceChairId, fields.decidedBy, fields.note];
      if (existing) {
        if (body.version == null) throw new TermVersionRequiredError(year, existing.version);
        if (body.version !== existing.version) throw new StaleTermError(year, existing.version);
        await tx.query(
          `UPDATE cluster_terms SET chair_id = $2, vice_chair_id = $3, decided_by = $4, note = $5,
             version = version + 1, updated_at = now()
           WHERE id = $1`,
          [existing.id, ...values],
        );
        await this.record(tx, 'term.replace', { id: existing.id, chairId: fields.chairId }, {
          before: { clusterId, year, ...termFields(existing) },
          after: { clusterId, year, ...fields },
        });
      } else {
        if (body.version != null) throw new StaleTermError(year, null);
        const [{ id }]: { id: string }[] = await tx.query(
          `INSERT INTO cluster_terms (cluster_id, year, chair_id, vice_chair_id, decided_by, note) VALUES ($1, $2, $3, $4, $5, $6)
           RETURNING id`,
          [clusterId, year, ...values],
        );
        await this.record(tx, 'term.create', { id, chairId: fields.chairId }, { after: { clusterId, year, ...fields } });
      }
      return { created: !existing, value: (await findTerm(tx, clusterId, year)) as TermView };
    });
  }

  /** Khoá sổ: the year's records become final; from then on only national staff may correct them. */
  async close(actor: Actor, clusterId: string, year: number): Promise<TermView> {
    return this.dataSource.transaction(async (tx) => {
      await this.clusters.require(clusterId, tx);
      const [term]: { id: string; chairId: string; closed_at: Date | null }[] = await tx.query(
        'SELECT id, chair_id AS "chairId", closed_at FROM cluster_terms WHERE cluster_id = $1 AND year = $2 FOR UPDATE',
        [clusterId, year],
      );
      if (!term) throw new TermNotFoundError(year);
      if (!mayManageClusterYear(actor, await clusterYearScope(tx, clusterId, year))) throw new NotClusterSecretariatError(year);
      if (term.closed_at) throw new TermClosedError(year);
      const closedAt = this.clock.now();
      await tx.query('UPDATE cluster_terms SET closed_at = $2, version = version + 1, updated_at = now() WHERE id = $1', [term.id, closedAt]);
      await this.record(tx, 'term.close', term, { before: { closedAt: null }, after: { closedAt: closedAt.toISOString() } });
      return (await findTerm(tx, clusterId, year)) as TermView;
    });
  }

  /** Records a change to a term, readable by its chair unit. */
  private record(
    tx: EntityManager,
    action: string,
    term: { id: string; chairId: string },
    changes: Pick<AuditRecord, 'before' | 'after'>,
  ): Promise<void> {
    return this.audit.record(tx, { action, entityType: 'cluster_term', entityId: term.id, subjectOrganizationId: term.chairId, ...changes });
  }

  /**
   * The term of `year` is decided at the year-end conference of `year − 1`, so its secretariat (the
   * staff of that year's chair unit, while that year is open) records it; national staff always may.
   */
  private async authorizeTermRecording(tx: EntityManager, actor: Actor, clusterId: string, year: number): Promise<void> {
    if (isStaff(actor)) return;
    if (!mayManageClusterYear(actor, await clusterYearScope(tx, clusterId, year - 1))) {
      throw new NotClusterSecretariatError(year - 1);
    }
  }

  /** The chair and vice-chair proposed for `year` from the term of `year − 1` and the cluster's rule. */
  async proposal(clusterId: string, year: number, locale: Locale): Promise<ProposalView> {
    const cluster = await this.clusters.require(clusterId);
    const manager = this.dataSource.manager;
    const [members, earlier, rotationOrder] = await Promise.all([
      findMembers(manager, clusterId, year, { sort: 'name' }),
      findTerms(manager, clusterId, { toYear: year - 1, order: 'desc' }),
      unitsInOrder(manager, cluster.rotationOrder, year),
    ]);
    const previousTerm = earlier.items.find((term) => term.year === year - 1) ?? null;
    const proposal = proposeTerm<UnitView>({
      rule: cluster.rotationRule,
      year,
      members: members.items.map(({ organizationId, code, fullName, shortName }) => ({ id: organizationId, code, fullName, shortName })),
      previousTerm,
      rotationOrder,
      chairHistory: earlier.items.map((term) => ({ year: term.year, chair: term.chair })),
    });
    return {
      clusterId,
      year,
      rule: cluster.rotationRule,
      previousTerm,
      chair: proposal.chair,
      viceChair: proposal.viceChair,
      eligible: proposal.eligible,
      reasons: proposal.reasons.map((reason) => reason[locale]),
    };
  }

  private async assertHoldersAreMembers(
    tx: EntityManager,
    clusterId: string,
    year: number,
    holders: { chairId: string; viceChairId: string | null },
  ): Promise<void> {
    const ids = [holders.chairId, holders.viceChairId].filter((id): id is string => id !== null);
    const members: { organization_id: string }[] = await tx.query(
      `SELECT m.organization_id FROM cluster_memberships m
       WHERE m.cluster_id = $1 AND m.organization_id = ANY($2::uuid[]) AND ${coversYear('m', '$3::int')}
       FOR SHARE`,
      [clusterId, ids, year],
    );
    const outsiders = ids.filter((id) => !members.some((member) => member.organization_id === id));
    if (outsiders.length === 0) return;
    const units = await unitsInOrder(tx, outsiders, year);
    const fieldErrors: FieldError[] = Object.entries(holders)
      .filter(([, id]) => id !== null && outsiders.includes(id))
      .map(([field, id]) => {
        const unit = units.find((candidate) => candidate.id === id);
        return {
          field,
          message: unit
            ? text(
                `${unit.shortName} không phải thành viên của cụm trong năm ${year}.`,
                `${unit.shortName} is not a member of the cluster in ${year}.`,
              )
            : text(`Không có đơn vị nào mang mã định danh ${id}.`, `No organization has the id ${id}.`),
        };
      });
    throw new TermHolderNotMemberError(year, fieldErrors);
  }
}

/** Who holds a term and how it was decided: what a replacement changes, and what the audit trail keeps. */
type TermFields = Pick<TermEntity, 'chairId' | 'viceChairId' | 'decidedBy' | 'note'>;

function termFields(term: TermFields): TermFields {
  const { chairId, viceChairId, decidedBy, note } = term;
  return { chairId, viceChairId, decidedBy, note };
}

/** The units of `ids` that exist, in the same order, named as they were in `year`. */
async function unitsInOrder(manager: EntityManager, ids: string[], year: number): Promise<UnitView[]> {
  if (ids.length === 0) return [];
  const rows: SqlRow[] = await manager.query(
    `SELECT ${unitColumns('unit')} FROM unnest($1::uuid[]) WITH ORDINALITY AS wanted (id, position)
     ${unitJoin('unit', 'wanted.id', '$2')} ORDER BY wanted.position`,
    [ids, lastDayOf(year)],
  );
  return rows.map((row) => unitFrom(row, 'unit')).filter((unit): unit is UnitView => unit !== null);
}
