import { Button, Progress, Space, Typography } from 'antd'
import type { JobStatus } from '../../../../shared/api/calls/jobs'
import { formatInteger } from '../../lib/format'

/** The count of an import under way, shared by both wizards: reading the file, then the rows written, and a cancel. */
export function ImportProgress({ status, onCancel }: { status: JobStatus<unknown>; onCancel: () => void }) {
  const reading = status.total === 0
  const percent = reading ? 0 : Math.floor((status.done * 100) / status.total)
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="import-progress">
      <Progress percent={percent} status="active" aria-label="Tiến độ nhập dữ liệu" />
      <Space>
        <Typography.Text data-testid="import-count">
          {reading ? `${status.current}…` : `Đã ghi ${formatInteger(status.done)}/${formatInteger(status.total)} dòng`}
        </Typography.Text>
        <Button onClick={onCancel}>Hủy nhập</Button>
      </Space>
    </Space>
  )
}
