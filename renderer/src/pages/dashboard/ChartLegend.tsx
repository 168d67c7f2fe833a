import type { LegendPayload } from 'recharts'

/** The chart's legend: a colour square and the series' name (recharts' own names each icon "… legend icon"). */
export function ChartLegend({ payload }: { payload?: readonly LegendPayload[] }) {
  return (
    <ul className="chart-legend">
      {(payload ?? []).map((entry) => (
        <li key={String(entry.value)}>
          <span className="chart-legend-swatch" style={{ background: entry.color }} aria-hidden />
          {entry.value}
        </li>
      ))}
    </ul>
  )
}
