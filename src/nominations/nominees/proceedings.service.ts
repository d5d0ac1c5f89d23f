import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../access/audit/audit.service.js';
import { StaleVersionError } from '../../platform/errors/platform.errors.js';
import { offsetOf, type Page, pageOf } from '../../platform/pagination/page.js';
import { type PersonColumns, personColumns, personFrom, personIdOf } from './people.sql.js';
import type { CreateProceedingBody, ListProceedingsQuery, ProceedingView, UpdateProceedingBody } from './proceeding.dto.js';
import { ProceedingEntity } from './proceeding.entity.js';
import { ProceedingNotFoundError } from './proceeding.errors.js';

type ProceedingRow = Omit<ProceedingView, 'person'> & PersonColumns;

const SELECT = `
  SELECT r.id, r.kind, r.organization_id AS "organizationId", ${personColumns('p')}, r.started_on::text AS "startedOn",
    r.ended_on::text AS "endedOn", r.reference, r.note, r.version
  FROM proceedings r LEFT JOIN people p ON p.id = r.person_id`;

function viewOf(row: ProceedingRow): ProceedingView {
  const { id, kind, organizationId, startedOn, endedOn, reference, note, version } = row;
  return { id, kind, organizationId, person: personFrom(row), startedOn, endedOn, reference, note, version };
}

/** Kỷ luật, điều tra, thanh tra, khiếu nại: what bars a nominee while it runs. Kept by national staff. */
@Injectable()
export class ProceedingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(body: CreateProceedingBody): Promise<ProceedingView> {
    return this.dataSource.transaction(async (tx) => {
      const fields = {
        kind: body.kind,
        organizationId: body.organizationId,
        personId: body.person ? await personIdOf(tx, body.organizationId, body.person) : null,
        startedOn: body.startedOn,
        endedOn: body.endedOn ?? null,
        reference: body.reference ?? null,
        note: body.note ?? null,
      };
      const { identifiers } = await tx.getRepository(ProceedingEntity).insert(fields);
      const view = await this.view(tx, identifiers[0].id as string);
      await this.record(tx, 'proceeding.create', view, { after: fields });
      return view;
    });
  }

  async list(query: ListProceedingsQuery): Promise<Page<ProceedingView>> {
    const where = `
      WHERE ($1::uuid IS NULL OR r.organization_id = $1)
        AND ($2::uuid IS NULL OR r.person_id = $2)
        AND ($3::proceeding_kind IS NULL OR r.kind = $3)
        AND ($4::date IS NULL OR (r.started_on <= $4 AND (r.ended_on IS NULL OR r.ended_on >= $4)))`;
    const parameters = [query.organizationId ?? null, query.personId ?? null, query.kind ?? null, query.pendingOn ?? null];
    const order = query.sort === 'startedOn' ? 'r.started_on, r.id' : 'r.started_on DESC, r.id';
    const [rows, [{ total }]]: [ProceedingRow[], { total: number }[]] = await Promise.all([
      this.dataSource.query(`${SELECT} ${where} ORDER BY ${order} LIMIT $5 OFFSET $6`, [...parameters, query.pageSize, offsetOf(query)]),
      this.dataSource.query(`SELECT count(*)::int AS total FROM proceedings r ${where}`, parameters),
    ]);
    return pageOf(rows.map(viewOf), total, query);
  }

  /** Optimistic on `version`; an end before the start is refused by the database's check. */
  async update(id: string, body: UpdateProceedingBody): Promise<ProceedingView> {
    return this.dataSource.transaction(async (tx) => {
      const before = await this.view(tx, id, true);
      if (before.version !== body.version) throw new StaleVersionError();
      await tx.getRepository(ProceedingEntity).update(id, { endedOn: body.endedOn, reference: body.reference, note: body.note });
      const after = await this.view(tx, id);
      await this.record(tx, 'proceeding.update', after, { before: { ...before }, after: { ...after } });
      return after;
    });
  }

  private async view(manager: EntityManager, id: string, lock = false): Promise<ProceedingView> {
    if (!isUUID(id)) throw new ProceedingNotFoundError(id);
    const [row]: ProceedingRow[] = await manager.query(`${SELECT} WHERE r.id = $1 ${lock ? 'FOR UPDATE OF r' : ''}`, [id]);
    if (!row) throw new ProceedingNotFoundError(id);
    return viewOf(row);
  }

  private record(
    tx: EntityManager,
    action: string,
    proceeding: ProceedingView,
    changes: { before?: Record<string, unknown>; after?: Record<string, unknown> },
  ): Promise<void> {
    return this.audit.record(tx, { action, entityType: 'proceeding', entityId: proceeding.id, subjectOrganizationId: proceeding.organizationId, ...changes });
  }
}
