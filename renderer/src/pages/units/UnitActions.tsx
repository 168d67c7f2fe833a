import { useRef, useState, type ReactNode } from 'react'
import { App, Button, Dropdown, Form, Input, Modal } from 'antd'
import { MoreOutlined } from '../../lib/icons'
import dayjs, { type Dayjs } from 'dayjs'
import type { UnitRow } from '../../../../shared/api/calls/units'
import { useApiMutation } from '../../api/hooks'
import { DateField } from '../../components/DateField'
import { dateRules, toIsoDate } from '../../lib/dates'
import { AuditHistoryDrawer } from '../audit/AuditHistoryDrawer'
import { CallError } from '../../components/CallError'

/** What a row's “…” menu does to its unit. */
export interface UnitActionHandlers {
  history: (unit: UnitRow) => void
  deactivate: (unit: UnitRow) => void
  reactivate: (unit: UnitRow) => void
  remove: (unit: UnitRow) => void
}

/** A dialog's unit, kept while it closes so its title does not change under the closing animation. */
interface Opened {
  unit: UnitRow
  open: boolean
}

/**
 * Deactivate / reactivate, delete (refused by core while the unit has yearly records) and the change history, once
 * for the page: each row only opens them. A row drawn with its own mutations, form, drawer and dialog made every
 * search's redraw of the registry slower (issue 12).
 */
export function useUnitActions(): { actions: UnitActionHandlers; dialogs: ReactNode } {
  const { modal } = App.useApp()
  const [deactivating, setDeactivating] = useState<Opened | null>(null)
  const [history, setHistory] = useState<Opened | null>(null)
  const removing = useRef<UnitRow | null>(null)
  const [form] = Form.useForm<{ inactiveFrom: Dayjs; reason?: string }>()
  const closeDeactivate = () => setDeactivating((current) => current && { ...current, open: false })
  const deactivate = useApiMutation('units.deactivate', { form, inDialog: true, success: (unit) => `Đã chuyển “${unit.name}” sang ngừng hoạt động.`, onSuccess: closeDeactivate })
  const reactivate = useApiMutation('units.reactivate', { success: (unit) => `“${unit.name}” đã hoạt động trở lại.` })
  const remove = useApiMutation('units.delete', { success: () => `Đã xóa “${removing.current?.name ?? ''}”.` })

  const actions: UnitActionHandlers = {
    history: (unit) => setHistory({ unit, open: true }),
    deactivate: (unit) => {
      deactivate.reset()
      setDeactivating({ unit, open: true })
    },
    reactivate: (unit) => reactivate.mutate({ id: unit.id }),
    remove: (unit) =>
      modal.confirm({
        title: `Xóa đơn vị “${unit.name}”?`,
        content: unit.hasYearRecords ? 'Đơn vị đã có hồ sơ năm đánh giá nên không xóa được; hãy chuyển sang “Ngừng hoạt động”.' : 'Thao tác này không hoàn tác được.',
        okText: 'Xóa',
        okButtonProps: { danger: true, disabled: unit.hasYearRecords },
        cancelText: 'Hủy',
        onOk: () => {
          removing.current = unit
          return remove.mutateAsync({ id: unit.id })
        }
      })
  }

  const dialogs = (
    <>
      {history && <AuditHistoryDrawer key={history.unit.id} entity="unit" id={history.unit.id} title={history.unit.name} open={history.open} onClose={() => setHistory({ ...history, open: false })} />}
      <Modal
        open={deactivating?.open ?? false}
        title={`Ngừng hoạt động: ${deactivating?.unit.name ?? ''}`}
        okText="Ngừng hoạt động"
        cancelText="Hủy"
        confirmLoading={deactivate.isPending}
        destroyOnHidden
        onCancel={() => {
          deactivate.reset()
          closeDeactivate()
        }}
        onOk={() =>
          void form.validateFields().then((values) => {
            if (deactivating) deactivate.mutate({ id: deactivating.unit.id, inactiveFrom: toIsoDate(values.inactiveFrom), reason: values.reason ?? null })
          })
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
  return { actions, dialogs }
}

/** A row's “Sửa” and its “…” menu. */
export function UnitRowActions({ unit, onEdit, actions }: { unit: UnitRow; onEdit: () => void; actions: UnitActionHandlers }) {
  const items = [
    { key: 'history', label: 'Lịch sử thay đổi', onClick: () => actions.history(unit) },
    unit.active
      ? { key: 'deactivate', label: 'Ngừng hoạt động…', onClick: () => actions.deactivate(unit) }
      : { key: 'reactivate', label: 'Hoạt động trở lại', onClick: () => actions.reactivate(unit) },
    { key: 'delete', danger: true, label: 'Xóa…', disabled: unit.type === 'XA', onClick: () => actions.remove(unit) }
  ]
  return (
    <>
      <Button size="small" type="link" onClick={onEdit}>
        Sửa
      </Button>
      <Dropdown menu={{ items }} trigger={['click']}>
        <Button size="small" type="text" icon={<MoreOutlined />} aria-label={`Thao tác khác với ${unit.name}`} />
      </Dropdown>
    </>
  )
}
