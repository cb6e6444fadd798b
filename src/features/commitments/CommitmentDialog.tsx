import { ItemLink } from '../../components/commitment/ItemLink';
import { useEffect, useRef } from 'react';
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
import { itemHref } from '../../components/commitment/item-link';
import { ProgressSteps } from '../../components/commitment/ProgressSteps';
import { NewTabLink } from '../../ui/NewTabLink';
import { MESSAGES } from './messages';

interface CommitmentDialogProps {
  dataset: Dataset;
  commitment: Commitment | undefined;
  lookups: DatasetIndex;
  lang: Language;
}

/** One commitment in full, with the same line of work at every other meeting. */
export function CommitmentDialog({ dataset, commitment, lookups, lang }: CommitmentDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const itemClosed = useViewStore((state) => state.itemClosed);
  // In a frame, the full dashboard opens in a new tab: the host page is never navigated away.
  const embedded = useViewStore((state) => state.view.embed);
  const t = MESSAGES[lang];

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (commitment && !element.open) element.showModal();
    if (!commitment && element.open) element.close();
  }, [commitment]);

  const thread = commitment ? lookups.threads.get(commitment.thread) : undefined;
  const lineage = commitment ? threadLineage(dataset, commitment.thread) : [];

  return (
    <dialog
      ref={dialog}
      className="commitment-dialog"
      aria-labelledby={commitment ? `dialog-commitment-${commitment.id}` : undefined}
      onClose={() => {
        if (useViewStore.getState().view.item) itemClosed();
      }}
    >
      {commitment && (
        <>
          <div className="dialog-bar">
            {embedded ? (
              <NewTabLink href={itemHref(commitment.id, lang)} lang={lang} className="permalink">
                {t.permalink}
              </NewTabLink>
            ) : (
              <a href={itemHref(commitment.id, lang)} className="permalink">
                {t.permalink}
              </a>
            )}
            <button type="button" onClick={itemClosed} autoFocus>
              {t.close}
            </button>
          </div>
          <CommitmentCard
            commitment={commitment}
            lookups={lookups}
            lang={lang}
            headingLevel={2}
            idPrefix="dialog-commitment"
          />
          <ProgressSteps
            commitment={commitment}
            sources={lookups.sources}
            events={lookups.events}
            lang={lang}
          />
          {thread && (
            <section className="thread" aria-labelledby="thread-heading">
              <h3 id="thread-heading">{t.thread(thread.title[lang])}</h3>
              <ProseText value={thread.description} lang={lang} className="panel-summary" />
              <ol className="thread-list">
                {lineage.map((step) => {
                  const meeting = lookups.meetings.get(step.meeting);
                  const date = commitmentDate(step, meeting);
                  const current = step.id === commitment.id;
                  return (
                    <li key={step.id} aria-current={current ? 'step' : undefined}>
                      <span className="thread-when">
                        {meeting ? shortMeetingLabel(meeting, lang) : step.meeting}
                        {date && ` · ${formatDate(date, lang)}`}
                      </span>{' '}
                      {current ? (
                        <strong>{step.title[lang]}</strong>
                      ) : (
                        <ItemLink item={step.id} lang={lang}>
                          {step.title[lang]}
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
            </section>
          )}
        </>
      )}
    </dialog>
  );
}
