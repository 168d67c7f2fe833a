import { useState } from 'react'
import { App, Button, Dropdown, Form, Input, Modal } from 'antd'
import { MoreOutlined } from '../../lib/icons'
import dayjs, { type Dayjs } from 'dayjs'
import type { UnitRow } from '../../../../shared/api/calls/units'
import { useApiMutation } from '../../api/hooks'
import { DateField } from '../../components/DateField'
import { dateRules, toIsoDate } from '../../lib/dates'
import { AuditHistoryDrawer } from '../audit/AuditHistoryDrawer'
import { CallError } from '../../components/CallError'

/** Edit, deactivate / reactivate and delete one unit; delete is refused by core while it has yearly records. */
export function UnitActions({ unit, onEdit }: { unit: UnitRow; onEdit: () => void }) {
  const { modal } = App.useApp()
  const [deactivating, setDeactivating] = useState(false)
  const [showHistory, setShowHistory] = useState(false)
  const [form] = Form.useForm<{ inactiveFrom: Dayjs; reason?: string }>()
  const deactivate = useApiMutation('units.deactivate', { form, inDialog: true, success: `Đã chuyển “${unit.name}” sang ngừng hoạt động.`, onSuccess: () => setDeactivating(false) })
  const reactivate = useApiMutation('units.reactivate', { success: `“${unit.name}” đã hoạt động trở lại.` })
  const remove = useApiMutation('units.delete', { success: `Đã xóa “${unit.name}”.` })

  const items = [
    { key: 'history', label: 'Lịch sử thay đổi', onClick: () => setShowHistory(true) },
    unit.active
      ? { key: 'deactivate', label: 'Ngừng hoạt động…', onClick: () => setDeactivating(true) }
      : { key: 'reactivate', label: 'Hoạt động trở lại', onClick: () => reactivate.mutate({ id: unit.id }) },
    {
      key: 'delete',
      danger: true,
      label: 'Xóa…',
      disabled: unit.type === 'XA',
      onClick: () =>
        modal.confirm({
          title: `Xóa đơn vị “${unit.name}”?`,
          content: unit.hasYearRecords
            ? 'Đơn vị đã có hồ sơ năm đánh giá nên không xóa được; hãy chuyển sang “Ngừng hoạt động”.'
            : 'Thao tác này không hoàn tác được.',
          okText: 'Xóa',
          okButtonProps: { danger: true, disabled: unit.hasYearRecords },
          cancelText: 'Hủy',
          onOk: () => remove.mutateAsync({ id: unit.id })
        })
    }
  ]

  return (
    <>
      <Button size="small" type="link" onClick={onEdit}>
        Sửa
      </Button>
      <Dropdown menu={{ items }} trigger={['click']}>
        <Button size="small" type="text" icon={<MoreOutlined />} aria-label={`Thao tác khác với ${unit.name}`} />
      </Dropdown>
      <AuditHistoryDrawer entity="unit" id={unit.id} title={unit.name} open={showHistory} onClose={() => setShowHistory(false)} />
      <Modal
        open={deactivating}
        title={`Ngừng hoạt động: ${unit.name}`}
        okText="Ngừng hoạt động"
        cancelText="Hủy"
        confirmLoading={deactivate.isPending}
        destroyOnHidden
        onCancel={() => { deactivate.reset(); setDeactivating(false) }}
        onOk={() =>
          void form.validateFields().then((values) =>
            deactivate.mutate({ id: unit.id, inactiveFrom: toIsoDate(values.inactiveFrom), reason: values.reason ?? null })
          )
        }
      >
        <Form form={form} layout="vertical" initialValues={{ inactiveFrom: dayjs() }}>
          <Form.Item name="inactiveFrom" label="Ngừng hoạt động từ ngày" rules={dateRules('Ngày ngừng hoạt động', true)}>
            <DateField style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="reason" label="Lý do">
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
        <CallError error={deactivate.error} />
      </Modal>
    </>
  )
}
