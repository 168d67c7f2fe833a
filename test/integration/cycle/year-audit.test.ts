import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import type { AuditRow } from '../../../shared/api/calls/audit'
import { expectRefusal, openTestCore, type TestCore } from '../../helpers/temp-core'

let t: TestCore
const NOW = new Date('2023-12-20T03:00:00Z')

beforeEach(() => {
  t = openTestCore({ now: () => NOW })
})
afterEach(async () => {
  await t.close()
})

async function ward(kdc: number) {
  const area = await t.call('areas.create', { name: 'Phường Thắng Nhì', kind: 'PHUONG' })
  const ids: number[] = []
  for (let i = 1; i <= kdc; i++) {
    const { unit } = await t.call('units.create', {
      values: { type: 'KDC', name: `Khu phố ${i}`, areaId: area.id, kdcSubtype: 'khu phố', managingLevel: 'XA', householdsTotal: 300 + i }
    })
    ids.push(unit.id)
  }
  const { unit: small } = await t.call('units.create', {
    values: { type: 'DOANH_NGHIEP', name: 'Công ty TNHH Nhỏ', areaId: area.id, managingLevel: 'XA', enterpriseSize: 'NHO', staffTotal: 8 },
    confirmed: true
  })
  return { unitIds: ids, smallId: small.id }
}

async function unitYearIds(year: number, unitIds: number[]): Promise<number[]> {
  const board = await t.call('board.list', { year, limit: 5000 })
  return unitIds.map((unitId) => board.rows.find((row) => row.unitId === unitId)!.id)
}

async function logOf(entity: 'eval_year' | 'unit_year' | 'criterion', entityId?: number): Promise<AuditRow[]> {
  return (await t.call('audit.list', { entity, ...(entityId !== undefined ? { entityId } : {}), limit: 500 })).rows
}

function change(row: AuditRow, field: string) {
  return row.changes.find((c) => c.field === field)
}

