import { afterEach, describe, expect, test } from 'vitest'
import { expectRefusal, openTestCore, type TestCore } from '../helpers/temp-core'
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations'
import { schemaBefore } from '../helpers/undo-migrations'

let t: TestCore
afterEach(async () => {
  await t.close()
})

const V26_2023 = 'Chưa có mô hình phong trào hoạt động hiệu quả năm 2023: tiêu chí 1 sẽ không đạt.'

async function ward() {
  const area = await t.call('areas.create', { name: 'Phường Thắng Tam', kind: 'PHUONG' })
  const { unit: kdc } = await t.call('units.create', { values: { type: 'KDC', name: 'Khu phố 1', areaId: area.id, managingLevel: 'XA', householdsTotal: 300 } })
  const { unit: company } = await t.call('units.create', {
    values: { type: 'DOANH_NGHIEP', name: 'Công ty TNHH Biển Đông', areaId: area.id, managingLevel: 'HUYEN', enterpriseSize: 'VUA', staffTotal: 50 },
    confirmed: true
  })
  return { area, kdc, company }
}

async function unitYearOf(year: number, predicate: (row: { unitType: string; unitId: number }) => boolean) {
  const board = await t.call('board.list', { year, limit: 100 })
  return board.rows.find(predicate)!.id
}

async function criterion1(id: number) {
  const detail = await t.call('unitYears.get', { id })
  return detail.criteria.find((c) => c.number === 1)!
}

