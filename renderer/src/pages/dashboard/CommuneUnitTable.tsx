import { Table } from 'antd'
import type { AreaPageRow } from '../../../../shared/api/calls/areas'
import { formatInteger } from '../../../../shared/text/numbers'
import { usePagedCall } from '../../lib/use-paged-call'

const ROWS_PER_PAGE = 10

/** Units of the registry per commune, a page at a time; Tổng quan shows it when it is opened. */
export function CommuneUnitTable() {
  const { data, query, pagination } = usePagedCall('areas.page', { communesOnly: true }, ROWS_PER_PAGE)
  return (
    <Table<AreaPageRow>
      rowKey="id"
      size="small"
      loading={query.isPending}
      dataSource={data?.rows ?? []}
      pagination={{ ...pagination, size: 'small' }}
      locale={{ emptyText: 'Chưa có xã, phường nào. Thêm ở mục Địa bàn.' }}
      columns={[
        { title: 'Xã, phường', dataIndex: 'name' },
        { title: 'Số đơn vị (không kể cấp xã)', dataIndex: 'unitCount', align: 'right', render: (n: number) => formatInteger(n) }
      ]}
    />
  )
}
