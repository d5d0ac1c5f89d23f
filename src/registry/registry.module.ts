import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module.js';
import { ClusterSupervisorEntity } from './clusters/cluster-supervisor.entity.js';
import { ClusterEntity } from './clusters/cluster.entity.js';
import { ClustersController } from './clusters/clusters.controller.js';
import { ClustersService } from './clusters/clusters.service.js';
import { MembershipEntity } from './memberships/membership.entity.js';
import { MembershipsController } from './memberships/memberships.controller.js';
import { MembershipsService } from './memberships/memberships.service.js';
import { OrganizationLineageEntity } from './organizations/organization-lineage.entity.js';
import { OrganizationNameEntity } from './organizations/organization-name.entity.js';
import { OrganizationEntity } from './organizations/organization.entity.js';
import { OrganizationsController } from './organizations/organizations.controller.js';
import { OrganizationsService } from './organizations/organizations.service.js';
import { TermEntity } from './terms/term.entity.js';
import { TermsController } from './terms/terms.controller.js';
import { TermsService } from './terms/terms.service.js';

/** The cluster registry: who belongs to which cluster in which year, and who chaired it. */
@Module({
  imports: [
    AccessModule,
    TypeOrmModule.forFeature([
      OrganizationEntity,
      OrganizationNameEntity,
      OrganizationLineageEntity,
      ClusterEntity,
      ClusterSupervisorEntity,
      MembershipEntity,
      TermEntity,
    ]),
  ],
  controllers: [OrganizationsController, ClustersController, MembershipsController, TermsController],
  providers: [OrganizationsService, ClustersService, MembershipsService, TermsService],
  exports: [OrganizationsService, ClustersService, MembershipsService, TermsService],
})
export class RegistryModule {}
