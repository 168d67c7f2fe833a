import type { EducationLevel, EnterpriseSize, UnitType } from './units'

/** The exclusions of Thông tư 124/2021/TT-BCA Điều 1 (domain.md §2.4, messages V01–V05 of §8). */
export type ExclusionCode = 'LLVT' | 'DN_NHO_SIEU_NHO' | 'CSGD_MN_TH'

export interface ScopeFacts {
  type: UnitType
  isArmedForces: boolean
  enterpriseSize: EnterpriseSize | null
  educationLevels: readonly EducationLevel[]
}

export interface ScopeVerdict {
  /** Set when the unit is outside the scope of TT 124. */
  exclusion: { code: ExclusionCode; reason: string } | null
  /** Things the office should check (V04, V05). */
  warnings: string[]
}

export const EXCLUSION_MESSAGES: Record<ExclusionCode, string> = {
  DN_NHO_SIEU_NHO:
    'Doanh nghiệp nhỏ, siêu nhỏ không thuộc đối tượng xét công nhận theo Thông tư số 124/2021/TT-BCA.',
  CSGD_MN_TH:
    'Cơ sở giáo dục mầm non, nhà trẻ, tiểu học không thuộc đối tượng xét công nhận theo Thông tư số 124/2021/TT-BCA.',
  LLVT: 'Cơ quan, đơn vị lực lượng vũ trang không thuộc đối tượng xét công nhận theo Thông tư số 124/2021/TT-BCA.'
}

const EXCLUDED_SCHOOL_LEVELS: readonly EducationLevel[] = ['NHA_TRE', 'MAM_NON', 'TIEU_HOC']

export function tt124Scope(facts: ScopeFacts): ScopeVerdict {
  const warnings: string[] = []
  let exclusion: ScopeVerdict['exclusion'] = null
  if (facts.type === 'CO_QUAN' && facts.isArmedForces) {
    exclusion = { code: 'LLVT', reason: EXCLUSION_MESSAGES.LLVT }
  }
  if (facts.type === 'DOANH_NGHIEP') {
    if (facts.enterpriseSize === 'NHO' || facts.enterpriseSize === 'SIEU_NHO') {
      exclusion = { code: 'DN_NHO_SIEU_NHO', reason: EXCLUSION_MESSAGES.DN_NHO_SIEU_NHO }
    } else if (facts.enterpriseSize === 'CHUA_XAC_DINH' || facts.enterpriseSize === null) {
      warnings.push(
        'Chưa xác định quy mô doanh nghiệp. Vui lòng chọn quy mô để xác định doanh nghiệp có thuộc đối tượng xét công nhận hay không.'
      )
    }
  }
  if (facts.type === 'CSGD' && facts.educationLevels.length > 0) {
    const onlyExcluded = facts.educationLevels.every((level) => EXCLUDED_SCHOOL_LEVELS.includes(level))
    if (onlyExcluded) {
      exclusion = { code: 'CSGD_MN_TH', reason: EXCLUSION_MESSAGES.CSGD_MN_TH }
    } else if (facts.educationLevels.includes('TIEU_HOC')) {
      warnings.push(
        'Trường có nhiều cấp học, trong đó có cấp tiểu học. Vui lòng xác nhận trường có thuộc đối tượng xét công nhận hay không.'
      )
    }
  }
  return { exclusion, warnings }
}
