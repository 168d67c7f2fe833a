import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { expectRefusal, openTestCore, type TestCore } from '../../helpers/temp-core'

let t: TestCore
const NOW = new Date('2023-12-20T03:00:00Z')

beforeEach(() => {
  t = openTestCore({ now: () => NOW })
})
afterEach(async () => {
  await t.close()
})

async function ward(name = 'Phường Thắng Nhất', kdc = 10) {
  const area = await t.call('areas.create', { name, kind: 'PHUONG' })
  const kdcIds: number[] = []
  for (let i = 1; i <= kdc; i++) {
    const { unit } = await t.call('units.create', {
      values: { type: 'KDC', name: `Khu phố ${i}`, areaId: area.id, kdcSubtype: 'khu phố', managingLevel: 'XA', householdsTotal: 300 + i }
    })
    kdcIds.push(unit.id)
  }
  const { unit: agency } = await t.call('units.create', {
    values: { type: 'CO_QUAN', name: 'Trạm Y tế phường', areaId: area.id, managingLevel: 'XA', staffTotal: 12 }
  })
  const { unit: small } = await t.call('units.create', {
    values: { type: 'DOANH_NGHIEP', name: 'Công ty TNHH Nhỏ', areaId: area.id, managingLevel: 'XA', enterpriseSize: 'NHO', staffTotal: 8 },
    confirmed: true
  })
  return { area, kdcIds, agencyId: agency.id, smallId: small.id }
}

async function rowsOf(year: number) {
  const board = await t.call('board.list', { year, limit: 5000 })
  return board.rows
}

async function idsByUnit(year: number, unitIds: number[]) {
  const rows = await rowsOf(year)
  return unitIds.map((unitId) => rows.find((row) => row.unitId === unitId)!.id)
}

async function historyCount() {
  return Number((t.core.ctx.sqlite.prepare('SELECT count(*) AS n FROM status_history').get() as { n: number }).n)
}

/** Takes unit-years from registration to a recognition decision, inside the Điều 9.1 deadline (before 15/11 for khu dân cư). */
async function recognise(ids: number[]) {
  await t.call('unitYears.act', { ids, action: 'RECORD_MEETING', date: '2023-11-05', chair: 'Trưởng khu phố', allCriteriaPassed: true })
  await t.call('unitYears.act', { ids, action: 'RECEIVE_DOSSIER', date: '2023-11-08' })
  await t.call('unitYears.act', { ids, action: 'APPRAISE_PASS', date: '2023-11-10' })
  await t.call('unitYears.act', { ids, action: 'PROPOSE', date: '2023-11-12', ref: '45/TTr-CAP' })
  await t.call('unitYears.act', { ids, action: 'RECORD_DECISION', date: '2023-11-14', ref: '120/QĐ-UBND', signer: 'Nguyễn Văn A' })
}

