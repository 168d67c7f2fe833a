import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openTestCore, type TestCore } from '../../helpers/temp-core'
import { recognitionSentence } from '../../../electron/core/cycle/result-sentence'
import { recognitionSummary } from '../../../electron/core/cycle/dashboard'

let t: TestCore
beforeAll(async () => {
  t = openTestCore({ now: () => new Date('2026-11-26T03:00:00Z') })
  await t.call('app.loadSample', {})
})
afterAll(async () => {
  await t.close()
})

describe('the Vũng Tàu sample years (domain.md §6, §10)', () => {
  test('2020 reproduces CV 1888: 13 of 17 wards/communes and 2 enterprises recognised, in one sentence', async () => {
    const dashboard = await t.call('dashboard.get', { year: 2020 })
    expect(dashboard.sentence).toBe(
      'Trong năm 2020, trên địa bàn thành phố Vũng Tàu có 13/17 phường, xã và 02 doanh nghiệp được công nhận đạt tiêu chuẩn “An toàn về an ninh, trật tự”.'
    )
    const type = (unitType: string) => dashboard.byType.find((row) => row.unitType === unitType)!
    expect(type('XA').current).toMatchObject({ total: 17, recognised: 13 })
    expect(type('DOANH_NGHIEP').current).toMatchObject({ registered: 2, recognised: 2 })
    expect(type('CO_QUAN').current).toMatchObject({ registered: 0, recognised: 0 })
    expect(type('CSGD').current).toMatchObject({ total: 0, excluded: 2 })
    // Table B 2020 vs 2019: xã/phường 13 vs 12 (+1), doanh nghiệp 2 vs 1 (+1).
    expect(type('XA').previousRecognised).toBe(12)
    expect(type('DOANH_NGHIEP').previousRecognised).toBe(1)
    expect(type('CSGD').previousRecognised).toBe(1)
  })

  test('the four communes not recognised in 2020 fail for their assigned reasons', async () => {
    const communes = await t.call('communes.results', { year: 2020 })
    const byName = new Map(communes.map((row) => [row.areaName, row]))
    expect(byName.get('Phường 2')).toMatchObject({ n: 5, a: 3, aMin: 4, pass: false, communeStatus: 'KHONG_CONG_NHAN' })
    expect(byName.get('Phường 11')).toMatchObject({ n: 6, a: 4, aMin: 5, pass: false, communeStatus: 'KHONG_CONG_NHAN' })
    expect(byName.get('Phường 7')).toMatchObject({ pass: true, communeStatus: 'KHONG_CONG_NHAN' })
    expect(byName.get('Xã Long Sơn')).toMatchObject({ pass: true, communeStatus: 'KHONG_CONG_NHAN' })
    expect(communes.filter((row) => row.communeStatus === 'DA_CONG_NHAN').every((row) => row.pass)).toBe(true)
    const board = await t.call('board.list', { year: 2020, type: 'XA', search: 'long son' })
    const longSon = await t.call('unitYears.get', { id: board.rows[0]!.id })
    expect(longSon.outcomeReason).toBe('KHONG_NOP_HO_SO')
    const p7 = (await t.call('board.list', { year: 2020, type: 'XA', search: 'phuong 7' })).rows[0]!
    const detail = await t.call('unitYears.get', { id: p7.id })
    expect(detail.criteria.find((c) => c.number === 3)?.effective).toBe('KHONG_DAT')
  })

  test('KDC rows are outcome-only and schools were not deployed in 2020 (Covid-19)', async () => {
    const kdc = await t.call('board.list', { year: 2020, type: 'KDC', limit: 200 })
    expect(kdc.total).toBe(105)
    expect(kdc.rows.every((row) => row.trackingMode === 'OUTCOME_ONLY')).toBe(true)
    const schools = await t.call('board.list', { year: 2020, type: 'CSGD' })
    expect(schools.rows.map((row) => [row.status, row.exclusionCode])).toEqual([
      ['NGOAI_PHAM_VI', 'KHONG_TRIEN_KHAI'],
      ['NGOAI_PHAM_VI', 'KHONG_TRIEN_KHAI']
    ])
    const years = await t.call('years.list', {})
    expect(years.map((y) => [y.year, y.status, y.regulationId])).toEqual([
      [2021, 'OPEN', 'TT23_2012'],
      [2020, 'CLOSED', 'TT23_2012'],
      [2019, 'CLOSED', 'TT23_2012']
    ])
  })

  test('2021 is in progress: mixed states, one dossier returned with its reason, overdue items on the dashboard', async () => {
    const board = await t.call('board.list', { year: 2021 })
    expect(board.countsByStatus.TRA_LAI).toBe(1)
    expect(board.countsByStatus.DA_NOP_HO_SO).toBeGreaterThan(0)
    expect(board.countsByStatus.DA_TU_DANH_GIA).toBeGreaterThan(0)
    const returned = board.rows.find((row) => row.status === 'TRA_LAI')!
    expect(returned.missing).toBe('Chờ hồ sơ bổ sung: Thiếu biên bản họp đánh giá có đủ chữ ký')
    const notRegistered = board.rows.filter((row) => row.status === 'CHUA_DANG_KY' && (row.unitType === 'CO_QUAN' || row.unitType === 'DOANH_NGHIEP'))
    expect(notRegistered.map((row) => row.unitName).sort()).toEqual(['Ban Quản lý chợ Vũng Tàu (mẫu)', 'Công ty TNHH Cơ khí Rạch Dừa (mẫu)', 'Trung tâm Văn hóa - Thể thao thành phố (mẫu)'])
    const dashboard = await t.call('dashboard.get', { year: 2021 })
    expect(dashboard.overdueTotal).toBeGreaterThan(0)
    expect(dashboard.overdue[0]!.daysLate).toBeGreaterThan(365)
    const overdue = await t.call('board.list', { year: 2021, overdueOnly: true, limit: 1 })
    expect(overdue.total).toBe(dashboard.overdueTotal)
  })

  test('the sentence generator pads counts below ten and joins several types', () => {
    expect(
      recognitionSentence({
        year: 2023,
        territory: 'phường Thắng Nhất',
        communes: null,
        others: [
          { type: 'KDC', recognised: 7 },
          { type: 'CO_QUAN', recognised: 12 },
          { type: 'DOANH_NGHIEP', recognised: 0 },
          { type: 'CSGD', recognised: 1 }
        ]
      })
    ).toBe('Trong năm 2023, trên địa bàn phường Thắng Nhất có 07 khu dân cư, 12 cơ quan và 01 cơ sở giáo dục được công nhận đạt tiêu chuẩn “An toàn về an ninh, trật tự”.')
  })

  test('the summary of 2019 reads 12/17 communes, 01 enterprise and 01 school (TT 23 word “nhà trường”)', async () => {
    expect(recognitionSentence(await recognitionSummary(t.core.ctx.db, 2019))).toBe(
      'Trong năm 2019, trên địa bàn thành phố Vũng Tàu có 12/17 phường, xã, 01 doanh nghiệp và 01 nhà trường được công nhận đạt tiêu chuẩn “An toàn về an ninh, trật tự”.'
    )
  })

  test('removing the sample removes its years and yearly records in one go', async () => {
    const removal = await t.call('app.removeSample', {})
    expect(removal.removedUnits).toBeGreaterThan(100)
    const left = t.core.ctx.sqlite.prepare('SELECT (SELECT count(*) FROM unit_year) AS uy, (SELECT count(*) FROM eval_year) AS y, (SELECT count(*) FROM status_history) AS h').get()
    expect(left).toEqual({ uy: 0, y: 0, h: 0 })
  })
})
