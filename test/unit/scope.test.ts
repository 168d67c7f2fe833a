import { describe, expect, test } from 'vitest'
import { tt124Scope } from '../../shared/domain/scope'

const base = { isArmedForces: false, enterpriseSize: null, educationLevels: [] } as const

describe('Thông tư 124 scope (domain.md §2.4, V01–V05)', () => {
  test('a small or micro enterprise is outside the scope (V01)', () => {
    for (const size of ['NHO', 'SIEU_NHO'] as const) {
      const verdict = tt124Scope({ ...base, type: 'DOANH_NGHIEP', enterpriseSize: size })
      expect(verdict.exclusion?.code).toBe('DN_NHO_SIEU_NHO')
      expect(verdict.exclusion?.reason).toBe('Doanh nghiệp nhỏ, siêu nhỏ không thuộc đối tượng xét công nhận theo Thông tư số 124/2021/TT-BCA.')
    }
    expect(tt124Scope({ ...base, type: 'DOANH_NGHIEP', enterpriseSize: 'VUA' }).exclusion).toBeNull()
  })

  test('an enterprise of unknown size is in scope with the V04 warning', () => {
    const verdict = tt124Scope({ ...base, type: 'DOANH_NGHIEP', enterpriseSize: 'CHUA_XAC_DINH' })
    expect(verdict.exclusion).toBeNull()
    expect(verdict.warnings[0]).toMatch(/^Chưa xác định quy mô doanh nghiệp/)
  })

  test('kindergartens, nurseries and primary schools are outside (V02); a multi-level school with tiểu học warns (V05)', () => {
    expect(tt124Scope({ ...base, type: 'CSGD', educationLevels: ['MAM_NON', 'NHA_TRE'] }).exclusion?.code).toBe('CSGD_MN_TH')
    expect(tt124Scope({ ...base, type: 'CSGD', educationLevels: ['TIEU_HOC'] }).exclusion?.code).toBe('CSGD_MN_TH')
    const multi = tt124Scope({ ...base, type: 'CSGD', educationLevels: ['TIEU_HOC', 'THCS'] })
    expect(multi.exclusion).toBeNull()
    expect(multi.warnings[0]).toMatch(/^Trường có nhiều cấp học, trong đó có cấp tiểu học/)
    expect(tt124Scope({ ...base, type: 'CSGD', educationLevels: ['THPT'] })).toEqual({ exclusion: null, warnings: [] })
  })

  test('armed-forces agencies are outside (V03); other agencies are in', () => {
    expect(tt124Scope({ ...base, type: 'CO_QUAN', isArmedForces: true }).exclusion?.code).toBe('LLVT')
    expect(tt124Scope({ ...base, type: 'CO_QUAN' }).exclusion).toBeNull()
  })

  test('khu dân cư are always in scope', () => {
    expect(tt124Scope({ ...base, type: 'KDC' })).toEqual({ exclusion: null, warnings: [] })
  })
})