describe('a ward through a TT 124 year', () => {
  test('opening the year brings every unit in, out-of-scope ones as NGOAI_PHAM_VI; opening twice or a year without a basis is refused', async () => {
    const { smallId } = await ward()
    const year = await t.call('years.open', { year: 2023 })
    expect(year).toMatchObject({ regulationId: 'TT124_2021', status: 'OPEN', unitYearCount: 13, registrationDue: '2023-03-31' })
    const rows = await rowsOf(2023)
    expect(rows.filter((row) => row.status === 'CHUA_DANG_KY')).toHaveLength(12)
    expect(rows.find((row) => row.unitId === smallId)).toMatchObject({ status: 'NGOAI_PHAM_VI', exclusionCode: 'DN_NHO_SIEU_NHO' })
    expect((await expectRefusal(t.call('years.open', { year: 2023 }))).message).toBe('Năm đánh giá 2023 đã được mở.')
    expect((await expectRefusal(t.call('years.open', { year: 2010 }))).message).toBe(
      'Năm 2010 không thuộc phạm vi áp dụng của quy định nào đã cấu hình (Thông tư số 23/2012/TT-BCA: đến năm 2021; Thông tư số 124/2021/TT-BCA: từ năm 2022).'
    )
    const refusal = await expectRefusal(t.call('unitYears.create', { year: 2023, unitId: smallId }))
    expect(refusal.message).toBe('Đơn vị Công ty TNHH Nhỏ đã có hồ sơ năm 2023.')
    // A unit with yearly records can only be deactivated.
    expect((await expectRefusal(t.call('units.delete', { id: smallId }))).code).toBe('CONFLICT')
    expect((await t.call('units.get', { id: smallId })).hasYearRecords).toBe(true)
  })

  test('the commune result follows recognitions: 11 managed units need 8; 7 is chưa đạt, 8 is đạt', async () => {
    const { kdcIds, agencyId, area } = await ward()
    await t.call('years.open', { year: 2023 })
    const managed = await idsByUnit(2023, [...kdcIds, agencyId])
    // TT 124 criterion 1 of a cơ quan needs an effective movement model in the year (computed, never typed).
    const model = await t.call('models.create', { name: 'Tổ tự quản Trạm Y tế', kind: 'TU_QUAN', hostUnitId: agencyId })
    await t.call('models.setYear', { modelId: model.id, year: 2023, effective: true, members: 5 })
    await t.call('unitYears.act', { ids: managed, action: 'REGISTER', date: '2023-03-15' })
    let [commune] = await t.call('communes.results', { year: 2023 })
    expect(commune).toMatchObject({ areaId: area.id, n: 11, r: 11, a: 0, aMin: 8, shortfall: 8, pass: false })

    await recognise(managed.slice(0, 7))
    ;[commune] = await t.call('communes.results', { year: 2023 })
    expect(commune).toMatchObject({ n: 11, a: 7, aMin: 8, shortfall: 1, pass: false })
    await recognise(managed.slice(7, 8))
    ;[commune] = await t.call('communes.results', { year: 2023 })
    expect(commune).toMatchObject({ a: 8, shortfall: 0, pass: true })

    const detail = await t.call('unitYears.get', { id: managed[0]! })
    expect(detail.status).toBe('DA_CONG_NHAN')
    expect(detail.decisionNo).toBe('120/QĐ-UBND')
    expect(detail.history.map((h) => h.toStatus)).toEqual(['DA_CONG_NHAN', 'DA_DE_NGHI', 'THAM_DINH_DAT', 'DA_NOP_HO_SO', 'DA_TU_DANH_GIA', 'DA_DANG_KY', 'CHUA_DANG_KY'])
    expect(detail.history[0]).toMatchObject({ actionLabel: 'Ghi nhận quyết định', ref: '120/QĐ-UBND', businessDate: '2023-11-14' })
    expect(detail.criteria.every((c) => c.effective === 'DAT')).toBe(true)
    // After the decision nothing changes without an amendment (V21).
    const locked = await expectRefusal(t.call('unitYears.save', { id: managed[0]!, notes: 'sửa' }))
    expect(locked.message).toBe(
      'Hồ sơ năm 2023 của Khu phố 1 đã có quyết định số 120/QĐ-UBND ngày 14/11/2023. Mọi thay đổi phải thực hiện bằng chức năng “Điều chỉnh” và ghi rõ lý do.'
    )
    const amendNoRef = await expectRefusal(t.call('unitYears.act', { ids: [managed[0]!], action: 'AMEND', reason: 'Thu hồi' }))
    expect(amendNoRef.message).toMatch(/căn cứ pháp lý/)
    await t.call('unitYears.act', { ids: [managed[0]!], action: 'AMEND', reason: 'Thu hồi theo quyết định', ref: '5/QĐ-UBND' })
    ;[commune] = await t.call('communes.results', { year: 2023 })
    expect(commune).toMatchObject({ a: 7, pass: false })
    const amendments = t.core.ctx.sqlite.prepare('SELECT kind, legal_ref FROM amendment').all()
    expect(amendments).toEqual([{ kind: 'REVOKE', legal_ref: '5/QĐ-UBND' }])
  })

  test('bulk actions are all-or-nothing and name the units that blocked them', async () => {
    const { kdcIds } = await ward()
    await t.call('years.open', { year: 2023 })
    const ids = await idsByUnit(2023, kdcIds)
    await t.call('unitYears.act', { ids: ids.slice(0, 2), action: 'REGISTER', date: '2023-03-01' })
    const before = await historyCount()
    const refusal = await expectRefusal(t.call('unitYears.act', { ids, action: 'REGISTER', date: '2023-03-10' }))
    expect(refusal.code).toBe('VALIDATION')
    expect(refusal.message).toMatch(/^Không thực hiện được: 2\/10 đơn vị không đủ điều kiện, chưa có thay đổi nào được ghi\. Khu phố 1: Không thể “Ghi nhận đăng ký”/)
    expect(refusal.message).toContain('Khu phố 2:')
    expect(await historyCount()).toBe(before)
    expect((await rowsOf(2023)).filter((row) => row.status === 'DA_DANG_KY')).toHaveLength(2)
    // A single forbidden transition is INVALID_TRANSITION.
    const invalid = await expectRefusal(t.call('unitYears.act', { ids: [ids[5]!], action: 'APPRAISE_PASS', date: '2023-12-01' }))
    expect(invalid.code).toBe('INVALID_TRANSITION')
  })

  test('bad input is refused with the rule named and nothing written', async () => {
    const { kdcIds } = await ward()
    await t.call('years.open', { year: 2023 })
    const [id] = await idsByUnit(2023, kdcIds)
    const outside = await expectRefusal(t.call('unitYears.act', { ids: [id!], action: 'REGISTER', date: '2022-06-01' }))
    expect(outside.message).toBe('Ngày đăng ký 01/06/2022 không thuộc năm đánh giá 2023.')
    const tooMany = await expectRefusal(t.call('unitYears.act', { ids: [id!], action: 'REGISTER', date: '2023-03-01', householdsTotal: 300, householdsRegistered: 301 }))
    expect(tooMany.message).toBe('Số hộ đăng ký (301) không được lớn hơn tổng số hộ đang cư trú (300).')
    await t.call('unitYears.act', { ids: [id!], action: 'REGISTER', date: '2023-03-01' })
    const beforeRegistration = await expectRefusal(t.call('unitYears.act', { ids: [id!], action: 'RECORD_MEETING', date: '2023-02-01', allCriteriaPassed: true }))
    expect(beforeRegistration.message).toBe('Ngày họp đánh giá (01/02/2023) không được trước ngày đăng ký (01/03/2023).')
    const unassessed = await expectRefusal(t.call('unitYears.act', { ids: [id!], action: 'RECORD_MEETING', date: '2023-11-02' }))
    expect(unassessed.message).toBe('Chưa đánh giá tiêu chí 1, 2, 3, 4, 5: vui lòng chọn Đạt hoặc Không đạt cho mọi tiêu chí.')
    const counts = await expectRefusal(t.call('unitYears.save', { id: id!, householdsTotal: 200, householdsRegistered: 250 }))
    expect(counts.message).toBe('Số hộ đăng ký (250) không được lớn hơn tổng số hộ đang cư trú (200).')
    expect((await t.call('unitYears.get', { id: id! })).householdsTotal).toBe(301)
    await t.call('unitYears.act', { ids: [id!], action: 'RECORD_MEETING', date: '2023-11-02', allCriteriaPassed: true })
    await t.call('unitYears.act', { ids: [id!], action: 'RECEIVE_DOSSIER', date: '2023-11-05' })
    const noReason = await expectRefusal(t.call('unitYears.act', { ids: [id!], action: 'RETURN_DOSSIER', date: '2023-11-06' }))
    expect(noReason.message).toBe('Vui lòng nhập lý do.')
    await t.call('unitYears.act', { ids: [id!], action: 'APPRAISE_PASS', date: '2023-12-01' })
    await t.call('unitYears.act', { ids: [id!], action: 'PROPOSE', date: '2023-12-05', ref: '1/TTr' })
    const early = await expectRefusal(t.call('unitYears.act', { ids: [id!], action: 'RECORD_DECISION', date: '2023-12-04', ref: '2/QĐ', signer: 'A' }))
    expect(early.message).toBe('Ngày quyết định (04/12/2023) không được trước ngày tờ trình (05/12/2023).')
    expect((await t.call('unitYears.get', { id: id! })).status).toBe('DA_DE_NGHI')
  })

  test('TT 124: registering after 31/3 needs confirmation and then fails criterion 1, which blocks the appraisal', async () => {
    const { kdcIds } = await ward()
    await t.call('years.open', { year: 2023 })
    const [id] = await idsByUnit(2023, kdcIds)
    const warning = await expectRefusal(t.call('unitYears.act', { ids: [id!], action: 'REGISTER', date: '2023-04-05' }))
    expect(warning.code).toBe('NEEDS_CONFIRMATION')
    expect(warning.warnings).toEqual(['Đăng ký sau ngày 31/3/2023 (quá hạn Quý I): tiêu chí 1 sẽ được đánh giá là KHÔNG ĐẠT.'])
    await t.call('unitYears.act', { ids: [id!], action: 'REGISTER', date: '2023-04-05', confirmed: true })
    await t.call('unitYears.act', { ids: [id!], action: 'RECORD_MEETING', date: '2023-11-02', allCriteriaPassed: true })
    await t.call('unitYears.act', { ids: [id!], action: 'RECEIVE_DOSSIER', date: '2023-11-05' })
    const detail = await t.call('unitYears.get', { id: id! })
    expect(detail.criteria[0]).toMatchObject({ number: 1, manual: 'DAT', effective: 'KHONG_DAT', computedNote: 'Không đăng ký trong Quý I' })
    const blocked = await expectRefusal(t.call('unitYears.act', { ids: [id!], action: 'APPRAISE_PASS', date: '2023-12-01' }))
    expect(blocked.message).toBe('Chưa thể đề nghị công nhận: đơn vị chưa đạt tiêu chí 1.')
    await t.call('unitYears.act', { ids: [id!], action: 'APPRAISE_FAIL', date: '2023-12-01' })
    expect((await t.call('unitYears.get', { id: id! })).history[0]!.reason).toBe('Chưa đạt tiêu chí 1')
  })

  test('TT 23 (2021): late registration is only a warning-free date and the 70% base is the KDC alone', async () => {
    const { kdcIds, agencyId } = await ward()
    await t.call('years.open', { year: 2021 })
    const ids = await idsByUnit(2021, kdcIds)
    const smallRow = (await rowsOf(2021)).find((row) => row.unitType === 'DOANH_NGHIEP')
    expect(smallRow?.status).toBe('CHUA_DANG_KY')
    await t.call('unitYears.act', { ids, action: 'REGISTER', date: '2021-05-10' })
    await recogniseIn2021(ids.slice(0, 7))
    const [commune] = await t.call('communes.results', { year: 2021 })
    expect(commune).toMatchObject({ basis: 'TT23', n: 10, r: 10, a: 7, pass: true })
    expect(agencyId).toBeGreaterThan(0)
  })

  test('closing the year needs confirmation, ends unfinished rows, then the year is read-only except amendments', async () => {
    const { kdcIds } = await ward()
    await t.call('years.open', { year: 2023 })
    const ids = await idsByUnit(2023, kdcIds)
    await t.call('unitYears.act', { ids: ids.slice(0, 3), action: 'REGISTER', date: '2023-03-01' })
    const confirm = await expectRefusal(t.call('years.close', { year: 2023 }))
    expect(confirm.code).toBe('NEEDS_CONFIRMATION')
    expect(confirm.message).toMatch(/^Chốt năm 2023: 12 hồ sơ chưa có kết quả/)
    const closed = await t.call('years.close', { year: 2023, confirmed: true })
    expect(closed.status).toBe('CLOSED')
    const detail = await t.call('unitYears.get', { id: ids[0]! })
    expect(detail).toMatchObject({ status: 'KHONG_CONG_NHAN', outcomeReason: 'KHONG_NOP_HO_SO', locked: true, allowedActions: ['AMEND'] })
    expect((await t.call('unitYears.get', { id: ids[5]! })).outcomeReason).toBe('KHONG_DANG_KY')
    const edit = await expectRefusal(t.call('unitYears.save', { id: ids[0]!, notes: 'x' }))
    expect(edit.message).toMatch(/đã có kết quả cuối cùng|đã chốt/)
    const deadlines = await expectRefusal(t.call('years.updateDeadlines', { year: 2023, decisionDue: '2024-01-15' }))
    expect(deadlines.message).toMatch(/Năm đánh giá 2023 đã chốt/)
  })

  test('criteria are office-editable with copy-on-write: a closed year keeps the text it was judged on', async () => {
    await ward('Phường 1', 2)
    await t.call('years.open', { year: 2022 })
    const before = await t.call('criteria.list', { year: 2022, unitType: 'KDC' })
    expect(before[3]).toMatchObject({ number: 4, textStatus: 'VERBATIM_C', sourceRef: 'TT 124/2021/TT-BCA Điều 4 khoản 4 (Bộ pháp điển Điều 1.6.TT.20.4)' })
    expect(before[3]!.items.map((item) => item.key)).toEqual(['a', 'b', 'c', 'd'])
    await t.call('years.close', { year: 2022, confirmed: true })
    const edited = await t.call('criteria.edit', { id: before[3]!.id, shortTitle: 'Tiêu chí 4', text: 'Nội dung do cơ quan nhập theo văn bản gốc.' })
    expect(edited).toMatchObject({ textStatus: 'OFFICE_ENTERED', text: 'Nội dung do cơ quan nhập theo văn bản gốc.' })
    expect(edited.id).not.toBe(before[3]!.id)
    const judged = await t.call('criteria.list', { year: 2022, unitType: 'KDC' })
    expect(judged[3]!.text).toBe(before[3]!.text)
    await t.call('years.open', { year: 2023 })
    const next = await t.call('criteria.list', { year: 2023, unitType: 'KDC' })
    expect(next[3]!.text).toBe('Nội dung do cơ quan nhập theo văn bản gốc.')
    const added = await t.call('criteria.add', { regulationId: 'TT124_2021', unitType: 'KDC', shortTitle: 'Tiêu chí của tỉnh', sourceRef: 'QĐ 514/QĐ-UBND' })
    expect(added).toMatchObject({ number: 6, addedBy: 'PROVINCE' })
    expect(await t.call('criteria.list', { year: 2023, unitType: 'KDC' })).toHaveLength(6)
    expect(await t.call('criteria.list', { year: 2022, unitType: 'KDC' })).toHaveLength(5)
  })

  test('rollover: the next year carries the registry and shows last year’s result beside each unit', async () => {
    const { kdcIds } = await ward('Phường 2', 3)
    await t.call('years.open', { year: 2022 })
    const ids = await idsByUnit(2022, kdcIds)
    await t.call('unitYears.act', { ids: [ids[0]!], action: 'REGISTER', date: '2022-03-01' })
    await t.call('years.close', { year: 2022, confirmed: true })
    await t.call('years.open', { year: 2023 })
    const rows = await rowsOf(2023)
    expect(rows.filter((row) => row.previousStatus === 'KHONG_CONG_NHAN')).toHaveLength(5)
    const detail = await t.call('unitYears.get', { id: rows.find((row) => row.unitId === kdcIds[0])!.id })
    expect(detail.previous).toMatchObject({ year: 2022, status: 'KHONG_CONG_NHAN' })
  })
})

