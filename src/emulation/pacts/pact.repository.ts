import type { EntityManager } from 'typeorm';
import type { IsoDate } from '../../platform/time/calendar.js';
import type { PactView } from './pact.dto.js';

export type PactRecord = Omit<PactView, 'members' | 'signedCount' | 'memberCount'>;

export interface PactFields {
  title: string;
  content: string;
  signingMeetingId: string | null;
  signedOn: IsoDate | null;
}

export interface SignatureRecord {
  organizationId: string;
  signatoryName: string;
  signatoryTitle: string;
  signedOn: IsoDate;
}

interface PactRow {
  id: string;
  cluster_id: string;
  year: number;
  title: string;
  content: string;
  signing_meeting_id: string | null;
  meeting_title: string | null;
  meeting_starts_at: Date | null;
  signed_on: string | null;
  version: number;
}

function recordOf(row: PactRow): PactRecord {
  return {
    id: row.id,
    clusterId: row.cluster_id,
    year: row.year,
    title: row.title,
    content: row.content,
    signingMeeting:
      row.signing_meeting_id && row.meeting_title && row.meeting_starts_at
        ? { id: row.signing_meeting_id, title: row.meeting_title, startsAt: row.meeting_starts_at }
        : null,
    signedOn: row.signed_on,
    version: row.version,
  };
}

/** `emulation_pacts` and `emulation_pact_signatures`: giao ước thi đua of a cluster-year and who signed it. */
export class PactRepository {
  constructor(private readonly db: EntityManager) {}

  async find(clusterId: string, year: number, lock = false): Promise<PactRecord | null> {
    const [row] = await this.db.query<PactRow[]>(
      `SELECT p.id, p.cluster_id, p.year, p.title, p.content, p.signing_meeting_id, m.title AS meeting_title,
         m.starts_at AS meeting_starts_at, p.signed_on::text AS signed_on, p.version
       FROM emulation_pacts p LEFT JOIN meetings m ON m.id = p.signing_meeting_id
       WHERE p.cluster_id = $1 AND p.year = $2 ${lock ? 'FOR UPDATE OF p' : ''}`,
      [clusterId, year],
    );
    return row ? recordOf(row) : null;
  }

  /** The meeting's cluster and year, to check that a signing meeting is one of the cluster's. */
  async meetingOf(meetingId: string): Promise<{ clusterId: string; year: number } | null> {
    const [row] = await this.db.query<{ cluster_id: string; year: number }[]>('SELECT cluster_id, year FROM meetings WHERE id = $1', [
      meetingId,
    ]);
    return row ? { clusterId: row.cluster_id, year: row.year } : null;
  }

  async insert(clusterId: string, year: number, fields: PactFields): Promise<string> {
    const [{ id }] = await this.db.query<{ id: string }[]>(
      `INSERT INTO emulation_pacts (cluster_id, year, title, content, signing_meeting_id, signed_on)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [clusterId, year, fields.title, fields.content, fields.signingMeetingId, fields.signedOn],
    );
    return id;
  }

  async update(id: string, fields: PactFields): Promise<void> {
    await this.db.query(
      `UPDATE emulation_pacts SET title = $2, content = $3, signing_meeting_id = $4, signed_on = $5,
         version = version + 1, updated_at = now() WHERE id = $1`,
      [id, fields.title, fields.content, fields.signingMeetingId, fields.signedOn],
    );
  }

  async signatures(pactId: string): Promise<SignatureRecord[]> {
    return this.db.query<SignatureRecord[]>(
      `SELECT organization_id AS "organizationId", signatory_name AS "signatoryName", signatory_title AS "signatoryTitle",
         signed_on::text AS "signedOn"
       FROM emulation_pact_signatures WHERE pact_id = $1`,
      [pactId],
    );
  }

  /** Records a member's signature, or corrects it (a unit signs once). */
  async sign(pactId: string, signature: SignatureRecord, recordedBy: string | null): Promise<void> {
    await this.db.query(
      `INSERT INTO emulation_pact_signatures (pact_id, organization_id, signatory_name, signatory_title, signed_on, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT ON CONSTRAINT emulation_pact_signatures_pkey DO UPDATE
         SET signatory_name = EXCLUDED.signatory_name, signatory_title = EXCLUDED.signatory_title,
           signed_on = EXCLUDED.signed_on, recorded_by = EXCLUDED.recorded_by, recorded_at = now()`,
      [pactId, signature.organizationId, signature.signatoryName, signature.signatoryTitle, signature.signedOn, recordedBy],
    );
  }
}
