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
  removedAreas: 'Khu vực đã xóa',
  removedUnits: 'Đơn vị đã xóa',
  removedSigners: 'Người ký đã xóa',
  created: 'Thêm mới',
  updated: 'Cập nhật',
  skipped: 'Bỏ qua'
}

/** The old → new lines of one audit row. */
export function AuditChanges({ row }: { row: AuditRow }) {
  if (row.changes.length === 0) return null
  return (
    <div className="audit-changes">
      {row.changes.map((change) => {
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
            <Typography.Text>{formatAuditValue(change.field, row.action === 'DELETE' ? change.old : change.new)}</Typography.Text>
          </div>
        )
      })}
    </div>
  )
}
