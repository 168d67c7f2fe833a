import { Link } from 'react-router'
import { Alert, Card, Col, Collapse, Empty, List, Row, Table, Typography } from 'antd'
import type { Dashboard, DeadlineItem, FunnelCounts } from '../../../../shared/api/calls/cycle'
import { regulationById } from '../../../../shared/domain/cycle/regulations'
import type { UnitType } from '../../../../shared/domain/units'
import { formatInteger, formatPercent } from '../../../../shared/text/numbers'
import { useApiQuery } from '../../api/hooks'
import { formatScreenDate } from '../../lib/format'
import { AreaProgressTable } from './AreaProgressTable'
import { CommuneResults } from './CommuneResults'
import { LineageComparisonTable } from './LineageComparisonTable'
import { StageChart } from './StageChart'

const STAGES: Array<[keyof FunnelCounts, string]> = [
  ['registered', 'Đã đăng ký'],
  ['assessed', 'Đã họp'],
  ['dossier', 'Đã nộp hồ sơ'],
  ['proposed', 'Đã đề nghị'],
  ['recognised', 'Đã công nhận']
]
const TYPE_COLORS: Record<UnitType, string> = { KDC: '#1d4e89', XA: '#2e9d5b', CO_QUAN: '#d48806', DOANH_NGHIEP: '#722ed1', CSGD: '#c41d7f' }

/**
 * Tổng quan of the chosen year: the leader understands the year in ten seconds (ux.md). The commune cards ask for
 * their page beside the year's sums, not after them; the tables per commune are drawn when opened (issue 12: a
 * province's page shows its summaries first).
 */
export function YearDashboard({ year }: { year: number }) {
  const dashboard = useApiQuery('dashboard.get', { year })
  const data = dashboard.data
  return (
    <div data-testid="year-dashboard">
      {data && <YearSummary year={year} data={data} />}
      <CommuneResults year={year} />
      {data && (
        <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
          <Col span={12}>
            <DeadlineList title={`Quá hạn (${formatInteger(data.overdueTotal)})`} items={data.overdue} late testId="overdue-list" />
          </Col>
          <Col span={12}>
            <DeadlineList title="Sắp đến hạn (7 ngày tới)" items={data.dueSoon} testId="due-soon-list" />
          </Col>
        </Row>
      )}
      <Collapse
        style={{ marginTop: 12 }}
        items={[
          { key: 'progress', label: 'Tiến độ theo xã, phường', children: <AreaProgressTable year={year} stages={STAGES} /> },
          { key: 'lineage', label: 'So với năm trước theo địa giới trước sáp nhập', children: <LineageComparisonTable year={year} /> }
        ]}
      />
    </div>
  )
}

/** The year's sentence, its stages per unit type and the comparison with the year before. */
function YearSummary({ year, data }: { year: number; data: Dashboard }) {
  // Labels as the year's legal basis names them (TT 23: “Nhà trường”).
  const label = (type: UnitType) => regulationById(data.regulationId).unitTypes[type].label
  const types = data.byType.filter((row) => row.current.total + row.current.excluded > 0)
  const series = types.map((row) => ({ name: label(row.unitType), color: TYPE_COLORS[row.unitType] }))
  const groups = [['total', 'Thuộc diện xét'] as [keyof FunnelCounts, string], ...STAGES].map(([key, stage]) => ({
    stage,
    counts: types.map((row) => row.current[key])
  }))
  return (
    <>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} message={<span data-testid="year-sentence">{data.sentence}</span>} description={`Cơ sở pháp lý: ${data.regulationName}`} />
      <Row gutter={[12, 12]}>
        <Col span={14}>
          <Card size="small" title={`Tiến độ năm ${year} theo loại đơn vị`}>
            <StageChart series={series} groups={groups} />
          </Card>
        </Col>
        <Col span={10}>
          <Card size="small" title={data.previousYear ? `So với năm ${data.previousYear}` : 'Kết quả theo loại đơn vị'}>
            <Table
              rowKey="unitType"
              size="small"
              pagination={false}
              dataSource={types}
              data-testid="type-comparison"
              columns={[
                { title: 'Loại', dataIndex: 'unitType', render: (value: UnitType) => label(value) },
                { title: 'Thuộc diện', render: (_: unknown, row) => formatInteger(row.current.total) },
                { title: 'Đăng ký', render: (_: unknown, row) => formatInteger(row.current.registered) },
                { title: 'Công nhận', render: (_: unknown, row) => `${formatInteger(row.current.recognised)} (${formatPercent(row.current.recognised, row.current.total)})` },
                ...(data.previousYear
                  ? [
                      { title: `Năm ${data.previousYear}`, render: (_: unknown, row: Dashboard['byType'][number]) => formatInteger(row.previousRecognised ?? 0) },
                      {
                        title: 'Tăng/giảm',
                        render: (_: unknown, row: Dashboard['byType'][number]) => {
                          const change = row.current.recognised - (row.previousRecognised ?? 0)
                          return <Typography.Text type={change < 0 ? 'danger' : undefined}>{change > 0 ? `+${change}` : String(change)}</Typography.Text>
                        }
                      }
                    ]
                  : [])
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  )
}

function DeadlineList({ title, items, late, testId }: { title: string; items: DeadlineItem[]; late?: boolean; testId: string }) {
  return (
    <Card size="small" title={title}>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Không có" />
      ) : (
        <List
          size="small"
          data-testid={testId}
          dataSource={items}
          style={{ maxHeight: 280, overflow: 'auto' }}
          renderItem={(item) => (
            <List.Item>
              <span>
                <Link to={`/nam-danh-gia/${item.unitYearId}`}>{item.unitName}</Link>
                <span className="muted"> {item.areaName ? `· ${item.areaName} ` : ''}· {item.what}</span>
              </span>
              <span>
                {formatScreenDate(item.dueOn)}
                {late ? <Typography.Text type="danger"> · trễ {formatInteger(item.daysLate)} ngày</Typography.Text> : ''}
              </span>
            </List.Item>
          )}
        />
      )}
    </Card>
  )
}
