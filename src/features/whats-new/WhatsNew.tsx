import { MAX_TITLE_CHARACTERS, shortenText } from '../../i18n/shorten-text';
import { memo, useTransition } from 'react';
import { NewTabLink } from '../../ui/NewTabLink';
import { ItemLink } from '../../components/commitment/ItemLink';
import { isPlainClick } from '../../components/commitment/item-link';
import { formatDate, formatNumber } from '../../i18n/format';
import { CONFIDENCE_LABELS, EVENT_KIND_LABELS, STATUS_LABELS } from '../../i18n/labels';
import { shortMeetingLabel } from '../../i18n/localized';
import { THREAD_CHANGES } from '../../data/compare';
import type { DatasetIndex } from '../../data/index-dataset';
import type { Commitment, PartnershipEvent, Prose } from '../../data/schema';
import { langIfOther, proseIn, sourceTitleLanguage } from '../../data/text-language';
import type { Language } from '../../data/vocabulary';
import type { SinceEntry, WhatsNew as News } from '../../data/whats-new';
import type { View } from '../../state/view';
import { useViewStore } from '../../state/view-store';
import { viewUrl } from '../../state/view-url';
import { MESSAGES } from './messages';

function ProseSpan({ value, lang }: { value: Prose; lang: Language }) {
  const prose = proseIn(value, lang);
  return <span lang={langIfOther(prose.lang, lang)}>{prose.text}</span>;
}

function When({ date, lang }: { date: string; lang: Language }) {
  return (
    <time dateTime={date} className="whats-new-date">
      {formatDate(date, lang)}
    </time>
  );
}

function CommitmentLine({
  commitment,
  status,
  lang,
}: {
  commitment: Commitment;
  status?: string;
  lang: Language;
}) {
  return (
    <>
      <ItemLink item={commitment.id} lang={lang}>
        {shortenText(commitment.title[lang], MAX_TITLE_CHARACTERS)}
      </ItemLink>
      {status && <span className="whats-new-status"> {status}</span>}
    </>
  );
}

function EventSource({
  event,
  lookups,
  lang,
}: {
  event: PartnershipEvent;
  lookups: DatasetIndex;
  lang: Language;
}) {
  const source = event.evidence
    .map((evidence) => lookups.sources.get(evidence.source))
    .find((candidate) => candidate?.url);
  if (!source?.url) return null;
  return (
    <span className="whats-new-source">
      {MESSAGES[lang].source}{' '}
      <NewTabLink href={source.url} lang={lang}>
        <span lang={langIfOther(sourceTitleLanguage(source), lang)}>{source.title}</span>
      </NewTabLink>
    </span>
  );
}