async function recogniseIn2021(ids: number[]) {
  await t.call('unitYears.act', { ids, action: 'RECORD_MEETING', date: '2021-11-05', allCriteriaPassed: true })
  await t.call('unitYears.act', { ids, action: 'RECEIVE_DOSSIER', date: '2021-11-08' })
  await t.call('unitYears.act', { ids, action: 'APPRAISE_PASS', date: '2021-12-01' })
  await t.call('unitYears.act', { ids, action: 'PROPOSE', date: '2021-12-05', ref: '45/TTr' })
  await t.call('unitYears.act', { ids, action: 'RECORD_DECISION', date: '2021-12-10', ref: '120/QĐ-UBND', signer: 'A' })
}

describe('the commune itself', () => {
  test('V24: a commune is not appraised while units it manages have no result; V25: a commune with no unit cannot be rated', async () => {
    const { kdcIds } = await ward('Phường 5', 3)
    const empty = await t.call('areas.create', { name: 'Phường Trống', kind: 'PHUONG' })
    await t.call('years.open', { year: 2023 })
    const rows = await rowsOf(2023)
    const commune = rows.find((row) => row.unitType === 'XA' && row.areaName === 'Phường 5')!
    const lonely = rows.find((row) => row.unitType === 'XA' && row.areaId === empty.id)!
    // Each commune has an effective movement model (TT 124 criterion 1), so no V26 warning stops the steps below.
    for (const areaId of [commune.areaId!, empty.id]) {
      const model = await t.call('models.create', { name: 'Tổ tự quản', kind: 'TU_QUAN', areaId })
      await t.call('models.setYear', { modelId: model.id, year: 2023, effective: true })
    }
    for (const id of [commune.id, lonely.id]) {
      await t.call('unitYears.act', { ids: [id], action: 'REGISTER', date: '2023-03-01' })
      await t.call('unitYears.act', { ids: [id], action: 'RECORD_MEETING', date: '2023-11-20', allCriteriaPassed: true })
      await t.call('unitYears.act', { ids: [id], action: 'RECEIVE_DOSSIER', date: '2023-11-25' })
    }
    const pending = await expectRefusal(t.call('unitYears.act', { ids: [commune.id], action: 'APPRAISE_PASS', date: '2023-12-01' }))
    expect(pending.message).toContain('Chưa thể thẩm định Phường 5: còn 4 đơn vị thuộc quản lý chưa có kết quả công nhận.')
    const none = await expectRefusal(t.call('unitYears.act', { ids: [lonely.id], action: 'APPRAISE_PASS', date: '2023-12-01' }))
    expect(none.message).toContain('Phường Trống chưa có đơn vị nào thuộc diện xét công nhận; không thể tính tỷ lệ.')
    expect(kdcIds).toHaveLength(3)
  })

  test('changing the legal basis of a year needs a reason and re-scopes the units not yet registered', async () => {
    const { smallId } = await ward('Phường 6', 1)
    await t.call('years.open', { year: 2022 })
    const small = () => rowsOf(2022).then((rows) => rows.find((row) => row.unitId === smallId)!)
    expect((await small()).status).toBe('NGOAI_PHAM_VI')
    const noReason = await t.raw('years.changeRegulation', { year: 2022, regulationId: 'TT23_2012', reason: '' })
    expect(noReason).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'Lý do không được để trống.' } })
    const changed = await t.call('years.changeRegulation', { year: 2022, regulationId: 'TT23_2012', reason: 'Tỉnh hướng dẫn áp dụng Thông tư 23 cho năm chuyển tiếp' })
    expect(changed).toMatchObject({ regulationId: 'TT23_2012', basisChangeReason: 'Tỉnh hướng dẫn áp dụng Thông tư 23 cho năm chuyển tiếp' })
    expect((await small()).status).toBe('CHUA_DANG_KY')
    const detail = await t.call('unitYears.get', { id: (await small()).id })
    expect(detail.history[0]).toMatchObject({ actionLabel: 'Đưa lại vào phạm vi', reason: 'Tỉnh hướng dẫn áp dụng Thông tư 23 cho năm chuyển tiếp' })
  })
})

