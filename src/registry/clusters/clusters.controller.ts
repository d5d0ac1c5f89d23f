import { Body, Controller, Get, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { SignedIn, StaffOnly } from '../../access/policies/policy.decorator.js';
import {
  ClusterParams,
  ClusterYearParams,
  CreateClusterBody,
  ListClustersQuery,
  PutSupervisorBody,
  SupervisorsQuery,
  UpdateClusterBody,
  YearQuery,
} from './cluster.dto.js';
import { ClustersService } from './clusters.service.js';
import { respondUpserted } from './upserted.js';

@ApiTags('clusters')
@Controller('clusters')
export class ClustersController {
  constructor(private readonly clusters: ClustersService) {}

  @Post()
  @StaffOnly()
  create(@Body() body: CreateClusterBody) {
    return this.clusters.create(body);
  }

  @Get()
  @SignedIn()
  list(@Query() query: ListClustersQuery) {
    return this.clusters.list(query);
  }

  @Get(':id')
  @SignedIn()
  get(@Param() params: ClusterParams, @Query() query: YearQuery) {
    return this.clusters.get(params.id, query.year);
  }

  @Patch(':id')
  @StaffOnly()
  update(@Param() params: ClusterParams, @Body() body: UpdateClusterBody) {
    return this.clusters.update(params.id, body);
  }

  /** Phụ trách cụm: create or replace the supervisor of a year. */
  @Put(':id/supervisors/:year')
  @StaffOnly()
  async putSupervisor(
    @Param() params: ClusterYearParams,
    @Body() body: PutSupervisorBody,
    @Res({ passthrough: true }) response: Response,
  ) {
    return respondUpserted(response, await this.clusters.putSupervisor(params.id, params.year, body));
  }

  @Get(':id/supervisors')
  @SignedIn()
  listSupervisors(@Param() params: ClusterParams, @Query() query: SupervisorsQuery) {
    return this.clusters.listSupervisors(params.id, query);
  }
}
