import { useState } from 'react'
import { Alert, App, Button, Card, Descriptions, Input, Modal, Space } from 'antd'
import type { HandoverInfo } from '../../../../shared/api/calls/handover'
import { ApiError } from '../../../../shared/api/errors'
import { call } from '../../api/client'
import { CallError } from '../../components/CallError'
import { useApiMutation } from '../../api/hooks'
import { useDesktop } from '../../lib/desktop'
import { formatBytes, formatScreenDateTime } from '../../lib/datetime'
import { formatInteger } from '../../lib/format'

/** Gói bàn giao: all data and documents to one file, and receiving one on this machine after a clear confirmation. */
export function HandoverCard() {
  const { message } = App.useApp()
  const [folder, setFolder] = useState('')
  const [file, setFile] = useState('')
  const [preview, setPreview] = useState<HandoverInfo | null>(null)
  const exporting = useApiMutation('handover.export', { success: (info) => `Đã tạo gói bàn giao: ${info.file}` })
  const receiving = useApiMutation('handover.import', {
    inDialog: true,
    success: 'Đã nhận gói bàn giao. Dữ liệu trước đó được lưu một bản an toàn (có thể hoàn tác).',
    onSuccess: () => setPreview(null)
  })
  const check = (chosen = file.trim()) =>
    void call('handover.preview', { file: chosen })
      .then(setPreview)
      .catch((error: unknown) => void message.error(error instanceof ApiError ? error.message : 'Không đọc được gói bàn giao.'))
  const { shell, run } = useDesktop()

  return (
    <Card size="small" title="Gói bàn giao (chuyển toàn bộ dữ liệu sang máy khác)" style={{ marginTop: 16 }}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {shell ? (
          // Desktop: the folder and the package come from the system dialogs.
          <Space wrap>
            <Button
              loading={exporting.isPending}
              onClick={() =>
                run(async () => {
                  const chosen = await shell.chooseFolder('handover')
                  if (chosen) exporting.mutate({ folder: chosen })
                })
              }
            >
              Tạo gói bàn giao…
            </Button>
            <Button
              onClick={() =>
                run(async () => {
                  const chosen = await shell.chooseFile('handover')
                  if (chosen) check(chosen)
                })
              }
            >
              Chọn gói bàn giao để nhận…
            </Button>
          </Space>
        ) : (
          <>
            <Space.Compact style={{ width: '100%' }}>
              <Input placeholder="Thư mục lưu gói, ví dụ E:\BanGiao" value={folder} onChange={(event) => setFolder(event.target.value)} aria-label="Thư mục lưu gói bàn giao" />
              <Button loading={exporting.isPending} onClick={() => exporting.mutate({ folder: folder.trim() })}>
                Tạo gói bàn giao
              </Button>
            </Space.Compact>
            <Space.Compact style={{ width: '100%' }}>
              <Input placeholder="Đường dẫn tệp .anttdesk nhận được" value={file} onChange={(event) => setFile(event.target.value)} aria-label="Tệp bàn giao" />
              <Button onClick={() => check()}>Xem và nhận…</Button>
            </Space.Compact>
          </>
        )}
      </Space>
      <Modal
        open={preview !== null}
        title="Nhận gói bàn giao"
        okText="Thay dữ liệu trên máy này"
        okButtonProps={{ danger: true }}
        cancelText="Hủy"
        confirmLoading={receiving.isPending}
        onCancel={() => { receiving.reset(); setPreview(null) }}
        onOk={() => preview && receiving.mutate({ file: preview.file, confirmed: true })}
      >
        {preview && (
          <>
            <Descriptions size="small" column={1} bordered>
              <Descriptions.Item label="Tạo lúc">{formatScreenDateTime(preview.createdAt)}</Descriptions.Item>
              <Descriptions.Item label="Từ máy">{preview.machine}</Descriptions.Item>
              <Descriptions.Item label="Nội dung">
                {formatInteger(preview.counts.areas)} khu vực, {formatInteger(preview.counts.units)} đơn vị, {formatInteger(preview.documents)} văn bản
              </Descriptions.Item>
              <Descriptions.Item label="Dung lượng">{formatBytes(preview.sizeBytes)}</Descriptions.Item>
            </Descriptions>
            <Alert
              style={{ marginTop: 12 }}
              type="warning"
              showIcon
              title="Toàn bộ dữ liệu và văn bản trên máy này sẽ được thay bằng nội dung của gói. Dữ liệu hiện tại được lưu một bản an toàn trước đó."
            />
          </>
        )}
        <CallError error={receiving.error} />
      </Modal>
    </Card>
  )
}
