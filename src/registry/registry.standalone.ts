import type { DataSource } from 'typeorm';
import { AuditService } from '../access/audit/audit.service.js';
import { Clock } from '../platform/time/clock.js';
import { ClustersService } from './clusters/clusters.service.js';
import { MembershipsService } from './memberships/memberships.service.js';
import { MergersService } from './organizations/mergers.service.js';
import { OrganizationsService } from './organizations/organizations.service.js';

/**
 * The registry's mergers for work that runs without the Nest app (the demo seeds): the same rules,
 * writes and audit trail as POST /organizations/mergers. Kept beside the module so that a new
 * collaborator is added here too.
 */
export function standaloneMergersService(dataSource: DataSource): MergersService {
  const clock = new Clock();
  const audit = new AuditService(dataSource);
  const clusters = new ClustersService(dataSource, clock, audit);
  return new MergersService(
    dataSource,
    new OrganizationsService(dataSource, clock, audit),
    new MembershipsService(dataSource, clusters, clock, audit),
    audit,
  );
}
