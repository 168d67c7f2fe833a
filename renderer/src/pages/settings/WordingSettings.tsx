import { useEffect, useRef, useState } from 'react'
import { Alert, Button, Form, Input, Select, Space, Tag, Tooltip, Typography } from 'antd'
import type { DocKind } from '../../../../shared/documents/spec'
import { WORDING_KINDS } from '../../../../shared/documents/wording-parts'
import { useApiMutation, useApiQuery } from '../../api/hooks'

/**
 * Cài đặt → Mẫu văn bản: the office's own paragraphs, Kính gửi, căn cứ and Nơi nhận per document type, with named
 * fields ("{Năm}") for the computed figures. An empty box prints the app's built-in wording; each document can still
 * be edited on the Văn bản page.
 */
export function WordingSettings() {
  const catalogue = useApiQuery('documents.catalogue', {})
  const [kind, setKind] = useState<DocKind>(WORDING_KINDS[0]!)
  const wording = useApiQuery('wording.get', { kind })
  const [form] = Form.useForm<Record<string, string>>()
  const save = useApiMutation('wording.save', { form, success: 'Đã lưu mẫu văn bản.' })
  const lastFocused = useRef<string | null>(null)

  useEffect(() => {
    if (!wording.data) return
    form.resetFields()
    form.setFieldsValue(Object.fromEntries(wording.data.parts.map((p) => [p.part, wording.data.texts[p.part] ?? ''])))
  }, [wording.data, form])

  const insertField = (name: string) => {
    const part = lastFocused.current ?? wording.data?.parts[0]?.part
    if (!part) return
    const current = (form.getFieldValue(part) as string | undefined) ?? ''
    form.setFieldValue(part, `${current}{${name}}`)
  }

  return (
    <div style={{ maxWidth: 960 }}>
      <Typography.Paragraph type="secondary">
        Câu chữ riêng của cơ quan cho từng loại văn bản. Ô để trống thì văn bản dùng câu có sẵn của ứng dụng. Các số liệu tính tự động được chèn bằng trường trong dấu ngoặc nhọn, ví dụ {'{Năm}'};
        trường được tô màu trong trang Văn bản và bản xem trước. Từng văn bản vẫn sửa được riêng khi soạn.
      </Typography.Paragraph>
      <Space style={{ marginBottom: 12 }} wrap>
        <span>Loại văn bản:</span>
        <Select<DocKind>
          aria-label="Loại văn bản"
          value={kind}
          onChange={setKind}
          style={{ width: 320 }}
          options={WORDING_KINDS.map((k) => ({ value: k, label: catalogue.data?.find((c) => c.kind === k)?.label ?? k }))}
        />
      </Space>
      {wording.data && (
        <Alert
          type="info"
          style={{ marginBottom: 12 }}
          message="Trường tự động (bấm để chèn vào ô đang soạn)"
          description={
            <Space size={[4, 6]} wrap data-testid="wording-fields">
              {wording.data.fields.map((f) => (
                <Tooltip key={f.name} title={f.hint}>
                  <Tag color="gold" style={{ cursor: 'pointer' }} onClick={() => insertField(f.name)}>{`{${f.name}}`}</Tag>
                </Tooltip>
              ))}
            </Space>
          }
        />
      )}
      <Form form={form} layout="vertical" onFinish={(texts) => save.mutate({ kind, texts: Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, v ?? ''])) })}>
        {(wording.data?.parts ?? []).map((p) => (
          <Form.Item
            key={`${kind}-${p.part}`}
            name={p.part}
            label={p.label}
            extra={wording.data?.texts[p.part] === undefined ? 'Đang dùng câu có sẵn của ứng dụng.' : 'Đang dùng câu của cơ quan; xóa trống để dùng lại câu có sẵn.'}
          >
            <Input.TextArea autoSize={{ minRows: p.list ? 2 : 2, maxRows: 10 }} onFocus={() => (lastFocused.current = p.part)} placeholder="Để trống: dùng câu có sẵn" />
          </Form.Item>
        ))}
        <Button type="primary" htmlType="submit" loading={save.isPending}>Lưu mẫu văn bản</Button>
      </Form>
    </div>
  )
}
