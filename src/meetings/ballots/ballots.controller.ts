import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '../../platform/openapi/openapi.decorators.js';
import { ApiSignedIn, BALLOT_CODES, BALLOT_RECEIPT, PUBLISHED_RECEIPTS, RECEIPT_CHECK, VOTE } from '../meetings.openapi.js';
import type { Request } from 'express';
import { actorOf } from '../../access/policies/actor.js';
import { Public, SignedIn } from '../../access/policies/policy.decorator.js';
import { localeFrom } from '../../platform/i18n/locale.js';
import { VoteParams } from '../votes/vote.dto.js';
import { CastBallotBody, CodeBallotBody, DeclaredResultBody, PaperTotalsBody, ReceiptParams } from './ballot.dto.js';
import { BallotsService } from './ballots.service.js';
import { RateLimited } from '../../platform/rate-limits/rate-limits.js';

@ApiTags('votes')
@Controller()
export class BallotsController {
  constructor(private readonly ballots: BallotsService) {}

  /** The signed-in unit officer casts their unit's secret ballot. */
  @ApiOperation({ summary: 'Bỏ phiếu kín của đơn vị / Cast the secret ballot of the unit' })
  @ApiCreatedResponse({ schema: BALLOT_RECEIPT })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404, 409, 422)
  @Post('votes/:id/ballots')
  @SignedIn()
  cast(@Req() request: Request, @Param() params: VoteParams, @Body() body: CastBallotBody, @Headers('accept-language') language?: string) {
    return this.ballots.cast(actorOf(request), params.id, body, localeFrom(language));
  }

  /** A delegate without an account casts the unit's ballot with its printed code. */
  @ApiOperation({ summary: 'Bỏ phiếu bằng mã phiếu in sẵn / Cast a ballot with a printed code' })
  @ApiCreatedResponse({ schema: BALLOT_RECEIPT })
  @ApiProblemResponses(400, 403, 409, 422, 429)
  @Post('ballots')
  @RateLimited('ballots')
  @Public()
  castWithCode(@Body() body: CodeBallotBody, @Headers('accept-language') language?: string) {
    return this.ballots.castWithCode(body, localeFrom(language));
  }

  /** The receipts in each electronic round's box: published before the count, kept with the result after it. */
  @ApiOperation({ summary: 'Danh sách mã biên nhận trong hòm phiếu / The receipts in the ballot box' })
  @ApiOkResponse({ schema: PUBLISHED_RECEIPTS })
  @ApiSignedIn()
  @ApiProblemResponses(404, 409)
  @Get('votes/:id/receipts')
  @SignedIn()
  receipts(@Param() params: VoteParams) {
    return this.ballots.receipts(params.id);
  }

  /** Whether a delegate's receipt is in the vote's published list; needs no account. */
  @ApiOperation({ summary: 'Kiểm tra mã biên nhận phiếu / Check a ballot receipt' })
  @ApiOkResponse({ schema: RECEIPT_CHECK })
  @ApiProblemResponses(400, 404, 409, 429)
  @Get('votes/:id/receipts/:receipt')
  @RateLimited('receiptChecks')
  @Public()
  checkReceipt(@Param() params: ReceiptParams, @Headers('accept-language') language?: string) {
    return this.ballots.checkReceipt(params.id, params.receipt, localeFrom(language));
  }

  /** One fresh code per voting unit, shown this once; earlier codes of the vote stop working. */
  @ApiOperation({ summary: 'In mã phiếu cho các đơn vị biểu quyết / Print ballot codes for the voting units' })
  @ApiCreatedResponse({ schema: BALLOT_CODES })
  @ApiSignedIn()
  @ApiProblemResponses(404, 409)
  @Post('votes/:id/ballot-codes')
  @SignedIn()
  issueCodes(@Req() request: Request, @Param() params: VoteParams, @Headers('accept-language') language?: string) {
    return this.ballots.issueCodes(actorOf(request), params.id, localeFrom(language));
  }

  /** The open paper round's result declared without a count: unanimous, by consensus, or by show of hands. */
  @ApiOperation({
    summary: 'Ghi kết quả biểu quyết không kiểm phiếu (nhất trí, đồng thuận, giơ tay) / Record a result declared without a count',
  })
  @ApiOkResponse({ schema: VOTE })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404, 409, 422)
  @Put('votes/:id/declared-result')
  @HttpCode(200)
  @SignedIn()
  putDeclaredResult(
    @Req() request: Request,
    @Param() params: VoteParams,
    @Body() body: DeclaredResultBody,
    @Headers('accept-language') language?: string,
  ) {
    return this.ballots.putDeclaredResult(actorOf(request), params.id, body, localeFrom(language));
  }

  /** The counting committee's totals of the open paper round. */
  @ApiOperation({ summary: 'Nhập biên bản kiểm phiếu giấy / Enter the paper totals' })
  @ApiOkResponse({ schema: VOTE })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404, 409, 422)
  @Put('votes/:id/paper-totals')
  @HttpCode(200)
  @SignedIn()
  putPaperTotals(
    @Req() request: Request,
    @Param() params: VoteParams,
    @Body() body: PaperTotalsBody,
    @Headers('accept-language') language?: string,
  ) {
    return this.ballots.putPaperTotals(actorOf(request), params.id, body, localeFrom(language));
  }
}
