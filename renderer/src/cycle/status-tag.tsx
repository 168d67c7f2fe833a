import { Tag } from 'antd'
import { STATUS_COLORS, STATUS_LABELS, type UnitYearStatus } from '../../../shared/domain/cycle/statuses'

/** The status chip: the same colour means the same thing everywhere. */
export function StatusTag({ status }: { status: UnitYearStatus | null | undefined }) {
  if (!status) return null
  return <Tag color={STATUS_COLORS[status]}>{STATUS_LABELS[status]}</Tag>
}
