import { useState } from 'react'
import { Button, Form, Input, Modal, Typography } from 'antd'
import { useApiMutation } from '../api/hooks'
import { CallError } from '../components/CallError'

/** “Xóa năm”: a year opened by mistake and still untouched is taken back, with its reason in the audit log. */
export function RemoveYearButton({ year }: { year: number }) {
  const [open, setOpen] = useState(false)
  const [form] = Form.useForm<{ reason: string }>()
  const close = () => {
    remove.reset()
    setOpen(false)
  }
  const remove = useApiMutation('years.remove', { form, inDialog: true, success: (result) => `Đã xóa năm đánh giá ${year} (${result.removed} hồ sơ năm).`, onSuccess: close })
  return (
    <>
      <Button danger type="text" onClick={() => setOpen(true)}>
        Xóa năm…
      </Button>
      <Modal
        open={open}
        title={`Xóa năm đánh giá ${year}?`}
        okText="Xóa năm"
        okButtonProps={{ danger: true }}
        cancelText="Hủy"
        destroyOnHidden
        confirmLoading={remove.isPending}
        onCancel={close}
        onOk={() => void form.validateFields().then((values) => remove.mutate({ year, reason: values.reason }))}
      >
        <Typography.Paragraph>Chỉ xóa được năm mở nhầm, chưa có thao tác nào được ghi nhận. Việc xóa được ghi vào nhật ký cùng lý do.</Typography.Paragraph>
        <Form form={form} layout="vertical">
          <Form.Item name="reason" label="Lý do xóa năm" rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập lý do.' }]}>
            <Input placeholder="Ví dụ: mở nhầm năm" />
          </Form.Item>
        </Form>
        <CallError error={remove.error} />
      </Modal>
    </>
  )
}
