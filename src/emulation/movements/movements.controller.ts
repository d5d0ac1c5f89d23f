import { Body, Controller, Get, Header, Param, Patch, Post, Query, Req, UploadedFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { actorOf } from '../../access/policies/actor.js';
import { SignedIn } from '../../access/policies/policy.decorator.js';
import { ApiSignedIn } from '../../meetings/meetings.openapi.js';
import { ApiFileResponse } from '../../platform/openapi/json-schema.js';
import { ApiProblemResponses } from '../../platform/openapi/openapi.decorators.js';
import { ApiCreated, ApiOk, MOVEMENT, MOVEMENT_DOCUMENT, MOVEMENT_PAGE, STORED_FILE_TYPES } from '../emulation.openapi.js';
import { FileParams, type UploadedEmulationFile } from '../emulation.dto.js';
import { download, FileUpload } from '../emulation.http.js';
import { CreateMovementBody, ListMovementsQuery, MovementParams, UpdateMovementBody, UploadMovementDocumentBody } from './movement.dto.js';
import { MovementsService } from './movements.service.js';

/** Phong trào thi đua: read by everyone signed in; the service lets the owner's staff or the cluster's secretariat change them. */
@ApiTags('emulation')
@Controller('emulation')
export class MovementsController {
  constructor(private readonly movements: MovementsService) {}

  @ApiOperation({ summary: 'Danh sách phong trào thi đua / Emulation movements' })
  @ApiSignedIn()
  @ApiProblemResponses(400)
  @ApiOk(MOVEMENT_PAGE)
  @Get('movements')
  @SignedIn()
  list(@Query() query: ListMovementsQuery) {
    return this.movements.list(query);
  }

  @ApiOperation({ summary: 'Phát động phong trào thi đua / Launch a movement' })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404, 422)
  @ApiCreated(MOVEMENT)
  @Post('movements')
  @SignedIn()
  create(@Req() request: Request, @Body() body: CreateMovementBody) {
    return this.movements.create(actorOf(request), body);
  }

  @ApiOperation({ summary: 'Xem một phong trào / A movement' })
  @ApiSignedIn()
  @ApiProblemResponses(404)
  @ApiOk(MOVEMENT)
  @Get('movements/:id')
  @SignedIn()
  get(@Param() params: MovementParams) {
    return this.movements.get(params.id);
  }

  @ApiOperation({ summary: 'Sửa phong trào / Change a movement' })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404, 409, 422)
  @ApiOk(MOVEMENT)
  @Patch('movements/:id')
  @SignedIn()
  update(@Req() request: Request, @Param() params: MovementParams, @Body() body: UpdateMovementBody) {
    return this.movements.update(actorOf(request), params.id, body);
  }

  @ApiOperation({ summary: 'Thêm văn bản của phong trào / Add a document to a movement' })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404, 413, 422)
  @ApiCreated(MOVEMENT_DOCUMENT)
  @Post('movements/:id/documents')
  @SignedIn()
  @FileUpload({ title: { type: 'string' } }, ['title'])
  upload(
    @Req() request: Request,
    @Param() params: MovementParams,
    @Body() body: UploadMovementDocumentBody,
    @UploadedFile() file?: UploadedEmulationFile,
  ) {
    return this.movements.uploadDocument(actorOf(request), params.id, body, file);
  }

  @ApiOperation({ summary: 'Tải xuống văn bản của phong trào / Download a movement document' })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404)
  @ApiFileResponse('Văn bản đã tải lên, với kiểu đã lưu', STORED_FILE_TYPES)
  @Get('movement-documents/:id/content')
  @SignedIn()
  @Header('X-Content-Type-Options', 'nosniff')
  async content(@Param() params: FileParams) {
    return download(await this.movements.documentContent(params.id));
  }
}
