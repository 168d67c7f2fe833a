import { useState } from 'react'
import { Alert, App, Button, Card, Input, Modal, Space, Table, Tag } from 'antd'
import { CloudDownloadOutlined, FileSearchOutlined, FolderOpenOutlined, UndoOutlined } from '../../lib/icons'
import { BACKUP_KIND_LABELS, type BackupInfo } from '../../../../shared/api/calls/backup'
import { call } from '../../api/client'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { useDesktop } from '../../lib/desktop'
import { formatBytes, formatScreenDateTime } from '../../lib/datetime'
import { formatInteger } from '../../lib/format'
import { HealthCard } from './HealthCard'
import { RestoreDialog } from './RestoreDialog'
import { HandoverCard } from './HandoverCard'
import { BackupProgress } from './BackupProgress'
import { useBackupJob } from './useBackupJob'

/** Sao lưu: the health of the data, backups now or to a chosen folder, the list with restore and undo. */
export function BackupPage() {
  const { modal } = App.useApp()
  const health = useApiQuery('backup.health', {})
  const backups = useApiQuery('backup.list', {})
  const [restoring, setRestoring] = useState<BackupInfo | null>(null)
  const [folderOpen, setFolderOpen] = useState(false)
  const [folder, setFolder] = useState('')
  const create = useBackupJob(() => setFolderOpen(false))
  const undo = useApiMutation('backup.undoRestore', { success: 'Đã hoàn tác lần khôi phục gần nhất.' })
  const { shell, run } = useDesktop()
  /** Desktop: the folder dialog; browser: a typed path. */
  const backupToFolder = () =>
    shell
      ? run(async () => {
          const chosen = await shell.chooseFolder('backup')
          if (chosen) create.begin({ folder: chosen })
        })
      : setFolderOpen(true)
  /** Desktop only: a backup file from anywhere (a USB stick), checked by the same preview before the restore. */
  const restoreFromFile = () =>
    shell &&
    run(async () => {
      const file = await shell.chooseFile('backup')
      if (file) setRestoring(await call('backup.preview', { file }))
    })

  return (
    <div className="page">
      <div className="page-header">
        <h1>Sao lưu</h1>
        <Space>
          <Button type="primary" icon={<CloudDownloadOutlined />} loading={create.busy} onClick={() => create.begin({})}>
            Sao lưu ngay
          </Button>
          <Button
            icon={<FolderOpenOutlined />}
            loading={create.busy && create.asked?.folder !== undefined}
            disabled={create.busy}
            onClick={backupToFolder}
          >
            Sao lưu ra thư mục…
          </Button>
          {shell && (
            <Button icon={<FileSearchOutlined />} onClick={restoreFromFile}>
              Khôi phục từ tệp…
            </Button>
          )}
          {health.data?.undoAvailable && (
            <Button
              icon={<UndoOutlined />}
              onClick={() =>
                modal.confirm({
                  title: 'Hoàn tác lần khôi phục gần nhất?',
                  content: 'Dữ liệu trở lại như ngay trước lần khôi phục; dữ liệu hiện tại cũng được lưu một bản an toàn.',
                  okText: 'Hoàn tác',
                  cancelText: 'Hủy',
                  onOk: () => undo.mutateAsync({ confirmed: true })
                })
              }
            >
              Hoàn tác khôi phục
            </Button>
          )}
        </Space>
      </div>
      {create.running && <BackupProgress status={create.running} />}
      {health.isError && <Alert type="error" showIcon title={health.error.message} />}
      {health.data && (
        <Card size="small" title="Tình trạng dữ liệu" style={{ marginBottom: 16 }}>
          <HealthCard health={health.data} />
        </Card>
      )}
      <Card size="small" title="Các bản sao lưu (tự động giữ 5 bản gần nhất, 1 bản mỗi ngày trong 7 ngày, mỗi tuần trong 4 tuần, mỗi tháng trong 12 tháng)">
        <Table<BackupInfo>
          rowKey="file"
          size="small"
          data-testid="backup-list"
          loading={backups.isPending}
          dataSource={backups.data ?? []}
          pagination={false}
          locale={{ emptyText: 'Chưa có bản sao lưu nào.' }}
          columns={[
            { title: 'Thời điểm', dataIndex: 'at', width: 150, render: (at: string) => formatScreenDateTime(at) },
            { title: 'Loại', dataIndex: 'kind', width: 150, render: (kind: BackupInfo['kind']) => BACKUP_KIND_LABELS[kind] },
            {
              title: 'Nội dung',
              render: (_: unknown, row) =>
                row.counts ? `${formatInteger(row.counts.areas)} khu vực, ${formatInteger(row.counts.units)} đơn vị` : ''
            },
            { title: 'Dung lượng', dataIndex: 'sizeBytes', width: 110, render: (size: number) => formatBytes(size) },
            {
              title: 'Kiểm tra',
              dataIndex: 'integrity',
              width: 100,
              render: (value: string) => (value === 'ok' ? <Tag color="green">Tốt</Tag> : <Tag>{value}</Tag>)
            },
            {
              title: '',
              width: 110,
              render: (_: unknown, row) => (
                <Button size="small" type="link" onClick={() => setRestoring(row)}>
                  Khôi phục…
                </Button>
              )
            }
          ]}
        />
      </Card>
      <HandoverCard />
      {restoring && <RestoreDialog backup={restoring} onClose={() => setRestoring(null)} />}
      <Modal
        open={folderOpen}
        title="Sao lưu ra thư mục"
        okText="Sao lưu"
        cancelText="Hủy"
        confirmLoading={create.busy}
        onCancel={() => setFolderOpen(false)}
        onOk={() => create.begin({ folder: folder.trim() })}
        destroyOnHidden
      >
        <p>Nhập đường dẫn đầy đủ của thư mục (ví dụ ổ USB “E:\\SaoLuu”). Bản sao lưu được kiểm tra trước khi ghi nhận.</p>
        <Input placeholder="E:\SaoLuu" value={folder} onChange={(event) => setFolder(event.target.value)} data-testid="backup-folder" />
      </Modal>
    </div>
  )
}
