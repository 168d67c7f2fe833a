import { useState } from 'react'
import { useNavigate } from 'react-router'
import { Button, Modal, Select, Typography } from 'antd'
import { PlusOutlined } from '../lib/icons'
import { UNIT_TYPE_LABELS } from '../../../shared/domain/units'
import { useApiMutation, useApiQuery } from '../api/hooks'
import { useDebounced } from '../lib/use-debounced'
import { CallError } from '../components/CallError'

/**
 * “Thêm đơn vị vào năm”: a unit missing from an open year (units created later join by themselves; this covers the
 * rest, e.g. a unit inactive at opening). The core refuses a second record (V07) and a closed year.
 */
export function AddUnitToYear({ year, disabled }: { year: number; disabled: boolean }) {
  const navigate = useNavigate()
  const [open, setOpen] = useState(false)
  const [search, setSearch] = useState('')
  const [unitId, setUnitId] = useState<number | null>(null)
  const debounced = useDebounced(search, 250)
  const units = useApiQuery('units.list', { search: debounced || undefined, active: 'all', limit: 50 }, { enabled: open })
  const create = useApiMutation('unitYears.create', {
    inDialog: true,
    success: (detail) => `Đã thêm ${detail.unitName} vào năm ${year}.`,
    onSuccess: (detail) => {
      setOpen(false)
      void navigate(`/nam-danh-gia/${detail.id}`)
    }
  })
  return (
    <>
      <Button icon={<PlusOutlined />} disabled={disabled} onClick={() => setOpen(true)}>
        Thêm đơn vị vào năm
      </Button>
      <Modal
        open={open}
        title={`Thêm đơn vị vào năm ${year}`}
        okText="Thêm"
        cancelText="Hủy"
        okButtonProps={{ disabled: unitId === null }}
        confirmLoading={create.isPending}
        onCancel={() => { create.reset(); setOpen(false) }}
        onOk={() => unitId !== null && create.mutate({ year, unitId })}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">Đơn vị thêm sau khi mở năm tự động có hồ sơ năm; ở đây thêm một đơn vị còn thiếu.</Typography.Paragraph>
        <Select
          showSearch
          aria-label="Đơn vị"
          style={{ width: '100%' }}
          placeholder="Gõ tên đơn vị"
          filterOption={false}
          onSearch={setSearch}
          value={unitId ?? undefined}
          onChange={(value: number) => setUnitId(value)}
          loading={units.isFetching}
          options={(units.data?.rows ?? []).map((unit) => ({ value: unit.id, label: `${unit.name} — ${UNIT_TYPE_LABELS[unit.type]}${unit.areaName ? `, ${unit.areaName}` : ''}` }))}
        />
        <CallError error={create.error} />
      </Modal>
    </>
  )
}
