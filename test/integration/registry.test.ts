import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { expectRefusal, openTestCore, type TestCore } from '../helpers/temp-core'

let t: TestCore
beforeEach(() => {
  t = openTestCore()
})
afterEach(async () => {
  await t.close()
})

async function ward(name = 'Phường Thắng Nhất') {
  const city = await t.call('areas.create', { name: 'Thành phố Vũng Tàu', kind: 'HUYEN' })
  return t.call('areas.create', { name, kind: 'PHUONG', parentId: city.id })
}

const kdc = (areaId: number, name: string, extra: Record<string, unknown> = {}) => ({
  values: { type: 'KDC' as const, name, areaId, managingLevel: 'XA' as const, householdsTotal: 300, ...extra }
})

async function tableCounts() {
  const db = t.core.ctx.sqlite
  return {
    areas: db.prepare('SELECT count(*) FROM admin_area').pluck().get(),
    units: db.prepare('SELECT count(*) FROM unit').pluck().get(),
    signers: db.prepare('SELECT count(*) FROM signer').pluck().get()
  }
}

describe('areas', () => {
  test('a ward is also a unit of type XA that follows its name', async () => {
    const area = await ward()
    let list = await t.call('units.list', { type: 'XA' })
    expect(list.rows.map((row) => row.name)).toEqual(['Phường Thắng Nhất'])
    await t.call('areas.update', { id: area.id, values: { name: 'Phường Thắng Nhì', kind: 'PHUONG', parentId: area.parentId } })
    list = await t.call('units.list', { type: 'XA' })
    expect(list.rows.map((row) => row.name)).toEqual(['Phường Thắng Nhì'])
  })

  test('a duplicate ward name in the same parent is refused after folding, and nothing is written', async () => {
    const area = await ward()
    const before = await tableCounts()
    const refusal = await expectRefusal(t.call('areas.create', { name: 'phuong  thang nhat', kind: 'PHUONG', parentId: area.parentId }))
    expect(refusal.fields?.name).toMatch(/trùng tên “Phường Thắng Nhất”/)
    expect(await tableCounts()).toEqual(before)
  })

  test('an area with units cannot be deleted; an empty one can', async () => {
    const area = await ward()
    const unit = await t.call('units.create', kdc(area.id, 'Khu phố 1'))
    const refusal = await expectRefusal(t.call('areas.delete', { id: area.id }))
    expect(refusal.message).toMatch(/còn 1 đơn vị/)
    await t.call('units.delete', { id: unit.unit.id })
    await t.call('areas.delete', { id: area.id })
    expect((await t.call('units.list', { type: 'XA' })).total).toBe(0)
  })
})

