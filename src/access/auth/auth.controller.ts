import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '../../platform/openapi/openapi.decorators.js';
import { ActorSchema, LoginResponseSchema, RefreshResponseSchema } from '../access.schemas.js';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app.config.js';
import { actorOf } from '../policies/actor.js';
import { Public, SignedIn } from '../policies/policy.decorator.js';
import { CredentialsGuard } from './auth.guards.js';
import { LoginRequest, RefreshRequest } from './auth.dto.js';
import { AuthService, type IssuedTokens } from './auth.service.js';
import { SESSION_COOKIE, setSessionCookie } from './cookies.js';
import { RateLimited } from '../../platform/rate-limits/rate-limits.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @RateLimited('signIn')
  @HttpCode(200)
  @Public()
  @UseGuards(CredentialsGuard)
  @ApiOperation({ summary: 'Đăng nhập: trả về access token (Bearer) và đặt cookie phiên cho giao diện web — sign in' })
  @ApiOkResponse({ type: LoginResponseSchema })
  @ApiProblemResponses(400, 401, 429)
  async login(@Body() _body: LoginRequest, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const session = await this.auth.openSession(actorOf(request));
    setSessionCookie(response, session, this.config.auth.secureCookies);
    return { ...tokenAnswer(session), user: session.actor };
  }

  @Post('refresh')
  @RateLimited('refresh')
  @HttpCode(200)
  @Public()
  @ApiOperation({
    summary:
      'Đổi refresh token lấy access token mới (và refresh token kế tiếp); dùng lại refresh token cũ sẽ thu hồi phiên — renew the access token',
  })
  @ApiOkResponse({ type: RefreshResponseSchema })
  @ApiProblemResponses(400, 401, 429)
  async refresh(@Body() body: RefreshRequest) {
    return tokenAnswer(await this.auth.refresh(body.refreshToken));
  }

  @Post('logout')
  @HttpCode(204)
  @SignedIn()
  @ApiOperation({ summary: 'Đăng xuất: thu hồi phiên (cả token và cookie) — sign out' })
  @ApiNoContentResponse({ description: 'Đã đăng xuất.' })
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.closeSession(actorOf(request));
    response.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  @SignedIn()
  @ApiOperation({ summary: 'Người dùng đang đăng nhập — the signed-in user' })
  @ApiOkResponse({ type: ActorSchema })
  me(@Req() request: Request) {
    return actorOf(request);
  }
}

function tokenAnswer(tokens: IssuedTokens): RefreshResponseSchema {
  return {
    accessToken: tokens.accessToken,
    tokenType: 'Bearer',
    expiresIn: tokens.accessTokenExpiresIn,
    refreshToken: tokens.refreshToken,
  };
}
