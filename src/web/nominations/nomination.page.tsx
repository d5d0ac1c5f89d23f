import type { FieldError } from '../../platform/errors/domain-error.js';
import type { AttachmentView } from '../../nominations/dossiers/dossier.dto.js';
import type { EligibilityView, HistoryEntryView, NominationView } from '../../nominations/nominations/nomination.dto.js';
import { ACTION_NAMES, type NominationAction } from '../../nominations/nominations/nomination.state.js';
import type { CouncilVoteView } from '../../nominations/reviews/council-vote.dto.js';
import type { FormState } from '../http/forms.js';
import { formatDate, formatDateTime, formatNumber } from '../layout/format.js';
import { Form, Hidden, SubmitButton, TextArea } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { FilesTable, FileVerdict, UploadForm } from './dossier-files.js';
import { NOMINATION_PAGES as M } from './nominations.messages.js';
import { nomineeName, StateTag } from './nomination.parts.js';
import { RadioGroup, Section } from './ui.js';

/** The actions the proposing unit takes from its page with one button each; the transition table says which apply. */
const UNIT_BUTTONS: readonly NominationAction[] = ['submit', 'resubmit', 'withdraw'];

export interface FilesProps {
  nomination: NominationView;
  files: readonly AttachmentView[];
  /** The verdict of the upload just made: the file as stored, or why it was refused. */
  upload?: { file?: AttachmentView; refusal?: FieldError };
  uploadForm?: FormState;
}

export interface NominationPageProps extends FilesProps {
  eligibility: EligibilityView;
  history: readonly HistoryEntryView[];
  /** The last return's entry while the unit holds a returned dossier: its reasons lead the page. */
  lastReturn: HistoryEntryView | null;
  /** For staff: the review form while the dossier awaits the check, the council's vote once recorded. */
  staff: {
    mayReview: boolean;
    mayEnterCouncilVote: boolean;
    councilVote: CouncilVoteView | null;
  } | null;
  /** The review form as posted, when it was refused. */
  reviewForm?: FormState;
  /** Why a button's action (submit, resubmit…) was refused: every failed check. */
  actionForm?: FormState;
}

export function NominationPage(props: NominationPageProps) {
  const { t, locale, asset } = usePage();
  const { nomination: n, eligibility, history, lastReturn, staff } = props;
  const buttons = UNIT_BUTTONS.filter((a) => n.allowedActions.includes(a));
  const back = staff ? { href: '/reviews', label: t(M.reviewQueue) } : { href: '/nominations', label: t(M.nominations) };
  const person = n.nominee.person;
  return (
    <Layout title={nomineeName(n)} breadcrumbs={[back]}>
      <p class="subtitle">
        {t(n.awardType.name)} · {t(M.year)} {n.year}
      </p>
      {lastReturn && <ReturnedBanner entry={lastReturn} />}
      <dl class="facts">
        <dt>{t(M.status)}</dt>
        <dd>
          <StateTag state={n.state} />
        </dd>
        <dt>{t(M.nominee)}</dt>
        <dd>
          {person
            ? `${person.fullName} (${person.birthYear})${person.position ? `, ${person.position}` : ''} — ${n.nominee.organization.fullName}`
            : n.nominee.organization.fullName}
        </dd>
        <dt>{t(M.proposingUnit)}</dt>
        <dd>{n.proposingOrganization.fullName}</dd>
        <dt>{t(M.cluster)}</dt>
        <dd>{n.cluster.name}</dd>
        {n.submittedOn && (
          <>
            <dt>{t(M.submittedOn)}</dt>
            <dd>{formatDate(n.submittedOn, locale)}</dd>
          </>
        )}
        {n.legalBasis && (
          <>
            <dt>{t(M.legalBasis)}</dt>
            <dd>{t(n.legalBasis.citation)}</dd>
          </>
        )}
        <dt>{t(M.achievementsSummary)}</dt>
        <dd class="prose">{n.achievementsSummary ?? '—'}</dd>
      </dl>
      {n.allowedActions.includes('edit') && (
        <p>
          <a href={`/nominations/${n.id}/edit`}>{t(M.editDossier)}</a>
        </p>
      )}
      {props.actionForm && <Refusal form={props.actionForm} />}
      {buttons.length > 0 && (
        <div class="actions">
          {buttons.map((action) => (
            <Form key={action} action={`/nominations/${n.id}/transitions`} class="inline-form">
              <Hidden name="action" value={action} />
              <SubmitButton
                label={action === 'submit' ? M.submit : action === 'resubmit' ? M.resubmit : M.withdraw}
                secondary={action === 'withdraw'}
              />
            </Form>
          ))}
        </div>
      )}
      <FilesSection {...props} />
      <EligibilitySection eligibility={eligibility} />
      {staff?.mayReview && <ReviewForm nominationId={n.id} form={props.reviewForm} />}
      {staff?.councilVote && <CouncilOutcome vote={staff.councilVote} />}
      {staff?.mayEnterCouncilVote && (
        <p>
          <a href={`/nominations/${n.id}/council-vote`} role="button">
            {t(M.enterCouncilVote)}
          </a>
        </p>
      )}
      <HistorySection history={history} />
      {n.allowedActions.includes('edit') && <script src={asset('dossier-upload.js')} defer />}
    </Layout>
  );
}

/** What an upload changes, for the upload script to swap in place: the files and the eligibility checks. */
export function UploadFragments(props: FilesProps & { eligibility: EligibilityView }) {
  return (
    <>
      <FilesSection {...props} />
      <EligibilitySection eligibility={props.eligibility} />
    </>
  );
}

