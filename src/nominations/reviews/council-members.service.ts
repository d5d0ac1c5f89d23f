import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../access/audit/audit.service.js';
import { StaleVersionError } from '../../platform/errors/platform.errors.js';
import { offsetOf, type Page, pageOf } from '../../platform/pagination/page.js';
import type { IsoDate } from '../../platform/time/calendar.js';
import type {
  CouncilMemberSort,
  CouncilMemberView,
  CreateCouncilMemberBody,
  ListCouncilMembersQuery,
  UpdateCouncilMemberBody,
} from './council-member.dto.js';
import { CouncilMemberNotFoundError } from './council.errors.js';

const SELECT = `SELECT m.id, m.full_name AS "fullName", m.position, m.member_from::text AS "memberFrom", m.member_to::text AS "memberTo", m.version
  FROM council_members m`;

/** A member sits on the council on `$day` (a SQL expression) when the day lies within their period. */
export const SITS_ON = (alias: string, day: string) =>
  `${alias}.member_from <= ${day}::date AND (${alias}.member_to IS NULL OR ${day}::date <= ${alias}.member_to)`;

const ORDER: Record<CouncilMemberSort, string> = {
  name: 'm.full_name COLLATE vietnamese, m.member_from, m.id',
  memberFrom: 'm.member_from, m.full_name COLLATE vietnamese, m.id',
  '-memberFrom': 'm.member_from DESC, m.full_name COLLATE vietnamese, m.id',
};

/** Thành viên Hội đồng Thi đua – Khen thưởng: dated seats, so that the council of any day is known. */
@Injectable()
export class CouncilMembersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: ListCouncilMembersQuery): Promise<Page<CouncilMemberView>> {
    const where = `WHERE ($1::date IS NULL OR (${SITS_ON('m', '$1')})) AND ($2::text IS NULL OR m.search_key LIKE '%' || search_key($2) || '%')`;
    const parameters = [query.on ?? null, query.q ?? null];
    const [items, [{ total }]]: [CouncilMemberView[], { total: number }[]] = await Promise.all([
      this.dataSource.query(`${SELECT} ${where} ORDER BY ${ORDER[query.sort]} LIMIT $3 OFFSET $4`, [...parameters, query.pageSize, offsetOf(query)]),
      this.dataSource.query(`SELECT count(*)::int AS total FROM council_members m ${where}`, parameters),
    ]);
    return pageOf(items, total, query);
  }

  /** The same person twice in overlapping periods is refused by the database (`council_members_no_overlap`). */
  async create(body: CreateCouncilMemberBody): Promise<CouncilMemberView> {
    return this.dataSource.transaction(async (tx) => {
      const [{ id }]: { id: string }[] = await tx.query(
        `INSERT INTO council_members (full_name, position, member_from, member_to) VALUES ($1, $2, $3, $4) RETURNING id`,
        [body.fullName, body.position, body.memberFrom, body.memberTo ?? null],
      );
      const view = await this.view(tx, id);
      await this.record(tx, 'council_member.create', view.id, { after: { ...view } });
      return view;
    });
  }

  /** Optimistic on `version`; votes already recorded keep the roll they were counted on. */
  async update(id: string, body: UpdateCouncilMemberBody): Promise<CouncilMemberView> {
    return this.dataSource.transaction(async (tx) => {
      const before = await this.view(tx, id, true);
      if (before.version !== body.version) throw new StaleVersionError();
      await tx.query(
        `UPDATE council_members SET position = $2, member_to = $3, version = version + 1, updated_at = now() WHERE id = $1`,
        [id, body.position ?? before.position, body.memberTo === undefined ? before.memberTo : body.memberTo],
      );
      const after = await this.view(tx, id);
      await this.record(tx, 'council_member.update', id, { before: { ...before }, after: { ...after } });
      return after;
    });
  }

  /** The ids of those who sat on the council on `day`: the total membership a vote that day is counted on. */
  async membersOn(manager: EntityManager, day: IsoDate): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(`SELECT m.id FROM council_members m WHERE ${SITS_ON('m', '$1')} ORDER BY m.id`, [day]);
    return rows.map((row) => row.id);
  }

  private async view(manager: EntityManager, id: string, lock = false): Promise<CouncilMemberView> {
    if (!isUUID(id)) throw new CouncilMemberNotFoundError(id);
    const [row]: CouncilMemberView[] = await manager.query(`${SELECT} WHERE m.id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id]);
    if (!row) throw new CouncilMemberNotFoundError(id);
    return row;
  }

  private record(tx: EntityManager, action: string, id: string, changes: { before?: Record<string, unknown>; after?: Record<string, unknown> }) {
    return this.audit.record(tx, { action, entityType: 'council_member', entityId: id, ...changes });
  }
}
