import type { AuditQuery } from '../../access/audit/audit.dto.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import type { Page } from '../../platform/pagination/page.js';
import { formatDateTime } from '../layout/format.js';
import { type Choice, DateField, Form, SelectField, SubmitButton } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { Pagination } from '../layout/pagination.js';
import { DataTable } from '../layout/table.js';
import { auditText } from './access.messages.js';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS, auditActionLabel, auditEntityLabel } from './audit.labels.js';
import type { AuditRow } from './audit.pages.controller.js';

export function AuditPage({ page, query, everything }: { page: Page<AuditRow>; query: AuditQuery; everything: boolean }) {
  const { t, locale } = usePage();
  return (
    <Layout title={t(auditText.title)}>
      <p>{t(everything ? auditText.lead : auditText.leadUnit)}</p>
      <Form action="/audit" method="get" class="filters grid">
        <CodeFilter
          name="entityType"
          label={auditText.entityType}
          all={auditText.allEntityTypes}
          labels={AUDIT_ENTITY_LABELS}
          value={query.entityType}
        />
        <CodeFilter name="action" label={auditText.action} all={auditText.allActions} labels={AUDIT_ACTION_LABELS} value={query.action} />
        <DateField name="from" label={auditText.from} value={query.from} />
        <DateField name="to" label={auditText.to} value={query.to} />
        <div class="field">
          <SubmitButton label={auditText.filter} secondary />
        </div>
      </Form>
      <DataTable
        rows={page.items}
        rowKey={(event) => event.id}
        empty={auditText.empty}
        columns={[
          { label: auditText.when, cell: (event) => formatDateTime(event.occurredAt, locale) },
          { label: auditText.who, cell: (event) => event.actorUsername ?? t(auditText.system) },
          { label: auditText.action, cell: (event) => <Labelled code={event.action} label={auditActionLabel(event.action)} /> },
          {
            label: auditText.entity,
            cell: (event) => (
              <>
                <Labelled code={event.entityType} label={auditEntityLabel(event.entityType)} />
                {event.entityId && (
                  <>
                    <br />
                    <small>
                      <code>{event.entityId}</code>
                    </small>
                  </>
                )}
              </>
            ),
          },
          { label: auditText.changes, cell: (event) => (event.changes ? <ChangeList changes={event.changes} /> : '') },
        ]}
      />
      <Pagination page={page} />
    </Layout>
  );
}

/** A code's label with the code itself below it, small, for support staff; an unknown code shows as it is. */
function Labelled({ code, label }: { code: string; label: LocalizedText | null }) {
  const { t } = usePage();
  if (!label) return <code>{code}</code>;
  return (
    <>
      {t(label)}
      <br />
      <small>
        <code>{code}</code>
      </small>
    </>
  );
}

/** A filter by code: the catalogue's codes as choices, by label; a code typed in the address that it does not know stays choosable. */
function CodeFilter(props: {
  name: string;
  label: LocalizedText;
  all: LocalizedText;
  labels: Readonly<Record<string, LocalizedText>>;
  value: string | undefined;
}) {
  const { name, label, all, labels, value } = props;
  const { t } = usePage();
  const known: Choice[] = Object.entries(labels)
    .map(([code, text]) => ({ value: code, label: `${t(text)} (${code})` }))
    .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
  const choices = value && !Object.hasOwn(labels, value) ? [{ value, label: value }, ...known] : known;
  return <SelectField name={name} label={label} value={value} placeholder={all} choices={choices} />;
}

/** The fields that changed, before → after, as a definition list; a creation or deletion shows its one side. */
function ChangeList({ changes }: { changes: NonNullable<AuditRow['changes']> }) {
  const { t } = usePage();
  const before = changes.before ?? {};
  const after = changes.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  );
  if (fields.length === 0) return null;
  return (
    <details class="changes">
      <summary>{t(auditText.changedFields(fields.length))}</summary>
      <dl>
        {fields.map((field) => (
          <div key={field}>
            <dt>
              <code>{field}</code>
            </dt>
            <dd>
              {field in before && <Value value={before[field]} />}
              {field in before && field in after && <span aria-label={t(auditText.becomes)}> → </span>}
              {field in after && <Value value={after[field]} />}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

/** A value as it reads: text as it is, nothing as a dash, a list or record as indented JSON. */
function Value({ value }: { value: unknown }) {
  if (value === null || value === undefined || value === '') return <>—</>;
  if (typeof value === 'object') return <pre>{JSON.stringify(value, null, 2)}</pre>;
  return <>{String(value)}</>;
}
