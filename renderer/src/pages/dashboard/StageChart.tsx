import { formatInteger } from '../../../../shared/text/numbers'

export interface StageSeries {
  name: string
  color: string
}

export interface StageGroup {
  stage: string
  /** One count per series, in the series' order. */
  counts: number[]
}

/**
 * The year's pipeline as grouped horizontal bars with their counts written at the end: one group per stage, one bar
 * per unit type, scaled to the largest count. Drawn with CSS — a chart library cost a tenth of a second of rendering on
 * every visit to Tổng quan at province scale (issue 12), and a written count needs no tooltip.
 */
export function StageChart({ series, groups }: { series: StageSeries[]; groups: StageGroup[] }) {
  const largest = Math.max(1, ...groups.flatMap((group) => group.counts))
  return (
    <figure className="stage-chart" data-testid="stage-chart">
      {groups.map((group) => (
        <div className="stage-chart-group" key={group.stage}>
          <div className="stage-chart-stage">{group.stage}</div>
          <ul className="stage-chart-bars" aria-label={group.stage}>
            {series.map((one, i) => {
              const count = group.counts[i] ?? 0
              return (
                <li key={one.name} aria-label={`${one.name}: ${formatInteger(count)}`}>
                  <span className="stage-chart-bar" style={{ width: `${(count / largest) * 100}%`, background: one.color }} />
                  <span className="stage-chart-count">{formatInteger(count)}</span>
                </li>
              )
            })}
          </ul>
        </div>
      ))}
      <figcaption>
        <ul className="chart-legend">
          {series.map((one) => (
            <li key={one.name}>
              <span className="chart-legend-swatch" style={{ background: one.color }} aria-hidden />
              {one.name}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  )
}
