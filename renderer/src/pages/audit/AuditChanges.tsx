import { Typography } from 'antd'
import type { AuditRow } from '../../../../shared/api/calls/audit'
import { formatAuditValue } from './audit-values'

const EVENT_FIELD_LABELS: Record<string, string> = {
  file: 'Tệp',
  safetyCopy: 'Bản an toàn',
  areas: 'Khu vực',
  units: 'Đơn vị',
  years: 'Năm',
  communes: 'Xã, phường',
  sample: 'Bộ dữ liệu mẫu',
  removedAreas: 'Khu vực đã xóa',
  removedUnits: 'Đơn vị đã xóa',
  removedSigners: 'Người ký đã xóa',
  created: 'Thêm mới',
  updated: 'Cập nhật',
  skipped: 'Bỏ qua'
}

/** A creation or deletion lists the row's filled fields; the first few are enough to recognise it. */
const SUMMARY_FIELDS = 4

/** The old → new lines of one audit row. */
export function AuditChanges({ row }: { row: AuditRow }) {
  const whole = row.action === 'CREATE' || row.action === 'DELETE'
  const valueOf = (change: AuditRow['changes'][number]) => (row.action === 'DELETE' ? change.old : change.new)
  // For a whole row, empty fields (null, 0 flags, no education levels) say nothing.
  const changes = whole ? row.changes.filter((change) => ![null, 0, '[]'].includes(valueOf(change) as never)) : row.changes
  const shown = whole ? changes.slice(0, SUMMARY_FIELDS) : changes
  if (shown.length === 0) return null
  return (
    <div className="audit-changes">
      {whole && changes.length > shown.length && (
        <Typography.Text type="secondary" style={{ float: 'right' }}>
          +{changes.length - shown.length} trường
        </Typography.Text>
      )}
      {shown.map((change) => {
        const label = row.entity === 'app' ? (EVENT_FIELD_LABELS[change.field] ?? change.field) : change.label
        return (
          <div key={change.field}>
            <Typography.Text type="secondary">{label}: </Typography.Text>
            {row.action === 'UPDATE' && (
              <>
                <Typography.Text delete>{formatAuditValue(change.field, change.old)}</Typography.Text>
                {' → '}
              </>
            )}
            <Typography.Text>{formatAuditValue(change.field, valueOf(change))}</Typography.Text>
          </div>
        )
      })}
    </div>
  )
}
