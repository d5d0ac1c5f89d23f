import { Body, Controller, Delete, Get, Header, HttpCode, Param, Patch, Post, Put, Req, UploadedFile } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { actorOf } from '../../access/policies/actor.js';
import { SignedIn } from '../../access/policies/policy.decorator.js';
import { ApiSignedIn } from '../../meetings/meetings.openapi.js';
import { ApiFileResponse } from '../../platform/openapi/json-schema.js';
import { ApiProblemResponses } from '../../platform/openapi/openapi.decorators.js';
import {
  ApiCreated,
  ApiOk,
  EVIDENCE,
  SCORE_HISTORY,
  SCORE_SHEET,
  SCORE_TABLE,
  SELF_SCORE_IMPORT,
  STORED_FILE_TYPES,
} from '../emulation.openapi.js';
import { ClusterUnitParams, ClusterYearParams, FileParams, type UploadedEmulationFile } from '../emulation.dto.js';
import { download, FileUpload } from '../emulation.http.js';
import {
  AgreedScoreBody,
  ConfigureScoreTableBody,
  CrossPairsBody,
  CrossScoreBody,
  EvidenceBody,
  FixScoreTableBody,
  PublishScoreTableBody,
  SelfScoreBody,
} from './score.dto.js';
import { ScoresService } from './scores.service.js';

/** Bảng điểm: the year's table and each unit's sheet with its three columns; who may do what is the table's workflow. */
@ApiTags('emulation')
@Controller('emulation')
export class ScoresController {
  constructor(private readonly scores: ScoresService) {}

