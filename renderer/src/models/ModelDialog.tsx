import { useEffect } from 'react'
import { Form, Input, Modal, Select } from 'antd'
import type { Dayjs } from 'dayjs'
import { MODEL_KIND_LABELS, type ModelKind } from '../../../shared/domain/models'
import { useApiMutation } from '../api/hooks'
import { DateField } from '../components/DateField'
import { dateRules, toIsoDate } from '../lib/dates'
import { optionsOf } from '../lib/options'
import { CallError } from '../components/CallError'

interface Values {
  name: string
  kind: ModelKind
  establishedOn: Dayjs | null
  note: string | null
}

/** Adds a movement model, hosted by a unit or belonging to a commune area (exactly one of the two is given). */
export function ModelDialog({ open, onClose, host, title }: { open: boolean; onClose: () => void; host: { hostUnitId: number } | { areaId: number }; title: string }) {
  const [form] = Form.useForm<Values>()
  const create = useApiMutation('models.create', { form, inDialog: true, success: (m) => `Đã thêm mô hình “${m.name}”.`, onSuccess: onClose })
  useEffect(() => {
    if (open) form.setFieldsValue({ name: '', kind: 'TU_QUAN', establishedOn: null, note: null })
  }, [open, form])
  const submit = () =>
    form.validateFields().then((values) =>
      create.mutate({ ...host, name: values.name, kind: values.kind, establishedOn: values.establishedOn ? toIsoDate(values.establishedOn) : null, note: values.note })
    )
  return (
    <Modal open={open} title={title} okText="Lưu" cancelText="Hủy" onCancel={onClose} onOk={submit} confirmLoading={create.isPending} destroyOnHidden>
      <Form form={form} layout="vertical">
        <Form.Item name="name" label="Tên mô hình" rules={[{ required: true, whitespace: true, message: 'Tên mô hình không được để trống.' }]}>
          <Input autoComplete="off" placeholder="Ví dụ: Tổ tự quản an ninh trật tự khu phố 3" />
        </Form.Item>
        <Form.Item name="kind" label="Loại mô hình">
          <Select options={optionsOf(MODEL_KIND_LABELS)} />
        </Form.Item>
        <Form.Item name="establishedOn" label="Ngày thành lập" rules={dateRules('Ngày thành lập')}>
          <DateField />
        </Form.Item>
        <Form.Item name="note" label="Ghi chú">
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
      <CallError error={create.error} />
    </Modal>
  )
}
