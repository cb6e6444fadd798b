import {
  countChanges,
  filterChanges,
  type ChangeKind,
  type RecordChange,
  type ReleaseChanges,
} from '../../data/release-diff';
import { domainFeeds, historyUpTo, MAIN_FEED, type DomainFeed } from '../../data/release-feeds';
import { formatDate, formatList, formatNumber } from '../../i18n/format';
import { itemHref } from '../../components/commitment/item-link';
import { langIfOther, sourceTitleLanguage } from '../../data/text-language';
import type { Language } from '../../data/vocabulary';
import { currentPage, viewUrl } from '../../state/view-url';
import type { View } from '../../state/view';
import { MESSAGES } from './messages';

const GROUPS: ChangeKind[] = ['added', 'changed', 'removed'];

function ChangeTitle({ change, lang }: { change: RecordChange; lang: Language }) {
  if (change.titleLanguage) {
    // A source: its title is in its own language, or a bracketed description in the dataset's.
    const titleLanguage = sourceTitleLanguage({
      title: change.title.en,
      language: change.titleLanguage,
    });
    return <bdi lang={langIfOther(titleLanguage, lang)}>{change.title.en}</bdi>;
  }
  if (lang === 'ja' && change.title.ja) return <bdi>{change.title.ja}</bdi>;
  return <bdi lang={lang === 'en' ? undefined : 'en'}>{change.title.en}</bdi>;
}

function ChangeItem({
  change,
  release,
  lang,
}: {
  change: RecordChange;
  /** The release the change is in: an added or changed commitment links to itself there. */
  release: string;
  lang: Language;
}) {
  const t = MESSAGES[lang];
  const title = <ChangeTitle change={change} lang={lang} />;
  return (
    <li>
      <span className="change-kind">{t.kinds[change.kind]}</span>{' '}
      {change.kind === 'commitments' && change.change !== 'removed' ? (
        <a href={itemHref(change.id, lang, release)}>{title}</a>
      ) : (
        title
      )}
      {change.fields.length > 0 && (
        <span className="change-fields">
          {' — '}
          {t.fields}
          {formatList(
            change.fields.map((field) => t.fieldNames[field]),
            lang,
          )}
        </span>
      )}
    </li>
  );
}

function ReleaseSection({ release, view }: { release: ReleaseChanges; view: View }) {
  const t = MESSAGES[view.lang];
  const filtering = view.domains.length > 0 || view.meetings.length > 0;
  const changes = filterChanges(release.changes, view);
  const counts = countChanges(changes);
  const headingId = `release-${release.version.replace(/\./g, '-')}`;
  return (
    <section className="release-changes" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.release(release.version, formatDate(release.date, view.lang))}</h3>
      <p>
        {release.previous === null ? (
          <>
            {t.first}
            {t.firstCount(changes.length)}
          </>
        ) : (
          <>
            {t.against(release.previous)}
            {t.counts(counts.added, counts.changed, counts.removed)}
          </>
        )}
        {filtering && t.filtered}{' '}
        <a
          href={viewUrl(currentPage(), {
            ...view,
            mode: 'overview',
            version: release.version,
            item: null,
          })}
        >
          {t.open(release.version)}
        </a>
      </p>
      {release.previous !== null &&
        (changes.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          GROUPS.filter((group) => counts[group] > 0).map((group) => (
            <div key={group} className={`change-group change-${group}`}>
              <h4>{t.groups[group]}</h4>
              <ul>
                {changes
                  .filter((change) => change.change === group)
                  .map((change) => (
                    <ChangeItem
                      key={`${change.kind}/${change.id}`}
                      change={change}
                      release={release.version}
                      lang={view.lang}
                    />
                  ))}
              </ul>
            </div>
          ))
        ))}
    </section>
  );
}

/** Where a pinned link (`v=`) stops: the releases after it are left out, and the page says so. */
function PinnedNote({ view, later }: { view: View; later: number }) {
  const t = MESSAGES[view.lang];
  if (!view.version || later === 0) return null;
  return (
    <p className="changes-pinned">
      {t.upTo(view.version, later, formatNumber(later, view.lang))}{' '}
      <a href={viewUrl(currentPage(), { ...view, version: null })}>{t.showAll}</a>
    </p>
  );
}

/** The feeds of one domain each, by the domain's name in the page's language. */
function DomainFeeds({ feeds, lang }: { feeds: readonly DomainFeed[]; lang: Language }) {
  const t = MESSAGES[lang];
  if (feeds.length === 0) return null;
  return (
    <details className="domain-feeds">
      <summary id="domain-feeds-heading">{t.domainFeeds}</summary>
      <ul aria-labelledby="domain-feeds-heading">
        {feeds.map((feed) => (
          <li key={feed.id}>
            <a href={feed.file} type="application/atom+xml">
              {lang === 'ja' && feed.title.ja ? (
                <bdi>{feed.title.ja}</bdi>
              ) : (
                <bdi lang={lang === 'en' ? undefined : 'en'}>{feed.title.en}</bdi>
              )}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * What changed from release to release, newest first, in the domains and meetings chosen; with a
 * pinned release (`v=`), up to that release.
 */
export function ChangesPage({ history, view }: { history: readonly ReleaseChanges[]; view: View }) {
  const t = MESSAGES[view.lang];
  const { shown, later } = historyUpTo(history, view.version);
  return (
    <section className="changes-page" aria-labelledby="changes-heading">
      <h2 id="changes-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      <PinnedNote view={view} later={later} />
      <p>
        <a href={MAIN_FEED} type="application/atom+xml">
          {t.feed}
        </a>
      </p>
      <DomainFeeds feeds={domainFeeds(history)} lang={view.lang} />
      {shown.map((release) => (
        <ReleaseSection key={release.version} release={release} view={view} />
      ))}
    </section>
  );
}
