import { Table } from 'antd'
import type { ImportProblem } from '../../../../shared/api/calls/exchange'

/** The problems of an import, one line each with its sheet, row and column as the file names them. */
export function ProblemTable(props: { problems: ImportProblem[]; testId: string }) {
  return (
    <Table<ImportProblem>
      rowKey={(row) => `${row.sheet}-${row.row}-${row.column}-${row.message}`}
      size="small"
      data-testid={props.testId}
      dataSource={props.problems}
      pagination={{ pageSize: 20, showSizeChanger: false }}
      columns={[
        { title: 'Trang tính', dataIndex: 'sheet', width: 110 },
        { title: 'Dòng', dataIndex: 'row', width: 70, render: (row: number) => (row > 0 ? row : '') },
        { title: 'Cột', dataIndex: 'column', width: 170 },
        { title: 'Lỗi', dataIndex: 'message' }
      ]}
    />
  )
}
