import { Link } from 'react-router'
import { Alert, Button, Space, Table } from 'antd'
import type { BlockedRow } from '../../../shared/api/errors'
import { formatInteger } from '../../../shared/text/numbers'

/**
 * A bulk step refused because some units block it (issue 11 item 14): who and why, one row each with a link to the
 * unit's page, and — as a second, explicit choice — the step for the units that are eligible.
 */
export function BlockedUnits({ blocked, blockedCount, total, onEligible }: { blocked: BlockedRow[]; blockedCount: number; total: number; onEligible: () => void }) {
  const eligible = total - blockedCount
  return (
    <div data-testid="blocked-units">
      <Alert
        type="error"
        showIcon
        style={{ marginBottom: 8 }}
        message={`${formatInteger(blockedCount)}/${formatInteger(total)} đơn vị chưa đủ điều kiện; chưa có thay đổi nào được ghi.`}
        description={blockedCount > blocked.length ? `Danh sách dưới đây gồm ${formatInteger(blocked.length)} đơn vị đầu tiên.` : undefined}
      />
      <Table<BlockedRow>
        rowKey="id"
        size="small"
        dataSource={blocked}
        pagination={blocked.length > 5 ? { pageSize: 5, size: 'small', showSizeChanger: false } : false}
        columns={[
          { title: 'Đơn vị', dataIndex: 'name', width: 170, render: (name: string, row) => <Link to={`/nam-danh-gia/${row.id}`}>{name}</Link> },
          { title: 'Lý do', dataIndex: 'errors', render: (errors: string[]) => errors.join(' ') }
        ]}
      />
      {eligible > 0 && (
        <Space style={{ marginTop: 8 }}>
          <Button type="primary" onClick={onEligible} data-testid="act-eligible">
            Thực hiện cho {formatInteger(eligible)} đơn vị đủ điều kiện
          </Button>
        </Space>
      )}
    </div>
  )
}
