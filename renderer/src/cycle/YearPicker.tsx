import { useState } from 'react'
import { Button, Select, Space, Tag } from 'antd'
import { PlusOutlined } from '../lib/icons'
import { OpenYearDialog } from './OpenYearDialog'
import { useSelectedYear } from './year-context'

/** The year chosen once in the top bar, for every page. */
export function YearPicker() {
  const { year, setYear, years, current } = useSelectedYear()
  const [opening, setOpening] = useState(false)
  return (
    <Space size={8}>
      {years.length > 0 ? (
        <Select
          data-testid="year-picker"
          aria-label="Năm đánh giá đang xem"
          value={year ?? undefined}
          style={{ width: 175 }}
          onChange={setYear}
          options={years.map((row) => ({ value: row.year, label: `Năm ${row.year}${row.status === 'CLOSED' ? ' (đã chốt)' : ''}` }))}
        />
      ) : (
        <Tag>Chưa mở năm đánh giá</Tag>
      )}
      {current && <Tag color="blue">{current.regulationName}</Tag>}
      <Button size="small" icon={<PlusOutlined />} onClick={() => setOpening(true)}>
        Mở năm
      </Button>
      <OpenYearDialog open={opening} onClose={() => setOpening(false)} />
    </Space>
  )
}
