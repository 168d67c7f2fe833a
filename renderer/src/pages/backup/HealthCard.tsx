import { Descriptions, Tag } from 'antd'
import type { DatabaseHealth } from '../../../../shared/api/calls/backup'
import { BACKUP_KIND_LABELS, type BackupKind } from '../../../../shared/api/calls/backup'
import { formatBytes, formatScreenDateTime } from '../../lib/datetime'

const JOURNAL_LABELS: Record<string, string> = { wal: 'WAL (ghi nhật ký trước, an toàn khi mất điện)', delete: 'DELETE' }

/** The database health of ux.md: size, integrity, journal mode, last backup and where, free disk space. */
export function HealthCard({ health }: { health: DatabaseHealth }) {
  return (
    <Descriptions bordered size="small" column={2} data-testid="db-health">
      <Descriptions.Item label="Tệp dữ liệu" span={2}>
        {health.dataFile}
      </Descriptions.Item>
      <Descriptions.Item label="Dung lượng">{formatBytes(health.sizeBytes)}</Descriptions.Item>
      <Descriptions.Item label="Kiểm tra toàn vẹn">
        {health.integrity === 'ok' ? <Tag color="green">Tốt</Tag> : <Tag color="red">Lỗi: {health.integrity}</Tag>}
        <span className="muted">kiểm tra lúc {formatScreenDateTime(health.integrityCheckedAt)}</span>
      </Descriptions.Item>
      <Descriptions.Item label="Chế độ ghi">{JOURNAL_LABELS[health.journalMode] ?? health.journalMode}</Descriptions.Item>
      <Descriptions.Item label="Dung lượng trống trên ổ đĩa">{formatBytes(health.freeBytes)}</Descriptions.Item>
      <Descriptions.Item label="Sao lưu gần nhất" span={2}>
        {health.lastBackup ? (
          <span data-testid="last-backup">
            {formatScreenDateTime(health.lastBackup.at)} — {BACKUP_KIND_LABELS[health.lastBackup.kind as BackupKind] ?? health.lastBackup.kind} —{' '}
            {health.lastBackup.file}
          </span>
        ) : (
          <Tag color="orange">Chưa sao lưu lần nào</Tag>
        )}
        {health.pendingChanges && <Tag color="orange" style={{ marginLeft: 8 }}>Có thay đổi chưa sao lưu</Tag>}
      </Descriptions.Item>
      <Descriptions.Item label="Thư mục sao lưu tự động" span={2}>
        {health.backupsDir}
      </Descriptions.Item>
    </Descriptions>
  )
}