describe('units', () => {
  test('create, read back NFC text, edit, and counts per type', async () => {
    const area = await ward()
    const created = await t.call('units.create', kdc(area.id, '  Khu   phố Đồi Ngọc '.normalize('NFD'), { headName: 'Nguyễn Thị Hường' }))
    expect(created.unit.name).toBe('Khu phố Đồi Ngọc')
    expect(created.unit.areaName).toBe('Phường Thắng Nhất')
    await t.call('units.update', { id: created.unit.id, values: { ...kdc(area.id, 'Khu phố Đồi Ngọc').values, householdsTotal: 412 } })
    const fetched = await t.call('units.get', { id: created.unit.id })
    expect(fetched.householdsTotal).toBe(412)
    const list = await t.call('units.list', {})
    expect(list.countsByType).toEqual({ KDC: 1, XA: 1 })
    expect(list.total).toBe(2)
  })

  test('diacritic-insensitive search folds đ: “doi ngoc” and “ĐỒI NGỌC” find Khu phố Đồi Ngọc', async () => {
    const area = await ward()
    await t.call('units.create', kdc(area.id, 'Khu phố Đồi Ngọc'))
    await t.call('units.create', kdc(area.id, 'Khu phố Bến Đá'))
    for (const search of ['doi ngoc', 'ĐỒI NGỌC', 'Đồi Ngọc'.normalize('NFD')]) {
      const found = await t.call('units.list', { search })
      expect(found.rows.map((row) => row.name)).toEqual(['Khu phố Đồi Ngọc'])
    }
    expect((await t.call('units.list', { search: 'phuong thang' })).rows.map((row) => row.name)).toEqual(['Phường Thắng Nhất'])
  })

  test('the list is in Vietnamese order with numbers as numbers', async () => {
    const area = await ward()
    for (const name of ['Khu phố 10', 'Khu phố 2', 'Ấp Đông', 'Ấp Dương', 'Ấp Ân', 'Khu phố 1']) {
      await t.call('units.create', kdc(area.id, name))
    }
    const list = await t.call('units.list', { type: 'KDC' })
    expect(list.rows.map((row) => row.name)).toEqual(['Ấp Ân', 'Ấp Dương', 'Ấp Đông', 'Khu phố 1', 'Khu phố 2', 'Khu phố 10'])
  })

  test('V06: a duplicate name in the same ward is refused after folding and abbreviation; nothing written', async () => {
    const area = await ward()
    await t.call('units.create', kdc(area.id, 'Khu phố 1'))
    const before = await tableCounts()
    for (const name of ['khu pho 01', 'KP.1', 'KP 1']) {
      const refusal = await expectRefusal(t.call('units.create', kdc(area.id, name)))
      expect(refusal.fields?.name).toBe('Đã có đơn vị trùng tên “Khu phố 1” tại Phường Thắng Nhất. Vui lòng kiểm tra lại hoặc đặt tên phân biệt.')
    }
    expect(await tableCounts()).toEqual(before)
    // The same name in another ward is fine.
    const other = await t.call('areas.create', { name: 'Phường 1', kind: 'PHUONG', parentId: area.parentId })
    await t.call('units.create', kdc(other.id, 'Khu phố 1'))
  })

  test('V06 against an inactive unit is a warning that needs confirmation', async () => {
    const area = await ward()
    const old = await t.call('units.create', kdc(area.id, 'Khu phố 1'))
    await t.call('units.deactivate', { id: old.unit.id, inactiveFrom: '2024-12-31', reason: 'Sáp nhập' })
    const refusal = await expectRefusal(t.call('units.create', kdc(area.id, 'Khu phố 1')))
    expect(refusal.code).toBe('NEEDS_CONFIRMATION')
    expect(refusal.warnings?.[0]).toMatch(/đã ngừng hoạt động/)
    const created = await t.call('units.create', { ...kdc(area.id, 'Khu phố 1'), confirmed: true })
    expect(created.warnings).toHaveLength(1)
  })

  test('a khu dân cư without its ward is refused at the area field', async () => {
    const refusal = await expectRefusal(t.call('units.create', { values: { type: 'KDC', name: 'Khu phố 1', managingLevel: 'XA' } }))
    expect(refusal.fields?.areaId).toBe('Khu dân cư phải thuộc một xã, phường, thị trấn hoặc đặc khu.')
  })

  test('attributes of another type are refused (households on an enterprise, size on a school)', async () => {
    const area = await ward()
    const dn = await expectRefusal(
      t.call('units.create', { values: { type: 'DOANH_NGHIEP', name: 'Công ty A', areaId: area.id, managingLevel: 'HUYEN', householdsTotal: 5, enterpriseSize: 'VUA' } })
    )
    expect(dn.fields?.householdsTotal).toBe('Chỉ khu dân cư mới có số hộ.')
    const school = await expectRefusal(
      t.call('units.create', { values: { type: 'CSGD', name: 'Trường A', areaId: area.id, managingLevel: 'HUYEN', enterpriseSize: 'VUA' } })
    )
    expect(school.fields?.enterpriseSize).toBe('Chỉ doanh nghiệp mới có quy mô doanh nghiệp.')
  })

  test('units excluded by Thông tư 124 are flagged with the reason, and can be filtered', async () => {
    const area = await ward()
    await t.call('units.create', { values: { type: 'DOANH_NGHIEP', name: 'Công ty TNHH Cơ khí', areaId: area.id, managingLevel: 'HUYEN', enterpriseSize: 'NHO' } })
    await t.call('units.create', { values: { type: 'CSGD', name: 'Trường Mầm non Hoa Sen', areaId: area.id, managingLevel: 'XA', educationLevels: ['MAM_NON'] } })
    await t.call('units.create', { values: { type: 'CO_QUAN', name: 'Đồn Biên phòng', areaId: area.id, managingLevel: 'TINH', isArmedForces: true } })
    await t.call('units.create', { values: { type: 'DOANH_NGHIEP', name: 'Công ty Cổ phần Cảng', areaId: area.id, managingLevel: 'HUYEN', enterpriseSize: 'LON' } })
    const excluded = await t.call('units.list', { outOfScopeOnly: true })
    expect(excluded.rows.map((row) => [row.name, row.outOfScope?.code])).toEqual([
      ['Công ty TNHH Cơ khí', 'DN_NHO_SIEU_NHO'],
      ['Đồn Biên phòng', 'LLVT'],
      ['Trường Mầm non Hoa Sen', 'CSGD_MN_TH']
    ])
    expect(excluded.rows[0]?.outOfScope?.reason).toMatch(/^Doanh nghiệp nhỏ, siêu nhỏ không thuộc đối tượng/)
  })

  test('V04/V23 warnings need confirmation: enterprise of unknown size, bad phone; a good phone passes', async () => {
    const area = await ward()
    const values = { type: 'DOANH_NGHIEP' as const, name: 'Công ty B', areaId: area.id, managingLevel: 'HUYEN' as const, phone: '12345' }
    const refusal = await expectRefusal(t.call('units.create', { values }))
    expect(refusal.warnings).toEqual([
      'Chưa xác định quy mô doanh nghiệp. Vui lòng chọn quy mô để xác định doanh nghiệp có thuộc đối tượng xét công nhận hay không.',
      'Số điện thoại “12345” không hợp lệ.'
    ])
    expect((await t.call('units.list', { type: 'DOANH_NGHIEP' })).total).toBe(0)
    const ok = await t.call('units.create', { values: { ...values, phone: '088 8800 147', enterpriseSize: 'VUA' } })
    expect(ok.warnings).toEqual([])
  })

  test('deactivate then reactivate; filters by active state', async () => {
    const area = await ward()
    const unit = await t.call('units.create', kdc(area.id, 'Khu phố 1'))
    const inactive = await t.call('units.deactivate', { id: unit.unit.id, inactiveFrom: '2025-07-01', reason: 'Sáp nhập' })
    expect(inactive.active).toBe(false)
    expect((await t.call('units.list', { type: 'KDC' })).total).toBe(0)
    expect((await t.call('units.list', { type: 'KDC', active: 'inactive' })).rows[0]?.inactiveReason).toBe('Sáp nhập')
    await t.call('units.reactivate', { id: unit.unit.id })
    expect((await t.call('units.list', { type: 'KDC' })).total).toBe(1)
  })

  test('the commune unit itself cannot be created or deleted directly', async () => {
    const area = await ward()
    const refusal = await expectRefusal(t.call('units.create', { values: { type: 'XA', name: 'Phường X', areaId: area.id, managingLevel: 'HUYEN' } }))
    expect(refusal.fields?.type).toMatch(/được tạo cùng với khu vực/)
    const xa = (await t.call('units.list', { type: 'XA' })).rows[0]
    const deletion = await expectRefusal(t.call('units.delete', { id: xa?.id as number }))
    expect(deletion.message).toMatch(/xóa cùng với khu vực/)
  })

  test('a malformed request is refused in Vietnamese and changes nothing', async () => {
    const area = await ward()
    const before = await tableCounts()
    const cases: Array<[string, unknown]> = [
      ['units.create', { values: { type: 'KDC', name: 42, areaId: area.id, managingLevel: 'XA' } }],
      ['units.create', { values: { type: 'KDC', name: 'A', areaId: 'x', managingLevel: 'XA' } }],
      ['units.create', { values: { type: 'KDC', name: 'A', areaId: area.id, managingLevel: 'XA' }, hack: true }],
      ['units.update', { id: -1, values: {} }],
      ['units.list', { limit: 1e9 }],
      ['areas.create', null],
      ['no.such.call', {}]
    ]
    for (const [name, input] of cases) {
      const envelope = await t.raw(name, input)
      expect(envelope.ok, name).toBe(false)
      if (!envelope.ok) {
        expect(envelope.error.code).not.toBe('INTERNAL')
        expect(envelope.error.message).toMatch(/[àáảãạăâđèéêìíòóôơùúưỳý]/i)
      }
    }
    expect(await tableCounts()).toEqual(before)
  })
})

