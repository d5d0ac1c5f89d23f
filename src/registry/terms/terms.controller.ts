import { SignedIn } from '../../access/policies/policy.decorator.js';
import { Body, Controller, Get, Headers, Param, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
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
  list(@Param() params: ClusterParams, @Query() query: TermsQuery) {
    return this.terms.list(params.id, query);
  }

  @Get(':year')
  @SignedIn()
  get(@Param() params: ClusterYearParams) {
    return this.terms.get(params.id, params.year);
  }

  /** 201 when the year's term is created, 200 when it is replaced. */
  @Put(':year')
  @SignedIn()
  async put(@Param() params: ClusterYearParams, @Body() body: PutTermBody, @Res({ passthrough: true }) response: Response) {
    return respondUpserted(response, await this.terms.put(params.id, params.year, body));
  }

  /** Who should chair and vice-chair in `year`, by the cluster's rotation rule, with the reasons. */
  @Get(':year/proposal')
  @SignedIn()
  proposal(@Param() params: ClusterYearParams, @Headers('accept-language') acceptLanguage?: string) {
    return this.terms.proposal(params.id, params.year, localeFrom(acceptLanguage));
  }
}
