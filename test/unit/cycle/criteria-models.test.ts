import { describe, expect, test } from 'vitest'
import { effectiveCriterion, formulaParts, type CriterionFacts } from '../../../shared/domain/cycle/criteria'
import { checkAction, type GuardFacts } from '../../../shared/domain/cycle/guards'

const facts = (effectiveModels: number, registeredOn: string | null = '2023-03-10'): CriterionFacts => ({
  basis: 'TT124',
  lateFailsCriterion1: true,
  registeredOn,
  registrationDue: '2023-03-31',
  householdsTotal: null,
  householdsRegistered: null,
  staffTotal: null,
  staffBriefed: null,
  commune: null,
  year: 2023,
  effectiveModels
})

const XA1 = { code: 'XA1', number: 1, formulaKey: 'registration+effective_models' }

describe('computed parts of a criterion (formula keys joined by “+”)', () => {
  test('formula keys are read part by part; unknown parts are ignored', () => {
    expect(formulaParts('registration+effective_models')).toEqual(['registration', 'effective_models'])
    expect(formulaParts('commune_rate')).toEqual(['commune_rate'])
    expect(formulaParts('bogus+registration')).toEqual(['registration'])
    expect(formulaParts(null)).toEqual([])
  })

  test('no effective model fails criterion 1 with the V26 text, whatever the manual mark; one model leaves the manual mark', () => {
    expect(effectiveCriterion(XA1, 'DAT', facts(0))).toMatchObject({
      result: 'KHONG_DAT',
      source: 'COMPUTED',
      failedParts: ['effective_models'],
      computedNote: 'Chưa có mô hình phong trào hoạt động hiệu quả năm 2023: tiêu chí 1 sẽ không đạt.'
    })
    expect(effectiveCriterion(XA1, 'DAT', facts(1))).toMatchObject({ result: 'DAT', source: 'MANUAL', computedNote: 'Có 1 mô hình hoạt động hiệu quả' })
    expect(effectiveCriterion(XA1, 'KHONG_DAT', facts(2)).result).toBe('KHONG_DAT')
    // Both parts failing: both reasons are given.
    expect(effectiveCriterion(XA1, 'DAT', facts(0, '2023-04-02')).failedParts).toEqual(['registration', 'effective_models'])
    // A criterion without the part does not read models.
    expect(effectiveCriterion({ code: 'KDC1', number: 1, formulaKey: 'registration' }, 'DAT', facts(0)).result).toBe('DAT')
  })

  test('V26 is a warning at registration under TT 124 only', () => {
    const guard = (basis: 'TT23' | 'TT124', effectiveModels: number): GuardFacts => ({
      year: 2023,
      unitName: 'Phường 1',
      unitType: 'XA',
      status: 'CHUA_DANG_KY',
      mode: 'FULL',
      basis,
      yearClosed: false,
      registrationWindow: { from: '2022-10-01', to: '2023-11-15' },
      registrationDue: '2023-03-31',
      registeredOn: null,
      meetingOn: null,
      receivedOn: null,
      returnedOn: null,
      appraisedOn: null,
      proposedOn: null,
      hasProgressData: false,
      criteria: [effectiveCriterion(XA1, undefined, facts(effectiveModels))],
      missingItems: [],
      commune: null
    })
    const v26 = 'Chưa có mô hình phong trào hoạt động hiệu quả năm 2023: tiêu chí 1 sẽ không đạt.'
    expect(checkAction(guard('TT124', 0), 'REGISTER', { date: '2023-03-10' }, '2023-06-01')).toMatchObject({ errors: [], warnings: [v26] })
    expect(checkAction(guard('TT124', 1), 'REGISTER', { date: '2023-03-10' }, '2023-06-01').warnings).toEqual([])
    expect(checkAction(guard('TT23', 0), 'REGISTER', { date: '2023-03-10' }, '2023-06-01').warnings).toEqual([])
  })
})
