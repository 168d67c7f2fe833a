import { useNavigate } from 'react-router'
import { Alert, Checkbox, Form, Input, Modal, Select } from 'antd'
import { defaultRegulationForYear, REGULATIONS } from '../../../shared/domain/cycle/regulations'
import { UNIT_TYPE_LABELS, UNIT_TYPES, type UnitType } from '../../../shared/domain/units'
import { useApiMutation } from '../api/hooks'
import { useSelectedYear } from './year-context'
import { CallError } from '../components/CallError'
import { CLEARABLE_SELECT } from '../lib/icons'
import { NumberField } from '../components/NumberField'

interface Values {
  year: number
  regulationId?: string
  reason?: string
  notDeployed: UnitType[]
  notDeployedNote?: string
}

/** “Mở năm đánh giá”: the year's legal basis follows the year unless changed with a reason. */
export function OpenYearDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { years, setYear } = useSelectedYear()
  const [form] = Form.useForm<Values>()
  const navigate = useNavigate()
  const opening = useApiMutation('years.open', {
    form,
    inDialog: true,
    success: (row) => `Đã mở năm đánh giá ${row.year}: ${row.unitYearCount} đơn vị.`,
    onSuccess: (row) => {
      setYear(row.year)
      onClose()
      // The next thing to do in a new year is on its board (issue 11 item 15).
      void navigate('/nam-danh-gia')
    }
  })
  const year = Form.useWatch('year', form)
  const regulationId = Form.useWatch('regulationId', form)
  const fallback = typeof year === 'number' ? defaultRegulationForYear(year) : null
  const differs = regulationId !== undefined && fallback !== null && regulationId !== fallback.id
  const nextYear = years.length > 0 ? Math.max(...years.map((row) => row.year)) + 1 : new Date().getFullYear()
  return (
    <Modal
      open={open}
      title="Mở năm đánh giá"
      okText="Mở năm"
      cancelText="Hủy"
      destroyOnHidden
      confirmLoading={opening.isPending}
      onCancel={() => { opening.reset(); onClose() }}
      onOk={() =>
        void form.validateFields().then((values) =>
          opening.mutate({
            year: values.year,
            regulationId: (values.regulationId as 'TT23_2012' | undefined) ?? undefined,
            reason: values.reason ?? null,
            notDeployed: values.notDeployed ?? [],
            notDeployedNote: values.notDeployedNote ?? null
          })
        )
      }
    >
      <Form form={form} layout="vertical" initialValues={{ year: nextYear, notDeployed: [] }}>
        <Form.Item name="year" label="Năm đánh giá" rules={[{ required: true, message: 'Vui lòng nhập năm.' }]}>
          {/* No min/max: a clamped field would silently open another year; core refuses an out-of-range one at the field. */}
          <NumberField precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="regulationId" label="Cơ sở pháp lý" extra={fallback ? `Mặc định theo năm: ${fallback.shortName}` : 'Năm này không có quy định áp dụng.'}>
          <Select allowClear={CLEARABLE_SELECT} placeholder="Theo năm (mặc định)" options={REGULATIONS.map((r) => ({ value: r.id, label: r.shortName }))} />
        </Form.Item>
        {differs && (
          <Form.Item name="reason" label="Lý do chọn cơ sở pháp lý khác" rules={[{ required: true, message: 'Vui lòng nhập lý do.' }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
        <Form.Item name="notDeployed" label="Loại đơn vị không triển khai trong năm">
          <Checkbox.Group options={UNIT_TYPES.filter((t) => t !== 'XA').map((t) => ({ value: t, label: UNIT_TYPE_LABELS[t] }))} />
        </Form.Item>
        <Form.Item name="notDeployedNote" label="Lý do không triển khai">
          <Input placeholder="Ví dụ: Covid-19" />
        </Form.Item>
        <Alert type="info" showIcon message="Mọi đơn vị đang hoạt động được đưa vào năm; đơn vị ngoài phạm vi được ghi “Ngoài phạm vi” kèm lý do." />
      </Form>
      <CallError error={opening.error} />
    </Modal>
  )
}
