import type { Language } from '../../data/vocabulary';
import { correctionsHref } from './about-data';
import { MESSAGES } from './messages';

/** How to report a correction, and where: the dataset's own contact when it names one. */
export function Corrections({ contact, lang }: { contact: string | undefined; lang: Language }) {
  const t = MESSAGES[lang];
  return (
    <section className="about-section" aria-labelledby="about-corrections">
      <h3 id="about-corrections">{t.correctionsHeading}</h3>
      <p>{t.correctionsIntro}</p>
      <ul>
        {t.correctionsWhat.map((what) => (
          <li key={what}>{what}</li>
        ))}
      </ul>
      {contact ? (
        <p>
          {t.correctionsTo}
          {t.colon}
          <a href={correctionsHref(contact)}>
            <bdi>{contact}</bdi>
          </a>
        </p>
      ) : (
        <p>{t.noContact}</p>
      )}
    </section>
  );
}
