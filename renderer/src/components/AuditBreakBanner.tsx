import { Alert } from 'antd'
import { useApiQuery } from '../api/hooks'

/** How often to ask again while the start-up check still runs in the background. */
const PENDING_POLL_MS = 500

/** The audit log's break, found by core at start or at a backup: shown where the office looks, without a click. */
export function AuditBreakBanner() {
  const status = useApiQuery('app.status', {}, { refetchInterval: (query) => (query.state.data?.auditCheckPending ? PENDING_POLL_MS : false) })
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
