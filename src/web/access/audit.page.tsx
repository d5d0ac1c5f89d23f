import type { AuditQuery } from '../../access/audit/audit.dto.js';
import type { Page } from '../../platform/pagination/page.js';
import { formatDateTime } from '../layout/format.js';
import { DateField, Form, SubmitButton, TextField } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { Pagination } from '../layout/pagination.js';
import { DataTable } from '../layout/table.js';
import { auditText } from './access.messages.js';
import type { AuditRow } from './audit.pages.controller.js';

export function AuditPage({ page, query, everything }: { page: Page<AuditRow>; query: AuditQuery; everything: boolean }) {
  const { t, locale } = usePage();
  return (
    <Layout title={t(auditText.title)}>
      <p>{t(everything ? auditText.lead : auditText.leadUnit)}</p>
      <Form action="/audit" method="get" class="filters grid">
        <TextField name="entityType" label={auditText.entityType} value={query.entityType} />
        <TextField name="action" label={auditText.action} value={query.action} />
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
          { label: auditText.action, cell: (event) => <code>{event.action}</code> },
          {
            label: auditText.entity,
            cell: (event) => (
              <>
                {event.entityType}
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

/** The fields that changed, before → after; a creation or deletion shows its one side. */
function ChangeList({ changes }: { changes: NonNullable<AuditRow['changes']> }) {
  const before = changes.before ?? {};
  const after = changes.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  );
  return (
    <ul class="changes">
      {fields.slice(0, 8).map((field) => (
        <li key={field}>
          <code>{field}</code>: {field in before ? show(before[field]) : ''}
          {field in before && field in after ? ' → ' : ''}
          {field in after ? show(after[field]) : ''}
        </li>
      ))}
    </ul>
  );
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
