import { validationError } from '../../../../../shared/api/errors'
import type { UnitFact } from '../../year/year-facts'

/**
 * The one body a tờ trình goes to: the authority of every unit it lists (law/authority.ts). Units recognised by
 * different bodies (the ward's khu phố by UBND phường, the ward itself at the province) need one tờ trình each.
 */
export function addresseeOfProposal(units: readonly UnitFact[], fallback: string): string {
  const groups = new Map<string, string[]>()
  for (const unit of units) {
    const addressee = unit.authority?.addressee ?? fallback
    groups.set(addressee, [...(groups.get(addressee) ?? []), unit.name])
  }
  if (groups.size > 1) {
    const listed = [...groups].map(([addressee, names]) => `${addressee}: ${names.join(', ')}`).join('; ')
    throw validationError(`Các đơn vị được chọn thuộc thẩm quyền công nhận của các cơ quan khác nhau (${listed}). Vui lòng lập tờ trình riêng cho từng cơ quan.`)
  }
  return [...groups.keys()][0] ?? fallback
}

/** The authority the office chose where the law is unverified: a warning beside the draft, never printed in it. */
export function unverifiedAuthorityWarnings(units: readonly UnitFact[]): string[] {
  const labels = [...new Set(units.filter((u) => u.authority?.officeChoice).map((u) => u.authority!.label))]
  return labels.map((label) => `Thẩm quyền công nhận “${label}” theo lựa chọn của cơ quan, chưa xác minh với Thông tư số 48/2025/TT-BCA: kiểm tra nơi nhận trước khi ban hành.`)
}
