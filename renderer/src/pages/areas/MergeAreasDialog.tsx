import { useState } from 'react'
import { Alert, Button, Form, Input, List, Modal, Select, Space, Table, Typography } from 'antd'
import type { z } from 'zod'
import { REORGANISATION_REFS, type mergeInput, type MergePreview, type MergeUnit } from '../../../../shared/api/calls/lineage'
import { AREA_KIND_LABELS, type AreaKind } from '../../../../shared/domain/areas'
import { UNIT_TYPE_LABELS } from '../../../../shared/domain/units'
import { formatInteger } from '../../../../shared/text/numbers'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { CallError } from '../../components/CallError'
import { DateField } from '../../components/DateField'
import { dateRules, toIsoDate, type DateFieldValue } from '../../lib/dates'
import { formatScreenDate } from '../../lib/format'
import { foldedFilter, optionsOf } from '../../lib/options'
import { CLEARABLE_SELECT } from '../../lib/icons'

interface MergeFormValues {
  predecessorIds: number[]
  name: string
  kind: AreaKind
  parentId?: number | null
  effectiveOn: DateFieldValue
  legalRef?: string | null
  note?: string | null
}

const toInput = (values: MergeFormValues): z.input<typeof mergeInput> => ({
  predecessorIds: values.predecessorIds,
  newArea: { name: values.name, kind: values.kind, parentId: values.parentId ?? null },
  effectiveOn: toIsoDate(values.effectiveOn),
  legalRef: values.legalRef ?? null,
  note: values.note ?? null
})

/**
 * Địa bàn → Sáp nhập khu vực: several areas into a new one on a date. The core's preview lists the units that move
 * and the commune units that end; the merge is sent only after it, with the units the preview showed.
 */
export function MergeAreasDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const areas = useApiQuery('areas.list', {}, { enabled: open })
  const [form] = Form.useForm<MergeFormValues>()
  const [preview, setPreview] = useState<MergePreview | null>(null)
  const check = useApiMutation('areas.previewMerge', { form, inDialog: true, onSuccess: setPreview })
  const close = () => {
    setPreview(null)
    check.reset()
    merge.reset()
    onClose()
  }
  const merge = useApiMutation('areas.merge', { form, inDialog: true, success: (event) => `Đã sáp nhập vào “${event.successorName}”.`, onSuccess: close })
  const all = areas.data ?? []
  const parents = all.filter((area) => area.kind === 'TINH' || area.kind === 'HUYEN')
  const changed = (values: Partial<MergeFormValues>) => {
    // The reference offered follows the level merged (NQ 202 for a province), unless the user wrote another.
    const offered: string[] = Object.values(REORGANISATION_REFS)
    if (values.kind && offered.includes(form.getFieldValue('legalRef') as string)) {
      form.setFieldValue('legalRef', values.kind === 'TINH' ? REORGANISATION_REFS.province : REORGANISATION_REFS.communes)
    }
    setPreview(null)
    check.reset()
    merge.reset()
  }
  // A refused validation shows at its fields; the rejection itself is not an error of the page.
  const showPreview = () => void form.validateFields().then((values) => check.mutate(toInput(values)), () => undefined)
  const confirm = () => void form.validateFields().then((values) => merge.mutate({ ...toInput(values), movedUnitIds: preview!.units.map((unit) => unit.id) }), () => undefined)

  return (
    <Modal
      open={open}
      title="Sáp nhập khu vực"
      width={760}
      onCancel={close}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={close}>Hủy</Button>
          <Button onClick={showPreview} loading={check.isPending}>
            Xem trước
          </Button>
          <Button type="primary" disabled={!preview} loading={merge.isPending} onClick={confirm}>
            Xác nhận sáp nhập
          </Button>
        </Space>
      }
    >
      <Form
        form={form}
        layout="vertical"
        onValuesChange={changed}
        initialValues={{ predecessorIds: [], kind: 'PHUONG', legalRef: REORGANISATION_REFS.communes }}
      >
        <Form.Item name="predecessorIds" label="Các khu vực được sáp nhập" rules={[{ required: true, message: 'Vui lòng chọn ít nhất một khu vực được sáp nhập.' }]}>
          <Select
            mode="multiple"
            showSearch
            aria-label="Các khu vực được sáp nhập"
            placeholder="Gõ tên để tìm, ví dụ: phuong 7"
            filterOption={foldedFilter}
            loading={areas.isPending}
            options={all.map((area) => ({ value: area.id, label: area.name }))}
          />
        </Form.Item>
        <Space align="start" wrap>
          <Form.Item name="name" label="Tên khu vực mới" rules={[{ required: true, whitespace: true, message: 'Tên khu vực mới không được để trống.' }]}>
            <Input autoComplete="off" placeholder="Ví dụ: Phường Tam Thắng" style={{ width: 260 }} />
          </Form.Item>
          <Form.Item name="kind" label="Loại">
            <Select options={optionsOf(AREA_KIND_LABELS)} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="parentId" label="Trực thuộc">
            <Select allowClear={CLEARABLE_SELECT} style={{ width: 220 }} options={parents.map((area) => ({ value: area.id, label: area.name }))} />
          </Form.Item>
        </Space>
        <Space align="start" wrap>
          <Form.Item name="effectiveOn" label="Ngày hiệu lực" rules={dateRules('Ngày hiệu lực', true)}>
            <DateField />
          </Form.Item>
          <Form.Item name="legalRef" label="Căn cứ pháp lý">
            <Input autoComplete="off" style={{ width: 480 }} />
          </Form.Item>
        </Space>
        <Form.Item name="note" label="Ghi chú">
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
      <CallError error={check.error ?? merge.error} />
      {preview && <MergePreviewView preview={preview} />}
    </Modal>
  )
}

function MergePreviewView({ preview }: { preview: MergePreview }) {
  return (
    <div data-testid="merge-preview">
      <Alert
        type="info"
        showIcon
        message={`Từ ngày ${formatScreenDate(preview.effectiveOn)}, ${preview.predecessors.map((p) => p.name).join(', ')} sáp nhập thành ${preview.successorName}: ${formatInteger(preview.units.length)} đơn vị chuyển sang.`}
      />
      <Table<MergeUnit>
        rowKey="id"
        size="small"
        style={{ marginTop: 8 }}
        pagination={false}
        scroll={{ y: 180 }}
        dataSource={preview.units}
        locale={{ emptyText: 'Không có đơn vị nào phải chuyển.' }}
        columns={[
          { title: 'Đơn vị chuyển sang', dataIndex: 'name' },
          { title: 'Loại', dataIndex: 'type', width: 160, render: (type: MergeUnit['type']) => UNIT_TYPE_LABELS[type] },
          { title: 'Từ khu vực', dataIndex: 'fromArea', width: 200 }
        ]}
      />
      <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }}>Đơn vị xã, phường chấm dứt từ ngày hiệu lực:</Typography.Paragraph>
      {preview.endingCommunes.length === 0 ? (
        <Typography.Text type="secondary">Không có.</Typography.Text>
      ) : (
        <List size="small" data-testid="ending-communes" dataSource={preview.endingCommunes} renderItem={(name) => <List.Item>{name}</List.Item>} />
      )}
    </div>
  )
}
