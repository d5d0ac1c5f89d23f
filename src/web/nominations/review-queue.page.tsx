import type { Page } from '../../platform/pagination/page.js';
import { calendarDateInVietnam } from '../../platform/time/calendar.js';
import { text } from '../../platform/i18n/locale.js';
import type { AwardTypeView } from '../../nominations/award-types/award-type.dto.js';
import { STATE_NAMES } from '../../nominations/nominations/nomination.state.js';
import { REVIEW_STATUSES, type ReviewQueueItem } from '../../nominations/reviews/review.dto.js';
import { formatDate } from '../layout/format.js';
import { Form, SelectField, SubmitButton } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { NOMINATION_PAGES as M } from './nominations.messages.js';
import { nomineeName, StateTag } from './nomination.parts.js';
import { AwardTypeFilter, PagedTable, YearFilter } from './ui.js';

export interface QueueFilters {
  status: string;
  year?: number;
  clusterId?: string;
  awardTypeId?: string;
}

const AWAITING = text('Đang chờ thẩm định', 'Awaiting review');

/** Hàng đợi thẩm định: the dossiers staff check, longest waiting first, with filters and paging. */
export function ReviewQueuePage(props: {
  queue: Page<ReviewQueueItem>;
  filters: QueueFilters;
  awardTypes: readonly AwardTypeView[];
  clusters: readonly { id: string; name: string }[];
  years: readonly number[];
}) {
  const { t, locale } = usePage();
  const { queue, filters, awardTypes, clusters, years } = props;
  return (
    <Layout title={t(M.reviewQueue)}>
      <p>
        <a href="/proceedings">{t(M.proceedings)}</a> · <a href="/council-members">{t(M.council)}</a>
      </p>
      <Form method="get" action="/reviews" class="filters">
        <div class="grid">
          <SelectField
            name="status"
            label={M.state}
            value={filters.status}
            choices={REVIEW_STATUSES.map((s) => ({
              value: s,
              label: t(s === 'awaiting_review' ? AWAITING : STATE_NAMES[s]),
            }))}
          />
          <YearFilter years={years} value={filters.year} />
          <SelectField
            name="clusterId"
            label={M.cluster}
            placeholder={M.anyCluster}
            value={filters.clusterId}
            choices={clusters.map((c) => ({ value: c.id, label: c.name }))}
          />
          <AwardTypeFilter awardTypes={awardTypes} value={filters.awardTypeId} />
        </div>
        <SubmitButton label={M.filter} secondary />
      </Form>
      <PagedTable
        page={queue}
        empty={M.emptyQueue}
        columns={[M.nominee, M.awardType, M.proposingUnit, M.state, M.waitingSince, M.timesReturned, M.files]}
        row={(n) => (
          <>
            <td>
              <a href={`/nominations/${n.id}`}>{nomineeName(n)}</a>
            </td>
            <td>
              {t(n.awardType.name)} · {n.year}
            </td>
            <td>{n.proposingOrganization.shortName}</td>
            <td>
              <StateTag state={n.state} />
            </td>
            <td>{n.review.waitingSince ? formatDate(calendarDateInVietnam(n.review.waitingSince), locale) : '—'}</td>
            <td>{n.review.timesReturned}</td>
            <td>{n.review.attachments}</td>
          </>
        )}
      />
    </Layout>
  );
}
