import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ChartActions } from '../../ui/chart-actions';
import { ChartLegend } from '../../ui/ChartLegend';
import type { DomainDifference } from '../../data/compare';
import type { Domain } from '../../data/schema';
import { formatNumber } from '../../i18n/format';
import type { Language } from '../../data/vocabulary';
import { wrapLabel } from '../../i18n/wrap-label';
import { MESSAGES } from './messages';

interface DomainComparisonProps {
  /** Counted at the earlier meeting (`atA`) and the later (`atB`), whichever of them is A. */
  rows: readonly DomainDifference[];
  domains: ReadonlyMap<string, Domain>;
  /** The earlier meeting's name with its letter, then the later's. */
  labelFrom: string;
  labelTo: string;
  /** The letters of the earlier and the later meeting. */
  letters: { from: string; to: string };
  lang: Language;
  actions?: ChartActions;
}

const AXIS_WIDTH = 170;
const TICK_FONT_SIZE = 11;
const TICK_LINE_HEIGHT = 13;

/** A domain's name beside its bars, on as many lines as it needs: the axis does not wrap text. */
function DomainTick({
  x,
  y,
  label,
  lang,
}: {
  x: number;
  y: number;
  label: string;
  lang: Language;
}) {
  const lines = wrapLabel(label, lang, (AXIS_WIDTH - 16) / TICK_FONT_SIZE);
  return (
    <text x={x} y={y} textAnchor="end" fontSize={TICK_FONT_SIZE} fill="currentColor">
      {lines.map((line, index) => (
        <tspan
          key={index}
          x={x}
          // The lines are centred on the tick together.
          dy={
            index === 0
              ? TICK_FONT_SIZE * 0.35 - ((lines.length - 1) * TICK_LINE_HEIGHT) / 2
              : TICK_LINE_HEIGHT
          }
        >
          {line}
        </tspan>
      ))}
    </text>
  );
}

function signed(value: number, lang: Language): string {
  const size = formatNumber(Math.abs(value), lang);
  return value > 0 ? `+${size}` : value < 0 ? `−${size}` : size;
}

export function DomainComparison({
  rows,
  domains,
  labelFrom,
  labelTo,
  letters,
  lang,
  actions,
}: DomainComparisonProps) {
  const t = MESSAGES[lang];
  const data = rows.map((row) => ({
    ...row,
    label: domains.get(row.domain)?.label[lang] ?? row.domain,
  }));
  const grew = rows.filter((row) => row.difference > 0).length;
  const shrank = rows.filter((row) => row.difference < 0).length;
  return (
    <section className="panel" aria-labelledby="domain-comparison-heading">
      <h2 id="domain-comparison-heading">{t.domainHeading}</h2>
      <p className="panel-summary">
        {t.domainSummary(
          grew,
          formatNumber(grew, lang),
          formatNumber(shrank, lang),
          letters.from,
          letters.to,
        )}
      </p>
      <div className="chart-frame" style={{ height: 60 + rows.length * 34 }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={data}
            layout="vertical"
            margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} />
            <YAxis
              type="category"
              dataKey="label"
              width={AXIS_WIDTH}
              tick={({ x, y, payload }) => (
                <DomainTick
                  x={Number(x)}
                  y={Number(y)}
                  label={String((payload as { value?: unknown }).value ?? '')}
                  lang={lang}
                />
              )}
              interval={0}
            />
            <Tooltip />
            <Legend content={({ payload }) => <ChartLegend payload={payload} />} />
            <Bar dataKey="atA" name={labelFrom} fill="#88CCEE" isAnimationActive={false} />
            <Bar dataKey="atB" name={labelTo} fill="#332288" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      {actions?.({ id: 'domain-comparison', title: t.domainHeading })}
      <div className="table-scroll">
        <table className="data-table compare-table">
          <caption className="visually-hidden">{t.domainCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.domain}</th>
              <th scope="col">{labelFrom}</th>
              <th scope="col">{labelTo}</th>
              <th scope="col">{t.difference}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((row) => (
              <tr key={row.domain}>
                <th scope="row">{row.label}</th>
                <td>{formatNumber(row.atA, lang)}</td>
                <td>{formatNumber(row.atB, lang)}</td>
                <td>{signed(row.difference, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
