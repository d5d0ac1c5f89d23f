import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who issues and signs a cluster's documents of a year (Decree 30 header and signature): one row for the year and
 * one per document where it differs (báo cáo tổng kết, biên bản, tờ trình). The issuer's symbol (ký hiệu), the
 * number and date once the clerk assigns them, the signing capacity (TM., KT., Q., TL., TUQ.), the signer's title
 * and name, and the awarding body's regulation a tờ trình cites. Owned by the reports' issuance feature.
 */
export class DocumentIssuance1795902300000 implements MigrationInterface {
  name = 'DocumentIssuance1795902300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE document_issuance (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cluster_id uuid NOT NULL REFERENCES clusters (id) ON DELETE CASCADE,
        year integer NOT NULL,
        scope varchar(20) NOT NULL,
        issuing_body varchar(300),
        superior_body varchar(300),
        place varchar(100),
        symbol varchar(30),
        number integer,
        issued_on date,
        capacity varchar(4),
        signing_for varchar(200),
        signer_title varchar(200),
        signer_name varchar(120),
        regulation varchar(600),
        updated_by_user_id uuid REFERENCES users (id),
        updated_by_username varchar(60),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT document_issuance_cluster_year_scope_key UNIQUE (cluster_id, year, scope),
        CONSTRAINT document_issuance_year_check CHECK (year BETWEEN 1945 AND 2200),
        CONSTRAINT document_issuance_scope_check CHECK (scope IN ('year', 'summary-report', 'minutes', 'flag-proposal')),
        CONSTRAINT document_issuance_symbol_check CHECK (symbol ~ '^[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*$'),
        CONSTRAINT document_issuance_number_check CHECK (number > 0),
        CONSTRAINT document_issuance_capacity_check CHECK (capacity IN ('TM', 'KT', 'Q', 'TL', 'TUQ')),
        CONSTRAINT document_issuance_one_document_check CHECK (scope <> 'year' OR (number IS NULL AND issued_on IS NULL)),
        CONSTRAINT document_issuance_date_in_year_check CHECK (issued_on IS NULL OR extract(year FROM issued_on) BETWEEN year AND year + 1)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE document_issuance`);
  }
}
