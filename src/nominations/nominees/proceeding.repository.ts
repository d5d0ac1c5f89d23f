import type { EntityManager } from 'typeorm';
import { type PageQuery, queryPage } from '../../platform/pagination/page.js';
import type { IsoDate } from '../../platform/time/calendar.js';
import type { ProceedingKind } from './proceeding.rules.js';
import { type PersonColumns, personColumns, personFrom } from './person.repository.js';
import type { ListProceedingsQuery, ProceedingView } from './proceeding.dto.js';

type ProceedingRow = Omit<ProceedingView, 'person'> & PersonColumns;

const COLUMNS = `r.id, r.kind, r.organization_id AS "organizationId", ${personColumns('p')}, r.started_on::text AS "startedOn",
  r.ended_on::text AS "endedOn", r.reference, r.note, r.version`;
const FROM = 'FROM proceedings r LEFT JOIN people p ON p.id = r.person_id';

function viewOf(row: ProceedingRow): ProceedingView {
  const { id, kind, organizationId, startedOn, endedOn, reference, note, version } = row;
  return { id, kind, organizationId, person: personFrom(row), startedOn, endedOn, reference, note, version };
}

export interface NewProceeding {
  kind: ProceedingKind;
  organizationId: string;
  /** Null when it is about the unit itself. */
  personId: string | null;
  startedOn: IsoDate;
  /** Inclusive; null while no conclusion has been reached. */
  endedOn: IsoDate | null;
  reference: string | null;
  note: string | null;
}

/**
 * `proceedings`: a unit or a person under discipline, investigation, inspection or complaint review,
 * which bars an award, or the proposal of one, while it runs (Decree 152/2025 Art. 4).
 */
export class ProceedingRepository {
  constructor(private readonly db: EntityManager) {}

  async insert(proceeding: NewProceeding): Promise<string> {
    const [{ id }]: { id: string }[] = await this.db.query(
      `INSERT INTO proceedings (kind, organization_id, person_id, started_on, ended_on, reference, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        proceeding.kind,
        proceeding.organizationId,
        proceeding.personId,
        proceeding.startedOn,
        proceeding.endedOn,
        proceeding.reference,
        proceeding.note,
      ],
    );
    return id;
  }

  async find(id: string, lock = false): Promise<ProceedingView | null> {
    const [row]: ProceedingRow[] = await this.db.query(`SELECT ${COLUMNS} ${FROM} WHERE r.id = $1 ${lock ? 'FOR UPDATE OF r' : ''}`, [id]);
    return row ? viewOf(row) : null;
  }

  async list(query: Omit<ListProceedingsQuery, keyof PageQuery>, page: PageQuery): Promise<{ items: ProceedingView[]; total: number }> {
    const { rows, total } = await queryPage<ProceedingRow>(
      this.db,
      {
        select: COLUMNS,
        from: FROM,
        countFrom: 'FROM proceedings r',
        where: `
          WHERE ($1::uuid IS NULL OR r.organization_id = $1)
            AND ($2::uuid IS NULL OR r.person_id = $2)
            AND ($3::proceeding_kind IS NULL OR r.kind = $3)
            AND ($4::date IS NULL OR (r.started_on <= $4 AND (r.ended_on IS NULL OR r.ended_on >= $4)))`,
        orderBy: query.sort === 'startedOn' ? 'r.started_on, r.id' : 'r.started_on DESC, r.id',
        parameters: [query.organizationId ?? null, query.personId ?? null, query.kind ?? null, query.pendingOn ?? null],
      },
      page,
    );
    return { items: rows.map(viewOf), total };
  }

  /** Writes the given columns (undefined ones stay) and counts a new version. */
  async update(id: string, changes: { endedOn?: IsoDate | null; reference?: string | null; note?: string | null }): Promise<void> {
    await this.db.query(
      `UPDATE proceedings SET ended_on = CASE WHEN $2 THEN $3::date ELSE ended_on END,
         reference = CASE WHEN $4 THEN $5 ELSE reference END, note = CASE WHEN $6 THEN $7 ELSE note END,
         version = version + 1, updated_at = now()
       WHERE id = $1`,
      [
        id,
        changes.endedOn !== undefined,
        changes.endedOn ?? null,
        changes.reference !== undefined,
        changes.reference ?? null,
        changes.note !== undefined,
        changes.note ?? null,
      ],
    );
  }
}
