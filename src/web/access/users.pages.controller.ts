import { Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AuthService } from '../../access/auth/auth.service.js';
import { hasAnyRole } from '../../access/policies/access.rules.js';
import { actorOf } from '../../access/policies/actor.js';
import { AdminOnly, StaffOnly } from '../../access/policies/policy.decorator.js';
import { CreateUserRequest, UpdateUserRequest, UserIdParam, UserListQuery } from '../../access/users/user.dto.js';
import { UsersService } from '../../access/users/users.service.js';
import { MAX_PAGE_SIZE } from '../../platform/pagination/page.js';
import { OrganizationsService } from '../../registry/organizations/organizations.service.js';
import type { FormState } from '../http/forms.js';
import { PageController } from '../http/page-controller.js';
import { WebPages } from '../http/web-pages.js';
import type { Choice } from '../layout/forms.js';
import { usersText } from './access.messages.js';
import { EditUserPage, NewUserPage } from './user-form.page.js';
import { UsersPage } from './users.page.js';

export type UserRow = Awaited<ReturnType<UsersService['get']>>;

/** Users and roles: staff read the list (as GET /api/v1/users), administrators create and change accounts. */
@PageController('users')
export class UsersPagesController {
  constructor(
    private readonly web: WebPages,
    private readonly users: UsersService,
    private readonly organizations: OrganizationsService,
    private readonly auth: AuthService,
  ) {}

  @Get()
  @StaffOnly()
  async list(@Query() query: UserListQuery, @Res() response: Response) {
    const page = await this.users.list(query);
    const units = await this.unitChoices();
    const unitNames = Object.fromEntries(units.map((unit) => [unit.value, unit.label]));
    const mayEdit = hasAnyRole(actorOf(response.req), ['system_admin']);
    const heldBack = mayEdit ? await this.auth.signInsHeldBack(page.items.map((user) => user.username)) : new Set<string>();
    await this.web.page(response, UsersPage, { page, query, unitNames, mayEdit, heldBack });
  }

  @Get('new')
  @AdminOnly()
  async newForm(@Res() response: Response) {
    await this.web.page(response, NewUserPage, { units: await this.unitChoices() });
  }

  @Post()
  @AdminOnly()
  async create(@Res() response: Response) {
    await this.web.submit(response, {
      dto: CreateUserRequest,
      read: (form) => ({
        username: form.text('username'),
        displayName: form.text('displayName'),
        email: form.optional('email'),
        organizationId: form.optional('organizationId'),
        roles: form.list('roles'),
        password: form.text('password'),
      }),
      run: (body) => this.users.create(body),
      done: (user) => ({ to: '/users', flash: usersText.created(user.username) }),
      show: async (form, status) => this.web.page(response, NewUserPage, { form, units: await this.unitChoices() }, { status }),
    });
  }

  /** The unlock button of the list: the user may sign in again at once, from every address. */
  @Post(':id/unlock')
  @AdminOnly()
  async unlock(@Param() params: UserIdParam, @Res() response: Response) {
    const user = await this.users.get(params.id);
    await this.auth.unlockSignIn(user.id);
    this.web.redirect(response, '/users', usersText.unlocked(user.username));
  }

  @Get(':id')
  @AdminOnly()
  async editForm(@Param() params: UserIdParam, @Res() response: Response) {
    await this.showEdit(response, params.id);
  }

  @Post(':id')
  @AdminOnly()
  async update(@Param() params: UserIdParam, @Res() response: Response) {
    await this.web.submit(response, {
      dto: UpdateUserRequest,
      read: (form) => ({
        displayName: form.text('displayName'),
        roles: form.list('roles'),
        active: form.checkbox('active'),
        version: form.integer('version'),
      }),
      run: (body) => this.users.update(params.id, body),
      done: (user) => ({ to: '/users', flash: usersText.updated(user.username) }),
      show: (form, status) => this.showEdit(response, params.id, form, status),
    });
  }

  private async showEdit(response: Response, id: string, form?: FormState, status?: number): Promise<void> {
    const user = await this.users.get(id);
    const unit = user.organizationId ? await this.organizations.get(user.organizationId) : null;
    await this.web.page(response, EditUserPage, { user, unitName: unit?.shortName ?? null, form }, { status });
  }

  /** Every unit by today's name, for the unit field and the list. */
  private async unitChoices(): Promise<Choice[]> {
    const units = await this.organizations.list({ page: 1, pageSize: MAX_PAGE_SIZE, sort: 'name' });
    return units.items.map((unit) => ({ value: unit.id, label: unit.shortName }));
  }
}
