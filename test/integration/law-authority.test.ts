import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { expectRefusal, openTestCore, type TestCore } from '../helpers/temp-core'

let t: TestCore
beforeEach(() => {
  t = openTestCore({ now: () => new Date('2026-12-02T03:00:00Z') })
})
afterEach(async () => {
  await t.close()
})

/** Công an phường Tam Thắng, 2026: two khu phố and the ward itself. */
async function ward() {
  await t.call('settings.saveOffice', {
    level: 'XA',
    parentBodyName: 'CÔNG AN THÀNH PHỐ HỒ CHÍ MINH',
    officeName: 'CÔNG AN PHƯỜNG TAM THẮNG',
    officeAbbreviation: 'CAP',
    peoplesCommitteeName: 'ỦY BAN NHÂN DÂN PHƯỜNG TAM THẮNG',
    placeName: 'Tam Thắng',
    rootAreaId: null
  } as never)
  await t.call('signers.create', { name: 'Lê Văn Minh', body: 'CONG_AN', authorityPrefix: '', authorityLine: null, titleLine: 'TRƯỞNG CÔNG AN PHƯỜNG', validFrom: null, validTo: null } as never)
  const area = await t.call('areas.create', { name: 'Phường Tam Thắng', kind: 'PHUONG' })
  for (const n of [1, 2]) {
    await t.call('units.create', { values: { type: 'KDC', name: `Khu phố ${n}`, areaId: area.id, kdcSubtype: 'khu phố', managingLevel: 'XA', householdsTotal: 300 } })
  }
  await t.call('years.open', { year: 2026 })
  const rows = (await t.call('board.list', { year: 2026, limit: 100 })).rows
  const idOf = (name: string) => rows.find((row) => row.unitName === name)!.id
  // Criterion 1 of the ward needs an effective movement model in the year (Điều 5.1).
  const model = await t.call('models.create', { name: 'Tổ an ninh khu phố', kind: 'TU_QUAN', hostUnitId: rows.find((row) => row.unitName === 'Phường Tam Thắng')!.unitId })
  await t.call('models.setYear', { modelId: model.id, year: 2026, effective: true, members: 9 })
  return { areaId: area.id, kdc: [idOf('Khu phố 1'), idOf('Khu phố 2')], wardId: idOf('Phường Tam Thắng') }
}

async function step(ids: number[], action: string, date: string, extra: Record<string, unknown> = {}) {
  await t.call('unitYears.act', { ids, action, date, confirmed: true, ...extra } as never)
}

async function appraised(ids: number[]) {
  await step(ids, 'REGISTER', '2026-03-10')
  await step(ids, 'RECORD_MEETING', '2026-11-02', { allCriteriaPassed: true })
  await step(ids, 'RECEIVE_DOSSIER', '2026-11-03')
  await step(ids, 'APPRAISE_PASS', '2026-11-04')
}

const kinhGui = async () => {
  const prepared = await t.call('documents.prepare', { kind: 'DOC-TTR-CONGNHAN', year: 2026, reference: null })
  const preview = await t.call('documents.preview', { request: prepared.request })
  const block = preview.spec.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'kinhGui') as { addressees: string[] }
  return { prepared: prepared.request.addressees, printed: block.addressees, warnings: preview.warnings }
}

