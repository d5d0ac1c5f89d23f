import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../../access/audit/audit.service.js';
import { NotClusterSecretariatError } from '../../access/policies/access.errors.js';
import { mayManageClusterYear } from '../../access/policies/access.rules.js';
import { clusterYearScope } from '../../access/policies/cluster-scope.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { ClustersService } from '../../registry/clusters/clusters.service.js';
import type { Upserted } from '../../registry/clusters/upserted.js';
import type { IssuanceView, PutIssuanceBody } from './issuance.dto.js';
import { InvalidIssuanceError, IssuanceVersionRequiredError, StaleIssuanceError } from './issuance.errors.js';
import { DocumentIssuanceRepository, type StoredIssuance } from './issuance.repository.js';
import { checkIssuance, EMPTY_ISSUANCE, type IssuanceFields, type IssuanceScope } from './issuance.rules.js';

const FIELDS = Object.keys(EMPTY_ISSUANCE) as (keyof IssuanceFields)[];

/** The fields the body sends (null or blank erases one); those it leaves out are not touched. */
function sentFields(body: PutIssuanceBody): Partial<IssuanceFields> {
  return Object.fromEntries(
    FIELDS.filter((key) => body[key] !== undefined).map((key) => {
      const value = body[key];
      return [key, typeof value === 'string' ? value.trim() || null : (value ?? null)];
    }),
  );
}

function fieldsOf(record: IssuanceFields): IssuanceFields {
  return Object.fromEntries(FIELDS.map((key) => [key, record[key]])) as unknown as IssuanceFields;
}

/**
 * Who issues and signs a cluster's documents of a year: recorded by the cluster's secretariat of that year (the
 * chair unit's staff, while the year is open) or by national staff, for the year and per document; audited.
 */
@Injectable()
export class DocumentIssuanceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clusters: ClustersService,
    private readonly audit: AuditService,
  ) {}

  /** The year's records (the year's own, then one per document where it differs). */
  async list(clusterId: string, year: number): Promise<IssuanceView[]> {
    return this.dataSource.transaction(async (tx) => {
      await this.clusters.require(clusterId, tx);
      const rows = await new DocumentIssuanceRepository(tx).forYear(clusterId, year);
      return rows.map(({ id: _id, ...row }) => ({ clusterId, year, ...row }));
    });
  }

  /**
   * Saves the fields sent of one record, and only those: the first write needs no version, every later one the
   * version read (409 when stale).
   */
  async put(actor: Actor, clusterId: string, year: number, scope: IssuanceScope, body: PutIssuanceBody): Promise<Upserted<IssuanceView>> {
    const sent = sentFields(body);
    return this.dataSource.transaction(async (tx) => {
      await this.clusters.require(clusterId, tx);
      const access = await clusterYearScope(tx, clusterId, year);
      if (!mayManageClusterYear(actor, access)) throw new NotClusterSecretariatError(year);
      const records = new DocumentIssuanceRepository(tx);
      const existing = await records.lock(clusterId, year, scope);
      if (existing && body.version == null) throw new IssuanceVersionRequiredError(year, existing.version);
      if (existing && body.version !== existing.version) throw new StaleIssuanceError(year, existing.version);
      if (!existing && body.version != null) throw new StaleIssuanceError(year, null);
      const after = { ...(existing ? fieldsOf(existing) : EMPTY_ISSUANCE), ...sent };
      const refused = checkIssuance(scope, year, after);
      if (refused.length) throw new InvalidIssuanceError(refused);
      const writer = { userId: actor.userId, username: actor.username };
      const saved: StoredIssuance = existing
        ? await records.update(existing.id, sent, writer)
        : await records.insert(clusterId, year, scope, after, writer);
      const { id, ...value } = saved;
      await this.audit.record(tx, {
        action: existing ? 'document_issuance.update' : 'document_issuance.create',
        entityType: 'document_issuance',
        entityId: id,
        subjectOrganizationId: access.chairOrganizationId,
        before: existing ? { clusterId, year, scope, ...fieldsOf(existing) } : undefined,
        after: { clusterId, year, scope, ...fieldsOf(saved) },
      });
      return { created: !existing, value: { clusterId, year, ...value } };
    });
  }
}
