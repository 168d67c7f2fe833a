import { Table } from 'antd'
import type { AreaProgressRow, FunnelCounts } from '../../../../shared/api/calls/cycle'
import { formatInteger } from '../../../../shared/text/numbers'
import { usePagedCall } from '../../lib/use-paged-call'

const ROWS_PER_PAGE = 10

/** The year's progress per commune (summed in SQL), a page at a time; Tổng quan shows it when it is opened. */
export function AreaProgressTable({ year, stages }: { year: number; stages: Array<[keyof FunnelCounts, string]> }) {
  const { data, query, pagination } = usePagedCall('dashboard.areaProgress', { year }, ROWS_PER_PAGE)
  return (
    <Table<AreaProgressRow>
      rowKey={(row) => String(row.areaId)}
      size="small"
      loading={query.isPending}
      dataSource={data?.rows ?? []}
      pagination={{ ...pagination, size: 'small' }}
      data-testid="area-progress"
      columns={[
        { title: 'Xã, phường', dataIndex: 'areaName' },
        { title: 'Thuộc diện', render: (_: unknown, row) => formatInteger(row.counts.total) },
        ...stages.map(([key, label]) => ({ title: label, render: (_: unknown, row: AreaProgressRow) => formatInteger(row.counts[key]) }))
      ]}
    />
  )
}