describe('who recognises a unit and whom its tờ trình goes to: one rule (issue 11 item 10, TT 124 Điều 10)', () => {
  test('the ward’s own tờ trình goes to the province’s committee its page names, marked chưa xác minh; its khu phố’s to UBND phường', async () => {
    const { kdc, wardId } = await ward()
    await appraised(kdc)
    const detail = await t.call('unitYears.get', { id: kdc[0]! })
    expect(detail.authority).toBe('UBND cấp xã (chưa xác minh)')
    // Issue 8 item 6: the ward police's steps are its own in the history, not a district team's.
    expect(new Set(detail.history.map((h) => h.actor))).toEqual(new Set(['Cán bộ Công an xã, phường']))
    expect(await kinhGui()).toMatchObject({ prepared: ['Ủy ban nhân dân phường Tam Thắng'], printed: ['Ủy ban nhân dân phường Tam Thắng'] })

    await step(kdc, 'PROPOSE', '2026-11-05', { ref: '12/TTr-CAP' })
    await step(kdc, 'RECORD_DECISION', '2026-11-10', { ref: '112/QĐ-UBND', signer: 'Đặng Văn Hòa' })
    await appraised([wardId])
    expect((await t.call('unitYears.get', { id: wardId })).authority).toBe('UBND cấp tỉnh (chưa xác minh)')
    const own = await kinhGui()
    expect(own.prepared).toEqual(['Ủy ban nhân dân thành phố Hồ Chí Minh'])
    expect(own.printed).toEqual(['Ủy ban nhân dân thành phố Hồ Chí Minh'])
    expect(own.warnings.join(' ')).toContain('“UBND cấp tỉnh (chưa xác minh)” theo lựa chọn của cơ quan, chưa xác minh với Thông tư số 48/2025/TT-BCA')

    // The office chooses another reading of TT 48: the page and the tờ trình follow together.
    await t.call('law.setCommuneAuthority', { choice: 'CHU_TICH_UBND_TINH' })
    expect((await t.call('unitYears.get', { id: wardId })).authority).toBe('Chủ tịch UBND cấp tỉnh (chưa xác minh)')
    expect((await kinhGui()).printed).toEqual(['Chủ tịch Ủy ban nhân dân thành phố Hồ Chí Minh'])
  })

  test('units of two authorities in one tờ trình are refused, naming each body and its units', async () => {
    const { kdc, areaId } = await ward()
    const { unit } = await t.call('units.create', { values: { type: 'CO_QUAN', name: 'Kho bạc khu vực', areaId, managingLevel: 'TINH', staffTotal: 20 } })
    const model = await t.call('models.create', { name: 'Tổ bảo vệ Kho bạc', kind: 'TU_BAO_VE', hostUnitId: unit.id })
    await t.call('models.setYear', { modelId: model.id, year: 2026, effective: true, members: 5 })
    const agency = (await t.call('board.list', { year: 2026, limit: 100 })).rows.find((row) => row.unitName === 'Kho bạc khu vực')!.id
    expect((await t.call('unitYears.get', { id: agency })).authority).toBe('UBND cấp tỉnh (chưa xác minh)')
    await appraised([kdc[0]!, agency])
    const refusal = await expectRefusal(t.call('documents.prepare', { kind: 'DOC-TTR-CONGNHAN', year: 2026, reference: null }))
    expect(refusal.message).toBe(
      'Các đơn vị được chọn thuộc thẩm quyền công nhận của các cơ quan khác nhau (Ủy ban nhân dân thành phố Hồ Chí Minh: Kho bạc khu vực; Ủy ban nhân dân phường Tam Thắng: Khu phố 1). Vui lòng lập tờ trình riêng cho từng cơ quan.'
    )
  })

  test('Điều 10.5: a cơ quan the province delegated to the ward counts in the ward’s commune rule (Điều 5.4) and is recognised by UBND cấp xã', async () => {
    const { areaId, kdc } = await ward()
    const other = await t.call('areas.create', { name: 'Phường Vũng Tàu', kind: 'PHUONG' })
    const { unit } = await t.call('units.create', { values: { type: 'CO_QUAN', name: 'Kho bạc khu vực', areaId, managingLevel: 'TINH', staffTotal: 20 } })
    const agency = (await t.call('board.list', { year: 2026, limit: 100 })).rows.find((row) => row.unitName === 'Kho bạc khu vực')!.id
    const communeOf = async () => (await t.call('communes.results', { year: 2026 })).find((c) => c.areaId === areaId)!
    expect((await communeOf()).n).toBe(2)

    // Bad input: a khu phố cannot be delegated; nor to a ward the unit is not in. Nothing is written.
    expect((await expectRefusal(t.call('law.setDelegation', { unitId: (await t.call('unitYears.get', { id: kdc[0]! })).unitId, areaId }))).message).toContain('khoản 5 Điều 10')
    expect((await expectRefusal(t.call('law.setDelegation', { unitId: unit.id, areaId: other.id }))).message).toBe(
      'Kho bạc khu vực không đóng trên địa bàn Phường Vũng Tàu: chỉ ủy quyền cho đơn vị đóng trên địa bàn (khoản 5 Điều 10 Thông tư số 124/2021/TT-BCA).'
    )
    expect((await communeOf()).n).toBe(2)

    await t.call('law.setDelegation', { unitId: unit.id, areaId })
    expect(await communeOf()).toMatchObject({ n: 3, aMin: 3 })
    expect((await t.call('unitYears.get', { id: agency })).authority).toBe('UBND cấp xã (được ủy quyền) (chưa xác minh)')
    // An edit of the unit in the registry keeps the delegation counted.
    await t.call('units.update', { id: unit.id, values: { type: 'CO_QUAN', name: 'Kho bạc Nhà nước khu vực', areaId, managingLevel: 'TINH', staffTotal: 21 } })
    expect((await communeOf()).n).toBe(3)
    await t.call('law.setDelegation', { unitId: unit.id, areaId: null })
    expect((await communeOf()).n).toBe(2)
  })
})
