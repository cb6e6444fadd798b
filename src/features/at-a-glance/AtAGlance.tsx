import { memo } from 'react';
import type { AtAGlance as Figures } from '../../data/aggregate';

export const AtAGlance = memo(function AtAGlance({ figures }: { figures: Figures }) {
  const items: [string, number][] = [
    ['Meetings held', figures.meetingsHeld],
    ['Commitments', figures.commitments],
    ['Documents signed', figures.documentsSigned],
    ['Domains covered', figures.domainsCovered],
  ];
  return (
    <section className="at-a-glance" aria-labelledby="glance-heading">
      <h2 id="glance-heading" className="visually-hidden">
        At a glance
      </h2>
      <dl>
        {items.map(([label, value]) => (
          <div key={label} className="figure">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {figures.meetingsPlanned > 0 && (
        <p className="panel-summary">
          {figures.meetingsPlanned === 1
            ? '1 further meeting is planned.'
            : `${figures.meetingsPlanned} further meetings are planned.`}
        </p>
      )}
    </section>
  );
});
