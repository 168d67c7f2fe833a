import { Progress, Typography } from 'antd'
import type { JobStatus } from '../../../../shared/api/calls/jobs'

/** “Đang sao lưu… 40 %” with the pages copied, while the backup runs. */
export function BackupProgress({ status }: { status: JobStatus }) {
  const percent = Math.floor((status.done * 100) / Math.max(status.total, 1))
  return (
    <div data-testid="backup-progress" style={{ marginBottom: 16 }}>
      <Progress percent={percent} status="active" aria-label="Tiến độ sao lưu" />
      <Typography.Text data-testid="backup-progress-text">
        Đang sao lưu… {percent} %{status.current ? ` (${status.current})` : ''}
      </Typography.Text>
    </div>
  )
}
