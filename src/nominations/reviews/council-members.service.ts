import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../access/audit/audit.service.js';
import { StaleVersionError } from '../../platform/errors/platform.errors.js';
import { type Page, pageOf } from '../../platform/pagination/page.js';
import type { IsoDate } from '../../platform/time/calendar.js';
import type { CouncilMemberView, CreateCouncilMemberBody, ListCouncilMembersQuery, UpdateCouncilMemberBody } from './council-member.dto.js';
import { CouncilMemberRepository } from './council-member.repository.js';
import { CouncilMemberNotFoundError } from './council.errors.js';

/** Thành viên Hội đồng Thi đua – Khen thưởng: dated seats, so that the council of any day is known. */
@Injectable()
export class CouncilMembersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: ListCouncilMembersQuery): Promise<Page<CouncilMemberView>> {
    const { items, total } = await new CouncilMemberRepository(this.dataSource.manager).list(query, query);
    return pageOf(items, total, query);
  }

  async get(id: string): Promise<CouncilMemberView> {
    return this.view(this.dataSource.manager, id);
  }

  /** The same person twice in overlapping periods is refused by the database (`council_members_no_overlap`). */
  async create(body: CreateCouncilMemberBody): Promise<CouncilMemberView> {
    return this.dataSource.transaction(async (tx) => {
      const id = await new CouncilMemberRepository(tx).insert({
        fullName: body.fullName,
        position: body.position,
        memberFrom: body.memberFrom,
        memberTo: body.memberTo ?? null,
      });
      const view = await this.view(tx, id);
      await this.record(tx, 'council_member.create', view.id, { after: { ...view } });
      return view;
    });
  }

  /** Optimistic on `version`; votes already recorded keep the roll they were counted on. */
  async update(id: string, body: UpdateCouncilMemberBody): Promise<CouncilMemberView> {
    return this.dataSource.transaction(async (tx) => {
      const before = await this.view(tx, id, true);
      if (before.version !== body.version) throw new StaleVersionError();
      await new CouncilMemberRepository(tx).update(id, {
        position: body.position ?? before.position,
        memberTo: body.memberTo === undefined ? before.memberTo : body.memberTo,
      });
      const after = await this.view(tx, id);
      await this.record(tx, 'council_member.update', id, { before: { ...before }, after: { ...after } });
      return after;
    });
  }

  /** The ids of those who sat on the council on `day`: the total membership a vote that day is counted on. */
  async membersOn(manager: EntityManager, day: IsoDate): Promise<string[]> {
    return new CouncilMemberRepository(manager).idsOn(day);
  }

  private async view(manager: EntityManager, id: string, lock = false): Promise<CouncilMemberView> {
    if (!isUUID(id)) throw new CouncilMemberNotFoundError(id);
    const row = await new CouncilMemberRepository(manager).find(id, lock);
    if (!row) throw new CouncilMemberNotFoundError(id);
    return row;
  }

  private record(
    tx: EntityManager,
    action: string,
    id: string,
    changes: { before?: Record<string, unknown>; after?: Record<string, unknown> },
  ) {
    return this.audit.record(tx, { action, entityType: 'council_member', entityId: id, ...changes });
  }
}
