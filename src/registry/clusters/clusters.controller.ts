import { Body, Controller, Get, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, ApiProblemResponses } from '../../platform/openapi/openapi.decorators.js';
import { ClusterDetailSchema, ClusterSummarySchema, SupervisorSchema } from '../registry.schemas.js';
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
  @ApiOperation({ summary: 'Thêm cụm, khối thi đua — create a cluster' })
  @ApiCreatedResponse({ type: ClusterDetailSchema })
  @ApiProblemResponses(400, 409, 422)
  create(@Body() body: CreateClusterBody) {
    return this.clusters.create(body);
  }

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'Danh sách cụm, khối thi đua — list clusters' })
  @ApiPageResponse(ClusterSummarySchema)
  @ApiProblemResponses(400)
  list(@Query() query: ListClustersQuery) {
    return this.clusters.list(query);
  }

  @Get(':id')
  @SignedIn()
  @ApiOperation({ summary: 'Xem cụm trong một năm — a cluster in a year' })
  @ApiOkResponse({ type: ClusterDetailSchema })
  @ApiProblemResponses(400, 404)
  get(@Param() params: ClusterParams, @Query() query: YearQuery) {
    return this.clusters.get(params.id, query.year);
  }

  @Patch(':id')
  @StaffOnly()
  @ApiOperation({ summary: 'Sửa tên, quy tắc luân phiên của cụm — edit a cluster' })
  @ApiOkResponse({ type: ClusterDetailSchema })
  @ApiProblemResponses(400, 404, 409, 422)
  update(@Param() params: ClusterParams, @Body() body: UpdateClusterBody) {
    return this.clusters.update(params.id, body);
  }

  /** Phụ trách cụm: create or replace the supervisor of a year. */
  @Put(':id/supervisors/:year')
  @StaffOnly()
  @ApiOperation({ summary: 'Ghi người phụ trách cụm của một năm — set the supervisor of a year' })
  @ApiCreatedResponse({ type: SupervisorSchema, description: 'Tạo mới.' })
  @ApiOkResponse({ type: SupervisorSchema, description: 'Thay thế.' })
  @ApiProblemResponses(400, 404)
  async putSupervisor(@Param() params: ClusterYearParams, @Body() body: PutSupervisorBody, @Res({ passthrough: true }) response: Response) {
    return respondUpserted(response, await this.clusters.putSupervisor(params.id, params.year, body));
  }

  @Get(':id/supervisors')
  @SignedIn()
  @ApiOperation({ summary: 'Người phụ trách cụm qua các năm — supervisors by year' })
  @ApiPageResponse(SupervisorSchema)
  @ApiProblemResponses(400, 404)
  listSupervisors(@Param() params: ClusterParams, @Query() query: SupervisorsQuery) {
    return this.clusters.listSupervisors(params.id, query);
  }
}
