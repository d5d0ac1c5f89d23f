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
import { Pagination } from '../layout/pagination.js';
import { NOMINATION_PAGES as M } from './nominations.messages.js';
import { nomineeName, StateTag } from './nomination.parts.js';

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
          <SelectField
            name="year"
            label={M.year}
            placeholder={M.anyYear}
            value={filters.year?.toString()}
            choices={years.map((y) => ({ value: String(y), label: String(y) }))}
          />
          <SelectField
            name="clusterId"
            label={M.cluster}
            placeholder={M.anyCluster}
            value={filters.clusterId}
            choices={clusters.map((c) => ({ value: c.id, label: c.name }))}
          />
          <SelectField
            name="awardTypeId"
            label={M.awardType}
            placeholder={M.anyAwardType}
            value={filters.awardTypeId}
            choices={awardTypes.map((a) => ({ value: a.id, label: t(a.name) }))}
          />
        </div>
        <SubmitButton label={M.filter} secondary />
      </Form>
      {queue.items.length === 0 ? (
        <p class="empty-state">{t(M.emptyQueue)}</p>
      ) : (
        <>
          <div class="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t(M.nominee)}</th>
                  <th scope="col">{t(M.awardType)}</th>
                  <th scope="col">{t(M.proposingUnit)}</th>
                  <th scope="col">{t(M.state)}</th>
                  <th scope="col">{t(M.waitingSince)}</th>
                  <th scope="col">{t(M.timesReturned)}</th>
                  <th scope="col">{t(M.files)}</th>
                </tr>
              </thead>
              <tbody>
                {queue.items.map((n) => (
                  <tr key={n.id}>
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
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={queue} />
        </>
      )}
    </Layout>
  );
}
