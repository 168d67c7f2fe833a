import { useState } from 'react'
import { Checkbox, Table, Typography } from 'antd'
import type { LineageComparisonPage, LineageComparisonRow } from '../../../../shared/api/calls/lineage'
import { formatInteger } from '../../../../shared/text/numbers'
import { usePagedCall } from '../../lib/use-paged-call'

const ROWS_PER_PAGE = 10

const ofTotal = (recognised: number, total: number) => `${formatInteger(recognised)}/${formatInteger(total)}`

/**
 * Per commune, the year's results beside the year before summed over the areas it was formed from (issue 8 item 5):
 * a ward made in 2025 is compared with its predecessors, and the note says with which. A page at a time; Tổng quan
 * shows it when it is opened.
 */
export function LineageComparisonTable({ year }: { year: number }) {
  const [lineageOnly, setLineageOnly] = useState(false)
  const { data, query, pagination } = usePagedCall('areas.lineageComparison', { year, lineageOnly }, ROWS_PER_PAGE)
  const page = data as LineageComparisonPage | undefined
  const before = page?.previousYear
  return (
    <div>
      <Checkbox checked={lineageOnly} onChange={(event) => setLineageOnly(event.target.checked)} style={{ marginBottom: 8 }}>
        Chỉ khu vực có sáp nhập
      </Checkbox>
      {page && before === null ? (
        <Typography.Text type="secondary">Chưa có số liệu năm {year - 1} để so sánh.</Typography.Text>
      ) : (
        <Table<LineageComparisonRow>
          rowKey="areaId"
          size="small"
          data-testid="lineage-comparison"
          loading={query.isPending}
          dataSource={page?.rows ?? []}
          pagination={{ ...pagination, size: 'small' }}
          locale={{ emptyText: lineageOnly ? 'Không có khu vực nào được so với các khu vực trước sáp nhập.' : 'Chưa có số liệu.' }}
          columns={[
            { title: 'Xã, phường', dataIndex: 'areaName', width: 170 },
            {
              title: `Năm ${year}`,
              children: [
                { title: 'Khu dân cư đạt', render: (_: unknown, row: LineageComparisonRow) => ofTotal(row.current.kdcRecognised, row.current.kdcTotal) },
                { title: 'Đơn vị khác đạt', render: (_: unknown, row: LineageComparisonRow) => formatInteger(row.current.otherRecognised) },
                { title: 'Xã, phường', render: (_: unknown, row: LineageComparisonRow) => (row.current.communeRecognised ? 'Đạt' : 'Chưa đạt') }
              ]
            },
            {
              title: `Năm ${before ?? year - 1}`,
              children: [
                { title: 'Khu dân cư đạt', render: (_: unknown, row: LineageComparisonRow) => (row.previous ? ofTotal(row.previous.kdcRecognised, row.previous.kdcTotal) : '') },
                { title: 'Đơn vị khác đạt', render: (_: unknown, row: LineageComparisonRow) => (row.previous ? formatInteger(row.previous.otherRecognised) : '') },
                { title: 'Xã, phường đạt', render: (_: unknown, row: LineageComparisonRow) => (row.previous ? ofTotal(row.previous.communesRecognised, row.previous.communes) : '') }
              ]
            },
            { title: 'So sánh với', dataIndex: 'note', width: 340, render: (note: string | null) => note ?? '' }
          ]}
        />
      )}
    </div>
  )
}
