import { memo } from 'react';
import type { AtAGlance as Figures } from '../../data/aggregate';
import { formatNumber } from '../../i18n/format';
import type { Language } from '../../data/vocabulary';
import { MESSAGES } from './messages';

export const AtAGlance = memo(function AtAGlance({
  figures,
  lang,
}: {
  figures: Figures;
  lang: Language;
}) {
  const t = MESSAGES[lang];
  const items: [string, number][] = [
    [t.meetingsHeld, figures.meetingsHeld],
    [t.commitments, figures.commitments],
    [t.documentsSigned, figures.documentsSigned],
    [t.domainsCovered, figures.domainsCovered],
  ];
  return (
    <section className="at-a-glance" aria-labelledby="glance-heading">
      <h2 id="glance-heading" className="visually-hidden">
        {t.heading}
      </h2>
      <dl>
        {items.map(([label, value]) => (
          <div key={label} className="figure">
            <dt>{label}</dt>
            <dd>{formatNumber(value, lang)}</dd>
          </div>
        ))}
      </dl>
      {figures.meetingsPlanned > 0 && (
        <p className="panel-summary">
          {t.planned(figures.meetingsPlanned, formatNumber(figures.meetingsPlanned, lang))}
        </p>
      )}
    </section>
  );
});
