import { Card, Col, Collapse, Row, Space, Statistic, Typography } from 'antd'
import { Link } from 'react-router'
import type { AppStatus } from '../../../shared/api/calls/app'
import { unitTypeLabelsToday, UNIT_TYPES } from '../../../shared/domain/units'
import { formatInteger } from '../../../shared/text/numbers'
import { call } from '../api/client'
import { useApiQuery } from '../api/hooks'
import { AuditBreakBanner } from '../components/AuditBreakBanner'
import { ExportButton } from './exchange/ExportButton'
import { useSelectedYear } from '../cycle/year-context'
import { YearDashboard } from './dashboard/YearDashboard'
import { SetupChecklist } from './SetupChecklist'
import { CommuneUnitTable } from './dashboard/CommuneUnitTable'

const TYPE_LABELS = unitTypeLabelsToday()

/** Tổng quan: what the registry holds — units per type, per commune, and what is outside TT 124's scope. */
export function DashboardPage({ status }: { status: AppStatus }) {
  const units = useApiQuery('units.list', { limit: 1 })
  const outOfScope = useApiQuery('units.list', { limit: 1, outOfScopeOnly: true })
  const communes = useApiQuery('areas.page', { communesOnly: true, limit: 1 })
  const { year } = useSelectedYear()
  return (
    <div className="page">
      <div className="page-header">
        <h1>Tổng quan</h1>
        <Space>
          <Typography.Text type="secondary">{status.office.configured ? status.office.officeName : ''}</Typography.Text>
          {year !== null && <ExportButton label={`Xuất thống kê năm ${year}`} request={() => call('exchange.exportYearStatistics', { year })} />}
        </Space>
      </div>
      <AuditBreakBanner />
      <SetupChecklist status={status} />
      {year !== null && <YearDashboard year={year} />}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        Sổ đơn vị
      </Typography.Title>
      <Row gutter={[12, 12]}>
        <Col span={4}>
          <Card>
            <Statistic title="Xã, phường, thị trấn, đặc khu" value={formatInteger(communes.data?.total ?? 0)} />
          </Card>
        </Col>
        {UNIT_TYPES.filter((type) => type !== 'XA').map((type) => (
          <Col span={4} key={type}>
            <Card>
              <Statistic title={TYPE_LABELS[type]} value={formatInteger(units.data?.countsByType[type] ?? 0)} />
            </Card>
          </Col>
        ))}
        <Col span={4}>
          <Card>
            <Statistic title="Ngoài phạm vi Thông tư 124" value={formatInteger(outOfScope.data?.total ?? 0)} />
            <Link to="/don-vi">Xem danh sách đơn vị</Link>
          </Card>
        </Col>
      </Row>
      <Collapse style={{ marginTop: 12 }} items={[{ key: 'communes', label: 'Đơn vị theo xã, phường', children: <CommuneUnitTable /> }]} />
    </div>
  )
}
