import { Table, Tag } from 'antd'
import type { AuditRow } from '../../../../shared/api/calls/audit'
import { formatScreenDateTime } from '../../lib/datetime'
import { vietnamesePaginationItem } from '../../lib/pagination'
import { AuditChanges } from './AuditChanges'

const ACTION_COLORS: Record<string, string> = { CREATE: 'green', UPDATE: 'blue', DELETE: 'red' }

export function AuditTable(props: {
  rows: AuditRow[]
  loading: boolean
  total: number
  page: number
  pageSize: number
  onPage: (page: number) => void
  compact?: boolean
}) {
  return (
    <Table<AuditRow>
      rowKey="id"
      size="small"
      data-testid="audit-table"
      loading={props.loading}
      dataSource={props.rows}
      pagination={{ current: props.page, pageSize: props.pageSize, total: props.total, showSizeChanger: false, onChange: props.onPage, itemRender: vietnamesePaginationItem }}
      locale={{ emptyText: 'Chưa có thay đổi nào được ghi.' }}
      columns={[
        { title: 'Thời gian', dataIndex: 'at', width: 140, render: (at: string) => formatScreenDateTime(at) },
        ...(props.compact
          ? []
          : [
              // A Windows user name is a name, not text to check or translate.
              { title: 'Người dùng', dataIndex: 'actor', width: 110, render: (actor: string) => <span translate="no">{actor}</span> },
              { title: 'Máy', dataIndex: 'machine', width: 110 }
            ]),
        {
          title: 'Thao tác',
          dataIndex: 'actionLabel',
          width: 150,
          render: (label: string, row: AuditRow) => <Tag color={ACTION_COLORS[row.action] ?? 'purple'}>{label}</Tag>
        },
        ...(props.compact
          ? []
          : [
              {
                title: 'Đối tượng',
                width: 200,
                render: (_: unknown, row: AuditRow) => (row.subject ? `${row.entityLabel}: ${row.subject}` : row.entityLabel)
              }
            ]),
        { title: 'Thay đổi (cũ → mới)', render: (_: unknown, row: AuditRow) => <AuditChanges row={row} /> },
        ...(props.compact ? [] : [{ title: 'Lý do', dataIndex: 'reason', width: 110 }])
      ]}
    />
  )
}
