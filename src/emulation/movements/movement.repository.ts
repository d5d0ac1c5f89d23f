import type { EntityManager } from 'typeorm';
import { queryPage } from '../../platform/pagination/page.js';
import { type SqlRow, unitColumns, unitFrom, unitJoin } from '../../registry/organizations/organization.repository.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import type { StoredFileContent } from '../emulation.dto.js';
import type { AcceptedFile } from '../../nominations/dossiers/dossier-file.checker.js';
import type { ListMovementsQuery, MovementDocumentView } from './movement.dto.js';
import type { MovementKind } from './movement.rules.js';

/** What a movement is launched with. */
export interface MovementFields {
  ownerId: string;
  clusterId: string | null;
  kind: MovementKind;
  title: string;
  startYear: number;
  endYear: number;
  contentAreas: string[];
  description: string | null;
}

/** A movement as stored, its owner and cluster named, without its documents. */
export interface MovementRecord extends Omit<MovementFields, 'clusterId'> {
  id: string;
  owner: UnitView;
  cluster: { id: string; code: string; name: string } | null;
  version: number;
}

const SELECT = `mv.id, mv.owner_id, mv.cluster_id, c.code AS cluster_code, c.name AS cluster_name, mv.kind, mv.title,
  mv.start_year, mv.end_year, mv.content_areas, mv.description, mv.version, ${unitColumns('owner')}`;
const FROM = `FROM emulation_movements mv LEFT JOIN clusters c ON c.id = mv.cluster_id
  ${unitJoin('owner', 'mv.owner_id', 'make_date(mv.start_year, 12, 31)')}`;

function recordOf(row: SqlRow): MovementRecord {
  return {
    id: row.id as string,
    ownerId: row.owner_id as string,
    owner: unitFrom(row, 'owner')!,
    cluster: row.cluster_id ? { id: row.cluster_id as string, code: row.cluster_code as string, name: row.cluster_name as string } : null,
    kind: row.kind as MovementKind,
    title: row.title as string,
    startYear: row.start_year as number,
    endYear: row.end_year as number,
    contentAreas: row.content_areas as string[],
    description: row.description as string | null,
    version: row.version as number,
  };
}

const DOCUMENT_COLUMNS = `d.id, d.movement_id AS "movementId", d.title, d.file_name AS "fileName", d.content_type AS "contentType",
  d.size_bytes AS "sizeBytes", d.sha256, d.uploaded_at AS "uploadedAt"`;

/** `emulation_movements` and `emulation_movement_documents`: phong trào thi đua and their documents (files kept in PostgreSQL). */
export class MovementRepository {
  constructor(private readonly db: EntityManager) {}

  async list(query: ListMovementsQuery): Promise<{ items: MovementRecord[]; total: number }> {
    const parameters: unknown[] = [];
    const where: string[] = [];
    if (query.clusterId) {
      parameters.push(query.clusterId);
      where.push(`(mv.cluster_id = $${parameters.length}
        OR (mv.cluster_id IS NULL AND mv.owner_id = (SELECT owner_id FROM clusters WHERE id = $${parameters.length})))`);
    }
    if (query.year) {
      parameters.push(query.year);
      where.push(`$${parameters.length}::int BETWEEN mv.start_year AND mv.end_year`);
    }
    const { rows, total } = await queryPage<SqlRow>(
      this.db,
      {
        select: SELECT,
        from: FROM,
        where: where.length > 0 ? `WHERE ${where.join(' AND ')}` : '',
        orderBy: 'mv.start_year DESC, mv.title, mv.id',
        parameters,
        countFrom: 'FROM emulation_movements mv',
      },
      query,
    );
    return { items: rows.map(recordOf), total };
  }

  async find(id: string, lock = false): Promise<MovementRecord | null> {
    const [row] = await this.db.query<SqlRow[]>(`SELECT ${SELECT} ${FROM} WHERE mv.id = $1 ${lock ? 'FOR UPDATE OF mv' : ''}`, [id]);
    return row ? recordOf(row) : null;
  }

  async insert(fields: MovementFields): Promise<string> {
    const [{ id }] = await this.db.query<{ id: string }[]>(
      `INSERT INTO emulation_movements (owner_id, cluster_id, kind, title, start_year, end_year, content_areas, description)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8) RETURNING id`,
      [
        fields.ownerId,
        fields.clusterId,
        fields.kind,
        fields.title,
        fields.startYear,
        fields.endYear,
        JSON.stringify(fields.contentAreas),
        fields.description,
      ],
    );
    return id;
  }

  async update(id: string, fields: Pick<MovementFields, 'title' | 'endYear' | 'contentAreas' | 'description'>): Promise<void> {
    await this.db.query(
      `UPDATE emulation_movements SET title = $2, end_year = $3, content_areas = $4::jsonb, description = $5,
         version = version + 1, updated_at = now() WHERE id = $1`,
      [id, fields.title, fields.endYear, JSON.stringify(fields.contentAreas), fields.description],
    );
  }

  async documents(movementIds: readonly string[]): Promise<MovementDocumentView[]> {
    if (movementIds.length === 0) return [];
    return this.db.query<MovementDocumentView[]>(
      `SELECT ${DOCUMENT_COLUMNS} FROM emulation_movement_documents d WHERE d.movement_id = ANY($1::uuid[]) ORDER BY d.uploaded_at, d.id`,
      [movementIds],
    );
  }

  async insertDocument(movementId: string, title: string, file: AcceptedFile, uploadedBy: string | null): Promise<MovementDocumentView> {
    const [row] = await this.db.query<MovementDocumentView[]>(
      `INSERT INTO emulation_movement_documents AS d (movement_id, title, file_name, content_type, size_bytes, sha256, content, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${DOCUMENT_COLUMNS}`,
      [movementId, title, file.fileName, file.contentType, file.content.length, file.sha256, file.content, uploadedBy],
    );
    return row;
  }

  async documentContent(id: string): Promise<StoredFileContent | null> {
    const [row] = await this.db.query<StoredFileContent[]>(
      `SELECT file_name AS "fileName", content_type AS "contentType", size_bytes AS "sizeBytes", sha256, content
       FROM emulation_movement_documents WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }
}
