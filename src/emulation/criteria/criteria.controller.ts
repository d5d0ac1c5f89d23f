import { Body, Controller, Get, HttpCode, Param, Post, Put, Req, UploadedFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { actorOf } from '../../access/policies/actor.js';
import { SignedIn, StaffOnly } from '../../access/policies/policy.decorator.js';
import { ApiSignedIn } from '../../meetings/meetings.openapi.js';
import { ApiProblemResponses } from '../../platform/openapi/openapi.decorators.js';
import { ApiOk, CRITERIA_IMPORT, CRITERIA_TREE } from '../emulation.openapi.js';
import { ClusterYearParams, type UploadedEmulationFile } from '../emulation.dto.js';
import { FileUpload } from '../emulation.http.js';
import { CriteriaService } from './criteria.service.js';
import { OwnerTemplateParams, PutCriteriaBody } from './criterion.dto.js';

/** Bảng tiêu chí: the owner's templates (national staff) and each cluster-year's tree (its secretariat, until scoring starts). */
@ApiTags('emulation')
@Controller('emulation')
export class CriteriaController {
  constructor(private readonly criteria: CriteriaService) {}

  @ApiOperation({ summary: 'Bảng tiêu chí của cụm trong năm / The criteria of a cluster-year' })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404)
  @ApiOk(CRITERIA_TREE)
  @Get('clusters/:id/years/:year/criteria')
  @SignedIn()
  tree(@Param() params: ClusterYearParams) {
    return this.criteria.tree(params.id, params.year);
  }

  @ApiOperation({ summary: 'Thay toàn bộ bảng tiêu chí / Replace the criteria' })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404, 409, 422)
  @ApiOk(CRITERIA_TREE)
  @Put('clusters/:id/years/:year/criteria')
  @SignedIn()
  replace(@Req() request: Request, @Param() params: ClusterYearParams, @Body() body: PutCriteriaBody) {
    return this.criteria.replaceTree(actorOf(request), params.id, params.year, body);
  }

  @ApiOperation({ summary: 'Sao chép bảng tiêu chí mẫu của đơn vị chủ quản / Copy the owner’s template' })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404, 409, 422)
  @ApiOk(CRITERIA_TREE)
  @Post('clusters/:id/years/:year/criteria/copy-template')
  @HttpCode(200)
  @SignedIn()
  copyTemplate(@Req() request: Request, @Param() params: ClusterYearParams) {
    return this.criteria.copyTemplate(actorOf(request), params.id, params.year);
  }

  @ApiOperation({ summary: 'Nhập bảng tiêu chí từ tệp Excel (XLSX) / Import the criteria from XLSX' })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404, 409, 413, 422)
  @ApiOk(CRITERIA_IMPORT, 'Kết quả nhập từng dòng và bảng tiêu chí')
  @Post('clusters/:id/years/:year/criteria/import')
  @HttpCode(200)
  @SignedIn()
  @FileUpload()
  import(@Req() request: Request, @Param() params: ClusterYearParams, @UploadedFile() file?: UploadedEmulationFile) {
    return this.criteria.importTree(actorOf(request), params.id, params.year, file);
  }

  @ApiOperation({ summary: 'Bảng tiêu chí mẫu của đơn vị chủ quản / The owner’s criteria template' })
  @ApiSignedIn()
  @ApiProblemResponses(400)
  @ApiOk(CRITERIA_TREE)
  @Get('owners/:ownerId/criteria-templates/:year')
  @SignedIn()
  template(@Param() params: OwnerTemplateParams) {
    return this.criteria.template(params.ownerId, params.year);
  }

  @ApiOperation({ summary: 'Thay bảng tiêu chí mẫu / Replace the template' })
  @ApiSignedIn()
  @ApiProblemResponses(400, 422)
  @ApiOk(CRITERIA_TREE)
  @Put('owners/:ownerId/criteria-templates/:year')
  @StaffOnly()
  replaceTemplate(@Req() request: Request, @Param() params: OwnerTemplateParams, @Body() body: PutCriteriaBody) {
    return this.criteria.replaceTemplate(actorOf(request), params.ownerId, params.year, body);
  }
}
