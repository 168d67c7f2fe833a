import { AREA_KIND_LABELS } from '../../../../shared/domain/areas'
import { AUTHORITY_PREFIX_LABELS, OFFICE_LEVEL_LABELS, SIGNER_BODY_LABELS } from '../../../../shared/domain/office'
import { EDUCATION_LEVEL_LABELS, ENTERPRISE_SIZE_LABELS, MANAGING_LEVEL_LABELS, UNIT_TYPE_LABELS } from '../../../../shared/domain/units'
import { formatScreenDate } from '../../../../shared/text/dates'

const ENUM_LABELS: Record<string, Record<string, string>> = {
  kind: AREA_KIND_LABELS,
  type: UNIT_TYPE_LABELS,
  managing_level: MANAGING_LEVEL_LABELS,
  enterprise_size: ENTERPRISE_SIZE_LABELS,
  level: OFFICE_LEVEL_LABELS,
  body: SIGNER_BODY_LABELS,
  authority_prefix: AUTHORITY_PREFIX_LABELS
}

const BOOLEAN_FIELDS = new Set(['is_sample', 'is_armed_forces', 'active'])

/** One stored value as a person reads it: labels for codes, Có/Không, dd/mm/yyyy, “(trống)”. */
export function formatAuditValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '(trống)'
  if (BOOLEAN_FIELDS.has(field)) return value === 1 || value === true ? 'Có' : 'Không'
  if (field === 'education_levels' && typeof value === 'string') {
    try {
      const levels = JSON.parse(value) as string[]
      return levels.length === 0 ? '(trống)' : levels.map((level) => EDUCATION_LEVEL_LABELS[level as keyof typeof EDUCATION_LEVEL_LABELS] ?? level).join(', ')
    } catch {
      return value
    }
  }
  const labels = ENUM_LABELS[field]
  if (labels && typeof value === 'string') return labels[value] ?? value
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatScreenDate(value)
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}
