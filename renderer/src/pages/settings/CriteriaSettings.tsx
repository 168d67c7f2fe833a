import { useState } from 'react'
import { Alert, Button, Checkbox, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd'
import type { CriterionRow } from '../../../../shared/api/calls/cycle'
import { PLACEHOLDER_NOTE, REGULATIONS, TEXT_STATUS_LABELS, type RegulationId } from '../../../../shared/domain/cycle/regulations'
import { UNIT_TYPE_LABELS, UNIT_TYPES, type UnitType } from '../../../../shared/domain/units'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { CallError } from '../../components/CallError'

/**
 * Bộ tiêu chí: the criteria of each legal basis, with their wording editable by the office and provincial criteria
 * added (TT 124 Điều 8.1). A set already used by a closed year is copied, never changed (copy-on-write, in core).
 */
export function CriteriaSettings() {
  const [regulationId, setRegulationId] = useState<RegulationId>('TT124_TT48_2025')
  const [unitType, setUnitType] = useState<UnitType>('KDC')
  const [editing, setEditing] = useState<CriterionRow | null>(null)
  const [adding, setAdding] = useState(false)
  const criteria = useApiQuery('criteria.list', { regulationId, unitType })
  const [editForm] = Form.useForm<{ shortTitle: string; text: string; textChecked: boolean }>()
  const [addForm] = Form.useForm<{ shortTitle: string; text?: string; sourceRef?: string }>()
  const edit = useApiMutation('criteria.edit', { form: editForm, inDialog: true, success: 'Đã lưu tiêu chí.', onSuccess: () => setEditing(null) })
  const add = useApiMutation('criteria.add', { form: addForm, inDialog: true, success: 'Đã thêm tiêu chí của tỉnh.', onSuccess: () => setAdding(false) })
  return (
    <div>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        message="Nội dung tiêu chí đánh dấu “Chưa xác minh” cần được nhập theo văn bản gốc. Năm đã chốt giữ nguyên bộ tiêu chí đã dùng để xét."
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <Select aria-label="Cơ sở pháp lý" style={{ width: 420 }} value={regulationId} onChange={setRegulationId} options={REGULATIONS.map((r) => ({ value: r.id, label: r.shortName }))} />
        <Select aria-label="Loại đơn vị" style={{ width: 200 }} value={unitType} onChange={setUnitType} options={UNIT_TYPES.map((t) => ({ value: t, label: UNIT_TYPE_LABELS[t] }))} />
        <Button onClick={() => setAdding(true)}>Thêm tiêu chí của tỉnh</Button>
      </Space>
      <Table<CriterionRow>
        rowKey="id"
        size="small"
        pagination={false}
        loading={criteria.isPending}
        dataSource={criteria.data ?? []}
        columns={[
          { title: 'Số', dataIndex: 'number', width: 50 },
          {
            title: 'Tiêu chí',
            render: (_: unknown, c) => (
              <Space direction="vertical" size={0}>
                <Typography.Text strong>{c.shortTitle}</Typography.Text>
                <Typography.Text type={c.textStatus === 'PLACEHOLDER' ? 'warning' : 'secondary'}>{c.text}</Typography.Text>
              </Space>
            )
          },
          {
            title: 'Trạng thái nội dung',
            width: 200,
            render: (_: unknown, c) => (
              <Space direction="vertical" size={0}>
                <Tag color={c.textStatus === 'PLACEHOLDER' ? 'warning' : c.textStatus === 'VERBATIM_C' ? 'green' : 'blue'}>{TEXT_STATUS_LABELS[c.textStatus]}</Tag>
                {c.addedBy !== 'LAW' && <Typography.Text type="secondary">{c.sourceRef}</Typography.Text>}
              </Space>
            )
          },
          {
            title: '',
            width: 70,
            render: (_: unknown, c) => (
              <Button
                size="small"
                type="link"
                onClick={() => {
                  editForm.setFieldsValue({ shortTitle: c.shortTitle, text: c.text === PLACEHOLDER_NOTE ? '' : (c.text ?? ''), textChecked: c.textStatus === 'OFFICE_ENTERED' })
                  setEditing(c)
                }}
              >
                Sửa
              </Button>
            )
          }
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing ? `Tiêu chí ${editing.number}` : ''}
        okText="Lưu"
        cancelText="Hủy"
        confirmLoading={edit.isPending}
        onCancel={() => { edit.reset(); setEditing(null) }}
        onOk={() => void editForm.validateFields().then((values) => editing && edit.mutate({ id: editing.id, shortTitle: values.shortTitle, text: values.text || null, textChecked: values.textChecked }))}
      >
        <Form form={editForm} layout="vertical">
          <Form.Item name="shortTitle" label="Tên tiêu chí" rules={[{ required: true, message: 'Tên tiêu chí không được để trống.' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="text" label="Nội dung theo văn bản gốc">
            <Input.TextArea rows={6} />
          </Form.Item>
          <Form.Item name="textChecked" valuePropName="checked">
            <Checkbox>Đã đối chiếu với văn bản gốc</Checkbox>
          </Form.Item>
        </Form>
        <CallError error={edit.error} />
      </Modal>
      <Modal
        open={adding}
        title={`Thêm tiêu chí của tỉnh — ${UNIT_TYPE_LABELS[unitType]}`}
        okText="Thêm"
        cancelText="Hủy"
        destroyOnHidden
        confirmLoading={add.isPending}
        onCancel={() => { add.reset(); setAdding(false) }}
        onOk={() =>
          void addForm.validateFields().then((values) =>
            add.mutate({ regulationId, unitType, shortTitle: values.shortTitle, text: values.text ?? null, addedBy: 'PROVINCE', sourceRef: values.sourceRef ?? null })
          )
        }
      >
        <Form form={addForm} layout="vertical">
          <Form.Item name="shortTitle" label="Tên tiêu chí" rules={[{ required: true, message: 'Tên tiêu chí không được để trống.' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="text" label="Nội dung">
            <Input.TextArea rows={4} />
          </Form.Item>
          <Form.Item name="sourceRef" label="Văn bản của tỉnh quy định" rules={[{ required: true, message: 'Vui lòng nhập văn bản quy định.' }]}>
            <Input placeholder="Ví dụ: Quyết định số …/QĐ-UBND" />
          </Form.Item>
        </Form>
        <CallError error={add.error} />
      </Modal>
    </div>
  )
}
