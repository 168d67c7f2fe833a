import { useState } from 'react'
import { FolderOpenOutlined, PrinterOutlined } from '../../lib/icons'
import { App, Button, Form, Modal, Select, Space, Table, Tag, Tooltip, Typography } from 'antd'
import type { Dayjs } from 'dayjs'
import { DOCUMENT_STATUS_LABELS, type RegisterRow } from '../../../../shared/api/calls/documents'
import { formatScreenDate } from '../../../../shared/text/dates'
import { call } from '../../api/client'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { DateField } from '../../components/DateField'
import { dateRules, fromIsoDate, toIsoDate } from '../../lib/dates'
import { downloadDocx, useDesktop } from '../../lib/desktop'
import { CallError } from '../../components/CallError'
import { NumberField } from '../../components/NumberField'

const STATUS_COLORS = { DRAFT: 'default', ISSUED: 'green', SUPERSEDED: 'orange', CANCELLED: 'red' } as const

/** The files edited in Word that a rebuild kept (issue 9 item 4): named, and opened from the desktop shell. */
function KeptVersions({ row }: { row: RegisterRow }) {
  const { shell, run } = useDesktop()
  return (
    <Tooltip
      title={
        <span>
          Bản đã sửa trong Word, được giữ lại khi tạo lại tệp:
          {row.versions.map((v) => (
            <span key={v.filePath}><br />{v.filePath.split(/[/\\]/).pop()} ({formatScreenDate(v.keptAt.slice(0, 10))})</span>
          ))}
        </span>
      }
    >
      <Tag color="orange" data-testid="kept-versions" style={{ cursor: shell ? 'pointer' : 'default', marginTop: 2 }} onClick={() => shell && run(() => shell.showInFolder(row.versions[0]!.absolutePath))}>
        {row.versions.length} bản sửa trong Word
      </Tag>
    </Tooltip>
  )
}

/** Sổ văn bản: every generated file; "Ghi số văn bản", "Tạo lại", "Mở" (ux.md). */
export function RegisterPage() {
  const { message } = App.useApp()
  const [year, setYear] = useState<number | null>(null)
  const list = useApiQuery('documents.list', { year })
  const [numbering, setNumbering] = useState<RegisterRow | null>(null)
  const [form] = Form.useForm<{ number: number; date: Dayjs | null }>()
  const record = useApiMutation('documents.recordNumber', {
    form,
    inDialog: true,
    success: (d) => d.warning ?? `Đã ghi số ${d.row.numberText}.`,
    onSuccess: () => setNumbering(null)
  })
  const regenerate = useApiMutation('documents.regenerate', { success: (d) => d.warning ?? 'Đã tạo lại tệp.' })
  const { shell, run } = useDesktop()
  const years = [...new Set((list.data ?? []).map((r) => r.year))].sort((a, b) => b - a)

  const open = async (row: RegisterRow) => {
    const path = row.absolutePath
    if (shell && path) return run(() => shell.openFile(path))
    try {
      const file = await call('documents.download', { id: row.id })
      downloadDocx(file.fileName, file.base64)
    } catch (error) {
      void message.error((error as Error).message)
    }
  }

  return (
    <div className="page">
      <div className="page-header">
        <h1>Sổ văn bản</h1>
        <Select
          aria-label="Năm"
          value={year ?? 0}
          onChange={(v) => setYear(v === 0 ? null : v)}
          options={[{ value: 0, label: 'Tất cả các năm' }, ...years.map((y) => ({ value: y, label: `Năm ${y}` }))]}
          style={{ width: 180 }}
        />
      </div>
      <Table<RegisterRow>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: 'Chưa có văn bản nào. Tạo văn bản ở trang Văn bản.' }}
        columns={[
          {
            title: 'Văn bản',
            dataIndex: 'subject',
            render: (subject: string, row) => (
              <div>
                <div>{subject}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{row.kindLabel} · năm {row.year}</Typography.Text>
              </div>
            )
          },
          { title: 'Số, ký hiệu', dataIndex: 'numberText', width: 120, render: (t: string) => (t === 'chưa có số' ? <Typography.Text type="secondary">chưa có số</Typography.Text> : t) },
          { title: 'Ngày', dataIndex: 'issuedOn', width: 96, render: (d: string | null) => formatScreenDate(d) },
          { title: 'Người ký', dataIndex: 'signer', width: 170 },
          { title: 'Phạm vi', dataIndex: 'scope', width: 100 },
          { title: 'Trạng thái', dataIndex: 'status', width: 104, render: (s: RegisterRow['status']) => <Tag color={STATUS_COLORS[s]}>{DOCUMENT_STATUS_LABELS[s]}</Tag> },
          {
            title: 'Tệp',
            dataIndex: 'filePath',
            width: 120,
            render: (p: string | null, row) => (
              <div>
                <Tooltip title={<span>{row.absolutePath}<br />SHA-256: {row.fileSha256}</span>}>
                  <Typography.Text ellipsis style={{ maxWidth: 110 }}>{p?.split(/[/\\]/).pop()}</Typography.Text>
                </Tooltip>
                {row.versions.length > 0 && <KeptVersions row={row} />}
              </div>
            )
          },
          {
            title: 'Thao tác',
            key: 'actions',
            width: 200,
            render: (_, row) => (
              <Space size={4} wrap>
                {row.status === 'DRAFT' && row.symbol && (
                  <Button size="small" onClick={() => { form.resetFields(); setNumbering(row) }}>Ghi số văn bản</Button>
                )}
                <Button size="small" loading={regenerate.isPending && regenerate.variables?.id === row.id} onClick={() => regenerate.mutate({ id: row.id })}>Tạo lại</Button>
                <Button size="small" onClick={() => void open(row)}>{shell ? 'Mở' : 'Tải về'}</Button>
                {shell && row.absolutePath && (
                  <>
                    <Tooltip title="Mở thư mục">
                      <Button size="small" aria-label="Mở thư mục" icon={<FolderOpenOutlined />} onClick={() => run(() => shell.showInFolder(row.absolutePath!))} />
                    </Tooltip>
                    <Tooltip title="In">
                      <Button size="small" aria-label="In" icon={<PrinterOutlined />} onClick={() => run(() => shell.printFile(row.absolutePath!), 'Đã gửi tệp tới máy in.')} />
                    </Tooltip>
                  </>
                )}
              </Space>
            )
          }
        ]}
      />
      <Modal
        open={numbering !== null}
        title={`Ghi số văn bản — ${numbering?.subject ?? ''}`}
        okText="Ghi số"
        cancelText="Hủy"
        confirmLoading={record.isPending}
        onCancel={() => { record.reset(); setNumbering(null) }}
        onOk={() => form.submit()}
      >
        {/* The draft's own date is the usual issue date: offered, the clerk changes it if the day differs (item 16). */}
        <Form
          key={numbering?.id}
          form={form}
          layout="vertical"
          initialValues={{ date: fromIsoDate(numbering?.issuedOn) }}
          onFinish={(v) => numbering && record.mutate({ id: numbering.id, number: v.number, date: toIsoDate(v.date) })}
        >
          <Space align="start">
            <Form.Item name="number" label={`Số (ký hiệu ${numbering?.symbol ?? ''})`} rules={[{ required: true, message: 'Vui lòng nhập số văn bản.' }]}>
              <NumberField min={1} style={{ width: 140 }} />
            </Form.Item>
            <Form.Item name="date" label="Ngày ban hành" rules={dateRules('Ngày ban hành', true)}>
              <DateField />
            </Form.Item>
          </Space>
        </Form>
        <CallError error={record.error} />
      </Modal>
    </div>
  )
}