describe('office settings', () => {
  test('the profile and signers are stored and read back', async () => {
    const status = await t.call('app.status', {})
    expect(status.office.configured).toBe(false)
    const saved = await t.call('settings.saveOffice', {
      level: 'XA',
      parentBodyName: 'CÔNG AN TỈNH BÀ RỊA - VŨNG TÀU',
      officeName: 'CÔNG AN PHƯỜNG THẮNG NHẤT',
      officeAbbreviation: 'CAP',
      peoplesCommitteeName: 'ỦY BAN NHÂN DÂN PHƯỜNG THẮNG NHẤT',
      placeName: 'Vũng Tàu'
    })
    expect(saved.configured).toBe(true)
    expect(saved.officeName).toBe('CÔNG AN PHƯỜNG THẮNG NHẤT')
    const signer = await t.call('signers.create', { name: 'Nguyễn Văn A', body: 'UBND', authorityPrefix: 'KT.', authorityLine: 'KT. CHỦ TỊCH', titleLine: 'PHÓ CHỦ TỊCH' })
    expect((await t.call('signers.list', {})).map((s) => s.id)).toEqual([signer.id])
  })

  test('a signer with an authority prefix needs its authority line; dates in order', async () => {
    const missing = await expectRefusal(t.call('signers.create', { name: 'B', body: 'UBND', authorityPrefix: 'TM.', titleLine: 'CHỦ TỊCH' }))
    expect(missing.fields?.authorityLine).toMatch(/TM\. ỦY BAN NHÂN DÂN/)
    const order = await expectRefusal(
      t.call('signers.create', { name: 'B', body: 'UBND', authorityPrefix: '', titleLine: 'CHỦ TỊCH', validFrom: '2025-01-01', validTo: '2024-01-01' })
    )
    expect(order.fields?.validTo).toBe('Ngày kết thúc không được trước ngày bắt đầu.')
    expect(await t.call('signers.list', {})).toEqual([])
  })
})
