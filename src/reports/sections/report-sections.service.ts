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
import { ReportSectionsRepository, type StoredSections } from './report-sections.repository.js';

const EMPTY_SECTIONS = Object.fromEntries(SECTION_KEYS.map((key) => [key, null])) as SectionTexts;

/** Blank text is no text: a section with nothing in it is reported as not written. */
function cleaned(value: string | null | undefined): string | null {
  return value?.trim() || null;
}

function textsOf(sections: SectionTexts): SectionTexts {
  return Object.fromEntries(SECTION_KEYS.map((key) => [key, cleaned(sections[key])])) as SectionTexts;
}

/** The sections the body sends (null or blank erases one); those it leaves out are not touched. */
function sentTexts(body: PutSectionsBody): Partial<SectionTexts> {
  return Object.fromEntries(SECTION_KEYS.filter((key) => body[key] !== undefined).map((key) => [key, cleaned(body[key])]));
}

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

  /**
   * Saves the sections sent, one or several, and only those (PATCH semantics, for PUT as well): the
   * first write needs no version, every later one the version read (409 when stale).
   */
  async put(actor: Actor, clusterId: string, year: number, body: PutSectionsBody): Promise<Upserted<SectionsView>> {
    const texts = sentTexts(body);
    return this.dataSource.transaction(async (tx) => {
      await this.clusters.require(clusterId, tx);
      const scope = await clusterYearScope(tx, clusterId, year);
      if (!mayManageClusterYear(actor, scope)) throw new NotClusterSecretariatError(year);
      const sections = new ReportSectionsRepository(tx);
      const existing = await sections.lock(clusterId, year);
      const writer = { userId: actor.userId, username: actor.username };
      let view: StoredSections;
      if (existing) {
        if (body.version == null) throw new SectionsVersionRequiredError(year, existing.version);
        if (body.version !== existing.version) throw new StaleSectionsError(year, existing.version);
        view = await sections.update(existing.id, texts, writer);
      } else {
        if (body.version != null) throw new StaleSectionsError(year, null);
        view = await sections.insert(clusterId, year, { ...EMPTY_SECTIONS, ...texts }, writer);
      }
      const { id, ...value } = view;
      await this.audit.record(tx, {
        action: existing ? 'report_sections.replace' : 'report_sections.create',
        entityType: 'report_sections',
        entityId: id,
        // Recorded as a change to the chair unit's records, so that its officers read it in their audit trail.
        subjectOrganizationId: scope.chairOrganizationId,
        before: existing ? { clusterId, year, ...textsOf(existing) } : undefined,
        after: { clusterId, year, ...textsOf(view) },
      });
      return { created: !existing, value };
    });
  }
}
