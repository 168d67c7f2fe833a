import { App, Button, Space, Table, Tag, Typography } from 'antd'
import type { AreaEventRow } from '../../../../shared/api/calls/lineage'
import { formatInteger } from '../../../../shared/text/numbers'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { formatScreenDate } from '../../lib/format'

/** “Lịch sử sáp nhập” of Địa bàn: each merge with its legal reference; undo while the new area is still unused. */
export function MergeHistoryTab() {
  const { modal } = App.useApp()
  const events = useApiQuery('areas.events', {})
  const undo = useApiMutation('areas.undoEvent', { success: 'Đã hoàn tác lần sáp nhập.' })
  const confirmUndo = (row: AreaEventRow) =>
    modal.confirm({
      title: `Hoàn tác sáp nhập vào “${row.successorName}”?`,
      content: `${row.predecessors.map((p) => p.name).join(', ')} trở lại như trước ngày ${formatScreenDate(row.effectiveOn)}; ${formatInteger(row.movedUnits)} đơn vị trở về khu vực cũ.`,
      okText: 'Hoàn tác',
      okButtonProps: { danger: true },
      cancelText: 'Hủy',
      onOk: () => undo.mutateAsync({ id: row.id })
    })
  return (
    <Table<AreaEventRow>
      rowKey="id"
      size="small"
      data-testid="merge-history"
      loading={events.isPending}
      dataSource={events.data ?? []}
      pagination={{ pageSize: 20, hideOnSinglePage: true, size: 'small' }}
      locale={{ emptyText: 'Chưa có lần sáp nhập nào.' }}
      columns={[
        { title: 'Ngày hiệu lực', dataIndex: 'effectiveOn', width: 110, render: (date: string) => formatScreenDate(date) },
        {
          title: 'Khu vực mới',
          dataIndex: 'successorName',
          render: (name: string, row) => (
            <Space size={4}>
              {name}
              {row.isSample && <Tag color="gold">MẪU</Tag>}
            </Space>
          )
        },
        {
          title: 'Sáp nhập từ',
          render: (_: unknown, row) => (
            <Space direction="vertical" size={0}>
              <span>{row.predecessors.map((p) => p.name).join(', ')}</span>
              {row.note && <Typography.Text type="secondary">{row.note}</Typography.Text>}
            </Space>
          )
        },
        { title: 'Căn cứ pháp lý', dataIndex: 'legalRef', render: (ref: string | null) => ref ?? '' },
        { title: 'Số đơn vị chuyển', dataIndex: 'movedUnits', align: 'right', width: 90, render: (n: number) => formatInteger(n) },
        {
          title: '',
          width: 200,
          render: (_: unknown, row) =>
            row.undoable ? (
              <Button size="small" type="link" danger onClick={() => confirmUndo(row)}>
                Hoàn tác
              </Button>
            ) : (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {row.undoRefusal}
              </Typography.Text>
            )
        }
      ]}
    />
  )
}
