import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { expectRefusal, openTestCore, type TestCore } from '../../helpers/temp-core'
import { schemaBefore } from '../../helpers/undo-migrations'
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/db/migrations'

let t: TestCore
const NOW = new Date('2026-12-02T03:00:00Z')
const ARTICLE_A = 'điểm a khoản 1 Điều 9 Thông tư số 124/2021/TT-BCA'
const ARTICLE_C = 'điểm c khoản 1 Điều 9 Thông tư số 124/2021/TT-BCA'

beforeEach(() => {
  t = openTestCore({ now: () => NOW })
})
afterEach(async () => {
  await t.close()
})

async function ward() {
  const area = await t.call('areas.create', { name: 'Phường Tam Thắng', kind: 'PHUONG' })
  const { unit: kdc } = await t.call('units.create', { values: { type: 'KDC', name: 'Khu phố 1', areaId: area.id, kdcSubtype: 'khu phố', managingLevel: 'XA', householdsTotal: 300 } })
  const { unit: agency } = await t.call('units.create', { values: { type: 'CO_QUAN', name: 'Trạm Y tế phường', areaId: area.id, managingLevel: 'XA', staffTotal: 12 } })
  return { kdcId: kdc.id, agencyId: agency.id }
}

async function proposed(unitIds: number[]) {
  const board = await t.call('board.list', { year: 2026, limit: 100 })
  const ids = unitIds.map((unitId) => board.rows.find((row) => row.unitId === unitId)!.id)
  const step = (action: string, date: string, extra: Record<string, unknown> = {}) => t.call('unitYears.act', { ids, action, date, confirmed: true, ...extra } as never)
  await step('REGISTER', '2026-03-10')
  await step('RECORD_MEETING', '2026-11-02', { allCriteriaPassed: true })
  await step('RECEIVE_DOSSIER', '2026-11-03')
  await step('APPRAISE_PASS', '2026-11-04')
  await step('PROPOSE', '2026-11-05', { ref: '12/TTr-CAP' })
  return ids
}

const decide = (ids: number[], date: string, confirmed = false) =>
  t.call('unitYears.act', { ids, action: 'RECORD_DECISION', date, ref: '112/QĐ-UBND', signer: 'Đặng Văn Hòa', confirmed })

