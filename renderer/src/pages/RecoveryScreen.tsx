import { useQuery, useQueryClient } from '@tanstack/react-query'
import { Alert, App as AntApp, Button, Card, List, Result, Space } from 'antd'
import type { ApiErrorBody } from '../../../shared/api/errors'
import { ApiError } from '../../../shared/api/errors'
import { call } from '../api/client'
import { formatScreenDateTime } from '../lib/datetime'
import { useDesktop } from '../lib/desktop'
import { formatInteger } from '../lib/format'

/**
 * When the data file cannot be opened: the reason, and — for a damaged file — the good backups, newest first, to put
 * in its place. The damaged file is kept aside, never deleted.
 */
export function RecoveryScreen({ error }: { error: ApiErrorBody }) {
  const { modal, message } = AntApp.useApp()
  const queryClient = useQueryClient()
  const status = useQuery({ queryKey: ['recovery.status'], queryFn: () => call('recovery.status', {}) })
  const backups = status.data?.backups ?? []
  const { shell, run } = useDesktop()
  const restore = (file: string) =>
    modal.confirm({
      title: 'Khôi phục từ bản sao lưu này?',
      content: 'Tệp dữ liệu bị hỏng được chuyển sang một thư mục riêng (không bị xóa), rồi bản sao lưu được đặt vào thay.',
      okText: 'Khôi phục',
      cancelText: 'Hủy',
      onOk: async () => {
        try {
          const result = await call('recovery.restore', { file, confirmed: true })
          void message.success(`Đã khôi phục. Tệp hỏng được giữ tại: ${result.damagedFileKeptAt}`)
          await queryClient.invalidateQueries()
        } catch (failure) {
          void message.error(failure instanceof ApiError ? failure.message : 'Không khôi phục được.')
        }
      }
    })
  const unlock = () =>
    modal.confirm({
      title: 'Mở khóa dữ liệu?',
      content:
        'Chỉ mở khóa khi chắc chắn không còn cửa sổ ANTT Desk nào (trên máy này hoặc máy khác) đang mở thư mục dữ liệu này. Nếu hai cửa sổ cùng ghi, thay đổi của một bên có thể bị mất.',
      okText: 'Mở khóa',
      okButtonProps: { danger: true },
      cancelText: 'Hủy',
      onOk: async () => {
        try {
          await call('recovery.unlock', { confirmed: true })
          void message.success('Đã mở khóa; dữ liệu đã được mở.')
          await queryClient.invalidateQueries()
        } catch (failure) {
          void message.error(failure instanceof ApiError ? failure.message : 'Không mở khóa được.')
        }
      }
    })
  return (
    <Result
      status="error"
      title="Không thể mở dữ liệu của ANTT Desk"
      subTitle={error.message}
      data-testid="startup-error"
      extra={
        status.data?.canUnlock && (
          <Button danger onClick={unlock}>
            Mở khóa
          </Button>
        )
      }
    >
      {status.data?.canRestore && (
        <Card
          size="small"
          title="Khôi phục từ bản sao lưu"
          style={{ maxWidth: 720, margin: '0 auto', textAlign: 'left' }}
          extra={
            shell && (
              // A backup kept elsewhere (a USB stick, "Sao lưu ra thư mục…").
              <Button
                size="small"
                onClick={() =>
                  run(async () => {
                    const file = await shell.chooseFile('backup')
                    if (file) restore(file)
                  })
                }
              >
                Chọn tệp sao lưu khác…
              </Button>
            )
          }
        >
          {backups.length === 0 ? (
            <Alert type="warning" showIcon title="Không tìm thấy bản sao lưu nào bên cạnh tệp dữ liệu." />
          ) : (
            <List
              data-testid="recovery-backups"
              dataSource={backups}
              renderItem={(backup, index) => (
                <List.Item
                  actions={[
                    <Button key="restore" type={index === 0 ? 'primary' : 'default'} onClick={() => restore(backup.file)}>
                      {index === 0 ? 'Khôi phục bản mới nhất' : 'Khôi phục'}
                    </Button>
                  ]}
                >
                  <Space orientation="vertical" size={0}>
                    <strong>{formatScreenDateTime(backup.at)}</strong>
                    <span>
                      {backup.counts ? `${formatInteger(backup.counts.areas)} khu vực, ${formatInteger(backup.counts.units)} đơn vị — ` : ''}
                      {backup.name}
                    </span>
                  </Space>
                </List.Item>
              )}
            />
          )}
        </Card>
      )}
    </Result>
  )
}
