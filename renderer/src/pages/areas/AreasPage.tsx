import { useEffect, useState } from 'react'
import { App, Button, Form, Input, Modal, Select, Space, Table, Tabs, Tag, Typography } from 'antd'
import { PlusOutlined, CLEARABLE_INPUT, CLEARABLE_SELECT } from '../../lib/icons'
import type { AreaPageRow, AreaRow } from '../../../../shared/api/calls/areas'
import { AREA_KIND_LABELS, type AreaKind } from '../../../../shared/domain/areas'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { formatInteger } from '../../../../shared/text/numbers'
import { optionsOf } from '../../lib/options'
import { useDebounced } from '../../lib/use-debounced'
import { usePagedCall } from '../../lib/use-paged-call'
import { useShortcuts } from '../../lib/shortcuts'
import { AreaModelsTab } from './AreaModelsTab'
import { MergeAreasDialog } from './MergeAreasDialog'
import { MergeHistoryTab } from './MergeHistoryTab'
import { CallError } from '../../components/CallError'
import { NumberField } from '../../components/NumberField'

interface AreaFormValues {
  name: string
  kind: AreaKind
  parentId?: number | null
  officialCode?: string | null
  sortOrder?: number | null
  note?: string | null
}

// A screen of rows: a page of 50 drew 100 buttons at every visit for rows below the fold.
const ROWS_PER_PAGE = 20

