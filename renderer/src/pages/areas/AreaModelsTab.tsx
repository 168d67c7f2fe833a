import { useState } from 'react'
import { Button, Select, Space, Typography } from 'antd'
import { PlusOutlined } from '../../lib/icons'
import { isCommuneKind } from '../../../../shared/domain/areas'
import { todayInVietnam } from '../../../../shared/text/dates'
import { useApiQuery } from '../../api/hooks'
import { foldedFilter } from '../../lib/options'
import { ModelDialog } from '../../models/ModelDialog'
import { ModelYearTable } from '../../models/ModelYearTable'
import { NumberField } from '../../components/NumberField'

/**
 * “Mô hình phong trào” of Địa bàn: the models of one commune (its own and those hosted by its units) with their
 * status in a year. Models belong to a commune — Table D counts them by commune — so they sit beside the areas.
 */
export function AreaModelsTab() {
  const areas = useApiQuery('areas.list', {})
  const years = useApiQuery('years.list', {})
  const communes = (areas.data ?? []).filter((area) => isCommuneKind(area.kind))
  const [areaId, setAreaId] = useState<number | null>(null)
  const [year, setYear] = useState<number | null>(null)
  const [open, setOpen] = useState(false)
  const selectedArea = areaId ?? communes[0]?.id ?? null
  const selectedYear = year ?? years.data?.find((y) => y.status === 'OPEN')?.year ?? years.data?.[0]?.year ?? Number(todayInVietnam(new Date()).slice(0, 4))
  const closed = years.data?.find((y) => y.year === selectedYear)?.status === 'CLOSED'
  const models = useApiQuery('models.list', { areaId: selectedArea ?? 0, year: selectedYear }, { enabled: selectedArea !== null })
  const areaName = communes.find((area) => area.id === selectedArea)?.name ?? ''
  return (
    <div>
      <Space style={{ marginBottom: 12 }} wrap>
        <Select
          showSearch
          aria-label="Xã, phường"
          style={{ width: 260 }}
          value={selectedArea ?? undefined}
          filterOption={foldedFilter}
          options={communes.map((area) => ({ value: area.id, label: area.name }))}
          onChange={(value: number) => setAreaId(value)}
          placeholder="Chọn xã, phường"
        />
        <NumberField aria-label="Năm" min={2012} max={2100} precision={0} value={selectedYear} onChange={(value) => value && setYear(value)} />
        <Button icon={<PlusOutlined />} disabled={selectedArea === null} onClick={() => setOpen(true)}>
          Thêm mô hình của {areaName || 'xã, phường'}
        </Button>
        {closed && <Typography.Text type="secondary">Năm {selectedYear} đã chốt: chỉ xem.</Typography.Text>}
      </Space>
      <ModelYearTable models={models.data ?? []} year={selectedYear} locked={closed} loading={models.isPending && selectedArea !== null} />
      {selectedArea !== null && <ModelDialog open={open} onClose={() => setOpen(false)} host={{ areaId: selectedArea }} title={`Thêm mô hình: ${areaName}`} />}
    </div>
  )
}
