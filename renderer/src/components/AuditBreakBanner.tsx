import { Alert } from 'antd'
import { useApiQuery } from '../api/hooks'

/** The audit log's break, found by core at start or at a backup: shown where the office looks, without a click. */
export function AuditBreakBanner() {
  const status = useApiQuery('app.status', {})
  const message = status.data?.auditBreak
  if (!message) return null
  return (
    <Alert
      type="error"
      showIcon
      title="Nhật ký thay đổi không còn nguyên vẹn"
      description={`${message} Hãy báo cho người phụ trách và giữ lại các bản sao lưu.`}
      data-testid="audit-break-banner"
      style={{ marginBottom: 12 }}
    />
  )
}
