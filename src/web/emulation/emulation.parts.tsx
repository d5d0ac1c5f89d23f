import type { ComponentChildren } from 'preact';
import type { FieldError } from '../../platform/errors/domain-error.js';
import type { Locale, LocalizedText } from '../../platform/i18n/locale.js';
import type { ClustersService } from '../../registry/clusters/clusters.service.js';
import type { FormState } from '../http/forms.js';
import { formatNumber } from '../layout/format.js';
import { FieldNotes } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { EMULATION_PAGES as M } from './emulation.messages.js';
import { emulationRoutes } from './emulation.routes.js';

/** The cluster-year a page of the emulation year belongs to. */
export interface ClusterYearRef {
  clusterId: string;
  clusterName: string;
  year: number;
}

/** The cluster-year of a page's address, with the cluster's name (a 404 for an unknown cluster). */
export async function clusterYearRef(clusters: ClustersService, params: { id: string; year: number }): Promise<ClusterYearRef> {
  const cluster = await clusters.get(params.id, params.year);
  return { clusterId: cluster.id, clusterName: cluster.name, year: params.year };
}

/** A page of the emulation year: the cluster and (below the year's own page) the year's emulation page above its title. */
export function YearLayout({
  at,
  title,
  top,
  children,
}: {
  at: ClusterYearRef;
  title: string;
  top?: boolean;
  children: ComponentChildren;
}) {
  const { t } = usePage();
  const cluster = { href: `/clusters/${at.clusterId}?year=${at.year}`, label: at.clusterName };
  const year = { href: emulationRoutes.year(at.clusterId, at.year), label: t(M.yearTitle(at.clusterName, at.year)) };
  return (
    <Layout title={title} breadcrumbs={top ? [cluster] : [cluster, year]}>
      {children}
    </Layout>
  );
}

/** Points as a reader expects them: 8,5 in Vietnamese; a dash for none. */
export function pointsText(points: number | null | undefined, locale: Locale): string {
  return points === null || points === undefined ? '—' : formatNumber(points, locale);
}

/**
 * Points as typed: "8,5" and "8.5" are 8.5; empty is null (no score); anything else is passed on as typed for the
 * validator to refuse with its own message.
 */
export function typedPoints(value: string | undefined): number | string | null {
  const typed = (value ?? '').trim();
  if (typed === '') return null;
  return /^\d{1,6}([.,]\d+)?$/.test(typed) ? Number(typed.replace(',', '.')) : typed;
}

/** Points as a field shows them again: what the record holds, with the locale's decimal mark. */
export function pointsValue(points: number | null | undefined, locale: Locale): string {
  return points === null || points === undefined ? '' : locale === 'vi' ? String(points).replace('.', ',') : String(points);
}

/**
 * Moves the errors of a posted list onto the form's own field names. The API names an item by its place in the body
 * (`items.3.code` from the validator, `items[3].code` from a service); the form names it by its row (`code.<key>`),
 * and rows left empty were not sent, so the body's index is looked up in `keys`.
 */
export function errorsOnRows(errors: readonly FieldError[], list: string, keys: readonly string[]): FieldError[] {
  const pattern = new RegExp(`^${list}(?:\\[(\\d+)\\]|\\.(\\d+))(?:\\.(.+))?$`);
  return errors.map((error) => {
    const match = pattern.exec(error.field);
    if (!match) return error;
    const key = keys[Number(match[1] ?? match[2])];
    return key === undefined ? { ...error, field: list } : { ...error, field: `${match[3] ?? 'row'}.${key}` };
  });
}

/** A form state with its errors moved onto the rows' fields. */
export function onRows(form: FormState, list: string, keys: readonly string[]): FormState {
  return { ...form, errors: errorsOnRows(form.errors, list, keys) };
}

/** Lines of a text area, trimmed, without the empty ones. */
export function lines(value: string | undefined): string[] {
  return (value ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The file types a document or an evidence file may be (the dossier's rules check the content). */
export const DOCUMENT_TYPES = '.pdf,.docx,.xlsx,.jpg,.jpeg,.png';

/** The one file of a multipart form (field `file`), with its hint and errors. */
export function FileField(props: {
  id?: string;
  label: LocalizedText;
  hint?: LocalizedText;
  errors: readonly FieldError[];
  accept?: string;
}) {
  const { t } = usePage();
  const { id = 'f-file', label, hint, errors, accept = DOCUMENT_TYPES } = props;
  const describedBy = [hint && `${id}-hint`, errors.length > 0 && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class={errors.length > 0 ? 'field field-error' : 'field'}>
      <label for={id}>{t(label)}</label>
      <FieldNotes id={id} hint={hint} errors={errors} />
      <input
        id={id}
        name="file"
        type="file"
        required
        accept={accept}
        aria-invalid={errors.length > 0 ? 'true' : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}

/** A link styled as a button, for the one thing to do next. */
export function ActionLink({ href, children, secondary }: { href: string; children: ComponentChildren; secondary?: boolean }) {
  return (
    <a href={href} role="button" class={secondary ? 'secondary outline' : undefined}>
      {children}
    </a>
  );
}
