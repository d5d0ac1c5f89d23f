import { Body, Controller, Get, Param, Post, Query, Req, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { pageSchema } from '../../platform/openapi/json-schema.js';
import { IMPORT_REPORT, REGISTER_ENTRY } from '../nominations.openapi.js';
import { ApiProblemResponses } from '../../platform/openapi/openapi.decorators.js';
import type { Request } from 'express';
import { actorOf } from '../../access/policies/actor.js';
import { SignedIn, StaffOnly } from '../../access/policies/policy.decorator.js';
import type { UploadedDossierFile } from '../dossiers/dossier.dto.js';
import { AwardRegisterService } from './award-register.service.js';
import { IMPORT_HEADERS, IMPORT_MAX_BYTES } from './register-import.rules.js';
import { RegisterImportService } from './register-import.service.js';
import { CreateRegisterEntryBody, ListRegisterQuery, OrganizationAwardsQuery, OrganizationParams } from './register.dto.js';

@ApiTags('award-register')
@ApiBearerAuth()
@ApiCookieAuth('thidua_session')
@Controller()
export class AwardRegisterController {
  constructor(
    private readonly register: AwardRegisterService,
    private readonly imports: RegisterImportService,
  ) {}

  @Post('award-register')
  @StaffOnly()
  @ApiOperation({ summary: 'Ghi một khen thưởng vào sổ khen thưởng' })
  @ApiCreatedResponse({ schema: REGISTER_ENTRY })
  @ApiProblemResponses(400, 401, 403, 409, 422)
  create(@Body() body: CreateRegisterEntryBody) {
    return this.register.create(body);
  }

  /** Sổ khen thưởng by person (name, year of birth), unit, award, year or decision. */
  @Get('award-register')
  @SignedIn()
  @ApiOperation({ summary: 'Tra cứu sổ khen thưởng' })
  @ApiOkResponse({ schema: pageSchema(REGISTER_ENTRY) })
  @ApiProblemResponses(400, 401)
  list(@Req() request: Request, @Query() query: ListRegisterQuery) {
    return this.register.list(actorOf(request), query);
  }

  /** Awards of past years from a CSV (UTF-8) or XLSX file with the template's Vietnamese headers; good rows are recorded, bad rows refused with reasons. */
  @Post('award-register/imports')
  @StaffOnly()
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 2 }, defParamCharset: 'utf8' }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    description: `Cột: ${IMPORT_HEADERS.join(', ')}.`,
    schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
  })
  @ApiOperation({ summary: 'Nhập sổ khen thưởng các năm trước từ tệp CSV hoặc XLSX' })
  @ApiCreatedResponse({ schema: IMPORT_REPORT })
  @ApiProblemResponses(400, 401, 403, 409, 422)
  import(@Req() request: Request, @UploadedFile() file: UploadedDossierFile | undefined) {
    return this.imports.import(actorOf(request), file);
  }

  /** Every award of a unit by year and decision, with those of the units merged into it unless asked otherwise. */
  @Get('organizations/:id/awards')
  @SignedIn()
  @ApiOperation({ summary: 'Các khen thưởng của một đơn vị, kèm của các đơn vị tiền thân' })
  @ApiOkResponse({ schema: pageSchema(REGISTER_ENTRY) })
  @ApiProblemResponses(400, 401, 404)
  organizationAwards(@Req() request: Request, @Param() params: OrganizationParams, @Query() query: OrganizationAwardsQuery) {
    return this.register.organizationAwards(actorOf(request), params.id, query);
  }
}
