import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, type AuditRecord } from '../../access/audit/audit.service.js';
import { type Page, pageOf } from '../../platform/pagination/page.js';
import { Clock } from '../../platform/time/clock.js';
import { OrganizationRepository } from '../organizations/organization.repository.js';
import { TermRepository } from '../terms/term.repository.js';
import type {
  ClusterDetail,
  ClusterSummary,
  CreateClusterBody,
  ListClustersQuery,
  PutSupervisorBody,
  SupervisorsQuery,
  SupervisorView,
  UpdateClusterBody,
} from './cluster.dto.js';
import { ClusterNotFoundError, StaleClusterError, UnknownRotationUnitsError } from './cluster.errors.js';
import { ClusterRepository } from './cluster.repository.js';
import { type Cluster, clusterFields } from './cluster.rules.js';
import type { Upserted } from './upserted.js';

/** Cụm/khối thi đua: the clusters themselves, and who supervises each one in a year. */
@Injectable()
export class ClustersService {
  private readonly clusters: ClusterRepository;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {
    this.clusters = new ClusterRepository(dataSource.manager);
  }

  /** The cluster, or a 404 naming the id. */
  async require(id: string, manager: EntityManager = this.dataSource.manager): Promise<Cluster> {
    const cluster = await new ClusterRepository(manager).find(id);
    if (!cluster) throw new ClusterNotFoundError(id);
    return cluster;
  }

  async create(body: CreateClusterBody): Promise<ClusterDetail> {
    await this.assertUnitsExist(body.rotationOrder ?? []);
    const cluster = clusterFields({ ...body, rotationOrder: body.rotationOrder ?? [] });
    const id = await this.dataSource.transaction(async (tx) => {
      const id = await new ClusterRepository(tx).insert(cluster);
      await this.record(tx, cluster, { action: 'cluster.create', entityType: 'cluster', entityId: id, after: cluster });
      return id;
    });
    return this.get(id);
  }

  async list(query: ListClustersQuery): Promise<Page<ClusterSummary>> {
    const year = query.year ?? this.clock.currentYear();
    const { items, total } = await this.clusters.summaries(query, year);
    return pageOf(items, total, query);
  }

  async get(id: string, requestedYear?: number): Promise<ClusterDetail> {
    const year = requestedYear ?? this.clock.currentYear();
    const summary = await this.clusters.detail(id, year);
    if (!summary) throw new ClusterNotFoundError(id);
    const [supervisor, term] = await Promise.all([
      this.clusters.supervisor(id, year),
      new TermRepository(this.dataSource.manager).view(id, year),
    ]);
    return { ...summary, supervisor, term };
  }

  /** Optimistic: the write happens only if `version` is still the stored one. */
  async update(id: string, body: UpdateClusterBody): Promise<ClusterDetail> {
    if (body.rotationOrder) await this.assertUnitsExist(body.rotationOrder);
    await this.dataSource.transaction(async (tx) => {
      const clusters = new ClusterRepository(tx);
      const before = await clusters.find(id, true);
      if (!before) throw new ClusterNotFoundError(id);
      if (before.version !== body.version) throw new StaleClusterError(before.version);
      await clusters.update(id, { name: body.name, rotationRule: body.rotationRule, rotationOrder: body.rotationOrder });
      const after = (await clusters.find(id)) ?? before;
      await this.record(tx, before, {
        action: 'cluster.update',
        entityType: 'cluster',
        entityId: id,
        before: clusterFields(before),
        after: clusterFields(after),
      });
    });
    return this.get(id);
  }

  async putSupervisor(id: string, year: number, body: PutSupervisorBody): Promise<Upserted<SupervisorView>> {
    return this.dataSource.transaction(async (tx) => {
      const cluster = await this.require(id, tx);
      const put = await new ClusterRepository(tx).putSupervisor(id, year, { fullName: body.fullName, position: body.position ?? null });
      const after = { clusterId: id, ...put.value };
      await this.record(tx, cluster, {
        action: 'cluster.supervisor.put',
        entityType: 'cluster_supervisor',
        entityId: put.id,
        before: put.created ? undefined : { clusterId: id, ...put.before },
        after,
      });
      return { created: put.created, value: put.value };
    });
  }

  async listSupervisors(id: string, query: SupervisorsQuery): Promise<Page<SupervisorView>> {
    await this.require(id);
    const { items, total } = await this.clusters.supervisors(id, query);
    return pageOf(items, total, query);
  }

  /** Records a change to the cluster or one of its records, readable by the cluster's owner. */
  private record(tx: EntityManager, cluster: Pick<Cluster, 'ownerId'>, event: Omit<AuditRecord, 'subjectOrganizationId'>): Promise<void> {
    return this.audit.record(tx, { ...event, subjectOrganizationId: cluster.ownerId });
  }

  /** The rotation order has no foreign key (it is an array), so its ids are checked here. */
  private async assertUnitsExist(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const found = await new OrganizationRepository(this.dataSource.manager).existing(ids);
    const missing = ids.filter((id) => !found.includes(id));
    if (missing.length > 0) throw new UnknownRotationUnitsError(missing);
  }
}