describe('movement models and TT 124 criterion 1 (domain.md §3.3, V26)', () => {
  test('criterion 1 of a commune is computed from the effective models of its area, never typed', async () => {
    t = openTestCore({ now: () => new Date('2023-06-20T03:00:00Z') })
    const { area, kdc, company } = await ward()
    await t.call('years.open', { year: 2023 })
    const communeYear = await unitYearOf(2023, (row) => row.unitType === 'XA')
    const companyYear = await unitYearOf(2023, (row) => row.unitId === company.id)

    const before = await criterion1(communeYear)
    expect(before.effective).toBe('KHONG_DAT')
    expect(before.computedNote).toBe(`Không đăng ký trong Quý I; ${V26_2023}`)
    // V26 is a warning on registration: it needs confirmation, then goes through.
    const warned = await expectRefusal(t.call('unitYears.act', { ids: [communeYear], action: 'REGISTER', date: '2023-03-10' }))
    expect(warned).toMatchObject({ code: 'NEEDS_CONFIRMATION', message: V26_2023 })
    await t.call('unitYears.act', { ids: [communeYear], action: 'REGISTER', date: '2023-03-10', confirmed: true })
    // Marking DAT by hand does not overrule the computed part.
    await t.call('unitYears.save', { id: communeYear, criteria: [{ code: 'XA1', result: 'DAT' }] })
    expect(await criterion1(communeYear)).toMatchObject({ effective: 'KHONG_DAT', computedNote: V26_2023 })

    // A model hosted by one of the commune's khu dân cư, not yet effective: still failing.
    const model = await t.call('models.create', { name: 'Tổ tự quản Khu phố 1', kind: 'TU_QUAN', hostUnitId: kdc.id, establishedOn: '2020-01-15' })
    await t.call('models.setYear', { modelId: model.id, year: 2023, effective: false, members: 8 })
    expect((await criterion1(communeYear)).effective).toBe('KHONG_DAT')
    await t.call('models.setYear', { modelId: model.id, year: 2023, effective: true, members: 9 })
    expect(await criterion1(communeYear)).toMatchObject({ effective: 'DAT', computedNote: 'Có 1 mô hình hoạt động hiệu quả' })
    // The commune's model is not the enterprise's: criterion 1 of the DN still fails until it has its own.
    await t.call('unitYears.act', { ids: [companyYear], action: 'REGISTER', date: '2023-03-12', confirmed: true })
    expect(await criterion1(companyYear)).toMatchObject({ effective: 'KHONG_DAT', computedNote: V26_2023 })
    const own = await t.call('models.create', { name: 'Đội tự bảo vệ Biển Đông', kind: 'TU_BAO_VE', hostUnitId: company.id })
    await t.call('models.setYear', { modelId: own.id, year: 2023, effective: true, members: 12 })
    expect((await criterion1(companyYear)).effective).toBe('CHUA_DANH_GIA')

    // Listing: per unit-year and per commune, with the status in the year.
    expect((await t.call('models.list', { unitYearId: communeYear })).map((m) => m.name)).toEqual(['Tổ tự quản Khu phố 1'])
    const inArea = await t.call('models.list', { areaId: area.id, year: 2023 })
    expect(inArea.map((m) => [m.name, m.inYear?.effective, m.inYear?.members])).toEqual([
      ['Đội tự bảo vệ Biển Đông', true, 12],
      ['Tổ tự quản Khu phố 1', true, 9]
    ])
    // Each change is in the audit log.
    const audited = t.core.ctx.sqlite.prepare("SELECT entity, action FROM audit_log WHERE entity IN ('movement_model','model_year') ORDER BY id").all()
    expect(audited).toEqual([
      { entity: 'movement_model', action: 'CREATE' },
      { entity: 'model_year', action: 'CREATE' },
      { entity: 'model_year', action: 'UPDATE' },
      { entity: 'movement_model', action: 'CREATE' },
      { entity: 'model_year', action: 'CREATE' }
    ])
    // Table D (by commune).
    const table = await t.call('models.tableD', { year: 2023 })
    expect(table.rows).toEqual([expect.objectContaining({ areaName: 'Phường Thắng Tam', models: 2, effective: 2, members: 21 })])
    expect(table.total.byKind).toMatchObject({ TU_QUAN: 1, TU_BAO_VE: 1, TU_PHONG: 0 })
  })

  test('bad input is refused with a Vietnamese message and nothing is written', async () => {
    t = openTestCore({ now: () => new Date('2023-06-20T03:00:00Z') })
    const { area, kdc } = await ward()
    const both = await expectRefusal(t.call('models.create', { name: 'Mô hình', kind: 'KHAC', hostUnitId: kdc.id, areaId: area.id }))
    expect(both.message).toBe('Vui lòng chọn đơn vị chủ trì hoặc xã, phường của mô hình (chỉ chọn một).')
    const dates = await expectRefusal(t.call('models.create', { name: 'Mô hình', kind: 'KHAC', areaId: area.id, establishedOn: '2022-05-01', endedOn: '2021-01-01' }))
    expect(dates.message).toBe('Ngày kết thúc (01/01/2021) không được trước ngày thành lập (01/05/2022).')
    const ended = await t.call('models.create', { name: 'Mô hình cũ', kind: 'TU_PHONG', areaId: area.id, establishedOn: '2015-01-01', endedOn: '2020-12-31' })
    const late = await expectRefusal(t.call('models.setYear', { modelId: ended.id, year: 2023, effective: true }))
    expect(late.message).toBe('Mô hình “Mô hình cũ” không hoạt động trong năm 2023 (xem ngày thành lập, ngày kết thúc).')
    const negative = await t.raw('models.setYear', { modelId: ended.id, year: 2020, effective: true, members: -1 })
    expect(negative).toMatchObject({ ok: false, error: { message: 'Số lượng phải là số nguyên không âm.' } })
    expect(t.core.ctx.sqlite.prepare('SELECT count(*) AS n FROM model_year').get()).toEqual({ n: 0 })
  })

  test('a closed year keeps its models; the migration leaves a closed year’s criteria set alone', async () => {
    t = openTestCore({ now: () => new Date('2025-06-20T03:00:00Z') })
    const { area } = await ward()
    await t.call('years.open', { year: 2022 })
    const model = await t.call('models.create', { name: 'Camera an ninh', kind: 'TU_PHONG', areaId: area.id })
    await t.call('models.setYear', { modelId: model.id, year: 2022, effective: true, members: 3 })
    await t.call('years.close', { year: 2022, confirmed: true })
    const closed = await expectRefusal(t.call('models.setYear', { modelId: model.id, year: 2022, effective: false }))
    expect(closed.message).toMatch(/^Năm đánh giá 2022 đã chốt/)
    expect((await expectRefusal(t.call('models.delete', { id: model.id }))).code).toBe('CONFLICT')
    await t.call('years.open', { year: 2025 })

    // An office database from before migration 005: the criterion 1 of every set is “registration” only.
    t.core.ctx.sqlite.exec(schemaBefore('law_2026'))
    t.core.ctx.sqlite.exec("UPDATE criterion SET formula_key = 'registration' WHERE formula_key = 'registration+effective_models'; DROP TABLE model_year; DROP TABLE movement_model; PRAGMA user_version = 4;")
    const dataDir = t.dataDir
    await t.close()
    t = openTestCore({ dataDir, now: () => new Date('2025-06-20T03:00:00Z') })
    const formulaOf = (year: number) =>
      (t.core.ctx.sqlite.prepare("SELECT c.formula_key AS f FROM criterion c JOIN eval_year y ON y.criterion_set_id = c.set_id WHERE y.year = ? AND c.code = 'XA1'").get(year) as { f: string }).f
    expect(formulaOf(2022)).toBe('registration')
    expect(formulaOf(2025)).toBe('registration+effective_models')
    expect(t.core.ctx.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
  })
})


describe('models that a decision or a deletion depends on', () => {
  test('a decided unit-year keeps its models; a unit or commune with models is not deleted', async () => {
    t = openTestCore({ now: () => new Date('2023-12-20T03:00:00Z') })
    const { company } = await ward()
    const spare = await t.call('areas.create', { name: 'Phường Dự Phòng', kind: 'PHUONG' })
    const { unit: shop } = await t.call('units.create', { values: { type: 'DOANH_NGHIEP', name: 'Cửa hàng Mới', areaId: spare.id, managingLevel: 'HUYEN', enterpriseSize: 'VUA' } })
    const shopModel = await t.call('models.create', { name: 'Tổ tự bảo vệ cửa hàng', kind: 'TU_BAO_VE', hostUnitId: shop.id })
    const spareModel = await t.call('models.create', { name: 'Camera phường dự phòng', kind: 'TU_PHONG', areaId: spare.id })
    expect((await expectRefusal(t.call('units.delete', { id: shop.id }))).message).toBe(
      'Không thể xóa “Cửa hàng Mới” vì còn mô hình phong trào: Tổ tự bảo vệ cửa hàng. Hãy xóa hoặc chuyển các mô hình trước.'
    )
    await t.call('models.delete', { id: shopModel.id })
    await t.call('units.delete', { id: shop.id })
    expect((await expectRefusal(t.call('areas.delete', { id: spare.id }))).message).toMatch(/^Không thể xóa “Phường Dự Phòng” vì còn mô hình phong trào: Camera phường dự phòng\./)
    await t.call('models.delete', { id: spareModel.id })
    await t.call('areas.delete', { id: spare.id })

    await t.call('years.open', { year: 2023 })
    const model = await t.call('models.create', { name: 'Đội tự bảo vệ Biển Đông', kind: 'TU_BAO_VE', hostUnitId: company.id })
    await t.call('models.setYear', { modelId: model.id, year: 2023, effective: true, members: 12 })
    const id = await unitYearOf(2023, (row) => row.unitId === company.id)
    await t.call('unitYears.act', { ids: [id], action: 'REGISTER', date: '2023-03-10' })
    await t.call('unitYears.act', { ids: [id], action: 'RECORD_MEETING', date: '2023-11-05', chair: 'Giám đốc', allCriteriaPassed: true })
    await t.call('unitYears.act', { ids: [id], action: 'RECEIVE_DOSSIER', date: '2023-11-08' })
    await t.call('unitYears.act', { ids: [id], action: 'APPRAISE_PASS', date: '2023-11-10' })
    await t.call('unitYears.act', { ids: [id], action: 'PROPOSE', date: '2023-11-12', ref: '45/TTr-CAP' })
    await t.call('unitYears.act', { ids: [id], action: 'RECORD_DECISION', date: '2023-11-14', ref: '120/QĐ-UBND', signer: 'Nguyễn Văn A' })
    const refusal = await expectRefusal(t.call('models.setYear', { modelId: model.id, year: 2023, effective: false }))
    expect(refusal.message).toBe(
      'Hồ sơ năm 2023 của Công ty TNHH Biển Đông đã có kết quả cuối cùng; không thay đổi được mô hình của năm này. Mọi thay đổi phải thực hiện bằng chức năng “Điều chỉnh” và ghi rõ lý do.'
    )
    expect((await criterion1(id)).effective).toBe('DAT')
    expect((await expectRefusal(t.call('models.delete', { id: model.id }))).code).toBe('CONFLICT')
  })
})

describe('sample movement models (domain.md §10)', () => {
  test('the sample has 4 models with 2019–2021 rows, listed in Table D, removed with the sample; real models on sample units stop the removal', async () => {
    t = openTestCore({ now: () => new Date('2022-02-15T03:00:00Z') })
    await t.call('app.loadSample', {})
    const models = await t.call('models.list', {})
    expect(models).toHaveLength(4)
    expect(models.every((m) => m.name.endsWith('(mẫu)') && m.isSample)).toBe(true)
    expect(t.core.ctx.sqlite.prepare('SELECT count(*) AS n FROM model_year WHERE year BETWEEN 2019 AND 2021').get()).toEqual({ n: 12 })
    const d2019 = await t.call('models.tableD', { year: 2019 })
    const d2020 = await t.call('models.tableD', { year: 2020 })
    expect(d2019.rows).toHaveLength(17)
    expect([d2019.total.effective, d2020.total.effective]).toEqual([3, 4])
    expect(d2020.rows.find((row) => row.areaName === 'Xã Long Sơn')).toMatchObject({ models: 1, effective: 1, members: 9 })
    // The 2020 results stay those of CV 1888 (13/17 communes; test/integration/cycle/sample-years.test.ts has the rest).
    const communes2020 = await t.call('board.list', { year: 2020, type: 'XA', status: 'DA_CONG_NHAN', limit: 100 })
    expect(communes2020.rows).toHaveLength(13)

    const company = (await t.call('units.list', { search: 'Biển Xanh', limit: 5 })).rows[0]!
    const real = await t.call('models.create', { name: 'Mô hình thật', kind: 'KHAC', hostUnitId: company.id })
    const refusal = await expectRefusal(t.call('app.removeSample', {}))
    expect(refusal.message).toBe('Không thể xóa dữ liệu mẫu vì có dữ liệu thật liên kết: mô hình Mô hình thật.')
    expect(await t.call('models.list', {})).toHaveLength(5)
    await t.call('models.delete', { id: real.id })
    await t.call('app.removeSample', {})
    expect(await t.call('models.list', {})).toHaveLength(0)
    expect(t.core.ctx.sqlite.prepare('SELECT count(*) AS n FROM model_year').get()).toEqual({ n: 0 })
  })
})
