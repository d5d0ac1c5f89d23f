import type { MovementView } from '../../emulation/movements/movement.dto.js';
import { MOVEMENT_KIND_LABELS, MOVEMENT_KINDS } from '../../emulation/movements/movement.rules.js';
import type { Page } from '../../platform/pagination/page.js';
import type { FormState } from '../http/forms.js';
import { formatDateTime } from '../layout/format.js';
import { Form, Hidden, SelectField, SubmitButton, TextArea, TextField } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { Pagination } from '../layout/pagination.js';
import { fileSize } from '../nominations/nomination.parts.js';
import { RadioGroup } from '../nominations/ui.js';
import { CSRF_FIELD } from '../../platform/security/csrf.js';
import { EMULATION_PAGES as M } from './emulation.messages.js';
import { FileField, ActionLink } from './emulation.parts.js';
import { emulationRoutes as R } from './emulation.routes.js';

/** A cluster the user may launch a movement for. */
export interface ClusterChoice {
  id: string;
  name: string;
}

function yearsText(movement: MovementView): string {
  return movement.startYear === movement.endYear ? String(movement.startYear) : `${movement.startYear}–${movement.endYear}`;
}

export interface MovementsPageProps {
  list: Page<MovementView>;
  filters: { clusterId?: string; year?: number };
  clusters: readonly ClusterChoice[];
  years: readonly number[];
  mayLaunch: boolean;
  /** For national staff: the year of the criteria template to link to. */
  templateYear?: number;
}

