import { useState } from 'react'
import { Alert, App, Button, Card, Popconfirm, Space, Tag, Typography, Upload } from 'antd'
import type { TemplateInfo } from '../../../../shared/api/calls/document-office'
import { ApiError } from '../../../../shared/api/errors'
import { call } from '../../api/client'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { downloadDocx, useDesktop } from '../../lib/desktop'
import { readAsBase64 } from '../../lib/download'
import { formatScreenDateTime } from '../../lib/datetime'

/**
 * Cài đặt → Mẫu Word: per document type, the built-in layout as a Word file with placeholders, the office's edited
 * copy uploaded back (refused in place with the placeholder or NĐ 30 rule named), "Khôi phục mẫu gốc", and which
 * layout is in use. Files go through the shell's dialogs in the desktop app and through download / upload in the browser.
 */
export function TemplateSettings() {
  const list = useApiQuery('template.list', {})
  return (
    <div style={{ maxWidth: 960 }}>
      <Typography.Paragraph type="secondary">
        Tải mẫu Word của từng loại văn bản, sửa câu chữ trong Word rồi tải lên lại. Các trường trong dấu ngoặc nhọn (ví dụ {'{so}'}, {'{#doan}'} … {'{/doan}'}) là nơi ứng dụng điền số liệu: giữ nguyên tên
        và cặp mở, đóng. Có thể thêm câu của cơ quan với các trường tính tự động như {'{nam}'}, {'{dia_ban}'}, {'{so_don_vi_dang_ky}'}. Mẫu tải lên được kiểm tra theo thể thức Nghị định 30/2020/NĐ-CP trước
        khi lưu; khi chưa có mẫu của cơ quan, văn bản dùng mẫu gốc của ứng dụng.
      </Typography.Paragraph>
      <Space orientation="vertical" style={{ width: '100%' }} size={12}>
        {(list.data ?? []).map((t) => (
          <TemplateRow key={t.kind} template={t} />
        ))}
      </Space>
    </div>
  )
}

function TemplateRow({ template }: { template: TemplateInfo }) {
  const { message } = App.useApp()
  const { shell, run } = useDesktop()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const upload = useApiMutation('template.upload', { inDialog: true, success: `Đã dùng mẫu Word của cơ quan cho ${template.label.toLocaleLowerCase('vi-VN')}.`, onSuccess: () => setError(null) })
  const reset = useApiMutation('template.reset', { success: `Đã khôi phục mẫu gốc của ${template.label.toLocaleLowerCase('vi-VN')}.`, onSuccess: () => setError(null) })
  const refuse = (e: unknown) => setError(e instanceof ApiError ? e.message : 'Không tải lên được mẫu.')
  const send = (input: { file: string } | { contentBase64: string; fileName: string }) => {
    setError(null)
    upload.mutate({ kind: template.kind, ...input }, { onError: refuse })
  }

  const download = () => {
    setBusy(true)
    const fileName = `Mẫu ${template.label}.docx`
    const done = shell
      ? shell.chooseSavePath('word', fileName).then((file) => (file ? call('template.download', { kind: template.kind, file }).then((saved) => `Đã lưu mẫu Word: ${saved.file ?? saved.fileName}.`) : null))
      : call('template.download', { kind: template.kind }).then((saved) => {
          if (saved.contentBase64) downloadDocx(saved.fileName, saved.contentBase64)
          return `Đã tải mẫu Word: ${saved.fileName}.`
        })
    void done
      .then((text) => text && void message.success(text))
      .catch((e: unknown) => void message.error(e instanceof ApiError ? e.message : 'Không tải được mẫu Word.'))
      .finally(() => setBusy(false))
  }

  const chooseInDesktop = () =>
    shell &&
    run(async () => {
      const file = await shell.chooseFile('word')
      if (file) send({ file })
    })

  return (
    <Card size="small" data-testid={`template-${template.kind}`}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space orientation="vertical" size={2}>
          <Typography.Text strong>{template.label}</Typography.Text>
          {template.office ? (
            <span data-testid="template-in-use">
              <Tag color="blue">Đang dùng mẫu của cơ quan</Tag>
              {template.office.fileName}, tải lên {formatScreenDateTime(template.office.uploadedAt)}
            </span>
          ) : (
            <span data-testid="template-in-use">
              <Tag>Đang dùng mẫu gốc của ứng dụng</Tag>
            </span>
          )}
        </Space>
        <Space wrap>
          <Button loading={busy} onClick={download}>
            Tải mẫu Word
          </Button>
          {shell ? (
            <Button loading={upload.isPending} onClick={chooseInDesktop}>
              Tải lên mẫu đã sửa
            </Button>
          ) : (
            <Upload
              accept=".docx"
              showUploadList={false}
              disabled={upload.isPending}
              beforeUpload={(file) => {
                void readAsBase64(file).then((contentBase64) => send({ contentBase64, fileName: file.name }), refuse)
                return false
              }}
            >
              <Button loading={upload.isPending}>Tải lên mẫu đã sửa</Button>
            </Upload>
          )}
          <Popconfirm
            title="Khôi phục mẫu gốc?"
            description="Mẫu Word của cơ quan cho loại văn bản này sẽ bị xóa; văn bản tạo sau đó dùng mẫu gốc của ứng dụng."
            okText="Khôi phục"
            cancelText="Hủy"
            disabled={!template.office}
            onConfirm={() => reset.mutate({ kind: template.kind })}
          >
            <Button danger disabled={!template.office} loading={reset.isPending}>
              Khôi phục mẫu gốc
            </Button>
          </Popconfirm>
        </Space>
      </Space>
      {error && <Alert type="error" showIcon style={{ marginTop: 12 }} title={error} data-testid="template-error" />}
    </Card>
  )
}
