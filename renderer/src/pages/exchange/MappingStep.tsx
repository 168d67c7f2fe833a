import { Select, Table } from 'antd'
import type { SheetMapping } from '../../../../shared/api/calls/exchange'
import type { ColumnSpec } from '../../../../shared/domain/registry-columns'

function columnLetter(index: number): string {
  let name = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name
  return name
}

/** One sheet's column mapping: each field of ours, the column of the file it was matched to, correctable. */
export function MappingStep(props: {
  title: string
  mapping: SheetMapping
  columns: ColumnSpec[]
  onChange: (field: string, index: number | null) => void
}) {
  const options = [
    { value: -1, label: '(không có trong tệp)' },
    ...props.mapping.headers.map((header, index) => ({ value: index, label: `Cột ${columnLetter(index)}${header ? ` — ${header}` : ''}` }))
  ]
  return (
    <Table<ColumnSpec>
      rowKey="field"
      size="small"
      pagination={false}
      title={() => `${props.title}: trang tính “${props.mapping.sheet}”, tiêu đề ở dòng ${props.mapping.headerRow}`}
      dataSource={props.columns}
      columns={[
        { title: 'Thông tin', dataIndex: 'header', width: 240, render: (header: string, spec) => (spec.required ? <strong>{header} *</strong> : header) },
        {
          title: 'Cột trong tệp',
          render: (_: unknown, spec) => (
            <Select
              style={{ width: 320 }}
              aria-label={`Cột cho ${spec.header}`}
              value={props.mapping.mapping[spec.field] ?? -1}
              options={options}
              onChange={(value: number) => props.onChange(spec.field, value < 0 ? null : value)}
            />
          )
        }
      ]}
    />
  )
}
