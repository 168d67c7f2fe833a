import { describe, expect, test } from 'vitest'
import {
  defaultRegulationForYear,
  evaluationPeriod,
  PLACEHOLDER_NOTE,
  REGULATIONS,
  regulationById,
  registrationWindow
} from '../../../shared/domain/cycle/regulations'
import { checkAction, type GuardFacts } from '../../../shared/domain/cycle/guards'
import { effectiveCriterion } from '../../../shared/domain/cycle/criteria'
import { CYCLE_ACTIONS } from '../../../shared/domain/cycle/machine'
import { UNIT_YEAR_STATUSES } from '../../../shared/domain/cycle/statuses'
import { foreignWords } from '../../helpers/vietnamese-text'

describe('legal bases as versioned data', () => {
  test('the year picks its version: ≤ 2021 TT 23, 2022–2024 TT 124, 2025+ TT 124 as amended by TT 48; < 2012 none (V16)', () => {
    expect(defaultRegulationForYear(2020)?.id).toBe('TT23_2012')
    expect(defaultRegulationForYear(2021)?.id).toBe('TT23_2012')
    expect(defaultRegulationForYear(2022)?.id).toBe('TT124_2021')
    expect(defaultRegulationForYear(2024)?.id).toBe('TT124_2021')
    expect(defaultRegulationForYear(2025)?.id).toBe('TT124_TT48_2025')
    expect(defaultRegulationForYear(2011)).toBeNull()
  })

  test('evaluation periods differ: TT 23 xã 01/12–30/11, TT 124 xã 16/11–15/11, KDC 01/11–31/10 in both', () => {
    const tt23 = regulationById('TT23_2012')
    const tt124 = regulationById('TT124_2021')
    expect(evaluationPeriod(tt23, 'XA', 2020)).toEqual({ start: '2019-12-01', end: '2020-11-30' })
    expect(evaluationPeriod(tt124, 'XA', 2023)).toEqual({ start: '2022-11-16', end: '2023-11-15' })
    expect(evaluationPeriod(tt23, 'KDC', 2020)).toEqual({ start: '2019-11-01', end: '2020-10-31' })
    expect(evaluationPeriod(tt124, 'KDC', 2023)).toEqual({ start: '2022-11-01', end: '2023-10-31' })
    expect(evaluationPeriod(tt124, 'CSGD', 2023)).toEqual({ start: '2022-11-16', end: '2023-11-15' })
    expect(registrationWindow(tt124, 'KDC', 2023)).toEqual({ from: '2022-10-01', to: '2023-10-31' })
  })

  test('exclusions exist only from TT 124; the 70% base is KDC under TT 23 and all managed units under TT 124', () => {
    const tt23 = regulationById('TT23_2012')
    const tt124 = regulationById('TT124_2021')
    expect(Object.values(tt23.unitTypes).every((rule) => rule.exclusions.length === 0)).toBe(true)
    expect(tt124.unitTypes.DOANH_NGHIEP.exclusions).toEqual(['DN_NHO_SIEU_NHO'])
    expect(tt124.unitTypes.CO_QUAN.exclusions).toEqual(['LLVT'])
    expect(tt124.unitTypes.CSGD.exclusions).toEqual(['CSGD_MN_TH'])
    expect(tt23.communeRule.memberTypes).toEqual(['KDC'])
    expect(tt124.communeRule.memberTypes).toEqual(['KDC', 'CO_QUAN', 'DOANH_NGHIEP', 'CSGD'])
    expect(tt124.communeRule.requireAllRegistered).toBe(true)
  })

  test('the TT 48 version starts as a copy of TT 124 with its own citation', () => {
    const tt48 = regulationById('TT124_TT48_2025')
    expect(tt48.criteria.XA.map((c) => c.code)).toEqual(regulationById('TT124_2021').criteria.XA.map((c) => c.code))
    expect(tt48.amendedBy?.[0]?.number).toBe('48/2025/TT-BCA')
  })

  test('unverified criteria are placeholders without invented text; verbatim ones carry the text', () => {
    for (const regulation of REGULATIONS) {
      for (const list of Object.values(regulation.criteria)) {
        for (const criterion of list) {
          if (criterion.textStatus === 'PLACEHOLDER') expect(criterion.text).toBeUndefined()
          else expect(criterion.text?.length ?? 0).toBeGreaterThan(20)
        }
      }
    }
    expect(PLACEHOLDER_NOTE).toBe('Nội dung tiêu chí chưa được xác minh — đơn vị nhập/hiệu chỉnh theo văn bản gốc')
    expect(regulationById('TT124_2021').criteria.CSGD).toHaveLength(6)
    expect(regulationById('TT124_2021').criteria.KDC).toHaveLength(5)
  })

  test('TT 124: a registration after 31/3 fails criterion 1; TT 23: it does not', () => {
    const facts = (lateFails: boolean) => ({
      basis: lateFails ? ('TT124' as const) : ('TT23' as const),
      lateFailsCriterion1: lateFails,
      registeredOn: '2023-04-02',
      registrationDue: '2023-03-31',
      householdsTotal: 300,
      householdsRegistered: 300,
      staffTotal: null,
      staffBriefed: null,
      commune: null
    })
    const criterion = { code: 'KDC1', number: 1, formulaKey: 'registration' as const }
    expect(effectiveCriterion(criterion, 'DAT', facts(true))).toMatchObject({ result: 'KHONG_DAT', source: 'COMPUTED' })
    expect(effectiveCriterion(criterion, 'DAT', facts(false))).toMatchObject({ result: 'DAT', source: 'MANUAL' })
    expect(effectiveCriterion(criterion, 'DAT', { ...facts(false), householdsRegistered: 299 }).result).toBe('KHONG_DAT')
  })
})

