import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ATTACHMENT_KINDS, type AttachmentKind } from './dossier.rules.js';

/** A file of a nomination's dossier, stored in PostgreSQL so that a database backup holds the whole dossier. */
@Entity('nomination_attachments')
export class AttachmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  nominationId: string;

  @Column({ type: 'enum', enum: ATTACHMENT_KINDS, enumName: 'attachment_kind' })
  kind: AttachmentKind;

  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  /** From the content, never from the client. */
  @Column({ type: 'varchar', length: 100 })
  contentType: string;

  @Column({ type: 'integer' })
  sizeBytes: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  /** Loaded only for a download. */
  @Column({ type: 'bytea', select: false })
  content: Buffer;

  @Column({ type: 'uuid', nullable: true })
  uploadedBy: string | null;

  @Column({ type: 'timestamptz', insert: false, update: false })
  uploadedAt: Date;
}
