import { Alert, Descriptions, Modal, Spin } from 'antd'
import type { BackupInfo } from '../../../../shared/api/calls/backup'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { formatBytes, formatScreenDateTime } from '../../lib/datetime'
import { formatInteger } from '../../lib/format'
import { CallError } from '../../components/CallError'

/** Khôi phục with a preview: what the backup holds, and the promise that the current data is saved first. */
export function RestoreDialog({ backup, onClose }: { backup: BackupInfo; onClose: () => void }) {
  const preview = useApiQuery('backup.preview', { file: backup.file }, { retry: false })
  const restore = useApiMutation('backup.restore', {
    inDialog: true,
    success: (result) => `Đã khôi phục dữ liệu từ bản sao lưu (${formatInteger(result.counts.units)} đơn vị). Có thể hoàn tác.`,
    onSuccess: onClose
  })
  return (
    <Modal
      open
      title="Khôi phục từ bản sao lưu"
      okText="Khôi phục"
      cancelText="Hủy"
      okButtonProps={{ danger: true, disabled: !preview.data }}
      confirmLoading={restore.isPending}
      onCancel={onClose}
      onOk={() => restore.mutate({ file: backup.file, confirmed: true })}
    >
      {preview.isPending && <Spin />}
      {preview.isError && <Alert type="error" showIcon title={preview.error.message} />}
      {preview.data && (
        <>
          <Descriptions size="small" column={1} bordered data-testid="restore-preview">
            <Descriptions.Item label="Thời điểm sao lưu">{formatScreenDateTime(preview.data.at)}</Descriptions.Item>
            <Descriptions.Item label="Số khu vực">{formatInteger(preview.data.counts.areas)}</Descriptions.Item>
            <Descriptions.Item label="Số đơn vị">{formatInteger(preview.data.counts.units)}</Descriptions.Item>
            <Descriptions.Item label="Số năm đánh giá">{formatInteger(preview.data.counts.years)}</Descriptions.Item>
            <Descriptions.Item label="Dung lượng">{formatBytes(preview.data.sizeBytes)}</Descriptions.Item>
          </Descriptions>
          <Alert
            style={{ marginTop: 12 }}
            type="warning"
            showIcon
            title="Dữ liệu hiện tại sẽ được thay bằng dữ liệu của bản sao lưu này. Trước đó ứng dụng tự lưu một bản an toàn của dữ liệu hiện tại, nên có thể hoàn tác."
          />
        </>
      )}
      <CallError error={restore.error} />
    </Modal>
  )
}