describe('guards with the messages of domain.md §8', () => {
  const facts: GuardFacts = {
    year: 2023,
    unitName: 'Khu phố 1',
    unitType: 'KDC',
    status: 'CHUA_DANG_KY',
    mode: 'FULL',
    basis: 'TT124',
    yearClosed: false,
    registrationWindow: { from: '2022-10-01', to: '2023-10-31' },
    registrationDue: '2023-03-31',
    registeredOn: null,
    meetingOn: null,
    receivedOn: null,
    returnedOn: null,
    appraisedOn: null,
    proposedOn: null,
    hasProgressData: false,
    criteria: [],
    missingItems: [],
    commune: null
  }
  const today = '2023-12-20'

  test('V11 registration outside the year, V12 late registration under TT 124 is a warning, V14 counts', () => {
    expect(checkAction(facts, 'REGISTER', { date: '2022-09-30' }, today).errors).toEqual(['Ngày đăng ký 30/09/2022 không thuộc năm đánh giá 2023.'])
    const late = checkAction(facts, 'REGISTER', { date: '2023-04-05' }, today)
    expect(late.errors).toEqual([])
    expect(late.warnings).toEqual(['Đăng ký sau ngày 31/3/2023 (quá hạn Quý I): tiêu chí 1 sẽ được đánh giá là KHÔNG ĐẠT.'])
    expect(checkAction({ ...facts, basis: 'TT23' }, 'REGISTER', { date: '2023-04-05' }, today).warnings).toEqual([])
    expect(checkAction(facts, 'REGISTER', { date: '2023-03-01', householdsTotal: 300, householdsRegistered: 310 }, today).errors).toEqual([
      'Số hộ đăng ký (310) không được lớn hơn tổng số hộ đang cư trú (300).'
    ])
    expect(checkAction(facts, 'REGISTER', { date: '2023-03-01', householdsTotal: 0 }, today).errors).toEqual(['Khu dân cư phải có ít nhất 01 hộ gia đình đang cư trú.'])
  })

  test('V09 a date after today; V10 a decision before the tờ trình; V20 a return without reason', () => {
    expect(checkAction(facts, 'REGISTER', { date: '2023-12-21' }, today).errors).toEqual(['Ngày đăng ký không được sau ngày hôm nay (20/12/2023).'])
    const proposed = { ...facts, status: 'DA_DE_NGHI' as const, proposedOn: '2023-12-10' }
    expect(checkAction(proposed, 'RECORD_DECISION', { date: '2023-12-05', ref: '123/QĐ-UBND', signer: 'Nguyễn Văn A' }, today).errors).toEqual([
      'Ngày quyết định (05/12/2023) không được trước ngày tờ trình (10/12/2023).'
    ])
    expect(checkAction({ ...facts, status: 'DA_NOP_HO_SO', receivedOn: '2023-11-05' }, 'RETURN_DOSSIER', { date: '2023-11-06' }, today).errors).toEqual(['Vui lòng nhập lý do.'])
  })

  test('V18 and V19 block appraisal; a closed year blocks everything but the amendment', () => {
    const submitted = {
      ...facts,
      status: 'DA_NOP_HO_SO' as const,
      receivedOn: '2023-11-05',
      criteria: [
        { code: 'KDC1', number: 1, result: 'DAT' as const, computedNote: null, source: 'MANUAL' as const },
        { code: 'KDC3', number: 3, result: 'KHONG_DAT' as const, computedNote: null, source: 'MANUAL' as const }
      ],
      missingItems: ['Biên bản họp đánh giá']
    }
    expect(checkAction(submitted, 'APPRAISE_PASS', { date: '2023-12-01' }, today).errors).toEqual([
      'Chưa thể đề nghị công nhận: đơn vị chưa đạt tiêu chí 3.',
      'Hồ sơ chưa đủ: còn thiếu Biên bản họp đánh giá.'
    ])
    expect(checkAction({ ...facts, yearClosed: true }, 'REGISTER', { date: '2023-03-01' }, today).errors[0]).toMatch(/đã chốt/)
    const done = { ...facts, status: 'DA_CONG_NHAN' as const, yearClosed: true }
    expect(checkAction(done, 'AMEND', { reason: 'Quyết định hủy', ref: '45/QĐ-UBND' }, today).errors).toEqual([])
  })

  test('a transition the machine forbids is named in Vietnamese', () => {
    const verdict = checkAction(facts, 'RECORD_DECISION', { date: '2023-12-01', ref: '1', signer: 'A' }, today)
    expect(verdict.invalidTransition).toBe(true)
    expect(verdict.errors[0]).toBe('Không thể “Ghi nhận quyết định” khi hồ sơ đang ở trạng thái “Chưa đăng ký”.')
  })

  test('no refused transition shows a state code (issue 11 item 18: "(DA_NOP_HO_SO)")', () => {
    for (const status of UNIT_YEAR_STATUSES) {
      for (const action of CYCLE_ACTIONS) {
        const verdict = checkAction({ ...facts, status }, action, { date: '2023-12-01', ref: '1', signer: 'A', reason: 'x' }, today)
        for (const error of verdict.errors) expect(foreignWords(error), error).toEqual([])
      }
    }
  })
})