describe('the yearly cycle writes the audit log', () => {
  test('opening, deadlines, legal basis and closing of a year: old → new, labelled in Vietnamese', async () => {
    await ward(2)
    await t.call('years.open', { year: 2022 })
    const [opened] = await logOf('eval_year', 2022)
    expect(opened).toMatchObject({ action: 'CREATE', actionLabel: 'Thêm', entityLabel: 'Năm đánh giá', subject: 'Năm đánh giá 2022' })
    const year = await t.call('years.get', { year: 2022 })
    expect(change(opened!, 'unit_years')).toMatchObject({ label: 'Số hồ sơ năm tạo ra', old: null, new: year.unitYearCount })
    expect(change(opened!, 'regulation_id')?.new).toBe('TT124_2021')

    await t.call('years.updateDeadlines', { year: 2022, registrationDue: '2022-04-15', dossierDueKdc: year.dossierDueKdc, dossierDueOther: year.dossierDueOther, appraisalDue: year.appraisalDue, decisionDue: year.decisionDue, reportDue: year.reportDue })
    const [deadlines] = await logOf('eval_year', 2022)
    expect(deadlines!.action).toBe('UPDATE')
    expect(deadlines!.changes).toEqual([{ field: 'registration_due', label: 'Hạn đăng ký', old: '2022-03-31', new: '2022-04-15' }])

    // The basis change re-scopes the small enterprise (T17): the year row and the unit-year row, both with the reason.
    const reason = 'Tỉnh hướng dẫn áp dụng Thông tư 23 cho năm chuyển tiếp'
    await t.call('years.changeRegulation', { year: 2022, regulationId: 'TT23_2012', reason })
    const [basis] = await logOf('eval_year', 2022)
    expect(change(basis!, 'regulation_id')).toMatchObject({ label: 'Cơ sở pháp lý', old: 'TT124_2021', new: 'TT23_2012' })
    expect(basis!.reason).toBe(reason)
    const [included] = await logOf('unit_year')
    expect(included).toMatchObject({ action: 'INCLUDE', actionLabel: 'Đưa lại vào phạm vi', subject: 'Công ty TNHH Nhỏ — năm 2022', reason })
    expect(change(included!, 'status')).toMatchObject({ old: 'NGOAI_PHAM_VI', new: 'CHUA_DANG_KY' })

    const unfinished = (await t.call('board.list', { year: 2022, limit: 100 })).rows.filter((row) => row.status !== 'NGOAI_PHAM_VI').length
    expect(unfinished).toBeGreaterThan(2)
    await t.call('years.close', { year: 2022, confirmed: true })
    const [closed] = await logOf('eval_year', 2022)
    expect(closed).toMatchObject({ action: 'CLOSE_YEAR', actionLabel: 'Chốt năm đánh giá' })
    expect(change(closed!, 'status')).toMatchObject({ old: 'OPEN', new: 'CLOSED' })
    // Every unfinished unit-year closed by T15 has its own row.
    const closings = (await logOf('unit_year')).filter((row) => row.action === 'CLOSE_UNFINISHED')
    expect(closings).toHaveLength(unfinished)
    expect(change(closings[0]!, 'outcome_reason')?.new).toBe('KHONG_DANG_KY')
    expect((await t.call('audit.verify', {})).ok).toBe(true)
  })

  test('transitions (single and bulk), saves with criteria and dossier, amendments: one row per unit-year each', async () => {
    const { unitIds } = await ward(3)
    await t.call('years.open', { year: 2023 })
    const ids = await unitYearIds(2023, unitIds)
    await t.call('unitYears.act', { ids, action: 'REGISTER', date: '2023-03-15', ref: '12/ĐK' })
    const registered = (await logOf('unit_year')).filter((row) => row.action === 'REGISTER')
    expect(registered.map((row) => row.entityId).sort()).toEqual([...ids].sort())
    expect(registered[0]!.actionLabel).toBe('Ghi nhận đăng ký')
    expect(change(registered[0]!, 'status')).toMatchObject({ label: 'Trạng thái', old: 'CHUA_DANG_KY', new: 'DA_DANG_KY' })
    expect(change(registered[0]!, 'registered_on')).toMatchObject({ label: 'Ngày đăng ký', old: null, new: '2023-03-15' })
    expect(change(registered[0]!, 'registration_ref')).toMatchObject({ old: null, new: '12/ĐK' })
    // Bookkeeping columns are not news.
    expect(registered[0]!.changes.map((c) => c.field)).not.toContain('updated_at')
    expect(registered[0]!.changes.map((c) => c.field)).not.toContain('status_since')

    // A save: counts, notes, a criterion mark and a dossier receipt, one row with each old → new.
    const criteria = (await t.call('unitYears.get', { id: ids[0]! })).criteria.filter((c) => c.kind !== 'DERIVED')
    await t.call('unitYears.save', { id: ids[0]!, householdsRegistered: 280, notes: 'Đã nhắc', criteria: [{ code: criteria[0]!.code, result: 'KHONG_DAT' }] })
    const [saved] = await logOf('unit_year', ids[0])
    expect(saved).toMatchObject({ action: 'UPDATE', subject: 'Khu phố 1 — năm 2023' })
    expect(change(saved!, 'households_registered')).toMatchObject({ label: 'Số hộ đăng ký', old: null, new: 280 })
    expect(change(saved!, 'notes')).toMatchObject({ old: null, new: 'Đã nhắc' })
    expect(change(saved!, 'criteria')).toMatchObject({ label: 'Kết quả tiêu chí', old: { [criteria[0]!.code]: 'CHUA_DANH_GIA' }, new: { [criteria[0]!.code]: 'KHONG_DAT' } })
    // A save that changes nothing leaves no row.
    const count = (await t.call('audit.list', {})).total
    await t.call('unitYears.save', { id: ids[0]!, notes: 'Đã nhắc' })
    expect((await t.call('audit.list', {})).total).toBe(count)

    await t.call('unitYears.save', { id: ids[0]!, criteria: [{ code: criteria[0]!.code, result: 'DAT' }] })
    await t.call('unitYears.act', { ids, action: 'RECORD_MEETING', date: '2023-11-05', chair: 'Trưởng khu phố', allCriteriaPassed: true })
    const [meeting] = await logOf('unit_year', ids[1])
    expect(meeting!.action).toBe('RECORD_MEETING')
    expect(change(meeting!, 'meeting_on')?.new).toBe('2023-11-05')
    expect(Object.values(change(meeting!, 'criteria')!.new as Record<string, string>).every((r) => r === 'DAT')).toBe(true)
    await t.call('unitYears.act', { ids, action: 'RECEIVE_DOSSIER', date: '2023-11-08' })
    const [received] = await logOf('unit_year', ids[1])
    expect(change(received!, 'received_on')?.new).toBe('2023-11-08')
    expect(Object.values(change(received!, 'dossier_items')!.new as Record<string, string>)).toContain('2023-11-08')
    await t.call('unitYears.save', { id: ids[1]!, dossier: [{ code: Object.keys(change(received!, 'dossier_items')!.new as object)[0]!, receivedOn: null }] })
    const [unreceived] = await logOf('unit_year', ids[1])
    expect(Object.values(change(unreceived!, 'dossier_items')!.new as Record<string, unknown>)).toEqual([null])

    await t.call('unitYears.act', { ids: [ids[2]!], action: 'APPRAISE_PASS', date: '2023-11-10' })
    await t.call('unitYears.act', { ids: [ids[2]!], action: 'PROPOSE', date: '2023-11-12', ref: '45/TTr-CAP' })
    await t.call('unitYears.act', { ids: [ids[2]!], action: 'RECORD_DECISION', date: '2023-11-14', ref: '120/QĐ-UBND', signer: 'Nguyễn Văn A' })
    const [decision] = await logOf('unit_year', ids[2])
    expect(change(decision!, 'decision_no')).toMatchObject({ label: 'Số quyết định', old: null, new: '120/QĐ-UBND' })
    expect(change(decision!, 'outcome')?.new).toBe('DA_CONG_NHAN')
    await t.call('unitYears.act', { ids: [ids[2]!], action: 'AMEND', reason: 'Thu hồi theo quyết định', ref: '5/QĐ-UBND' })
    const [amended] = await logOf('unit_year', ids[2])
    expect(amended).toMatchObject({ action: 'AMEND', reason: 'Thu hồi theo quyết định' })
    expect(change(amended!, 'status')).toMatchObject({ old: 'DA_CONG_NHAN', new: 'KHONG_CONG_NHAN' })

    // The unit's history drawer shows its own rows and those of its unit-years.
    const history = await t.call('audit.list', { unitId: unitIds[2]!, limit: 100 })
    expect(new Set(history.rows.map((row) => row.entity))).toEqual(new Set(['unit', 'unit_year']))
    expect(history.rows.filter((row) => row.entity === 'unit_year').every((row) => row.entityId === ids[2])).toBe(true)
    expect((await t.call('audit.verify', {})).ok).toBe(true)
  })

  test('a unit-year added to an open year and criteria edits are logged', async () => {
    await ward(1)
    await t.call('years.open', { year: 2023 })
    const area = (await t.call('areas.list', {}))[0]!
    const { unit } = await t.call('units.create', { values: { type: 'KDC', name: 'Khu phố Mới', areaId: area.id, kdcSubtype: 'khu phố', managingLevel: 'XA', householdsTotal: 120 } })
    // A unit created while the year is open joins it by itself (late units); the board's “Thêm đơn vị vào năm” then refuses (V07).
    expect((await expectRefusal(t.call('unitYears.create', { year: 2023, unitId: unit.id }))).message).toBe('Đơn vị Khu phố Mới đã có hồ sơ năm 2023.')
    const [added] = (await logOf('unit_year')).filter((row) => row.subject === 'Khu phố Mới — năm 2023')
    expect(added!.action).toBe('CREATE')
    expect(change(added!, 'status')?.new).toBe('CHUA_DANG_KY')

    const [criterion] = await t.call('criteria.list', { year: 2023, unitType: 'KDC' })
    await t.call('criteria.edit', { id: criterion!.id, shortTitle: criterion!.shortTitle, text: 'Nội dung do cơ quan nhập', textChecked: true })
    const [edited] = await logOf('criterion')
    expect(edited).toMatchObject({ action: 'UPDATE', entityLabel: 'Tiêu chí' })
    expect(edited!.subject).toContain(`Tiêu chí ${criterion!.number}`)
    expect(change(edited!, 'text')).toMatchObject({ label: 'Nội dung tiêu chí', new: 'Nội dung do cơ quan nhập' })
    await t.call('criteria.add', { regulationId: 'TT124_2021', unitType: 'KDC', shortTitle: 'Tiêu chí của tỉnh', text: null, addedBy: 'PROVINCE', sourceRef: 'Kế hoạch 12/KH-UBND' })
    const [addedCriterion] = await logOf('criterion')
    expect(addedCriterion).toMatchObject({ action: 'CREATE' })
    expect(change(addedCriterion!, 'source_ref')?.new).toBe('Kế hoạch 12/KH-UBND')
    expect((await t.call('audit.verify', {})).ok).toBe(true)
  })
})