function Entry({
  entry,
  lookups,
  lang,
}: {
  entry: SinceEntry;
  lookups: DatasetIndex;
  lang: Language;
}) {
  const t = MESSAGES[lang];
  const statuses = STATUS_LABELS[lang];
  switch (entry.kind) {
    case 'event':
      return (
        <li>
          <When date={entry.date} lang={lang} />
          <div>
            <strong>{shortenText(entry.event.title[lang], MAX_TITLE_CHARACTERS)}</strong>{' '}
            <span className="whats-new-status">
              {EVENT_KIND_LABELS[lang][entry.event.kind]} ·{' '}
              <span className={`confidence confidence-${entry.event.confidence}`}>
                {CONFIDENCE_LABELS[lang][entry.event.confidence]}
              </span>
            </span>
            <EventSource event={entry.event} lookups={lookups} lang={lang} />
            {entry.steps.length > 0 && (
              <>
                <span className="whats-new-moved">{t.movedOn}</span>
                <ul>
                  {entry.steps.map(({ commitment, step }) => (
                    <li key={commitment.id}>
                      <CommitmentLine
                        commitment={commitment}
                        status={statuses[step.status]}
                        lang={lang}
                      />
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        </li>
      );
    case 'step':
      return (
        <li>
          <When date={entry.date} lang={lang} />
          <div>
            <CommitmentLine
              commitment={entry.commitment}
              status={statuses[entry.step.status]}
              lang={lang}
            />
          </div>
        </li>
      );
    case 'no-evidence':
      return (
        <li>
          <When date={entry.date} lang={lang} />
          <div>
            {t.quiet(entry.commitments.length)}{' '}
            <span className="whats-new-status">{statuses['no-evidence-since']}</span>
            <details>
              <summary>{t.quietWhich}</summary>
              <ul>
                {entry.commitments.map((commitment) => (
                  <li key={commitment.id}>
                    <CommitmentLine commitment={commitment} lang={lang} />
                  </li>
                ))}
              </ul>
            </details>
          </div>
        </li>
      );
  }
}

/**
 * The overview's lead: the latest meeting held with its grade and caveat, what happened since
 * (newest first), and how the latest Council compares with the previous one, linked to the
 * comparison.
 */
export const WhatsNew = memo(function WhatsNew({
  news,
  view,
  lookups,
}: {
  news: News;
  view: View;
  lookups: DatasetIndex;
}) {
  const lang = view.lang;
  const t = MESSAGES[lang];
  const { meeting, since, comparison } = news;
  const modeChanged = useViewStore((state) => state.modeChanged);
  const comparePairChanged = useViewStore((state) => state.comparePairChanged);
  const [, startTransition] = useTransition();
  const compareView: View = { ...view, mode: 'compare', compare: null, item: null };
  const meetingName = (id: string) => {
    const found = lookups.meetings.get(id);
    return found ? shortMeetingLabel(found, lang) : id;
  };

  return (
    <section className="panel whats-new" aria-labelledby="whats-new-heading">
      <h2 id="whats-new-heading">{t.heading}</h2>
      <p className="whats-new-meeting">
        {t.latestMeeting} <strong>{meeting.title[lang]}</strong>
        {lang === 'ja' ? '、' : ', '}
        {formatDate(meeting.date!, lang)}
        {lang === 'ja' ? '、' : ', '}
        {meeting.city[lang]}
      </p>
      <p className="whats-new-grade">
        <span className={`confidence confidence-${meeting.confidence}`}>
          {CONFIDENCE_LABELS[lang][meeting.confidence]}
        </span>{' '}
        {t.grade[meeting.confidence]}{' '}
        {meeting.confidenceNote && <ProseSpan value={meeting.confidenceNote} lang={lang} />}
      </p>

      <h3>{t.sinceThen(formatDate(meeting.date!, lang))}</h3>
      {since.length === 0 ? (
        <p className="panel-summary">{t.nothingSince}</p>
      ) : (
        <ol className="whats-new-list">
          {since.map((entry) => (
            <Entry
              key={`${entry.kind}-${entry.date}-${entry.kind === 'event' ? entry.event.id : entry.kind === 'step' ? `${entry.commitment.id}-${entry.step.status}` : ''}`}
              entry={entry}
              lookups={lookups}
              lang={lang}
            />
          ))}
        </ol>
      )}

      {comparison && (
        <>
          <h3>{t.compared}</h3>
          <p className="panel-summary">
            {t.pair(meetingName(comparison.pair[0]), meetingName(comparison.pair[1]))}
          </p>
          <dl className="whats-new-counts">
            {THREAD_CHANGES.map((change) => (
              <div key={change}>
                <dt>{t.changes[change]}</dt>
                <dd>{formatNumber(comparison.counts[change], lang)}</dd>
              </div>
            ))}
          </dl>
          <p>
            <a
              // In a frame, what the browser opens from the link goes to a new tab with the full
              // dashboard, never to the host page; a plain click still switches in place.
              {...(view.embed
                ? {
                    href: viewUrl('', { ...compareView, embed: false }),
                    target: '_blank',
                    rel: 'noopener noreferrer',
                  }
                : { href: viewUrl('', compareView) })}
              onClick={(event) => {
                if (!isPlainClick(event)) return;
                event.preventDefault();
                startTransition(() => {
                  comparePairChanged(null);
                  modeChanged('compare');
                });
              }}
            >
              {t.openComparison}
            </a>
          </p>
        </>
      )}
    </section>
  );
});
