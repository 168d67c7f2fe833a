import { AREA_KIND_LABELS } from '../../../../shared/domain/areas'
import { AUTHORITY_PREFIX_LABELS, OFFICE_LEVEL_LABELS, SIGNER_BODY_LABELS } from '../../../../shared/domain/office'
import { EDUCATION_LEVEL_LABELS, ENTERPRISE_SIZE_LABELS, MANAGING_LEVEL_LABELS, UNIT_TYPE_LABELS } from '../../../../shared/domain/units'
import { CYCLE_EXCLUSION_LABELS, REGULATIONS, TEXT_STATUS_LABELS } from '../../../../shared/domain/cycle/regulations'
import { CRITERION_RESULT_LABELS as RESULT_LABELS, OUTCOME_REASON_LABELS, STATUS_LABELS } from '../../../../shared/domain/cycle/statuses'
import { MODEL_KIND_LABELS } from '../../../../shared/domain/models'
import { formatScreenDate } from '../../../../shared/text/dates'

const CRITERION_RESULT_LABELS: Record<string, string> = RESULT_LABELS

/** Dossier items and criteria are stored by code; the person reads their names, taken from every regulation version. */
const DOSSIER_ITEM_NAMES: Record<string, string> = Object.fromEntries(
  REGULATIONS.flatMap((regulation) => Object.values(regulation.dossierItems).flat()).map((item) => [item.code, item.name])
)
const CRITERION_NAMES: Record<string, string> = Object.fromEntries(
  REGULATIONS.flatMap((regulation) => Object.values(regulation.criteria).flat()).map((criterion) => [criterion.code, `Tiêu chí ${criterion.number}`])
)

/** "KDC3" → "Tiêu chí 3"; a lettered point "KDC3.a" → "Tiêu chí 3, điểm a". */
function criterionName(code: string): string {
  const [criterion = code, point] = code.split('.')
  const name = CRITERION_NAMES[criterion] ?? criterion
  return point ? `${name}, điểm ${point}` : name
}

const ENUM_LABELS: Record<string, Record<string, string>> = {
  // Areas and movement models both have a kind; their codes do not overlap.
  kind: { ...AREA_KIND_LABELS, ...MODEL_KIND_LABELS },
  type: UNIT_TYPE_LABELS,
  unit_type: UNIT_TYPE_LABELS,
  // A year is Đang mở / Đã chốt; a unit-year has the cycle's statuses.
  status: { ...STATUS_LABELS, OPEN: 'Đang mở', CLOSED: 'Đã chốt' },
  outcome: STATUS_LABELS,
  outcome_reason: OUTCOME_REASON_LABELS,
  exclusion_code: CYCLE_EXCLUSION_LABELS,
  regulation_id: Object.fromEntries(REGULATIONS.map((regulation) => [regulation.id, regulation.shortName])),
  tracking_mode: { FULL: 'Theo dõi đầy đủ', OUTCOME_ONLY: 'Chỉ ghi nhận kết quả' },
  text_status: TEXT_STATUS_LABELS,
  added_by: { LAW: 'Theo văn bản pháp luật', PROVINCE: 'Tỉnh bổ sung', OFFICE: 'Cơ quan bổ sung' },
  managing_level: MANAGING_LEVEL_LABELS,
  enterprise_size: ENTERPRISE_SIZE_LABELS,
  level: OFFICE_LEVEL_LABELS,
  body: SIGNER_BODY_LABELS,
  authority_prefix: AUTHORITY_PREFIX_LABELS
}

const BOOLEAN_FIELDS = new Set(['is_sample', 'is_armed_forces', 'active', 'minutes_received', 'allow_not_applicable'])

function parseList(value: string): unknown[] | null {
  try {
    const parsed: unknown = JSON.parse(value)
    return Array.isArray(parsed) ? parsed : null
  } catch {
    return null
  }
}

/** Criteria marks and dossier receipts are stored as {code: value}: one “code: value” per changed code. */
function formatCodes(field: string, value: Record<string, unknown>): string {
  return Object.entries(value)
    .map(([code, item]) => {
      if (field === 'criteria' || field === 'criterion_items') return `${criterionName(code)}: ${CRITERION_RESULT_LABELS[String(item)] ?? String(item)}`
      return `${DOSSIER_ITEM_NAMES[code] ?? code}: ${typeof item === 'string' ? formatScreenDate(item) : 'chưa nhận'}`
    })
    .join('; ')
}

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
  if ((field === 'criteria' || field === 'criterion_items' || field === 'dossier_items') && typeof value === 'object') return formatCodes(field, value as Record<string, unknown>)
  if (field === 'not_deployed' && typeof value === 'string') {
    const types = parseList(value)
    if (types) return types.length === 0 ? '(trống)' : types.map((type) => UNIT_TYPE_LABELS[type as keyof typeof UNIT_TYPE_LABELS] ?? String(type)).join(', ')
  }
  if (field === 'failed_criteria' && typeof value === 'string') {
    const numbers = parseList(value)
    if (numbers) return numbers.length === 0 ? '(trống)' : `Tiêu chí ${numbers.join(', ')}`
  }
  const labels = ENUM_LABELS[field]
  if (labels && typeof value === 'string') return labels[value] ?? value
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatScreenDate(value)
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}
