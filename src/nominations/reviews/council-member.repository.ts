import type { EntityManager } from 'typeorm';
import { likePattern } from '../../platform/database/sql-text.js';
import { type PageQuery, queryPage } from '../../platform/pagination/page.js';
import type { IsoDate } from '../../platform/time/calendar.js';
import type { CouncilMemberSort, CouncilMemberView } from './council-member.dto.js';

const COLUMNS = `m.id, m.full_name AS "fullName", m.position, m.member_from::text AS "memberFrom", m.member_to::text AS "memberTo", m.version`;

/** A member sits on the council on `$day` (a SQL expression) when the day lies within their period. */
export const SITS_ON = (alias: string, day: string) =>
  `${alias}.member_from <= ${day}::date AND (${alias}.member_to IS NULL OR ${day}::date <= ${alias}.member_to)`;

const ORDER: Record<CouncilMemberSort, string> = {
  name: 'm.full_name COLLATE vietnamese, m.member_from, m.id',
  memberFrom: 'm.member_from, m.full_name COLLATE vietnamese, m.id',
  '-memberFrom': 'm.member_from DESC, m.full_name COLLATE vietnamese, m.id',
};

/** `council_members`: thành viên Hội đồng Thi đua – Khen thưởng, with dated seats. */
export class CouncilMemberRepository {
  constructor(private readonly db: EntityManager) {}

  async list(
    filter: { on?: IsoDate; q?: string | null; sort: CouncilMemberSort },
    page: PageQuery,
  ): Promise<{ items: CouncilMemberView[]; total: number }> {
    const { rows, total } = await queryPage<CouncilMemberView>(
      this.db,
      {
        select: COLUMNS,
        from: 'FROM council_members m',
        where: `WHERE ($1::date IS NULL OR (${SITS_ON('m', '$1')})) AND ($2::text IS NULL OR m.search_key LIKE '%' || search_key($2) || '%')`,
        orderBy: ORDER[filter.sort],
        parameters: [filter.on ?? null, filter.q == null ? null : likePattern(filter.q)],
      },
      page,
    );
    return { items: rows, total };
  }

  async find(id: string, lock = false): Promise<CouncilMemberView | null> {
    const [row]: CouncilMemberView[] = await this.db.query(
      `SELECT ${COLUMNS} FROM council_members m WHERE m.id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [id],
    );
    return row ?? null;
  }

  async insert(member: { fullName: string; position: string; memberFrom: IsoDate; memberTo: IsoDate | null }): Promise<string> {
    const [{ id }]: { id: string }[] = await this.db.query(
      `INSERT INTO council_members (full_name, position, member_from, member_to) VALUES ($1, $2, $3, $4) RETURNING id`,
      [member.fullName, member.position, member.memberFrom, member.memberTo],
    );
    return id;
  }

  async update(id: string, changes: { position: string; memberTo: IsoDate | null }): Promise<void> {
    await this.db.query(
      `UPDATE council_members SET position = $2, member_to = $3, version = version + 1, updated_at = now() WHERE id = $1`,
      [id, changes.position, changes.memberTo],
    );
  }

  /** The ids of those who sat on the council on `day`. */
  async idsOn(day: IsoDate): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(`SELECT m.id FROM council_members m WHERE ${SITS_ON('m', '$1')} ORDER BY m.id`, [
      day,
    ]);
    return rows.map((row) => row.id);
  }

  /** The members in Vietnamese alphabetical order. */
  refs(ids: readonly string[]): Promise<{ id: string; fullName: string; position: string }[]> {
    return this.db.query(
      `SELECT id, full_name AS "fullName", position FROM council_members WHERE id = ANY ($1::uuid[]) ORDER BY full_name COLLATE vietnamese, id`,
      [ids],
    );
  }
}
