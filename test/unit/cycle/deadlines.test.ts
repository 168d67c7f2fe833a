import { describe, expect, test } from 'vitest'
import { decisionDeadline, defaultYearDeadlines } from '../../../shared/domain/cycle/deadlines'
import { evaluationPeriod, registrationDue, regulationById } from '../../../shared/domain/cycle/regulations'
import { checkAction, type GuardFacts } from '../../../shared/domain/cycle/guards'
import { UNIT_TYPES } from '../../../shared/domain/units'

const TT48 = regulationById('TT124_TT48_2025')
const ARTICLE_A = 'điểm a khoản 1 Điều 9 Thông tư số 124/2021/TT-BCA'
const ARTICLE_C = 'điểm c khoản 1 Điều 9 Thông tư số 124/2021/TT-BCA'

describe('TT 124 Điều 8.2 and 9.1: the 2026 periods and deadlines per type (law-2026.md §1.3, §1.4)', () => {
  test('Điều 8.2: khu dân cư 01/11/2025 – 31/10/2026, the other types 16/11/2025 – 15/11/2026; registration in Quý I for every type', () => {
    expect(evaluationPeriod(TT48, 'KDC', 2026)).toEqual({ start: '2025-11-01', end: '2026-10-31' })
    for (const type of ['XA', 'CO_QUAN', 'DOANH_NGHIEP', 'CSGD'] as const) {
      expect(evaluationPeriod(TT48, type, 2026)).toEqual({ start: '2025-11-16', end: '2026-11-15' })
    }
    for (const type of UNIT_TYPES) expect(registrationDue(TT48, type, 2026)).toBe('2026-03-31')
  })

  test('Điều 9.1: decisions before 15/11 (khu dân cư) and before 20/11 (the others), read inclusively or strictly', () => {
    expect(decisionDeadline(TT48, 'KDC', 2026, 'INCLUSIVE')).toMatchObject({ lastDay: '2026-11-15', wording: 'trước ngày 15 tháng 11', article: ARTICLE_A })
    expect(decisionDeadline(TT48, 'KDC', 2026, 'STRICT')?.lastDay).toBe('2026-11-14')
    expect(decisionDeadline(TT48, 'CSGD', 2026, 'INCLUSIVE')).toMatchObject({ lastDay: '2026-11-20', article: ARTICLE_C })
    expect(decisionDeadline(TT48, 'XA', 2026, 'STRICT')?.lastDay).toBe('2026-11-19')
    // TT 23's time limits are unverified (law-2026.md §4): no legal deadline.
    expect(decisionDeadline(regulationById('TT23_2012'), 'KDC', 2020, 'STRICT')).toBeNull()
  })

  test('the year defaults: dossier and appraisal between the period end and the decision deadline, for each type', () => {
    const inclusive = defaultYearDeadlines(TT48, 2026, 'INCLUSIVE')
    expect(inclusive).toEqual({
      registrationDue: '2026-03-31',
      dossierDueKdc: '2026-11-10',
      dossierDueOther: '2026-11-17',
      appraisalDueKdc: '2026-11-12',
      appraisalDue: '2026-11-18',
      decisionDueKdc: '2026-11-15',
      decisionDue: '2026-11-20',
      reportDue: '2026-12-15'
    })
    const strict = defaultYearDeadlines(TT48, 2026, 'STRICT')
    expect([strict.decisionDueKdc, strict.decisionDue]).toEqual(['2026-11-14', '2026-11-19'])
    for (const d of [inclusive, strict]) {
      expect(evaluationPeriod(TT48, 'KDC', 2026).end < d.dossierDueKdc && d.dossierDueKdc < d.appraisalDueKdc && d.appraisalDueKdc <= d.decisionDueKdc).toBe(true)
      expect(evaluationPeriod(TT48, 'XA', 2026).end < d.dossierDueOther && d.dossierDueOther < d.appraisalDue && d.appraisalDue <= d.decisionDue).toBe(true)
    }
  })
})

describe('a decision dated after the legal deadline (issue 8, bad input)', () => {
  const today = '2026-12-02'
  const facts = (type: 'KDC' | 'CO_QUAN', reading: 'INCLUSIVE' | 'STRICT'): GuardFacts => ({
    year: 2026,
    unitName: 'Khu phố 1',
    unitType: type,
    status: 'DA_DE_NGHI',
    mode: 'FULL',
    basis: 'TT124',
    yearClosed: false,
    registrationWindow: { from: '2025-10-01', to: '2026-10-31' },
    registrationDue: '2026-03-31',
    registeredOn: '2026-03-01',
    meetingOn: '2026-11-02',
    receivedOn: '2026-11-05',
    returnedOn: null,
    appraisedOn: '2026-11-08',
    proposedOn: '2026-11-10',
    hasProgressData: true,
    criteria: [],
    missingItems: [],
    commune: null,
    decisionDeadline: decisionDeadline(TT48, type, 2026, reading)
  })
  const decide = (f: GuardFacts, date: string) => checkAction(f, 'RECORD_DECISION', { date, ref: '112/QĐ-UBND', signer: 'Đặng Văn Hòa' }, today)

  test('inclusive reading: 15/11 is in time for a khu dân cư, 16/11 is recorded with a warning naming điểm a khoản 1 Điều 9', () => {
    expect(decide(facts('KDC', 'INCLUSIVE'), '2026-11-15')).toMatchObject({ errors: [], warnings: [] })
    const late = decide(facts('KDC', 'INCLUSIVE'), '2026-11-16')
    expect(late.errors).toEqual([])
    expect(late.warnings).toEqual([`Ngày quyết định 16/11/2026 quá thời hạn “trước ngày 15 tháng 11” (${ARTICLE_A}), chậm nhất là ngày 15/11/2026. Vẫn ghi quyết định?`])
  })

  test('strict reading: 15/11 is already late for a khu dân cư and refused; a cơ quan on 20/11 is refused under điểm c', () => {
    expect(decide(facts('KDC', 'STRICT'), '2026-11-14').errors).toEqual([])
    expect(decide(facts('KDC', 'STRICT'), '2026-11-15').errors).toEqual([
      `Ngày quyết định 15/11/2026 quá thời hạn “trước ngày 15 tháng 11” (${ARTICLE_A}): theo cách hiểu cơ quan đã chọn, chậm nhất là ngày 14/11/2026; không ghi được quyết định.`
    ])
    expect(decide(facts('CO_QUAN', 'STRICT'), '2026-11-19').errors).toEqual([])
    expect(decide(facts('CO_QUAN', 'STRICT'), '2026-11-20').errors[0]).toContain(ARTICLE_C)
  })
})
