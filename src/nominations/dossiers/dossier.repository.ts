import type { EntityManager } from 'typeorm';
import { type PageQuery, queryPage } from '../../platform/pagination/page.js';
import type { AttachmentView, ListAttachmentsQuery } from './dossier.dto.js';
import { type AttachmentKind, documentOf } from './dossier.rules.js';

const ORDER: Record<ListAttachmentsQuery['sort'], string> = {
  uploadedAt: 'a.uploaded_at, a.id',
  '-uploadedAt': 'a.uploaded_at DESC, a.id',
  kind: 'a.kind, a.uploaded_at, a.id',
};

/** Every column but the content, which is loaded only for a download. */
const COLUMNS = `a.id, a.nomination_id AS "nominationId", a.kind, a.file_name AS "fileName", a.content_type AS "contentType",
  a.size_bytes AS "sizeBytes", a.sha256, a.uploaded_by AS "uploadedBy", a.uploaded_at AS "uploadedAt"`;

type AttachmentRow = Omit<AttachmentView, 'document'>;

function viewOf(row: AttachmentRow): AttachmentView {
  return { ...row, document: documentOf(row.kind) };
}

/** A file of a nomination's dossier as it is stored; the content type comes from the content, never from the client. */
export interface NewAttachment {
  nominationId: string;
  kind: AttachmentKind;
  fileName: string;
  contentType: string;
  sha256: string;
  content: Buffer;
  uploadedBy: string | null;
  /** The document thidua drew up from the records ('flag-proposal', 'minutes'); null for a file a user uploaded. */
  generatedDocument?: string | null;
}

/**
 * `nomination_attachments`: the files of a nomination's dossier, stored in PostgreSQL so that a
 * database backup holds the whole dossier.
 */
export class DossierRepository {
  constructor(private readonly db: EntityManager) {}

  async insert(file: NewAttachment): Promise<AttachmentView> {
    const [row]: AttachmentRow[] = await this.db.query(
      `INSERT INTO nomination_attachments AS a
         (nomination_id, kind, file_name, content_type, size_bytes, sha256, content, uploaded_by, generated_document)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${COLUMNS}`,
      [
        file.nominationId,
        file.kind,
        file.fileName,
        file.contentType,
        file.content.length,
        file.sha256,
        file.content,
        file.uploadedBy,
        file.generatedDocument ?? null,
      ],
    );
    return viewOf(row);
  }

  async find(id: string): Promise<AttachmentView | null> {
    const [row]: AttachmentRow[] = await this.db.query(`SELECT ${COLUMNS} FROM nomination_attachments a WHERE a.id = $1`, [id]);
    return row ? viewOf(row) : null;
  }

  async list(nominationId: string, filter: { kind?: AttachmentKind; sort: ListAttachmentsQuery['sort'] }, page: PageQuery) {
    const { rows, total } = await queryPage<AttachmentRow>(
      this.db,
      {
        select: COLUMNS,
        from: 'FROM nomination_attachments a',
        where: 'WHERE a.nomination_id = $1 AND ($2::attachment_kind IS NULL OR a.kind = $2)',
        orderBy: ORDER[filter.sort],
        parameters: [nominationId, filter.kind ?? null],
      },
      page,
    );
    return { items: rows.map(viewOf), total };
  }

  /** The files of the nomination with their kinds and hashes, oldest first. */
  async ofNomination(nominationId: string): Promise<AttachmentView[]> {
    const rows: AttachmentRow[] = await this.db.query(
      `SELECT ${COLUMNS} FROM nomination_attachments a WHERE a.nomination_id = $1 ORDER BY a.uploaded_at, a.id`,
      [nominationId],
    );
    return rows.map(viewOf);
  }

  async content(id: string): Promise<Buffer | null> {
    const [row]: { content: Buffer }[] = await this.db.query('SELECT content FROM nomination_attachments WHERE id = $1', [id]);
    return row?.content ?? null;
  }

  /** The hash of the generated document of the nomination, if it has one. */
  async generatedHash(nominationId: string, document: string): Promise<string | null> {
    const [row]: { sha256: string }[] = await this.db.query(
      'SELECT sha256 FROM nomination_attachments WHERE nomination_id = $1 AND generated_document = $2',
      [nominationId, document],
    );
    return row?.sha256 ?? null;
  }

  /** Removes the generated document of the nomination (before a new version of it is attached). */
  async deleteGenerated(nominationId: string, document: string): Promise<void> {
    await this.db.query('DELETE FROM nomination_attachments WHERE nomination_id = $1 AND generated_document = $2', [
      nominationId,
      document,
    ]);
  }

  /** True when the file was there to delete. */
  async delete(id: string): Promise<boolean> {
    const rows: { id: string }[] = await this.db.query('DELETE FROM nomination_attachments WHERE id = $1 RETURNING id', [id]);
    return rows.length > 0;
  }
}
