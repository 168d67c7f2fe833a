import { useState } from 'react'
import { Button, Form, Input, Modal, Radio, Select, Space, Table, Tag, Typography } from 'antd'
import type { Dayjs } from 'dayjs'
import type { LawSettings as LawSettingsView } from '../../../../shared/api/calls/law'
import { DEADLINE_READINGS, DEADLINE_READING_LABELS, type DeadlineReading } from '../../../../shared/domain/cycle/deadlines'
import { COMMUNE_AUTHORITY_CHOICES, COMMUNE_AUTHORITY_LABELS, type CommuneAuthorityChoice } from '../../../../shared/domain/cycle/authority-choice'
import { formatScreenDate } from '../../../../shared/text/dates'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { CallError } from '../../components/CallError'
import { DateField } from '../../components/DateField'
import { dateRules, fromIsoDate, toIsoDate } from '../../lib/dates'

type CitationRow = LawSettingsView['citations'][number]

const STATUS_TAGS: Record<CitationRow['status'], { color: string; label: string }> = {
  C: { color: 'green', label: 'Đã xác minh' },
  R: { color: 'blue', label: 'Theo nguồn thứ cấp' },
  U: { color: 'orange', label: 'Chưa xác minh' },
  OFFICE_ENTERED: { color: 'gold', label: 'Cơ quan đã nhập (chưa xác minh)' }
}

interface Values {
  number: string
  date: Dayjs | null
  issuer: string | null
  subject: string | null
}

/**
 * Căn cứ pháp lý: the citations the documents print (số, ngày, cơ quan ban hành, trích yếu — NĐ 30/2020 Phụ lục I),
 * the unverified ones editable; and the office's two legal choices (the reading of “trước ngày”, who recognises a
 * commune from 2025), both marked as the office's choice (law-2026.md §1.4, §2).
 */
export function LawSettings() {
  const settings = useApiQuery('law.get', {})
  const [editing, setEditing] = useState<CitationRow | null>(null)
  const [form] = Form.useForm<Values>()
  const close = () => {
    save.reset()
    setEditing(null)
  }
  const save = useApiMutation('law.saveCitation', { form, inDialog: true, success: 'Đã lưu căn cứ.', onSuccess: close })
  const reading = useApiMutation('law.setDeadlineReading', { success: 'Đã lưu cách hiểu thời hạn.' })
  const commune = useApiMutation('law.setCommuneAuthority', { success: 'Đã lưu cơ quan công nhận xã, phường, đặc khu.' })
  const data = settings.data
  const open = (row: CitationRow) => {
    form.setFieldsValue({ number: row.number ?? '', date: fromIsoDate(row.date), issuer: row.issuer, subject: row.subject ?? null })
    setEditing(row)
  }
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }} data-testid="law-settings">
      <Table<CitationRow>
        rowKey="shipped"
        size="small"
        pagination={false}
        loading={settings.isLoading}
        dataSource={data?.citations ?? []}
        columns={[
          { title: 'Văn bản', key: 'doc', render: (_, row) => (row.kind === 'Luật' ? `Luật ${row.name ?? ''}` : row.kind) + (row.number ? ` số ${row.number}` : '') },
          { title: 'Ngày ban hành', key: 'date', width: 120, render: (_, row) => (row.date ? formatScreenDate(row.date) : '—') },
          { title: 'Cơ quan ban hành', dataIndex: 'issuer', width: 180, render: (issuer: string | null) => issuer ?? '—' },
          { title: 'Trích yếu', dataIndex: 'subject', render: (subject: string | null | undefined) => subject ?? '—' },
          { title: 'Trạng thái', key: 'status', width: 170, render: (_, row) => <Tag color={STATUS_TAGS[row.status].color}>{STATUS_TAGS[row.status].label}</Tag> },
          { title: '', key: 'edit', width: 70, render: (_, row) => (row.editable ? <Button size="small" onClick={() => open(row)} aria-label={`Sửa căn cứ ${row.shipped}`}>Sửa</Button> : null) }
        ]}
      />
      <Form layout="vertical" style={{ maxWidth: 760 }}>
        <Form.Item label="Cách hiểu “trước ngày” trong thời hạn quyết định (khoản 1 Điều 9 Thông tư số 124/2021/TT-BCA)">
          <Radio.Group
            value={data?.deadlineReading}
            onChange={(event) => reading.mutate({ reading: event.target.value as DeadlineReading })}
            options={DEADLINE_READINGS.map((value) => ({ value, label: DEADLINE_READING_LABELS[value] }))}
          />
        </Form.Item>
        <Form.Item
          label="Cơ quan công nhận xã, phường, đặc khu từ năm 2025"
          extra="Chưa xác minh: nội dung sửa đổi của Thông tư số 48/2025/TT-BCA về thẩm quyền này chưa được đối chiếu với văn bản gốc."
        >
          <Select<CommuneAuthorityChoice>
            style={{ width: 320 }}
            aria-label="Cơ quan công nhận xã, phường, đặc khu từ năm 2025"
            value={data?.communeAuthority}
            onChange={(choice) => commune.mutate({ choice })}
            options={COMMUNE_AUTHORITY_CHOICES.map((value) => ({ value, label: `${COMMUNE_AUTHORITY_LABELS[value]} (chưa xác minh)` }))}
          />
        </Form.Item>
      </Form>
      <Modal
        open={editing !== null}
        title={editing ? `Căn cứ ${editing.shipped} (chưa xác minh)` : ''}
        okText="Lưu"
        cancelText="Hủy"
        onCancel={close}
        confirmLoading={save.isPending}
        onOk={() =>
          void form.validateFields().then((values) =>
            save.mutate({ shipped: editing!.shipped, number: values.number?.trim() || null, date: toIsoDate(values.date), issuer: values.issuer || null, subject: values.subject || null })
          )
        }
      >
        <Typography.Paragraph type="secondary">Nhập theo văn bản gốc: căn cứ ban hành văn bản phải ghi đủ số, ký hiệu và ngày ban hành.</Typography.Paragraph>
        <Form form={form} layout="vertical">
          <Form.Item name="number" label="Số, ký hiệu">
            <Input />
          </Form.Item>
          <Form.Item name="date" label="Ngày ban hành" rules={dateRules('Ngày ban hành')}>
            <DateField style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="issuer" label="Cơ quan ban hành">
            <Input />
          </Form.Item>
          <Form.Item name="subject" label="Trích yếu">
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
        <CallError error={save.error} />
      </Modal>
    </Space>
  )
}