/** Địa bàn: the administrative areas (tỉnh, huyện, xã, phường, thị trấn, đặc khu) the office looks after. */
export function AreasPage() {
  const { modal } = App.useApp()
  const [editing, setEditing] = useState<AreaRow | null>(null)
  const [open, setOpen] = useState(false)
  const [merging, setMerging] = useState(false)
  const [searchText, setSearchText] = useState('')
  const search = useDebounced(searchText, 150)
  const page = usePagedCall('areas.page', { search }, ROWS_PER_PAGE)
  // The parents a form can choose: asked for when the form opens, not with the page.
  const areas = useApiQuery('areas.list', {}, { enabled: open })
  const [form] = Form.useForm<AreaFormValues>()
  const close = () => {
    create.reset()
    update.reset()
    setOpen(false)
  }
  const create = useApiMutation('areas.create', { form, inDialog: true, success: (area) => `Đã thêm “${area.name}”.`, onSuccess: close })
  const update = useApiMutation('areas.update', { form, inDialog: true, success: (area) => `Đã lưu “${area.name}”.`, onSuccess: close })
  const remove = useApiMutation('areas.delete', { success: 'Đã xóa địa bàn.' })
  const parents = (areas.data ?? []).filter((area) => area.kind === 'TINH' || area.kind === 'HUYEN')

  useEffect(() => {
    if (!open) return
    form.resetFields()
    if (editing) form.setFieldsValue(editing)
    else form.setFieldsValue({ kind: 'PHUONG', parentId: parents[0]?.id ?? null })
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, editing])
  // The parents arrive after the form opens: a new area defaults to the first, unless one was already picked.
  useEffect(() => {
    if (open && !editing && form.getFieldValue('parentId') == null && parents[0]) form.setFieldValue('parentId', parents[0].id)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [areas.data])

  const openNew = () => {
    setEditing(null)
    setOpen(true)
  }
  useShortcuts({ n: openNew })

  const save = () =>
    void form.validateFields().then((values) => {
      const input = {
        name: values.name,
        kind: values.kind,
        parentId: values.parentId ?? null,
        officialCode: values.officialCode ?? null,
        sortOrder: values.sortOrder ?? null,
        note: values.note ?? null
      }
      if (editing) update.mutate({ id: editing.id, values: input })
      else create.mutate(input)
    })

  return (
    <div className="page">
      <div className="page-header">
        <h1>Địa bàn</h1>
        <Space>
          <Button onClick={() => setMerging(true)}>Sáp nhập khu vực</Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={openNew}>
            Thêm địa bàn (Ctrl+N)
          </Button>
        </Space>
      </div>
      <Tabs
        items={[
          {
            key: 'areas',
            label: 'Danh sách địa bàn',
            children: (
      <>
      <div className="filter-bar">
        <Input allowClear={CLEARABLE_INPUT} placeholder="Tìm địa bàn theo tên…" style={{ width: 280 }} onChange={(event) => setSearchText(event.target.value)} aria-label="Tìm địa bàn" />
        <Typography.Text type="secondary" data-testid="area-total">
          {formatInteger(page.data?.total ?? 0)} địa bàn
        </Typography.Text>
      </div>
      <Table<AreaPageRow>
        rowKey="id"
        size="small"
        loading={page.query.isPending}
        dataSource={page.data?.rows ?? []}
        pagination={{ ...page.pagination, size: 'small' }}
        locale={{ emptyText: search ? 'Không có địa bàn nào khớp tên tìm.' : 'Chưa có địa bàn nào. Hãy thêm thành phố, huyện và các xã, phường.' }}
        columns={[
          { title: 'STT', dataIndex: 'sortOrder', width: 60 },
          {
            title: 'Tên',
            dataIndex: 'name',
            render: (name: string, row) => (
              <Space size={4}>
                {name}
                {row.isSample && <Tag color="gold">MẪU</Tag>}
              </Space>
            )
          },
          { title: 'Loại', dataIndex: 'kind', render: (kind: AreaKind) => AREA_KIND_LABELS[kind] },
          { title: 'Trực thuộc', dataIndex: 'parentName' },
          { title: 'Số đơn vị', dataIndex: 'unitCount', align: 'right', width: 100 },
          { title: 'Mã hành chính', dataIndex: 'officialCode', width: 120 },
          {
            title: '',
            width: 140,
            render: (_: unknown, row) => (
              <Space>
                <Button size="small" type="link" onClick={() => { setEditing(row); setOpen(true) }}>
                  Sửa
                </Button>
                <Button
                  size="small"
                  type="link"
                  danger
                  onClick={() =>
                    modal.confirm({
                      title: `Xóa “${row.name}”?`,
                      content: 'Thao tác này không hoàn tác được.',
                      okText: 'Xóa',
                      okButtonProps: { danger: true },
                      cancelText: 'Hủy',
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
      </>
            )
          },
          { key: 'models', label: 'Mô hình phong trào', children: <AreaModelsTab /> },
          { key: 'history', label: 'Lịch sử sáp nhập', children: <MergeHistoryTab /> }
        ]}
      />
      <MergeAreasDialog open={merging} onClose={() => setMerging(false)} />
      <Modal
        open={open}
        title={editing ? `Sửa địa bàn: ${editing.name}` : 'Thêm địa bàn'}
        okText="Lưu"
        cancelText="Hủy"
        onCancel={close}
        onOk={save}
        confirmLoading={create.isPending || update.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item name="name" label="Tên địa bàn" rules={[{ required: true, whitespace: true, message: 'Tên khu vực không được để trống.' }]}>
            <Input autoComplete="off" placeholder="Ví dụ: Phường Thắng Nhất" />
          </Form.Item>
          <Form.Item name="kind" label="Loại" rules={[{ required: true, message: 'Vui lòng chọn loại địa bàn.' }]}>
            <Select options={optionsOf(AREA_KIND_LABELS)} />
          </Form.Item>
          <Form.Item name="parentId" label="Trực thuộc">
            <Select allowClear={CLEARABLE_SELECT} options={parents.filter((area) => area.id !== editing?.id).map((area) => ({ value: area.id, label: area.name }))} />
          </Form.Item>
          <Space>
            <Form.Item name="sortOrder" label="Thứ tự trong danh sách chính thức">
              <NumberField min={0} precision={0} />
            </Form.Item>
            <Form.Item name="officialCode" label="Mã hành chính">
              <Input autoComplete="off" />
            </Form.Item>
          </Space>
          <Form.Item name="note" label="Ghi chú">
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
        <CallError error={create.error ?? update.error} />
      </Modal>
    </div>
  )
}
