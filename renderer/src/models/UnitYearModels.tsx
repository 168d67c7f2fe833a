import { useState } from 'react'
import { Button, Card } from 'antd'
import { PlusOutlined } from '../lib/icons'
import type { UnitYearDetail } from '../../../shared/api/calls/cycle'
import { useApiQuery } from '../api/hooks'
import { ModelDialog } from './ModelDialog'
import { ModelYearTable } from './ModelYearTable'

/**
 * “Mô hình” on the unit-year page: the models that count for this unit in the year (for a commune, those of its area
 * and its khu dân cư), with their status in the year. Criterion 1 (TT 124) is computed from these rows.
 */
export function UnitYearModels({ data }: { data: UnitYearDetail }) {
  const models = useApiQuery('models.list', { unitYearId: data.id })
  const [open, setOpen] = useState(false)
  return (
    <Card
      size="small"
      title="Mô hình phong trào"
      style={{ marginBottom: 12 }}
      data-testid="unit-year-models"
      extra={
        !data.locked && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            Thêm mô hình
          </Button>
        )
      }
    >
      <ModelYearTable models={models.data ?? []} year={data.year} locked={data.locked} loading={models.isPending} />
      <ModelDialog open={open} onClose={() => setOpen(false)} host={{ hostUnitId: data.unitId }} title={`Thêm mô hình: ${data.unitName}`} />
    </Card>
  )
}
