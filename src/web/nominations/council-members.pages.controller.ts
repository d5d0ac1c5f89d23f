import { Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { StaffOnly } from '../../access/policies/policy.decorator.js';
import { CreateCouncilMemberBody, ListCouncilMembersQuery, UpdateCouncilMemberBody } from '../../nominations/reviews/council-member.dto.js';
import { CouncilMembersService } from '../../nominations/reviews/council-members.service.js';
import { type FormState, validateAs } from '../http/forms.js';
import { PageController } from '../http/page-controller.js';
import { WebPages } from '../http/web-pages.js';
import { CouncilMembersPage, EndCouncilMembershipPage, NewCouncilMemberPage } from './council-members.page.js';
import { NOMINATION_PAGES as M } from './nominations.messages.js';
import { filledIn } from './nominations.pages.controller.js';

/**
 * Thành viên Hội đồng Thi đua – Khen thưởng (staff): the list, a new seat, the end of a seat, through the same
 * service and DTOs as /api/v1/council-members, so that a fresh install can hold a council vote from the browser.
 */
@PageController('council-members')
export class CouncilMembersPagesController {
  constructor(
    private readonly web: WebPages,
    private readonly members: CouncilMembersService,
  ) {}

  @Get()
  @StaffOnly()
  async list(@Query() raw: Record<string, unknown>, @Res() response: Response) {
    const query = await validateAs(ListCouncilMembersQuery, filledIn(raw, ['q', 'on', 'page']));
    await this.web.page(response, CouncilMembersPage, { members: await this.members.list(query), filters: { q: query.q, on: query.on } });
  }

  @Get('new')
  @StaffOnly()
  async newMember(@Res() response: Response) {
    await this.web.page(response, NewCouncilMemberPage, {});
  }

  @Post()
  @StaffOnly()
  async create(@Res() response: Response) {
    await this.web.submit(response, {
      dto: CreateCouncilMemberBody,
      read: (form) => ({
        fullName: form.text('fullName'),
        position: form.text('position'),
        memberFrom: form.text('memberFrom'),
        memberTo: form.nullable('memberTo'),
      }),
      run: (body) => this.members.create(body),
      done: (member) => ({ to: '/council-members', flash: M.councilMemberAdded(member.fullName) }),
      show: (form, status) => this.web.page(response, NewCouncilMemberPage, { form }, { status }),
    });
  }

  @Get(':id/end')
  @StaffOnly()
  async endForm(@Param('id') id: string, @Res() response: Response) {
    await this.showEnd(response, id);
  }

  @Post(':id/end')
  @StaffOnly()
  async end(@Param('id') id: string, @Res() response: Response) {
    await this.web.submit(response, {
      dto: UpdateCouncilMemberBody,
      // Required here ('' is refused as a date): ending a seat is the one thing this form does.
      read: (form) => ({ memberTo: form.text('memberTo') ?? '', version: form.integer('version') }),
      run: (body) => this.members.update(id, body),
      done: (member) => ({ to: '/council-members', flash: M.membershipEnded(member.fullName) }),
      show: (form, status) => this.showEnd(response, id, form, status),
    });
  }

  private async showEnd(response: Response, id: string, form?: FormState, status = 200): Promise<void> {
    await this.web.page(response, EndCouncilMembershipPage, { member: await this.members.get(id), form }, { status });
  }
}
