import { afterEach, describe, expect, test } from 'vitest'
import { expectRefusal, openTestCore, type TestCore } from '../../helpers/temp-core'

/** Per-point results and the sub-unit counts of TT 124 (Điều 4.3, 6.3, 6.5) recorded on a unit-year. */
let t: TestCore
afterEach(async () => {
  await t.close()
})

async function yearWithUnits() {
  t = openTestCore({ now: () => new Date('2026-06-20T03:00:00Z') })
  const area = await t.call('areas.create', { name: 'Phường Tam Thắng', kind: 'PHUONG' })
  const { unit: kdc } = await t.call('units.create', { values: { type: 'KDC', name: 'Khu phố 1', areaId: area.id, kdcSubtype: 'khu phố', managingLevel: 'XA', householdsTotal: 120 } })
  const { unit: agency } = await t.call('units.create', { values: { type: 'CO_QUAN', name: 'Trung tâm Y tế', areaId: area.id, managingLevel: 'XA', staffTotal: 40 } })
  await t.call('years.open', { year: 2026 })
  const { rows } = await t.call('board.list', { year: 2026, limit: 50 })
  return { kdcId: rows.find((r) => r.unitId === kdc.id)!.id, agencyId: rows.find((r) => r.unitId === agency.id)!.id }
}

const countRows = (table: string) => Number((t.core.ctx.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n)

describe('recording the codified criteria', () => {
  test('KDC3 point by point: point đ “Không đạt” fails criterion 3 and is in the history', async () => {
    const { kdcId } = await yearWithUnits()
    const keys = ['a', 'b', 'c', 'd', 'đ', 'e', 'g']
    const saved = await t.call('unitYears.save', { id: kdcId, criterionItems: keys.map((key) => ({ code: 'KDC3', key, result: key === 'đ' ? 'KHONG_DAT' : 'DAT' })) })
    const kdc3 = saved.criteria.find((c) => c.code === 'KDC3')!
    expect(kdc3.items.map((i) => `${i.key}:${i.result}`)).toEqual(['a:DAT', 'b:DAT', 'c:DAT', 'd:DAT', 'đ:KHONG_DAT', 'e:DAT', 'g:DAT'])
    expect(kdc3).toMatchObject({ effective: 'KHONG_DAT', computedNote: 'Không đạt tại điểm đ' })
    const audit = t.core.ctx.sqlite.prepare("SELECT new_value FROM audit_log WHERE entity = 'unit_year' ORDER BY id DESC LIMIT 1").get() as { new_value: string }
    expect(JSON.parse(audit.new_value).criterion_items).toMatchObject({ 'KDC3.a': 'DAT', 'KDC3.đ': 'KHONG_DAT' })
  })

  test('CQ5: 7 of 10 → đạt, 6 of 10 → không đạt, 0 eligible → không áp dụng (Điều 6 khoản 5)', async () => {
    const { agencyId } = await yearWithUnits()
    const cq5 = async (subunitsEligible: number, subunitsTitled: number) =>
      (await t.call('unitYears.save', { id: agencyId, subunitsEligible, subunitsTitled })).criteria.find((c) => c.code === 'CQ5')!
    expect(await cq5(10, 7)).toMatchObject({ effective: 'DAT', subunitRule: true, computedNote: '7/10 đầu mối trực thuộc đạt danh hiệu, cần tối thiểu 7' })
    expect((await cq5(10, 6)).effective).toBe('KHONG_DAT')
    expect((await cq5(0, 0)).effective).toBe('KHONG_AP_DUNG')
  })

  test('bad input is refused with the rule named and nothing written', async () => {
    const { kdcId, agencyId } = await yearWithUnits()
    const auditBefore = countRows('audit_log')
    const over = await expectRefusal(t.call('unitYears.save', { id: agencyId, subunitsEligible: 5, subunitsTitled: 6, notes: 'không được ghi' }))
    expect(over.message).toBe('Số đầu mối trực thuộc đạt danh hiệu (6) không được lớn hơn số đầu mối đủ điều kiện bình xét danh hiệu thi đua (5) — Điều 6 khoản 5 Thông tư số 124/2021/TT-BCA.')
    expect(over.fields).toMatchObject({ subunitsTitled: over.message })
    const notApplicable = await expectRefusal(t.call('unitYears.save', { id: kdcId, criteria: [{ code: 'KDC2', result: 'KHONG_AP_DUNG' }] }))
    expect(notApplicable.message).toMatch(/mới được đánh giá “Không áp dụng”/)
    const noPoint = await expectRefusal(t.call('unitYears.save', { id: kdcId, criterionItems: [{ code: 'KDC3', key: 'h', result: 'DAT' }] }))
    expect(noPoint.message).toBe('Tiêu chí KDC3 không có điểm h; không ghi được kết quả.')
    expect(countRows('audit_log')).toBe(auditBefore)
    expect(countRows('criterion_item_result') + countRows('criterion_result')).toBe(0)
    const row = t.core.ctx.sqlite.prepare('SELECT notes, subunits_eligible FROM unit_year WHERE id = ?').get(agencyId)
    expect(row).toEqual({ notes: null, subunits_eligible: null })
  })

  test('CQ4 may be “không áp dụng” (Điều 6 khoản 4: where the force cannot be graded)', async () => {
    const { agencyId } = await yearWithUnits()
    const saved = await t.call('unitYears.save', { id: agencyId, criteria: [{ code: 'CQ4', result: 'KHONG_AP_DUNG' }] })
    expect(saved.criteria.find((c) => c.code === 'CQ4')).toMatchObject({ manual: 'KHONG_AP_DUNG', effective: 'KHONG_AP_DUNG', allowNotApplicable: true })
  })
})
