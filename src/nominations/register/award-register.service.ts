import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../../access/audit/audit.service.js';
import { type PersonColumns, personColumns, personFrom, personIdOf } from '../nominees/people.sql.js';
import type { CreateRegisterEntryBody, RegisterEntryView } from './register.dto.js';
import './register.errors.js';

type EntryRow = Omit<RegisterEntryView, 'person'> & PersonColumns;

function viewOf(row: EntryRow): RegisterEntryView {
  const { id, awardTypeId, year, organizationId, decisionReference, decisionDate, registerNumber } = row;
  return { id, awardTypeId, year, organizationId, person: personFrom(row), decisionReference, decisionDate, registerNumber };
}

/**
 * Sổ khen thưởng, as little as the eligibility rules need: entries recorded by national staff.
 * Reading it per unit and person, importing past years and filling it from award decisions come with
 * issue 6 item 7.
 */
@Injectable()
export class AwardRegisterService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(body: CreateRegisterEntryBody): Promise<RegisterEntryView> {
    return this.dataSource.transaction(async (tx) => {
      const personId = body.person ? await personIdOf(tx, body.organizationId, body.person) : null;
      const [row]: EntryRow[] = await tx.query(
        `WITH entry AS (
           INSERT INTO award_register (award_type_id, year, recipient_organization_id, recipient_person_id, decision_reference, decision_date, register_number)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *
         )
         SELECT entry.id, entry.award_type_id AS "awardTypeId", entry.year, entry.recipient_organization_id AS "organizationId",
           entry.decision_reference AS "decisionReference", entry.decision_date::text AS "decisionDate", entry.register_number AS "registerNumber",
           ${personColumns('p')}
         FROM entry LEFT JOIN people p ON p.id = entry.recipient_person_id`,
        [body.awardTypeId, body.year, body.organizationId, personId, body.decisionReference, body.decisionDate ?? null, body.registerNumber ?? null],
      );
      const view = viewOf(row);
      await this.audit.record(tx, {
        action: 'award_register.create',
        entityType: 'award_register',
        entityId: view.id,
        subjectOrganizationId: view.organizationId,
        after: { ...view },
      });
      return view;
    });
  }
}
