import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, ApiProblemResponses } from '../../platform/openapi/openapi.decorators.js';
import { UserSchema } from '../access.schemas.js';
import type { Request } from 'express';
import { actorOf } from '../policies/actor.js';
import { AdminOnly, SignedIn, StaffOnly } from '../policies/policy.decorator.js';
import { ChangePasswordRequest, CreateUserRequest, UpdateUserRequest, UserIdParam, UserListQuery } from './user.dto.js';
import { AuthService } from '../auth/auth.service.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly auth: AuthService,
  ) {}

  @Post()
  @AdminOnly()
  @ApiOperation({ summary: 'Tạo tài khoản người dùng — create a user' })
  @ApiCreatedResponse({ type: UserSchema })
  @ApiProblemResponses(400, 409, 422)
  create(@Body() body: CreateUserRequest) {
    return this.users.create(body);
  }

  @Get()
  @StaffOnly()
  @ApiOperation({ summary: 'Danh sách người dùng — list users' })
  @ApiPageResponse(UserSchema)
  @ApiProblemResponses(400)
  list(@Query() query: UserListQuery) {
    return this.users.list(query);
  }

  @Post('me/password')
  @HttpCode(204)
  @SignedIn()
  @ApiOperation({ summary: 'Đổi mật khẩu của chính mình — change my password' })
  @ApiNoContentResponse({ description: 'Đã đổi mật khẩu.' })
  @ApiProblemResponses(400, 422)
  async changePassword(@Req() request: Request, @Body() body: ChangePasswordRequest): Promise<void> {
    await this.users.changeOwnPassword(actorOf(request), body);
  }

  @Get(':id')
  @StaffOnly()
  @ApiOperation({ summary: 'Xem một người dùng — a user' })
  @ApiOkResponse({ type: UserSchema })
  @ApiProblemResponses(400, 404)
  get(@Param() params: UserIdParam) {
    return this.users.get(params.id);
  }

  @Patch(':id')
  @AdminOnly()
  @ApiOperation({ summary: 'Sửa vai trò, tên hiển thị, kích hoạt/vô hiệu hoá — edit a user' })
  @ApiOkResponse({ type: UserSchema })
  @ApiProblemResponses(400, 404, 409, 422)
  update(@Param() params: UserIdParam, @Body() body: UpdateUserRequest) {
    return this.users.update(params.id, body);
  }

  @Post(':id/unlock')
  @HttpCode(204)
  @AdminOnly()
  @ApiOperation({
    summary: 'Mở khoá đăng nhập: xoá mọi lần đăng nhập sai của tài khoản, ở mọi địa chỉ — let a user sign in again at once',
  })
  @ApiNoContentResponse({ description: 'Đã mở khoá.' })
  @ApiProblemResponses(400, 404)
  async unlock(@Param() params: UserIdParam): Promise<void> {
    await this.auth.unlockSignIn(params.id);
  }
}
