import { useState } from 'react'
import { Button, ConfigProvider, Form, Input, Modal, Typography } from 'antd'
import { correctableDate, type CorrectableDate } from '../../../shared/domain/cycle/date-correction'
import { useApiMutation } from '../api/hooks'
import { CallError } from '../components/CallError'
import { DateField } from '../components/DateField'
import { dateRules, fromIsoDate, toIsoDate, type DateFieldValue } from '../lib/dates'
import { formatScreenDate } from '../lib/format'

interface Values {
  date: DateFieldValue
  reason: string
  legalRef?: string
}

/** “Đính chính”: a recorded date corrected with a reason, through the audited amendment path (issue 11 item 5). */
export function CorrectDate({ id, field, value }: { id: number; field: CorrectableDate; value: string | null }) {
  const [open, setOpen] = useState(false)
  const [form] = Form.useForm<Values>()
  const { label } = correctableDate(field)
  const close = () => {
    correct.reset()
    setOpen(false)
  }
  const correct = useApiMutation('unitYears.correctDate', { form, inDialog: true, success: `Đã đính chính ${label.toLocaleLowerCase('vi')}.`, onSuccess: close })
  if (!value) return null
  // Offered on a locked page too (a final outcome, a closed year): the page's disabled form must not disable it.
  return (
    <ConfigProvider componentDisabled={false}>
      <Button type="link" size="small" style={{ paddingInline: 4, height: 'auto' }} onClick={() => setOpen(true)} aria-label={`Đính chính ${label.toLocaleLowerCase('vi')}`}>
        Đính chính
      </Button>
      <Modal
        open={open}
        title={`Đính chính ${label.toLocaleLowerCase('vi')}`}
        okText="Đính chính"
        cancelText="Hủy"
        destroyOnHidden
        confirmLoading={correct.isPending}
        onCancel={close}
        onOk={() =>
          void form.validateFields().then((values) => correct.mutate({ id, field, date: toIsoDate(values.date), reason: values.reason, legalRef: values.legalRef ?? null }))
        }
      >
        <Typography.Paragraph>
          Đã ghi nhận: <strong>{formatScreenDate(value)}</strong>. Việc đính chính được ghi vào lịch sử hồ sơ và nhật ký cùng lý do.
        </Typography.Paragraph>
        <Form form={form} layout="vertical" initialValues={{ date: fromIsoDate(value) }}>
          <Form.Item name="date" label="Ngày đúng" rules={dateRules('Ngày đúng', true)}>
            <DateField />
          </Form.Item>
          <Form.Item name="reason" label="Lý do đính chính" rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập lý do.' }]}>
            <Input.TextArea rows={2} placeholder="Ví dụ: ghi nhầm ngày họp, biên bản ghi ngày 04/5/2026" />
          </Form.Item>
          <Form.Item name="legalRef" label="Văn bản căn cứ (nếu có)">
            <Input />
          </Form.Item>
        </Form>
        <CallError error={correct.error} />
      </Modal>
    </ConfigProvider>
  )
}
