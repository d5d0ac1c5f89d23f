import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A dossier file may be a document thidua drew up from the records (the conference's tờ trình and minutes,
 * attached to the flag nominations it made): `generated_document` names which, so that it is replaced, not
 * duplicated, when the record changes before submission. Null for a file a user uploaded.
 */
export class GeneratedDossierFiles1795901300001 implements MigrationInterface {
  name = 'GeneratedDossierFiles1795901300001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE nomination_attachments ADD COLUMN generated_document varchar(40)`);
    await q.query(`
      CREATE UNIQUE INDEX nomination_attachments_one_generated_key
      ON nomination_attachments (nomination_id, generated_document) WHERE generated_document IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX nomination_attachments_one_generated_key`);
    await q.query(`ALTER TABLE nomination_attachments DROP COLUMN generated_document`);
  }
}
