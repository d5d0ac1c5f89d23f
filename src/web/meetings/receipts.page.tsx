import type { PublishedReceipts } from '../../meetings/ballots/ballots.service.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { receiptCheckHref, receiptText } from './ballot.page.js';
import { MEETING_PAGES as M } from './meetings.messages.js';

export interface ReceiptsProps {
  receipts: PublishedReceipts;
  /** The public check page's full address, to read out or print beside the list. */
  checkUrl: string;
}

/** The public check page of a vote, as a full address from the site's own (the ballot slips' QR codes do the same). */
export function receiptCheckUrl(siteUrl: string, voteId: string): string {
  return `${siteUrl.replace(/\/+$/, '')}${receiptCheckHref(voteId)}`;
}

/**
 * Mã biên nhận: each round's list as the box holds it (open) or as it was counted (closed), newest round first. On
 * the vote page it is one section with a link to its printable page; standing alone, each round has its own heading.
 */
export function ReceiptsSection({ receipts, checkUrl, withPrintLink = false }: ReceiptsProps & { withPrintLink?: boolean }) {
  const { t } = usePage();
  const RoundHeading = withPrintLink ? 'h3' : 'h2';
  return (
    <section
      aria-labelledby={withPrintLink ? 'receipts-heading' : undefined}
      aria-label={withPrintLink ? undefined : t(M.receiptsTitle)}
      id="receipts"
      class="receipts"
    >
      {withPrintLink && <h2 id="receipts-heading">{t(M.receiptsTitle)}</h2>}
      <p class="hint">
        {t(M.receiptsHint)} <a href={receiptCheckHref(receipts.voteId)}>{checkUrl}</a>
      </p>
      {withPrintLink && (
        <p>
          <a href={`/votes/${receipts.voteId}/receipts`}>{t(M.printReceipts)}</a>
        </p>
      )}
      {[...receipts.rounds].reverse().map((round) => (
        <section aria-labelledby={`receipts-round-${round.round}`} class="receipts-round">
          <RoundHeading id={`receipts-round-${round.round}`}>{t(M.receiptsRound(round.round, round.open))}</RoundHeading>
          <p>{t(M.receiptsCount(round.ballotsInBox, round.votersMarked))}</p>
          {round.receipts.length === 0 ? (
            <p>{t(M.noReceipts)}</p>
          ) : (
            <ol class="receipt-list">
              {round.receipts.map((receipt) => (
                <li>
                  <code>{receiptText(receipt)}</code>
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
    </section>
  );
}

/** Danh sách mã biên nhận: the vote's receipts alone, to print and post up at the conference. */
export function ReceiptsPage({
  vote,
  meeting,
  ...receipts
}: ReceiptsProps & { vote: { id: string; title: string }; meeting: { id: string; title: string } }) {
  const { t } = usePage();
  return (
    <Layout
      title={`${t(M.receiptsTitle)} — ${vote.title}`}
      breadcrumbs={[
        { href: `/meetings/${meeting.id}`, label: meeting.title },
        { href: `/votes/${vote.id}`, label: vote.title },
      ]}
    >
      <p>{meeting.title}</p>
      <button type="button" class="secondary print-button" data-print hidden>
        {t(M.printNow)}
      </button>
      <ReceiptsSection {...receipts} />
    </Layout>
  );
}