  @ApiOperation({ summary: 'Trạng thái bảng điểm của năm / The score table of the year' })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404)
  @ApiOk(SCORE_TABLE)
  @Get('clusters/:id/years/:year/scores')
  @SignedIn()
  table(@Req() request: Request, @Param() params: ClusterYearParams) {
    return this.scores.table(actorOf(request), params.id, params.year);
  }

  @ApiOperation({ summary: 'Ngưỡng xếp loại, số đơn vị dẫn đầu / Bands and leader count' })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404, 409, 422)
  @ApiOk(SCORE_TABLE)
  @Patch('clusters/:id/years/:year/scores')
  @SignedIn()
  configure(@Req() request: Request, @Param() params: ClusterYearParams, @Body() body: ConfigureScoreTableBody) {
    return this.scores.configure(actorOf(request), params.id, params.year, body);
  }

  @ApiOperation({ summary: 'Phân công chấm chéo (đơn vị nào chấm đơn vị nào) / Cross-checking pairs' })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404, 409, 422)
  @ApiOk(SCORE_TABLE)
  @Put('clusters/:id/years/:year/scores/cross-pairs')
  @SignedIn()
  setCrossPairs(@Req() request: Request, @Param() params: ClusterYearParams, @Body() body: CrossPairsBody) {
    return this.scores.setCrossPairs(actorOf(request), params.id, params.year, body);
  }

  @ApiOperation({ summary: 'Công bố bảng điểm / Publish the score table' })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404, 409)
  @ApiOk(SCORE_TABLE)
  @Post('clusters/:id/years/:year/scores/publish')
  @HttpCode(200)
  @SignedIn()
  publish(@Req() request: Request, @Param() params: ClusterYearParams, @Body() body: PublishScoreTableBody) {
    return this.scores.publish(actorOf(request), params.id, params.year, body);
  }

  @ApiOperation({ summary: 'Chốt bảng điểm thống nhất / Fix the agreed table' })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404, 409, 422)
  @ApiOk(SCORE_TABLE)
  @Post('clusters/:id/years/:year/scores/fix')
  @HttpCode(200)
  @SignedIn()
  fix(@Req() request: Request, @Param() params: ClusterYearParams, @Body() body: FixScoreTableBody) {
    return this.scores.fix(actorOf(request), params.id, params.year, body);
  }

  @ApiOperation({ summary: 'Bảng chấm điểm của một đơn vị (ba cột điểm) / A unit’s score sheet' })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404, 422)
  @ApiOk(SCORE_SHEET)
  @Get('clusters/:id/years/:year/scores/:organizationId')
  @SignedIn()
  sheet(@Req() request: Request, @Param() params: ClusterUnitParams) {
    return this.scores.sheet(actorOf(request), params.id, params.year, params.organizationId);
  }

  @ApiOperation({ summary: 'Tự chấm điểm / Self-score' })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404, 409, 422)
  @ApiOk(SCORE_SHEET)
  @Put('clusters/:id/years/:year/scores/:organizationId/self')
  @SignedIn()
  selfScore(@Req() request: Request, @Param() params: ClusterUnitParams, @Body() body: SelfScoreBody) {
    return this.scores.selfScore(actorOf(request), params.id, params.year, params.organizationId, body);
  }

  @ApiOperation({ summary: 'Chấm chéo / thẩm định, có lý do / Cross-check with reasons' })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404, 409, 422)
  @ApiOk(SCORE_SHEET)
  @Put('clusters/:id/years/:year/scores/:organizationId/cross')
  @SignedIn()
  crossScore(@Req() request: Request, @Param() params: ClusterUnitParams, @Body() body: CrossScoreBody) {
    return this.scores.crossScore(actorOf(request), params.id, params.year, params.organizationId, body);
  }

  @ApiOperation({ summary: 'Điểm thống nhất / Agreed scores' })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404, 409, 422)
  @ApiOk(SCORE_SHEET)
  @Put('clusters/:id/years/:year/scores/:organizationId/agreed')
  @SignedIn()
  agree(@Req() request: Request, @Param() params: ClusterUnitParams, @Body() body: AgreedScoreBody) {
    return this.scores.agree(actorOf(request), params.id, params.year, params.organizationId, body);
  }

  @ApiOperation({ summary: 'Lịch sử thay đổi điểm / Score history' })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404)
  @ApiOk(SCORE_HISTORY)
  @Get('clusters/:id/years/:year/scores/:organizationId/history')
  @SignedIn()
  history(@Req() request: Request, @Param() params: ClusterUnitParams) {
    return this.scores.history(actorOf(request), params.id, params.year, params.organizationId);
  }

  @ApiOperation({ summary: 'Tải lên minh chứng / Upload evidence' })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404, 409, 413, 422)
  @ApiCreated(EVIDENCE)
  @Post('clusters/:id/years/:year/scores/:organizationId/evidence')
  @SignedIn()
  @FileUpload({ criterionId: { type: 'string', format: 'uuid' } }, ['criterionId'])
  uploadEvidence(
    @Req() request: Request,
    @Param() params: ClusterUnitParams,
    @Body() body: EvidenceBody,
    @UploadedFile() file?: UploadedEmulationFile,
  ) {
    return this.scores.uploadEvidence(actorOf(request), params.id, params.year, params.organizationId, body, file);
  }

  @ApiOperation({ summary: 'Nhập điểm tự chấm từ tệp Excel (XLSX) / Import self-scores from XLSX' })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404, 409, 413, 422)
  @ApiOk(SELF_SCORE_IMPORT, 'Kết quả nhập từng dòng và bảng chấm điểm')
  @Post('clusters/:id/years/:year/scores/:organizationId/import')
  @HttpCode(200)
  @SignedIn()
  @FileUpload()
  importSelfScores(@Req() request: Request, @Param() params: ClusterUnitParams, @UploadedFile() file?: UploadedEmulationFile) {
    return this.scores.importSelfScores(actorOf(request), params.id, params.year, params.organizationId, file);
  }

  @ApiOperation({ summary: 'Xoá minh chứng (khi đơn vị còn tự chấm) / Remove evidence' })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404, 409)
  @ApiNoContentResponse({ description: 'Đã xoá' })
  @Delete('evidence/:id')
  @HttpCode(204)
  @SignedIn()
  removeEvidence(@Req() request: Request, @Param() params: FileParams) {
    return this.scores.removeEvidence(actorOf(request), params.id);
  }

  @ApiOperation({ summary: 'Tải xuống minh chứng / Download evidence' })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404)
  @ApiFileResponse('Minh chứng đã tải lên, với kiểu đã lưu', STORED_FILE_TYPES)
  @Get('evidence/:id/content')
  @SignedIn()
  @Header('X-Content-Type-Options', 'nosniff')
  async evidence(@Req() request: Request, @Param() params: FileParams) {
    return download(await this.scores.evidenceContent(actorOf(request), params.id));
  }
}
