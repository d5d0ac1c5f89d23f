import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SignedIn, StaffOnly } from '../../access/policies/policy.decorator.js';
import { ApiPageResponse, ApiProblemResponses } from '../../platform/openapi/openapi.decorators.js';
import { HistorySchema, LineageSchema, OrganizationDetailSchema, OrganizationSchema } from '../registry.schemas.js';
import {
  CreateOrganizationBody,
  ListOrganizationsQuery,
  OrganizationYearQuery,
  RenameOrganizationBody,
  UpdateOrganizationBody,
} from './organization.dto.js';
import { OrganizationsService } from './organizations.service.js';

/** Ids are taken as text: a malformed id is an unknown unit (404), as the service says. */
@ApiTags('organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Post()
  @StaffOnly()
  @ApiOperation({ summary: 'Thêm đơn vị — create a unit' })
  @ApiCreatedResponse({ type: OrganizationSchema })
  @ApiProblemResponses(400, 409)
  create(@Body() body: CreateOrganizationBody) {
    return this.organizations.create(body);
  }

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'Danh sách, tìm kiếm đơn vị — list and search units' })
  @ApiPageResponse(OrganizationSchema)
  @ApiProblemResponses(400)
  list(@Query() query: ListOrganizationsQuery) {
    return this.organizations.list(query);
  }

  @Get(':id')
  @SignedIn()
  @ApiOperation({ summary: 'Xem đơn vị, các tên và đơn vị tiền thân, kế thừa — a unit with its names and lineage' })
  @ApiOkResponse({ type: OrganizationDetailSchema })
  @ApiProblemResponses(400, 404)
  get(@Param('id') id: string, @Query() query: OrganizationYearQuery) {
    return this.organizations.get(id, query.year);
  }

  @Patch(':id')
  @StaffOnly()
  @ApiOperation({ summary: 'Sửa tỉnh, loại đơn vị — edit a unit' })
  @ApiOkResponse({ type: OrganizationSchema })
  @ApiProblemResponses(400, 404, 409)
  update(@Param('id') id: string, @Body() body: UpdateOrganizationBody) {
    return this.organizations.update(id, body);
  }

  @Post(':id/names')
  @StaffOnly()
  @ApiOperation({ summary: 'Đổi tên đơn vị từ một ngày — rename a unit from a date' })
  @ApiCreatedResponse({ type: OrganizationDetailSchema })
  @ApiProblemResponses(400, 404, 409, 422)
  rename(@Param('id') id: string, @Body() body: RenameOrganizationBody) {
    return this.organizations.rename(id, body);
  }

  @Get(':id/lineage')
  @SignedIn()
  @ApiOperation({ summary: 'Các đơn vị tiền thân và kế thừa — lineage' })
  @ApiOkResponse({ type: LineageSchema })
  @ApiProblemResponses(404)
  lineage(@Param('id') id: string) {
    return this.organizations.lineage(id);
  }

  @Get(':id/history')
  @SignedIn()
  @ApiOperation({ summary: 'Lịch sử thành viên cụm và nhiệm kỳ theo năm — history by year' })
  @ApiOkResponse({ type: HistorySchema })
  @ApiProblemResponses(404)
  history(@Param('id') id: string) {
    return this.organizations.history(id);
  }
}
