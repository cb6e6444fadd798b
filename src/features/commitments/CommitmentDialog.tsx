import { ItemLink } from '../../components/commitment/ItemLink';
import { useEffect, useMemo, useRef, useState } from 'react';
import { CopyButton } from '../../ui/CopyButton';
import { commitmentOrder, neighbours, type SortOrder } from '../../data/order';
import { currentPage } from '../../state/view-url';
import { formatNumber } from '../../i18n/format';
import { ShowMore } from '../../ui/ShowMore';
import { MAX_TITLE_CHARACTERS, shortenText } from '../../i18n/shorten-text';
import { threadLineage } from '../../data/aggregate';
import { formatDate } from '../../i18n/format';
import { commitmentDate } from '../../data/order';
import type { Commitment, Dataset } from '../../data/schema';
import { ProseText } from '../../components/ProseText';
import type { Language } from '../../data/vocabulary';
import { CONFIDENCE_LABELS, progressLabel } from '../../i18n/labels';
import { shortMeetingLabel } from '../../i18n/localized';
import { useViewStore } from '../../state/view-store';
import { CommitmentCard } from '../../components/commitment/CommitmentCard';
import type { DatasetIndex } from '../../data/index-dataset';
import { itemHref, itemUrl } from '../../components/commitment/item-link';
import { ProgressSteps } from '../../components/commitment/ProgressSteps';
import { NewTabLink } from '../../ui/NewTabLink';
import { CitePanel } from './CitePanel';
import { MESSAGES } from './messages';
import { focusAfterDialog } from './focus-after-dialog';

/** Steps of a thread drawn at first and added per click: a thread may hold thousands. */
export const LINEAGE_STEP = 20;

interface CommitmentDialogProps {
  dataset: Dataset;
  commitment: Commitment | undefined;
  lookups: DatasetIndex;
  lang: Language;
  /** The commitments of the current list (the filtered view), which Previous and Next walk. */
  list?: readonly Commitment[];
  /** The list's order (the view's `sort`). */
  sort?: SortOrder;
}

const NO_COMMITMENTS: readonly Commitment[] = [];

