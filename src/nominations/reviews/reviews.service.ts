import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Page, pageOf } from '../../platform/pagination/page.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import type { NominationView } from '../nominations/nomination.dto.js';
import { NominationWorkflowService } from '../nominations/nomination-workflow.service.js';
import { NominationsService, withActions } from '../nominations/nominations.service.js';
import type { ReviewBody, ReviewQueueItem, ReviewQueueQuery } from './review.dto.js';
import { ReviewRefusedError } from './review.errors.js';
import { ReviewRepository } from './review.repository.js';
import { reviewComment } from './review.rules.js';

/** Thẩm định: national staff check each submitted dossier, then return it to the unit or forward it to the council. */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly nominations: NominationsService,
    private readonly workflow: NominationWorkflowService,
  ) {}

  async queue(actor: Actor, query: ReviewQueueQuery): Promise<Page<ReviewQueueItem>> {
    const { items, total } = await new ReviewRepository(this.dataSource.manager).queue(query);
    return pageOf(
      items.map(({ review, ...record }) => ({ ...withActions(actor, record), review })),
      total,
      query,
    );
  }

  /** The check's outcome, through the transition table: the comment says why, and what the dossier lacks. */
  async review(actor: Actor, id: string, body: ReviewBody): Promise<NominationView> {
    const findings = reviewComment({ outcome: body.outcome, reasons: body.reasons ?? null, missingDocuments: body.missingDocuments ?? [] });
    await this.dataSource.transaction(async (tx) => {
      await this.nominations.require(tx, actor, id, true);
      if ('refusal' in findings) throw new ReviewRefusedError(findings.refusal);
      await this.workflow.apply(tx, actor, id, body.outcome, findings.comment);
    });
    return this.nominations.get(actor, id);
  }
}
