import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module.js';
import { ClustersController } from './clusters/clusters.controller.js';
import { ClustersService } from './clusters/clusters.service.js';
import { MembershipsController } from './memberships/memberships.controller.js';
import { MembershipsService } from './memberships/memberships.service.js';
import { MergersController } from './organizations/mergers.controller.js';
import { MergersService } from './organizations/mergers.service.js';
import { OrganizationsController } from './organizations/organizations.controller.js';
import { OrganizationsService } from './organizations/organizations.service.js';
import { TermsController } from './terms/terms.controller.js';
import { TermsService } from './terms/terms.service.js';

/** The cluster registry: who belongs to which cluster in which year, and who chaired it. */
@Module({
  imports: [AccessModule],
  controllers: [MergersController, OrganizationsController, ClustersController, MembershipsController, TermsController],
  providers: [OrganizationsService, MergersService, ClustersService, MembershipsService, TermsService],
  exports: [OrganizationsService, MergersService, ClustersService, MembershipsService, TermsService],
})
export class RegistryModule {}