/** One commitment in full, with the same line of work at every other meeting. */
export function CommitmentDialog({
  dataset,
  commitment,
  lookups,
  lang,
  list = NO_COMMITMENTS,
  sort = 'newest',
}: CommitmentDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  // The commitment shown last, for the focus once the dialog has closed.
  const shownId = useRef<string | null>(null);
  const itemClosed = useViewStore((state) => state.itemClosed);
  const itemOpened = useViewStore((state) => state.itemOpened);
  const [citing, setCiting] = useState<string | null>(null);
  const ordered = useMemo(
    () => [...list].sort(commitmentOrder(sort, lookups.meetings, [...lookups.domains.keys()])),
    [list, sort, lookups],
  );
  const around = commitment ? neighbours(ordered, commitment.id) : undefined;
  // In a frame, the full dashboard opens in a new tab: the host page is never navigated away.
  const embedded = useViewStore((state) => state.view.embed);
  const version = useViewStore((state) => state.view.version);
  const t = MESSAGES[lang];

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (commitment) shownId.current = commitment.id;
    if (commitment && !element.open) element.showModal();
    if (!commitment && element.open) element.close();
    // Another commitment opened in place (Previous, Next, a thread link) is read from its top.
    element.scrollTop = 0;
  }, [commitment]);

  const thread = commitment ? lookups.threads.get(commitment.thread) : undefined;
  const threadId = commitment?.thread;
  const lineage = useMemo(
    () => (threadId === undefined ? [] : threadLineage(dataset, threadId)),
    [dataset, threadId],
  );
  // Listed from a little before the commitment shown, so that it is always in the first page.
  const at = commitment ? lineage.findIndex((step) => step.id === commitment.id) : -1;
  const from = at < LINEAGE_STEP ? 0 : at - Math.floor(LINEAGE_STEP / 2);
  const listed = useMemo(() => (from === 0 ? lineage : lineage.slice(from)), [lineage, from]);

  return (
    <dialog
      ref={dialog}
      className="commitment-dialog"
      aria-labelledby={commitment ? `dialog-commitment-${commitment.id}` : undefined}
      onClose={() => {
        if (useViewStore.getState().view.item) itemClosed();
        if (shownId.current && dialog.current) focusAfterDialog(shownId.current, dialog.current);
      }}
    >
      {commitment && (
        <>
          <div className="dialog-bar">
            <div className="dialog-actions" role="group" aria-label={t.actions}>
              <button type="button" onClick={itemClosed} autoFocus>
                {t.close}
              </button>
              <CopyButton
                label={t.copyLink}
                text={() => itemUrl(currentPage(), commitment.id, lang, version)}
                copiedMessage={t.linkCopied}
                textLang="zxx"
              />
              <button
                type="button"
                aria-expanded={citing === commitment.id}
                aria-controls={citing === commitment.id ? 'cite-panel' : undefined}
                onClick={() => {
                  setCiting(citing === commitment.id ? null : commitment.id);
                  if (dialog.current) dialog.current.scrollTop = 0;
                }}
              >
                {t.cite}
              </button>
              {embedded ? (
                <NewTabLink
                  href={itemHref(commitment.id, lang, version)}
                  lang={lang}
                  className="permalink"
                >
                  {t.permalink}
                </NewTabLink>
              ) : (
                <a href={itemHref(commitment.id, lang, version)} className="permalink">
                  {t.permalink}
                </a>
              )}
            </div>
            {around && around.position >= 0 && ordered.length > 1 && (
              <div className="dialog-steps" role="group" aria-label={t.steps}>
                <button
                  type="button"
                  disabled={!around.previous}
                  onClick={() => around.previous && itemOpened(around.previous.id)}
                >
                  {t.previous}
                </button>
                <span className="dialog-position">
                  {t.position(
                    formatNumber(around.position + 1, lang),
                    formatNumber(ordered.length, lang),
                  )}
                </span>
                <button
                  type="button"
                  disabled={!around.next}
                  onClick={() => around.next && itemOpened(around.next.id)}
                >
                  {t.next}
                </button>
              </div>
            )}
          </div>
          {citing === commitment.id && (
            <div id="cite-panel">
              <CitePanel dataset={dataset} commitment={commitment} lookups={lookups} lang={lang} />
            </div>
          )}
          <CommitmentCard
            commitment={commitment}
            lookups={lookups}
            lang={lang}
            headingLevel={2}
            idPrefix="dialog-commitment"
            quotes="all"
          />
          <ProgressSteps
            commitment={commitment}
            sources={lookups.sources}
            events={lookups.events}
            commitments={lookups.commitments}
            lang={lang}
          />
          {thread && (
            <section className="thread" aria-labelledby="thread-heading">
              <h3 id="thread-heading">
                {t.thread(shortenText(thread.title[lang], MAX_TITLE_CHARACTERS))}
              </h3>
              <ProseText
                value={thread.description}
                lang={lang}
                className="panel-summary"
                commitments={lookups.commitments}
              />
              {from > 0 && (
                <p className="panel-summary">{t.earlierOmitted(from, formatNumber(from, lang))}</p>
              )}
              <ShowMore
                items={listed}
                step={LINEAGE_STEP}
                noun={t.threadNoun}
                render={(visible) => (
                  <ol className="thread-list" start={from + 1}>
                    {visible.map((step) => {
                      const meeting = lookups.meetings.get(step.meeting);
                      const date = commitmentDate(step, meeting);
                      const current = step.id === commitment.id;
                      const title = shortenText(step.title[lang], MAX_TITLE_CHARACTERS);
                      return (
                        <li key={step.id} aria-current={current ? 'step' : undefined}>
                          <span className="thread-when">
                            {meeting ? shortMeetingLabel(meeting, lang) : step.meeting}
                            {date && ` · ${formatDate(date, lang)}`}
                          </span>{' '}
                          {current ? (
                            <strong>{title}</strong>
                          ) : (
                            <ItemLink item={step.id} lang={lang}>
                              {title}
                            </ItemLink>
                          )}{' '}
                          <span className="thread-status">
                            {t.stepFacts(
                              progressLabel(step, lang),
                              CONFIDENCE_LABELS[lang][step.confidence],
                            )}
                          </span>
                        </li>
                      );
                    })}
                  </ol>
                )}
              />
            </section>
          )}
        </>
      )}
    </dialog>
  );
}