describe('TT 124 Điều 9.1 deadlines in a 2026 year', () => {
  test('the year opens with the decision deadline of each type and the office’s reading; changing the reading moves the default dates, audited', async () => {
    await ward()
    const year = await t.call('years.open', { year: 2026 })
    expect(year).toMatchObject({ registrationDue: '2026-03-31', dossierDueKdc: '2026-11-10', appraisalDueKdc: '2026-11-12', decisionDueKdc: '2026-11-15', dossierDueOther: '2026-11-17', appraisalDue: '2026-11-18', decisionDue: '2026-11-20' })
    await t.call('law.setDeadlineReading', { reading: 'STRICT' })
    expect(await t.call('years.get', { year: 2026 })).toMatchObject({ decisionDueKdc: '2026-11-14', decisionDue: '2026-11-19' })
    const audit = t.core.ctx.sqlite.prepare("SELECT old_value, new_value FROM audit_log WHERE entity = 'eval_year' AND field LIKE '%decision_due%'").all()
    expect(audit).toEqual([
      { old_value: JSON.stringify({ decision_due_kdc: '2026-11-15', decision_due: '2026-11-20' }), new_value: JSON.stringify({ decision_due_kdc: '2026-11-14', decision_due: '2026-11-19' }) }
    ])
    // A date the office set itself is not moved by the reading.
    await t.call('years.updateDeadlines', { year: 2026, decisionDue: '2026-11-18' })
    await t.call('law.setDeadlineReading', { reading: 'INCLUSIVE' })
    expect(await t.call('years.get', { year: 2026 })).toMatchObject({ decisionDueKdc: '2026-11-15', decisionDue: '2026-11-18' })
  })

  test('inclusive reading: a khu dân cư decision on 16/11 needs confirmation, the warning naming điểm a khoản 1 Điều 9', async () => {
    const { kdcId } = await ward()
    await t.call('years.open', { year: 2026 })
    const ids = await proposed([kdcId])
    const warned = await expectRefusal(decide(ids, '2026-11-16'))
    expect(warned.code).toBe('NEEDS_CONFIRMATION')
    expect(warned.message).toBe(`Ngày quyết định 16/11/2026 quá thời hạn “trước ngày 15 tháng 11” (${ARTICLE_A}), chậm nhất là ngày 15/11/2026. Vẫn ghi quyết định?`)
    expect(t.core.ctx.sqlite.prepare('SELECT status FROM unit_year WHERE id = ?').pluck().get(ids[0])).toBe('DA_DE_NGHI')
    await decide(ids, '2026-11-16', true)
    expect(t.core.ctx.sqlite.prepare('SELECT decision_on FROM unit_year WHERE id = ?').pluck().get(ids[0])).toBe('2026-11-16')
  })

  test('strict reading: a cơ quan decided on 20/11 is refused under điểm c, even confirmed, and nothing is written; 19/11 is recorded', async () => {
    const { agencyId } = await ward()
    await t.call('law.setDeadlineReading', { reading: 'STRICT' })
    await t.call('years.open', { year: 2026 })
    await t.call('models.setYear', { modelId: (await t.call('models.create', { name: 'Tổ tự quản Trạm Y tế', kind: 'TU_QUAN', hostUnitId: agencyId })).id, year: 2026, effective: true, members: 5 })
    const ids = await proposed([agencyId])
    const refused = await expectRefusal(decide(ids, '2026-11-20', true))
    expect(refused.code).toBe('VALIDATION')
    expect(refused.message).toContain(`(${ARTICLE_C}): theo cách hiểu cơ quan đã chọn, chậm nhất là ngày 19/11/2026; không ghi được quyết định.`)
    expect(t.core.ctx.sqlite.prepare('SELECT status FROM unit_year WHERE id = ?').pluck().get(ids[0])).toBe('DA_DE_NGHI')
    await decide(ids, '2026-11-19')
    expect(t.core.ctx.sqlite.prepare('SELECT status FROM unit_year WHERE id = ?').pluck().get(ids[0])).toBe('DA_CONG_NHAN')
  })

  test('the deadline list reads each type’s own date: a proposed khu dân cư is due 15/11, a proposed cơ quan 20/11', async () => {
    const { kdcId, agencyId } = await ward()
    await t.call('years.open', { year: 2026 })
    await t.call('models.setYear', { modelId: (await t.call('models.create', { name: 'Tổ tự quản Trạm Y tế', kind: 'TU_QUAN', hostUnitId: agencyId })).id, year: 2026, effective: true, members: 5 })
    await proposed([kdcId, agencyId])
    const dashboard = await t.call('dashboard.get', { year: 2026 })
    // (The ward's own record is still due to register by 31/3.)
    expect(dashboard.overdue.map((item) => [item.unitName, item.dueOn]).sort()).toEqual([
      ['Khu phố 1', '2026-11-15'],
      ['Phường Tam Thắng', '2026-03-31'],
      ['Trạm Y tế phường', '2026-11-20']
    ])
    const board = await t.call('board.list', { year: 2026, limit: 100 })
    expect(board.rows.map((row) => row.dueOn).sort()).toEqual(['2026-03-31', '2026-11-15', '2026-11-20'])
  })

  test('migration 013: a year opened before it keeps its dates, khu dân cư taking the appraisal and decision dates it had', async () => {
    await ward()
    await t.call('years.open', { year: 2026 })
    await t.call('years.updateDeadlines', { year: 2026, appraisalDue: '2026-12-10', decisionDue: '2026-12-31' })
    t.core.ctx.sqlite.exec(schemaBefore('law_deadlines'))
    const dataDir = t.dataDir
    await t.close()
    t = openTestCore({ dataDir, now: () => NOW })
    expect(t.core.ctx.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    expect(await t.call('years.get', { year: 2026 })).toMatchObject({ appraisalDue: '2026-12-10', decisionDue: '2026-12-31', appraisalDueKdc: '2026-12-10', decisionDueKdc: '2026-12-31', dossierDueKdc: '2026-11-10' })
    expect(t.core.ctx.sqlite.prepare('SELECT count(*) FROM unit WHERE delegated_area_id IS NOT NULL').pluck().get()).toBe(0)
  })
})
