import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiFileResponse, pageSchema } from '../../platform/openapi/json-schema.js';
import { ATTACHMENT } from '../nominations.openapi.js';
import { ApiProblemResponses } from '../../platform/openapi/openapi.decorators.js';
import type { Request } from 'express';
import { actorOf } from '../../access/policies/actor.js';
import { SignedIn } from '../../access/policies/policy.decorator.js';
import { type AttachmentContent, ListAttachmentsQuery, UploadAttachmentBody, type UploadedDossierFile } from './dossier.dto.js';
import { DossierUploadInterceptor } from './dossier-upload.interceptor.js';
import { ATTACHMENT_KINDS, attachmentDisposition } from './dossier.rules.js';
import { DossiersService } from './dossiers.service.js';

function download(file: AttachmentContent): StreamableFile {
  return new StreamableFile(file.content, {
    type: file.contentType,
    length: file.sizeBytes,
    disposition: attachmentDisposition(file.fileName),
  });
}

/** A nomination's dossier files; who may change them follows the nomination's state (draft, returned). */
@ApiTags('nominations')
@ApiBearerAuth()
@ApiCookieAuth('thidua_session')
@Controller()
export class DossiersController {
  constructor(private readonly dossiers: DossiersService) {}

  @Post('nominations/:id/attachments')
  @SignedIn()
  @UseInterceptors(DossierUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'kind'],
      properties: { file: { type: 'string', format: 'binary' }, kind: { type: 'string', enum: [...ATTACHMENT_KINDS] } },
    },
  })
  @ApiOperation({ summary: 'Tải tệp lên hồ sơ đề nghị (khi đơn vị đang giữ hồ sơ)' })
  @ApiCreatedResponse({ schema: ATTACHMENT })
  @ApiProblemResponses(400, 401, 403, 404, 409, 422)
  upload(@Req() request: Request, @Param('id') id: string, @Body() body: UploadAttachmentBody, @UploadedFile() file?: UploadedDossierFile) {
    return this.dossiers.upload(actorOf(request), id, body, file);
  }

  @Get('nominations/:id/attachments')
  @SignedIn()
  @ApiOperation({ summary: 'Các tệp của hồ sơ đề nghị' })
  @ApiOkResponse({ schema: pageSchema(ATTACHMENT) })
  @ApiProblemResponses(400, 401, 404)
  list(@Req() request: Request, @Param('id') id: string, @Query() query: ListAttachmentsQuery) {
    return this.dossiers.list(actorOf(request), id, query);
  }

  /** The file with its stored type and its Vietnamese name (RFC 5987 `filename*`). */
  @Get('attachments/:id/content')
  @SignedIn()
  @Header('X-Content-Type-Options', 'nosniff')
  @ApiOperation({ summary: 'Tải xuống một tệp hồ sơ' })
  @ApiFileResponse('Tệp đã tải lên, với kiểu đã lưu', ['application/octet-stream'])
  @ApiProblemResponses(400, 401, 404)
  async content(@Req() request: Request, @Param('id') id: string) {
    return download(await this.dossiers.content(actorOf(request), id));
  }

  @Delete('attachments/:id')
  @HttpCode(204)
  @SignedIn()
  @ApiOperation({ summary: 'Xóa một tệp hồ sơ (khi đơn vị đang giữ hồ sơ)' })
  @ApiNoContentResponse({ description: 'Đã xóa' })
  @ApiProblemResponses(400, 401, 403, 404, 409, 422)
  remove(@Req() request: Request, @Param('id') id: string) {
    return this.dossiers.remove(actorOf(request), id);
  }
}
