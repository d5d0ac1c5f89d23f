import type { ComponentChildren } from 'preact';
import type { BallotPaper, BallotReceipt, ReceiptCheck } from '../../meetings/ballots/ballots.service.js';
import type { FieldError } from '../../platform/errors/domain-error.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import type { Localized } from '../../platform/i18n/localize.js';
import { fieldId, type FormState, formState } from '../http/forms.js';
import { Form, Hidden, SubmitButton, TextField } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { MEETING_PAGES as M } from './meetings.messages.js';
import { FieldMessage } from './page-parts.js';

type Paper = Localized<BallotPaper>;

/** What the delegate has ticked so far. */
export interface BallotChoices {
  choices: string[];
  answer: string;
}

export const ANSWER_CHOICES = ['yes', 'no', 'abstain'] as const;

/** Where a ballot's forms post: the code's or the signed-in officer's; `hidden` carries the code. */
export interface BallotRoute {
  review: string;
  cast: string;
  hidden: Record<string, string>;
}

/** A printed code or a receipt: typed on a phone in capitals, never corrected nor remembered by the browser. */
function CodeField(props: { form: FormState; name: string; label: LocalizedText; hint: LocalizedText; value: string }) {
  return (
    <TextField
      {...props}
      required
      autocomplete="off"
      inputAttributes={{ autocapitalize: 'characters', spellcheck: 'false', class: 'ballot-code' }}
    />
  );
}

/** Mã phiếu: the code typed, or filled in by the slip's QR code. */
export function CodeEntryPage({ code, errors, formError }: { code: string; errors: FieldError[]; formError?: LocalizedText }) {
  const { t } = usePage();
  const form = formState({}, errors, formError);
  return (
    <Layout title={t(M.ballotTitle)}>
      <Form action="/ballot" form={form} class="ballot-code-form">
        <CodeField form={form} name="code" label={M.codeLabel} hint={M.codeHint} value={code} />
        <SubmitButton label={M.showBallot} />
      </Form>
    </Layout>
  );
}

/** Why the ballot cannot be filled in now: the unit has voted, or the vote takes no ballots. */
export function BallotClosedPage({ paper, message }: { paper: Paper | null; message: LocalizedText }) {
  const { t } = usePage();
  return (
    <Layout title={paper ? paper.vote.title : t(M.ballotTitle)}>
      {paper && <p>{t(M.ballotFor(paper.unit.shortName))}</p>}
      <p class="ballot-message" role="alert">
        {t(message)}
      </p>
    </Layout>
  );
}

function instruction(paper: Paper): LocalizedText {
  if (paper.vote.subject === 'chair_handover' || paper.vote.subject === 'question') return M.chooseAnswer;
  return (paper.round?.places ?? 1) === 1 ? M.chooseOne : M.chooseUpTo(paper.round?.places ?? 1);
}

/** The choices as large targets, one tap each: boxes up to the quota for a flag proposal, one name or one answer otherwise. */
function Choices({ paper, picked, errors }: { paper: Paper; picked: BallotChoices; errors: readonly FieldError[] }) {
  const { t } = usePage();
  const round = paper.round;
  if (!round) return null;
  const yesNo = paper.vote.subject === 'chair_handover' || paper.vote.subject === 'question';
  if (yesNo) {
    return (
      <fieldset id={fieldId('answer')} class="ballot-choices">
        <legend>
          {paper.vote.proposedOrganization
            ? `${t(M.proposed)}: ${paper.vote.proposedOrganization.shortName}`
            : (paper.vote.question ?? t(M.chooseAnswer))}
        </legend>
        <FieldMessage errors={errors} name="answer" />
        {ANSWER_CHOICES.map((answer) => (
          <label class="ballot-choice">
            <input type="radio" name="answer" value={answer} checked={picked.answer === answer} /> {t(M[answer])}
          </label>
        ))}
      </fieldset>
    );
  }
  const single = round.places === 1;
  return (
    <fieldset id={fieldId('choices')} class="ballot-choices">
      <legend>{t(instruction(paper))}</legend>
      <small class="hint">{t(M.blankAllowed)}</small>
      <FieldMessage errors={errors} name="choices" />
      {round.candidates.map((unit) => (
        <label class="ballot-choice">
          <input type={single ? 'radio' : 'checkbox'} name="choices" value={unit.id} checked={picked.choices.includes(unit.id)} />{' '}
          {unit.shortName}
        </label>
      ))}
    </fieldset>
  );
}

/** Phiếu bầu: phone-sized, one tap per choice, then a confirmation. */
export function BallotPage({
  paper,
  route,
  picked,
  errors,
}: {
  paper: Paper;
  route: BallotRoute;
  picked: BallotChoices;
  errors: FieldError[];
}) {
  const { t } = usePage();
  const form = formState({}, errors);
  return (
    <Layout title={paper.vote.title}>
      <p class="ballot-unit">
        <strong>{t(M.ballotFor(paper.unit.shortName))}</strong>
        {paper.round && paper.round.round > 1 && ` — ${t(M.round(paper.round.round))}`}
      </p>
      <Form action={route.review} form={form} class="ballot-form">
        {Object.entries(route.hidden).map(([name, value]) => (
          <Hidden name={name} value={value} />
        ))}
        <Choices paper={paper} picked={picked} errors={errors} />
        <SubmitButton label={M.review} />
      </Form>
    </Layout>
  );
}

