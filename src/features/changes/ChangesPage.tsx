import {
  countChanges,
  filterChanges,
  type ChangeKind,
  type RecordChange,
  type ReleaseChanges,
} from '../../data/release-diff';
import { formatDate } from '../../i18n/format';
import type { Language } from '../../data/vocabulary';
import { currentPage, viewUrl } from '../../state/view-url';
import type { View } from '../../state/view';
import { MESSAGES } from './messages';

const GROUPS: ChangeKind[] = ['added', 'changed', 'removed'];

function ChangeTitle({ change, lang }: { change: RecordChange; lang: Language }) {
  if (change.titleLanguage) {
    return <bdi lang={change.titleLanguage}>{change.title.en}</bdi>;
  }
  if (lang === 'ja' && change.title.ja) return <bdi>{change.title.ja}</bdi>;
  return <bdi lang={lang === 'en' ? undefined : 'en'}>{change.title.en}</bdi>;
}

function ChangeItem({ change, lang }: { change: RecordChange; lang: Language }) {
  const t = MESSAGES[lang];
  return (
    <li>
      <span className="change-kind">{t.kinds[change.kind]}</span>{' '}
      <ChangeTitle change={change} lang={lang} />
      {change.fields.length > 0 && (
        <span className="change-fields">
          {' — '}
          {t.fields}
          {change.fields.map((field, index) => (
            <span key={field}>
              {index > 0 && ', '}
              {/* The field's name in the data files (JSON and CSV), as written there. */}
              <code lang="en">{field}</code>
            </span>
          ))}
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

/** What changed from release to release, newest first, in the domains and meetings chosen. */
export function ChangesPage({ history, view }: { history: readonly ReleaseChanges[]; view: View }) {
  const t = MESSAGES[view.lang];
  return (
    <section className="changes-page" aria-labelledby="changes-heading">
      <h2 id="changes-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      <p>
        <a href="feed.xml" type="application/atom+xml">
          {t.feed}
        </a>
      </p>
      {history.map((release) => (
        <ReleaseSection key={release.version} release={release} view={view} />
      ))}
    </section>
  );
}
