import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, ApiProblemResponses } from '../../platform/openapi/openapi.decorators.js';
import { ProposalSchema, TermSchema } from '../registry.schemas.js';
import type { Request, Response } from 'express';
import { actorOf } from '../../access/policies/actor.js';
import { SignedIn } from '../../access/policies/policy.decorator.js';
import { localeFrom } from '../../platform/i18n/locale.js';
import { ClusterParams, ClusterYearParams } from '../clusters/cluster.dto.js';
import { respondUpserted } from '../clusters/upserted.js';
import { PutTermBody, TermsQuery } from './term.dto.js';
import { TermsService } from './terms.service.js';

@ApiTags('clusters')
@Controller('clusters/:id/terms')
export class TermsController {
  constructor(private readonly terms: TermsService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'Nhiệm kỳ cụm trưởng, cụm phó qua các năm — terms by year' })
  @ApiPageResponse(TermSchema)
  @ApiProblemResponses(400, 404)
  list(@Param() params: ClusterParams, @Query() query: TermsQuery) {
    return this.terms.list(params.id, query);
  }

  @Get(':year')
  @SignedIn()
  @ApiOperation({ summary: 'Nhiệm kỳ của một năm — the term of a year' })
  @ApiOkResponse({ type: TermSchema })
  @ApiProblemResponses(400, 404)
  get(@Param() params: ClusterYearParams) {
    return this.terms.get(params.id, params.year);
  }

  /** 201 when the year's term is created, 200 when it is replaced. */
  @Put(':year')
  @SignedIn()
  @ApiOperation({ summary: 'Ghi nhiệm kỳ của một năm (thư ký cụm năm trước hoặc cán bộ LHHVN) — record a term' })
  @ApiCreatedResponse({ type: TermSchema, description: 'Tạo mới.' })
  @ApiOkResponse({ type: TermSchema, description: 'Thay thế.' })
  @ApiProblemResponses(400, 404, 409, 422)
  async put(
    @Req() request: Request,
    @Param() params: ClusterYearParams,
    @Body() body: PutTermBody,
    @Res({ passthrough: true }) response: Response,
  ) {
    return respondUpserted(response, await this.terms.put(actorOf(request), params.id, params.year, body));
  }

  /** Khoá sổ: the year's records become final. */
  @Post(':year/close')
  @HttpCode(200)
  @SignedIn()
  @ApiOperation({ summary: 'Khoá sổ năm của cụm — close the year' })
  @ApiOkResponse({ type: TermSchema })
  @ApiProblemResponses(400, 404, 409)
  close(@Req() request: Request, @Param() params: ClusterYearParams) {
    return this.terms.close(actorOf(request), params.id, params.year);
  }

  /** Who should chair and vice-chair in `year`, by the cluster's rotation rule, with the reasons. */
  @Get(':year/proposal')
  @SignedIn()
  @ApiOperation({ summary: 'Đề xuất cụm trưởng, cụm phó theo quy tắc luân phiên — rotation proposal' })
  @ApiOkResponse({ type: ProposalSchema })
  @ApiProblemResponses(400, 404)
  proposal(@Param() params: ClusterYearParams, @Headers('accept-language') acceptLanguage?: string) {
    return this.terms.proposal(params.id, params.year, localeFrom(acceptLanguage));
  }
}
