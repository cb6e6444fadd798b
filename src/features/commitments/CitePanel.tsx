import { useState } from 'react';
import { CopyButton } from '../../ui/CopyButton';
import {
  commitmentBibtex,
  commitmentCitation,
  commitmentCslJson,
  commitmentRis,
  type CommitmentCitationInput,
} from '../../components/commitment/commitment-citation';
import { commitmentDate } from '../../data/order';
import type { Commitment, Dataset } from '../../data/schema';
import type { Language } from '../../data/vocabulary';
import type { DatasetIndex } from '../../data/index-dataset';
import { shortMeetingLabel } from '../../i18n/localized';
import { itemUrl } from '../../components/commitment/item-link';
import { useCitedRelease } from '../../components/cited-release';
import { citedView } from '../../state/cited-view';
import { currentPage } from '../../state/view-url';
import { useViewStore } from '../../state/view-store';
import { MESSAGES } from './messages';

/** Today's date where the reader is, YYYY-MM-DD: the date of access of a citation. */
function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A format shown folded, with its copy button below. */
function CiteFormat({
  name,
  id,
  text,
  copyLabel,
  copiedMessage,
}: {
  name: string;
  id: string;
  text: string;
  copyLabel: string;
  copiedMessage: string;
}) {
  // Drawn once opened: a dialog holds one open record, not every format of it.
  const [open, setOpen] = useState(false);
  return (
    <>
      <details className="cite-format" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{name}</summary>
        {open && (
          <pre lang="zxx" translate="no">
            <code id={id}>{text}</code>
          </pre>
        )}
      </details>
      <CopyButton
        label={copyLabel}
        text={() => text}
        copiedMessage={copiedMessage}
        textLang="zxx"
      />
    </>
  );
}

/**
 * The citation of one commitment, as text, BibTeX, RIS and CSL-JSON, each copied in one click. The
 * permalink names the commitment alone, and the release shown when the view is pinned (`v=`).
 */
export function CitePanel({
  dataset,
  commitment,
  lookups,
  lang,
}: {
  dataset: Dataset;
  commitment: Commitment;
  lookups: DatasetIndex;
  lang: Language;
}) {
  const t = MESSAGES[lang];
  const view = useViewStore((state) => state.view);
  const release = useCitedRelease();
  const meeting = lookups.meetings.get(commitment.meeting);
  const input: CommitmentCitationInput = {
    meta: dataset.meta,
    commitment,
    meeting: meeting ? shortMeetingLabel(meeting, lang) : commitment.meeting,
    date: commitmentDate(commitment, meeting),
    // Pinned to the release shown, so that the reference reopens the release cited.
    url: itemUrl(currentPage(), commitment.id, lang, citedView(view, release, null).version),
    accessed: today(),
    lang,
  };
  const text = commitmentCitation(input);
  const bibtex = commitmentBibtex(input);
  return (
    <section className="cite-panel" aria-labelledby="cite-heading">
      <h3 id="cite-heading">{t.citeHeading}</h3>
      <h4>{t.citeText}</h4>
      <p className="cite-text">{text}</p>
      <CopyButton label={t.copyCitation} text={() => text} copiedMessage={t.citationCopied} />
      <h4>{t.bibtex}</h4>
      <pre className="cite-bibtex" lang="zxx">
        {bibtex}
      </pre>
      <CopyButton
        label={t.copyBibtex}
        text={() => bibtex}
        copiedMessage={t.citationCopied}
        textLang="zxx"
      />
      <h4>{t.referenceManagers}</h4>
      {[
        { name: 'RIS', id: 'commitment-ris', text: commitmentRis(input), copy: t.copyRis },
        {
          name: 'CSL-JSON',
          id: 'commitment-csl-json',
          text: commitmentCslJson(input),
          copy: t.copyCslJson,
        },
      ].map((format) => (
        <CiteFormat
          key={format.id}
          name={format.name}
          id={format.id}
          text={format.text}
          copyLabel={format.copy}
          copiedMessage={t.citationCopied}
        />
      ))}
    </section>
  );
}
