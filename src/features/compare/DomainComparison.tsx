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
import type { ChartActions } from '../../components/chart-actions';
import type { DomainDifference } from '../../data/compare';
import type { Domain } from '../../data/schema';
import type { Language } from '../../data/vocabulary';

interface DomainComparisonProps {
  rows: readonly DomainDifference[];
  domains: ReadonlyMap<string, Domain>;
  labelA: string;
  labelB: string;
  lang: Language;
  actions?: ChartActions;
}

const TITLE = 'Domain by domain';

function signed(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0';
}

export function DomainComparison({
  rows,
  domains,
  labelA,
  labelB,
  lang,
  actions,
}: DomainComparisonProps) {
  const data = rows.map((row) => ({
    ...row,
    label: domains.get(row.domain)?.label[lang] ?? row.domain,
  }));
  const grew = rows.filter((row) => row.difference > 0).length;
  const shrank = rows.filter((row) => row.difference < 0).length;
  return (
    <section className="panel" aria-labelledby="domain-comparison-heading">
      <h2 id="domain-comparison-heading">{TITLE}</h2>
      <p className="panel-summary">
        More commitments at B than at A in {grew} {grew === 1 ? 'domain' : 'domains'}, fewer in{' '}
        {shrank}; a commitment in several domains counts in each.
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
              width={170}
              tick={{ fontSize: 11 }}
              interval={0}
            />
            <Tooltip />
            <Legend formatter={(value: string) => <span className="legend-label">{value}</span>} />
            <Bar dataKey="atA" name={`A: ${labelA}`} fill="#88CCEE" isAnimationActive={false} />
            <Bar dataKey="atB" name={`B: ${labelB}`} fill="#332288" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      {actions?.({ id: 'domain-comparison', title: TITLE })}
      <div className="table-scroll">
        <table className="data-table compare-table">
          <caption className="visually-hidden">Commitments per domain at A and at B</caption>
          <thead>
            <tr>
              <th scope="col">Domain</th>
              <th scope="col">A: {labelA}</th>
              <th scope="col">B: {labelB}</th>
              <th scope="col">Difference</th>
            </tr>
          </thead>
          <tbody>
            {data.map((row) => (
              <tr key={row.domain}>
                <th scope="row">{row.label}</th>
                <td>{row.atA}</td>
                <td>{row.atB}</td>
                <td>{signed(row.difference)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