describe('the board filters', () => {
  test('“Thiếu hồ sơ” finds submitted dossiers with a mandatory item missing and says which', async () => {
    const { kdcIds } = await ward('Phường 8', 3)
    await t.call('years.open', { year: 2023 })
    const ids = await idsByUnit(2023, kdcIds)
    await t.call('unitYears.act', { ids, action: 'REGISTER', date: '2023-03-01' })
    await t.call('unitYears.act', { ids, action: 'RECORD_MEETING', date: '2023-11-02', allCriteriaPassed: true })
    await t.call('unitYears.act', { ids, action: 'RECEIVE_DOSSIER', date: '2023-11-05' })
    await t.call('unitYears.save', { id: ids[1]!, dossier: [{ code: 'BIEN_BAN', receivedOn: null }] })
    const missing = await t.call('board.list', { year: 2023, missingDocumentsOnly: true })
    expect(missing.rows.map((row) => [row.unitName, row.missing])).toEqual([['Khu phố 2', 'Thiếu: Biên bản cuộc họp đánh giá tình hình, kết quả thực hiện các tiêu chí']])
    const blocked = await expectRefusal(t.call('unitYears.act', { ids, action: 'APPRAISE_PASS', date: '2023-12-01' }))
    expect(blocked.message).toContain('Khu phố 2: Hồ sơ chưa đủ: còn thiếu Biên bản cuộc họp đánh giá tình hình, kết quả thực hiện các tiêu chí.')
    expect((await rowsOf(2023)).filter((row) => row.status === 'THAM_DINH_DAT')).toHaveLength(0)
    const search = await t.call('board.list', { year: 2023, search: 'KHU PHO 3' })
    expect(search.rows.map((row) => row.unitName)).toEqual(['Khu phố 3'])
  })
})
