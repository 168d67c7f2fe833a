import { useEffect, useState } from 'react'
import { App, Button, Form, Input, Modal, Select, Space, Table, Tag } from 'antd'
import { PlusOutlined } from '../../lib/icons'
import type { Dayjs } from 'dayjs'
import type { SignerRow } from '../../../../shared/api/calls/settings'
import { AUTHORITY_PREFIX_LABELS, SIGNER_BODY_LABELS, type AuthorityPrefix, type SignerBody } from '../../../../shared/domain/office'
import { formatScreenDate } from '../../../../shared/text/dates'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { DateField } from '../../components/DateField'
import { dateRules, fromIsoDate, toIsoDate } from '../../lib/dates'
import { optionsOf } from '../../lib/options'
import { CallError } from '../../components/CallError'

interface Values {
  name: string
  body: SignerBody
  authorityPrefix: AuthorityPrefix
  authorityLine?: string | null
  titleLine: string
  rank?: string | null
  validFrom?: Dayjs | null
  validTo?: Dayjs | null
}

/** Người ký: name, body, the authority prefix (TM., KT., Q., TL., TUQ.) and the two title lines of the signature. */
export function SignersTable() {
  const { modal } = App.useApp()
  const signers = useApiQuery('signers.list', {})
  const [editing, setEditing] = useState<SignerRow | null>(null)
  const [open, setOpen] = useState(false)
  const [form] = Form.useForm<Values>()
  const prefix = Form.useWatch('authorityPrefix', form)
  const close = () => {
    create.reset()
    update.reset()
    setOpen(false)
  }
  const create = useApiMutation('signers.create', { form, inDialog: true, success: 'Đã thêm người ký.', onSuccess: close })
  const update = useApiMutation('signers.update', { form, inDialog: true, success: 'Đã lưu người ký.', onSuccess: close })
  const remove = useApiMutation('signers.delete', { success: 'Đã xóa người ký.' })

  useEffect(() => {
    if (!open) return
    form.resetFields()
    if (editing) form.setFieldsValue({ ...editing, validFrom: fromIsoDate(editing.validFrom), validTo: fromIsoDate(editing.validTo) })
    else form.setFieldsValue({ body: 'UBND', authorityPrefix: 'TM.' })
  }, [open, editing, form])

  const save = () =>
    void form.validateFields().then((values) => {
      const input = {
        name: values.name,
        body: values.body,
        authorityPrefix: values.authorityPrefix,
        authorityLine: values.authorityPrefix === '' ? null : (values.authorityLine ?? null),
        titleLine: values.titleLine,
        rank: values.rank?.trim() || null,
        validFrom: toIsoDate(values.validFrom),
        validTo: toIsoDate(values.validTo)
      }
      if (editing) update.mutate({ id: editing.id, values: input })
      else create.mutate(input)
    })

  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} style={{ marginBottom: 12 }} onClick={() => { setEditing(null); setOpen(true) }}>
        Thêm người ký
      </Button>
      <Table<SignerRow>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={signers.data ?? []}
        locale={{ emptyText: 'Chưa có người ký. Văn bản cần ít nhất một người ký của Ủy ban nhân dân và của cơ quan Công an.' }}
        columns={[
          { title: 'Họ và tên', dataIndex: 'name', render: (name: string, row) => <Space size={4}>{row.rank && <span>{row.rank}</span>}{name}{row.isSample && <Tag color="gold">MẪU</Tag>}</Space> },
          { title: 'Cơ quan', dataIndex: 'body', render: (body: SignerBody) => SIGNER_BODY_LABELS[body] },
          {
            title: 'Khối chữ ký',
            render: (_: unknown, row) => (
              <span>
                {row.authorityLine && <div>{row.authorityLine}</div>}
                <div>{row.titleLine}</div>
              </span>
            )
          },
          { title: 'Hiệu lực', render: (_: unknown, row) => [formatScreenDate(row.validFrom), formatScreenDate(row.validTo)].filter(Boolean).join(' – ') },
          {
            title: '',
            width: 140,
            render: (_: unknown, row) => (
              <Space>
                <Button size="small" type="link" onClick={() => { setEditing(row); setOpen(true) }}>Sửa</Button>
                <Button
                  size="small"
                  type="link"
                  danger
                  onClick={() =>
                    modal.confirm({
                      title: `Xóa người ký “${row.name}”?`,
                      okText: 'Xóa',
                      cancelText: 'Hủy',
                      okButtonProps: { danger: true },
                      onOk: () => remove.mutateAsync({ id: row.id })
                    })
                  }
                >
                  Xóa
                </Button>
              </Space>
            )
          }
        ]}
      />
      <Modal open={open} title={editing ? 'Sửa người ký' : 'Thêm người ký'} okText="Lưu" cancelText="Hủy" onCancel={close} onOk={save} destroyOnHidden>
        <Form form={form} layout="vertical">
          <Form.Item name="name" label="Họ và tên người ký" rules={[{ required: true, whitespace: true, message: 'Họ và tên người ký không được để trống.' }]}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="body" label="Ký cho cơ quan" rules={[{ required: true }]}>
            <Select options={optionsOf(SIGNER_BODY_LABELS)} />
          </Form.Item>
          {/* '' is a real choice (the head signs in their own name), so “required” only refuses no choice at all. */}
          <Form.Item name="authorityPrefix" label="Thẩm quyền ký" rules={[{ validator: async (_, value) => { if (value === undefined || value === null) throw new Error('Vui lòng chọn thẩm quyền ký.') } }]}>
            <Select options={optionsOf(AUTHORITY_PREFIX_LABELS)} />
          </Form.Item>
          {prefix !== '' && (
            <Form.Item name="authorityLine" label="Dòng thẩm quyền" extra="Ví dụ: TM. ỦY BAN NHÂN DÂN; KT. CHỦ TỊCH">
              <Input autoComplete="off" />
            </Form.Item>
          )}
          <Form.Item name="titleLine" label="Chức vụ người ký" rules={[{ required: true, whitespace: true, message: 'Chức vụ người ký không được để trống.' }]} extra="Ví dụ: CHỦ TỊCH; PHÓ CHỦ TỊCH; TRƯỞNG CÔNG AN THÀNH PHỐ">
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="rank"
            label="Cấp bậc (in trước họ tên, nếu quy định của ngành yêu cầu)"
            extra="Ví dụ: Thượng tá. Để trống thì chỉ in họ tên."
          >
            <Input autoComplete="off" maxLength={50} />
          </Form.Item>
          <Space>
            <Form.Item name="validFrom" label="Hiệu lực từ ngày" rules={dateRules('Hiệu lực từ ngày')}>
              <DateField />
            </Form.Item>
            <Form.Item name="validTo" label="Đến ngày" rules={dateRules('Đến ngày')}>
              <DateField />
            </Form.Item>
          </Space>
        </Form>
        <CallError error={create.error ?? update.error} />
      </Modal>
    </>
  )
}
