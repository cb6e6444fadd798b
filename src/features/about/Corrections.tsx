import type { Language } from '../../data/vocabulary';
import { correctionsHref } from './about-data';
import { MESSAGES } from './messages';
import { Section } from './Section';

/**
 * How to report a correction, and where: the dataset's own contact when it names one. Addresses
 * and the permalink's parameter are marked as having no language: they are read as written.
 */
export function Corrections({ contact, lang }: { contact: string | undefined; lang: Language }) {
  const t = MESSAGES[lang];
  const href = contact ? correctionsHref(contact) : null;
  return (
    <Section id="about-corrections" heading={t.correctionsHeading}>
      <p>{t.correctionsIntro}</p>
      <ul>
        <li>
          {t.correctionsPermalink[0]}
          <code lang="zxx">?item=</code>
          {t.correctionsPermalink[1]}
        </li>
        {t.correctionsWhat.map((what) => (
          <li key={what}>{what}</li>
        ))}
      </ul>
      {contact ? (
        <p>
          {t.correctionsTo}
          {t.colon}
          {href ? (
            <a href={href}>
              <bdi lang="zxx">{contact}</bdi>
            </a>
          ) : (
            <bdi lang="zxx">{contact}</bdi>
          )}
        </p>
      ) : (
        <p>{t.noContact}</p>
      )}
    </Section>
  );
}