/** Xác nhận: the choices read back before the ballot is cast; going back keeps them. */
export function ConfirmBallotPage({ paper, route, picked }: { paper: Paper; route: BallotRoute; picked: BallotChoices }) {
  const { t } = usePage();
  const names = paper.round?.candidates.filter((unit) => picked.choices.includes(unit.id)).map((unit) => unit.shortName) ?? [];
  const answer = ANSWER_CHOICES.find((a) => a === picked.answer);
  const carried = (
    <>
      {Object.entries(route.hidden).map(([name, value]) => (
        <Hidden name={name} value={value} />
      ))}
      {picked.choices.map((id) => (
        <Hidden name="choices" value={id} />
      ))}
      {answer && <Hidden name="answer" value={answer} />}
    </>
  );
  return (
    <Layout title={t(M.confirmTitle)}>
      <p>
        {paper.vote.title} — <strong>{paper.unit.shortName}</strong>
      </p>
      <p>{t(M.confirmHint)}</p>
      <h2>{t(M.youChose)}</h2>
      {answer ? (
        <p class="ballot-readback">{t(M[answer])}</p>
      ) : names.length > 0 ? (
        <ul class="ballot-readback">
          {names.map((name) => (
            <li>{name}</li>
          ))}
        </ul>
      ) : (
        <p class="ballot-readback">{t(M.blankBallot)}</p>
      )}
      <div class="ballot-confirm">
        <Form action={route.cast}>
          {carried}
          <SubmitButton label={M.confirm} />
        </Form>
        <Form action={route.review.replace(/\/review$/, '/change')}>
          {carried}
          <SubmitButton label={M.change} secondary />
        </Form>
      </div>
    </Layout>
  );
}

/** The ballot is in: what follows the cast (the receipt), and where to go next. */
export function BallotDonePage({
  again,
  children,
}: {
  again: { href: string; label: LocalizedText } | null;
  children?: ComponentChildren;
}) {
  const { t } = usePage();
  return (
    <Layout title={t(M.ballotCounted)}>
      <p class="ballot-message" role="status">
        {t(M.ballotSecret)}
      </p>
      {children}
      {again && <a href={again.href}>{t(again.label)}</a>}
    </Layout>
  );
}

/** The receipt as the delegate reads and notes it: two groups of five (the check ignores the dash). */
export function receiptText(receipt: string): string {
  return receipt.length === 10 ? `${receipt.slice(0, 5)}-${receipt.slice(5)}` : receipt;
}

/** Where anyone checks a receipt of the vote, without signing in. */
export function receiptCheckHref(voteId: string): string {
  return `/ballot/receipts/${voteId}`;
}

/** After the cast: the receipt, large, to note or copy, what it proves, and where to check it after the count. */
export function BallotReceiptPage({
  receipt,
  voteTitle,
  again,
}: {
  receipt: Localized<BallotReceipt>;
  voteTitle: string;
  again: { href: string; label: LocalizedText } | null;
}) {
  const { t } = usePage();
  return (
    <BallotDonePage again={again}>
      <p>
        {voteTitle} — <strong>{receipt.unit.shortName}</strong>
        {receipt.round > 1 && ` — ${t(M.receiptRound(receipt.round))}`}
      </p>
      <section aria-labelledby="receipt-heading" class="receipt-card">
        <h2 id="receipt-heading">{t(M.receiptLabel)}</h2>
        <p class="receipt-value">
          <code id="receipt-value">{receiptText(receipt.receipt)}</code>
        </p>
        <button type="button" class="secondary receipt-copy" data-copy="receipt-value" data-copied={t(M.receiptCopied)} hidden>
          {t(M.copyReceipt)}
        </button>
        <p>{t(M.receiptExplains)}</p>
        <p>
          <a href={receiptCheckHref(receipt.voteId)}>{t(M.checkReceiptLink)}</a>
        </p>
      </section>
    </BallotDonePage>
  );
}

/** Kiểm tra mã biên nhận: public; says only whether the receipt is in the vote's list and whether it was counted. */
export function ReceiptCheckPage({
  vote,
  receipt,
  errors,
  check,
}: {
  vote: { id: string; title: string };
  receipt: string;
  errors: FieldError[];
  check: Localized<ReceiptCheck> | null;
}) {
  const { t } = usePage();
  const form = formState({}, errors);
  return (
    <Layout title={t(M.receiptCheckTitle)}>
      <p>{t(M.receiptCheckVote(vote.title))}</p>
      <p>{t(M.receiptCheckIntro)}</p>
      {check && (
        <section
          aria-labelledby="check-heading"
          class={`receipt-check ${check.counted ? 'receipt-counted' : check.found ? 'receipt-found' : 'receipt-missing'}`}
          role="status"
        >
          <h2 id="check-heading">{t(M.receiptChecked(receiptText(check.receipt)))}</h2>
          <p>{check.message}</p>
        </section>
      )}
      <Form action={receiptCheckHref(vote.id)} form={form} class="receipt-form">
        <CodeField form={form} name="receipt" label={M.receiptLabel} hint={M.receiptHint} value={receipt} />
        <SubmitButton label={M.checkReceipt} />
      </Form>
    </Layout>
  );
}
