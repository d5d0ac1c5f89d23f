import type { EntityManager } from 'typeorm';
import { queryPage } from '../../platform/pagination/page.js';
import {
  NOMINATION_COLUMNS,
  NOMINATION_FROM,
  type NominationRecord,
  type NominationRecordRow,
  recordFrom,
} from '../nominations/nomination.repository.js';
import type { NominationState } from '../nominations/nomination.state.js';
import type { ReviewQueueItem, ReviewQueueQuery, ReviewSort } from './review.dto.js';
import { AWAITING_REVIEW } from './review.rules.js';

const ORDER: Record<ReviewSort, string> = {
  waitingSince: 'nom.waiting_since NULLS LAST, nom.id',
  '-waitingSince': 'nom.waiting_since DESC NULLS LAST, nom.id',
  nominee: 'coalesce(p.full_name, nominee_unit_name.full_name) COLLATE vietnamese, nom.id',
};

/** What the nomination's history and dossier say of its check; read for the rows of the page only (the order is stored). */
const REVIEW_JOINS = `
  LEFT JOIN LATERAL (
    SELECT count(*) FILTER (WHERE action = 'return')::int AS times_returned,
      (array_agg(comment ORDER BY occurred_at DESC) FILTER (WHERE action = 'return'))[1] AS last_return_reasons
    FROM nomination_history WHERE nomination_id = nom.id
  ) h ON true
  LEFT JOIN LATERAL (SELECT count(*)::int AS attachments FROM nomination_attachments WHERE nomination_id = nom.id) files ON true`;

export type ReviewRecord = NominationRecord & Pick<ReviewQueueItem, 'review'>;

interface ReviewRow extends NominationRecordRow {
  waiting_since: Date | null;
  times_returned: number;
  last_return_reasons: string | null;
  attachments: number;
}

/** The review queue: nominations with what their history and dossier say of their check (reads of the nominations' tables). */
export class ReviewRepository {
  constructor(private readonly db: EntityManager) {}

  /** Hàng đợi thẩm định: submitted dossiers for national staff, oldest waiting first. */
  async queue(query: ReviewQueueQuery): Promise<{ items: ReviewRecord[]; total: number }> {
    const states: readonly NominationState[] = query.status === 'awaiting_review' ? AWAITING_REVIEW : [query.status];
    const { rows, total } = await queryPage<ReviewRow>(
      this.db,
      {
        select: `${NOMINATION_COLUMNS}, nom.waiting_since, h.times_returned, h.last_return_reasons, files.attachments`,
        from: `${NOMINATION_FROM} ${REVIEW_JOINS}`,
        countFrom: 'FROM nominations nom',
        where: `
          WHERE nom.state = ANY ($1::nomination_state[])
            AND ($2::int IS NULL OR nom.year = $2)
            AND ($3::uuid IS NULL OR nom.cluster_id = $3)
            AND ($4::uuid IS NULL OR nom.award_type_id = $4)`,
        orderBy: ORDER[query.sort],
        parameters: [states, query.year ?? null, query.clusterId ?? null, query.awardTypeId ?? null],
      },
      query,
    );
    const items = rows.map((row) => ({
      ...recordFrom(row),
      review: {
        waitingSince: row.waiting_since,
        timesReturned: row.times_returned,
        lastReturnReasons: row.last_return_reasons,
        attachments: row.attachments,
      },
    }));
    return { items, total };
  }
}
