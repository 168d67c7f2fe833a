import { useState } from 'react'
import { Card, List, Segmented, Tag, Typography } from 'antd'
import type { CommuneResultGroup, CommuneResultRow } from '../../../../shared/api/calls/cycle'
import { formatInteger } from '../../../../shared/text/numbers'
import { StatusTag } from '../../cycle/status-tag'
import { usePagedCall } from '../../lib/use-paged-call'

const CARDS_PER_PAGE = 12
const GROUP_LABELS: Record<CommuneResultGroup, string> = { all: 'Tất cả', fail: 'Chưa đạt', pass: 'Đạt', empty: 'Chưa có đơn vị' }

/**
 * The commune-level results of the year: how many communes pass, fail or have no unit yet, then the cards of one group
 * a page at a time (a province has thousands of communes; only the page on screen is sent).
 */
export function CommuneResults({ year }: { year: number }) {
  const [group, setGroup] = useState<CommuneResultGroup>('all')
  const { data, pagination } = usePagedCall('communes.page', { year, group }, CARDS_PER_PAGE)
  if (!data || data.groups.all === 0) return null
  return (
    <Card
      size="small"
      title="Kết quả cấp xã (tỷ lệ ≥ 70%, tính tự động)"
      style={{ marginTop: 12 }}
      extra={
        <Segmented
          size="small"
          value={group}
          onChange={(value) => setGroup(value as CommuneResultGroup)}
          options={(Object.keys(GROUP_LABELS) as CommuneResultGroup[]).map((value) => ({ value, label: `${GROUP_LABELS[value]} (${formatInteger(data.groups[value])})` }))}
          aria-label="Nhóm kết quả cấp xã"
        />
      }
    >
      <List
        data-testid="commune-cards"
        grid={{ gutter: 8, column: 4 }}
        dataSource={data.rows}
        pagination={{ ...pagination, size: 'small', align: 'end' }}
        locale={{ emptyText: 'Không có xã, phường nào trong nhóm này.' }}
        renderItem={(commune) => (
          <List.Item>
            <CommuneCard commune={commune} />
          </List.Item>
        )}
      />
    </Card>
  )
}

function CommuneCard({ commune }: { commune: CommuneResultRow }) {
  return (
    <Card size="small" title={commune.areaName} extra={commune.n === 0 ? <Tag>Chưa có đơn vị</Tag> : commune.pass ? <Tag color="green">Đạt</Tag> : <Tag color="red">Chưa đạt</Tag>} data-testid={`commune-card-${commune.areaName}`}>
      <div style={{ fontSize: 12 }}>
        N = {formatInteger(commune.n)} · đăng ký {formatInteger(commune.r)} · công nhận {formatInteger(commune.a)}
        <br />
        cần tối thiểu {formatInteger(commune.aMin)} · còn thiếu <strong>{formatInteger(commune.shortfall)}</strong>
        {commune.communeStatus && (
          <div style={{ marginTop: 4 }}>
            <StatusTag status={commune.communeStatus} />
          </div>
        )}
        {commune.frozenDiffers && <Typography.Text type="warning">Kết quả cấp xã đã chốt khác với dữ liệu hiện tại</Typography.Text>}
      </div>
    </Card>
  )
}