/** Phong trào thi đua: the list, filtered by cluster and year. */
export function MovementsPage({ list, filters, clusters, years, mayLaunch, templateYear }: MovementsPageProps) {
  const { t } = usePage();
  return (
    <Layout title={t(M.movements)}>
      <p class="lead">{t(M.movementsLead)}</p>
      <Form action={R.movements} method="get" class="inline-fields">
        <SelectField
          name="clusterId"
          label={M.launchingCluster}
          value={filters.clusterId}
          placeholder={M.ownerLaunch}
          choices={clusters.map((cluster) => ({ value: cluster.id, label: cluster.name }))}
        />
        <SelectField
          name="year"
          label={M.year}
          value={filters.year?.toString()}
          placeholder={M.allYears}
          choices={years.map((year) => ({ value: String(year), label: String(year) }))}
        />
        <button type="submit" class="secondary">
          {t(M.filter)}
        </button>
      </Form>
      {(mayLaunch || templateYear) && (
        <p class="actions">
          {mayLaunch && <ActionLink href={R.newMovement}>{t(M.newMovement)}</ActionLink>}
          {templateYear && <a href={R.criteriaTemplate(templateYear)}>{t(M.criteriaTemplates)}</a>}
        </p>
      )}
      {list.items.length === 0 ? (
        <p class="empty-state">{t(M.noMovements)}</p>
      ) : (
        <>
          <div class="table-scroll">
            <table class="stacked">
              <thead>
                <tr>
                  <th scope="col">{t(M.movementTitle)}</th>
                  <th scope="col">{t(M.movementKind)}</th>
                  <th scope="col">{t(M.years)}</th>
                  <th scope="col">{t(M.launchedBy)}</th>
                </tr>
              </thead>
              <tbody>
                {list.items.map((movement) => (
                  <tr key={movement.id}>
                    <th scope="row">
                      <a href={R.movement(movement.id)}>{movement.title}</a>
                    </th>
                    <td data-label={t(M.movementKind)}>{t(movement.kindLabel)}</td>
                    <td data-label={t(M.years)}>{yearsText(movement)}</td>
                    <td data-label={t(M.launchedBy)}>{movement.cluster?.name ?? t(M.launchedByOwner(movement.owner.shortName))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={list} />
        </>
      )}
    </Layout>
  );
}

export interface MovementPageProps {
  movement: MovementView;
  mayChange: boolean;
  uploadForm?: FormState;
}

/** One movement: its content areas, its documents, and (for those who launched it) the upload of a document. */
export function MovementPage({ movement, mayChange, uploadForm }: MovementPageProps) {
  const { t, locale, csrfToken } = usePage();
  const fileErrors = uploadForm?.errors.filter((e) => e.field !== 'title') ?? [];
  return (
    <Layout title={movement.title} breadcrumbs={[{ href: R.movements, label: t(M.movements) }]}>
      <dl class="facts stack-on-phone">
        <dt>{t(M.movementKind)}</dt>
        <dd>{t(movement.kindLabel)}</dd>
        <dt>{t(M.years)}</dt>
        <dd>{yearsText(movement)}</dd>
        <dt>{t(M.launchedBy)}</dt>
        <dd>{movement.cluster?.name ?? t(M.launchedByOwner(movement.owner.shortName))}</dd>
      </dl>
      {movement.flagEligible && <p class="flash flash-info">{t(M.flagEligible)}</p>}
      {movement.description && <p>{movement.description}</p>}
      <h2>{t(M.contentAreas)}</h2>
      <ol>
        {movement.contentAreas.map((area) => (
          <li key={area}>{area}</li>
        ))}
      </ol>
      {mayChange && (
        <p>
          <ActionLink href={R.movementEdit(movement.id)} secondary>
            {t(M.editMovement)}
          </ActionLink>
        </p>
      )}
      <section id="documents" aria-labelledby="documents-title">
        <h2 id="documents-title">{t(M.documents)}</h2>
        {movement.documents.length === 0 ? (
          <p class="empty-state">{t(M.noDocuments)}</p>
        ) : (
          <ul>
            {movement.documents.map((document) => (
              <li key={document.id}>
                <a href={R.movementDocument(document.id)} target="_blank" rel="noopener">
                  {document.title}
                </a>{' '}
                <small>
                  ({document.fileName}, {fileSize(document.sizeBytes, locale)}, {formatDateTime(document.uploadedAt, locale)})
                </small>
              </li>
            ))}
          </ul>
        )}
        {mayChange && (
          <form
            method="post"
            action={`${R.movementDocuments(movement.id)}?${CSRF_FIELD}=${encodeURIComponent(csrfToken)}`}
            enctype="multipart/form-data"
          >
            <TextField form={uploadForm} name="title" label={M.documentTitle} required />
            <FileField label={M.chooseFile} errors={fileErrors} />
            <button type="submit">{t(M.upload)}</button>
          </form>
        )}
      </section>
    </Layout>
  );
}

export interface MovementFormPageProps {
  movement: MovementView | null;
  clusters: readonly ClusterChoice[];
  /** National staff may launch for the owner (no cluster). */
  ownerLaunch: boolean;
  defaultYear: number;
  form?: FormState;
}

/** Phát động (or sửa) a movement. */
export function MovementFormPage({ movement, clusters, ownerLaunch, defaultYear, form }: MovementFormPageProps) {
  const { t } = usePage();
  const action = movement ? R.movementEdit(movement.id) : R.movements;
  return (
    <Layout
      title={t(movement ? M.editMovement : M.newMovement)}
      breadcrumbs={[{ href: movement ? R.movement(movement.id) : R.movements, label: movement?.title ?? t(M.movements) }]}
    >
      <Form action={action} form={form}>
        {movement ? (
          <Hidden name="version" value={movement.version} />
        ) : (
          <>
            <SelectField
              form={form}
              name="clusterId"
              label={M.launchingCluster}
              hint={ownerLaunch ? M.launchingClusterHint : undefined}
              placeholder={ownerLaunch ? M.ownerLaunch : undefined}
              choices={clusters.map((cluster) => ({ value: cluster.id, label: cluster.name }))}
            />
            <RadioGroup
              form={form}
              name="kind"
              legend={M.movementKind}
              value="regular"
              choices={MOVEMENT_KINDS.map((kind) => ({ value: kind, label: t(MOVEMENT_KIND_LABELS[kind]) }))}
            />
            <TextField
              form={form}
              name="startYear"
              label={M.startYear}
              value={defaultYear}
              required
              inputAttributes={{ inputmode: 'numeric' }}
            />
          </>
        )}
        <TextField form={form} name="title" label={M.movementTitle} value={movement?.title} required />
        <TextField
          form={form}
          name="endYear"
          label={M.endYear}
          hint={M.endYearHint}
          value={movement?.endYear}
          inputAttributes={{ inputmode: 'numeric' }}
        />
        <TextArea
          form={form}
          name="contentAreas"
          label={M.contentAreas}
          hint={M.contentAreasHint}
          value={movement?.contentAreas.join('\n')}
          rows={8}
          required
        />
        <TextArea form={form} name="description" label={M.description} value={movement?.description} rows={4} />
        <div class="actions">
          <SubmitButton label={M.save} />
          <a href={movement ? R.movement(movement.id) : R.movements}>{t(M.back)}</a>
        </div>
      </Form>
    </Layout>
  );
}
