import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../../access/audit/audit.service.js';
import { NotClusterSecretariatError } from '../../access/policies/access.errors.js';
import { mayManageClusterYear } from '../../access/policies/access.rules.js';
import { clusterYearScope } from '../../access/policies/cluster-scope.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { ClustersService } from '../../registry/clusters/clusters.service.js';
import type { Upserted } from '../../registry/clusters/upserted.js';
import { SECTION_KEYS, type SectionTexts } from '../cluster-year/cluster-year.facts.js';
import type { PutSectionsBody, SectionsView } from './report-sections.dto.js';
import { SectionsVersionRequiredError, StaleSectionsError } from './report-sections.errors.js';

/** Blank text is no text: a section with nothing in it is reported as not written. */
function textsOf(body: PutSectionsBody): SectionTexts {
  return Object.fromEntries(SECTION_KEYS.map((key) => [key, body[key]?.trim() || null])) as SectionTexts;
}

const COLUMNS = `cluster_id AS "clusterId", year, situation, achievements, assessment, direction, recommendations, version,
  updated_at AS "updatedAt", updated_by_username AS "updatedBy"`;

/**
 * What the secretariat writes into the year's summary report. Written by the cluster's secretariat of that year (the
 * chair unit's staff, while the year is open) or by national staff; every write is audited.
 */
@Injectable()
export class ReportSectionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clusters: ClustersService,
    private readonly audit: AuditService,
  ) {}

  async put(actor: Actor, clusterId: string, year: number, body: PutSectionsBody): Promise<Upserted<SectionsView>> {
    const texts = textsOf(body);
    return this.dataSource.transaction(async (tx) => {
      await this.clusters.require(clusterId, tx);
      const scope = await clusterYearScope(tx, clusterId, year);
      if (!mayManageClusterYear(actor, scope)) throw new NotClusterSecretariatError(year);
      const [existing]: (SectionsView & { id: string })[] = await tx.query(
        `SELECT id, ${COLUMNS} FROM report_sections WHERE cluster_id = $1 AND year = $2 FOR UPDATE`,
        [clusterId, year],
      );
      const values = [...SECTION_KEYS.map((key) => texts[key]), actor.userId, actor.username];
      let view: SectionsView & { id: string };
      if (existing) {
        if (body.version == null) throw new SectionsVersionRequiredError(year, existing.version);
        if (body.version !== existing.version) throw new StaleSectionsError(year, existing.version);
        // TypeORM answers an UPDATE with [rows, affected count].
        [[view]] = await tx.query(
          `UPDATE report_sections SET situation = $2, achievements = $3, assessment = $4, direction = $5, recommendations = $6,
             updated_by_user_id = $7, updated_by_username = $8, version = version + 1, updated_at = now()
           WHERE id = $1 RETURNING id, ${COLUMNS}`,
          [existing.id, ...values],
        );
      } else {
        if (body.version != null) throw new StaleSectionsError(year, null);
        [view] = await tx.query(
          `INSERT INTO report_sections
             (cluster_id, year, situation, achievements, assessment, direction, recommendations, updated_by_user_id, updated_by_username)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id, ${COLUMNS}`,
          [clusterId, year, ...values],
        );
      }
      const { id, ...value } = view;
      await this.audit.record(tx, {
        action: existing ? 'report_sections.replace' : 'report_sections.create',
        entityType: 'report_sections',
        entityId: id,
        // Recorded as a change to the chair unit's records, so that its officers read it in their audit trail.
        subjectOrganizationId: scope.chairOrganizationId,
        before: existing && { clusterId, year, ...textsOf(existing) },
        after: { clusterId, year, ...texts },
      });
      return { created: !existing, value };
    });
  }
}