/** Why the action was refused, each reason in full (they are about the dossier, not about a field here). */
function Refusal({ form }: { form: FormState }) {
  const { t } = usePage();
  return (
    <div class="error-summary" role="alert" aria-labelledby="refusal-title" tabIndex={-1}>
      <h2 id="refusal-title">{t(M.actionRefused)}</h2>
      <ul>
        {form.formError && <li>{t(form.formError)}</li>}
        {form.errors.map((e, index) => (
          <li key={index}>{t(e.message)}</li>
        ))}
      </ul>
    </div>
  );
}

/** The dossier's files, the last upload's verdict and the upload form: swapped whole after an upload by script. */
export function FilesSection({ nomination, files, upload, uploadForm }: FilesProps) {
  const { t } = usePage();
  const editable = nomination.allowedActions.includes('edit');
  return (
    <Section id="files" title={t(M.dossierFiles)}>
      <FileVerdict file={upload?.file} refusal={upload?.refusal} />
      <FilesTable nominationId={nomination.id} files={files} editable={editable} />
      {editable && <UploadForm nominationId={nomination.id} form={uploadForm} />}
    </Section>
  );
}

/** The reviewer's reasons, first thing the unit reads on a returned dossier. */
export function ReturnedBanner({ entry }: { entry: HistoryEntryView }) {
  const { t, locale } = usePage();
  return (
    <div class="returned" role="alert" id="return-reasons">
      <h2>{t(M.returnedTitle)}</h2>
      <p>{t(M.returnedBy(entry.actor.username ?? '—', formatDateTime(entry.occurredAt, locale)))}</p>
      <blockquote>{entry.comment}</blockquote>
      <p>{t(M.returnedNext)}</p>
    </div>
  );
}

export function EligibilitySection({ eligibility }: { eligibility: EligibilityView }) {
  const { t, locale } = usePage();
  return (
    <Section id="eligibility" title={t(M.eligibility)}>
      <p>
        <strong>{t(eligibility.eligible ? M.eligible : M.notEligible)}</strong>.{' '}
        {t(M.eligibleAsOf(formatDate(eligibility.asOf, locale), eligibility.legalBasis.citation[locale]))}
      </p>
      <ul class="checks">
        {eligibility.checks.map((c) => (
          <li class={c.passed ? 'check-passed' : 'check-failed'}>
            <span class="check-mark">{c.passed ? '✓' : '✗'}</span>{' '}
            <span class="visually-hidden">{t(c.passed ? M.passed : M.failed)}: </span>
            {t(c.reason)}
          </li>
        ))}
      </ul>
    </Section>
  );
}

function HistorySection({ history }: { history: readonly HistoryEntryView[] }) {
  const { t, locale } = usePage();
  return (
    <Section id="history" title={t(M.history)}>
      {history.length === 0 ? (
        <p class="empty-state">{t(M.noHistory)}</p>
      ) : (
        <ol class="history-list">
          {history.map((h) => (
            <li>
              <time>{formatDateTime(h.occurredAt, locale)}</time> — <strong>{t(ACTION_NAMES[h.action])}</strong> ({h.actor.username ?? '—'})
              {h.comment ? <p class="comment">{h.comment}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

function ReviewForm({ nominationId, form }: { nominationId: string; form?: FormState }) {
  const { t } = usePage();
  return (
    <Section id="review" title={t(M.review)}>
      <Form action={`/nominations/${nominationId}/review`} form={form}>
        <RadioGroup
          form={form}
          name="outcome"
          legend={M.reviewOutcome}
          choices={[
            { value: 'return', label: t(M.outcomeReturn) },
            { value: 'forward_to_council', label: t(M.outcomeForward) },
          ]}
        />
        <TextArea form={form} name="reasons" label={M.reasons} rows={4} />
        <TextArea form={form} name="missingDocuments" label={M.missingDocuments} rows={2} />
        <SubmitButton label={M.sendReview} />
      </Form>
    </Section>
  );
}

export function CouncilOutcome({ vote }: { vote: CouncilVoteView }) {
  const { t, locale } = usePage();
  const n = (value: number) => formatNumber(value, locale);
  return (
    <Section id="council-vote" title={t(M.councilVote)}>
      <p>
        {t(M.heldOn)}: {formatDate(vote.heldOn, locale)}
        {vote.minutesReference ? ` · ${vote.minutesReference}` : ''}
      </p>
      <p class={vote.passed ? 'outcome-passed' : 'outcome-failed'}>
        <strong>{t(vote.reason)}</strong>
      </p>
      <table class="counts">
        <tbody>
          <tr>
            <th scope="row">{t(M.totalMembers)}</th>
            <td>{n(vote.totalMembers)}</td>
          </tr>
          <tr>
            <th scope="row">{t(M.votesNeeded)}</th>
            <td>{n(vote.votesNeeded)}</td>
          </tr>
          <tr>
            <th scope="row">{t(M.votesFor)}</th>
            <td>
              {n(vote.inFavour)} ({t(M.votesInWriting)} {n(vote.inFavourInWriting)})
            </td>
          </tr>
          <tr>
            <th scope="row">{t(M.votesAgainst)}</th>
            <td>{n(vote.against)}</td>
          </tr>
          <tr>
            <th scope="row">{t(M.votesAbstaining)}</th>
            <td>{n(vote.abstaining)}</td>
          </tr>
          <tr>
            <th scope="row">{t(M.notVoted)}</th>
            <td>{vote.notVoted.length === 0 ? '0' : vote.notVoted.map((m) => m.fullName).join(', ')}</td>
          </tr>
        </tbody>
      </table>
    </Section>
  );
}
