import type { Page } from '../../platform/pagination/page.js';
import { calendarDateInVietnam } from '../../platform/time/calendar.js';
import type { AwardTypeView } from '../../nominations/award-types/award-type.dto.js';
import type { NominationView } from '../../nominations/nominations/nomination.dto.js';
import { NOMINATION_STATES, STATE_NAMES } from '../../nominations/nominations/nomination.state.js';
import { formatDate } from '../layout/format.js';
import { Form, SelectField, SubmitButton, TextField } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { NOMINATION_PAGES as M } from './nominations.messages.js';
import { nomineeName, StateTag } from './nomination.parts.js';
import { AwardTypeFilter, PagedTable, YearFilter } from './ui.js';

export interface NominationFilters {
  q?: string;
  year?: number;
  state?: string;
  awardTypeId?: string;
}

/** A unit's nominations (those it proposed, and those proposing it or its people), with filters and paging. */
export function NominationListPage(props: {
  list: Page<NominationView>;
  filters: NominationFilters;
  awardTypes: readonly AwardTypeView[];
  years: readonly number[];
  mayPropose: boolean;
}) {
  const { t, locale } = usePage();
  const { list, filters, awardTypes, years, mayPropose } = props;
  const filtered = Object.values(filters).some((v) => v !== undefined && v !== '');
  return (
    <Layout title={t(M.nominations)}>
      {mayPropose && (
        <p>
          <a href="/nominations/new" role="button">
            {t(M.newNomination)}
          </a>
        </p>
      )}
      <Form method="get" action="/nominations" class="filters">
        <div class="grid">
          <TextField name="q" type="search" label={M.search} hint={M.searchNominee} value={filters.q} />
          <YearFilter years={years} value={filters.year} />
          <SelectField
            name="state"
            label={M.state}
            placeholder={M.anyState}
            value={filters.state}
            choices={NOMINATION_STATES.map((s) => ({
              value: s,
              label: t(STATE_NAMES[s]),
            }))}
          />
          <AwardTypeFilter awardTypes={awardTypes} value={filters.awardTypeId} />
        </div>
        <SubmitButton label={M.filter} secondary />
      </Form>
      <PagedTable
        page={list}
        empty={filtered ? M.noNominations : M.noNominationsYet}
        columns={[M.nominee, M.awardType, M.year, M.state, M.createdAt]}
        row={(n) => (
          <>
            <td>
              <a href={`/nominations/${n.id}`}>{nomineeName(n)}</a>
            </td>
            <td>{t(n.awardType.name)}</td>
            <td>{n.year}</td>
            <td>
              <StateTag state={n.state} />
            </td>
            <td>{formatDate(calendarDateInVietnam(n.createdAt), locale)}</td>
          </>
        )}
      />
    </Layout>
  );
}
