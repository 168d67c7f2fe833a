import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { asSource, makeXlsx } from '../helpers/xlsx-fixtures'
import { expectRefusal, openTestCore, type TestCore } from '../helpers/temp-core'

let t: TestCore
const NOW = new Date('2023-12-20T03:00:00Z')
const HEADERS = ['Tên đơn vị', 'Xã, phường', 'Ngày đăng ký', 'Số văn bản đăng ký', 'Số hộ đang cư trú', 'Số hộ đăng ký', 'Tổng số người', 'Số người được phổ biến']

beforeEach(() => {
  t = openTestCore({ now: () => NOW })
})
afterEach(async () => t.close())

async function ward() {
  const area = await t.call('areas.create', { name: 'Phường Thắng Nhất', kind: 'PHUONG' })
  for (let i = 1; i <= 4; i++) {
    await t.call('units.create', { values: { type: 'KDC', name: `Khu phố ${i}`, areaId: area.id, kdcSubtype: 'khu phố', managingLevel: 'XA', householdsTotal: 300 + i } })
  }
  const { unit: agency } = await t.call('units.create', { values: { type: 'CO_QUAN', name: 'Trạm Y tế phường', areaId: area.id, managingLevel: 'XA', staffTotal: 12 } })
  // TT 124 criterion 1 of a cơ quan needs an effective movement model (else V26 warns at registration).
  const model = await t.call('models.create', { name: 'Tổ tự quản Trạm Y tế', kind: 'TU_QUAN', hostUnitId: agency.id })
  await t.call('models.setYear', { modelId: model.id, year: 2023, effective: true })
  await t.call('years.open', { year: 2023 })
  const board = await t.call('board.list', { year: 2023, limit: 100 })
  return (name: string) => board.rows.find((row) => row.unitName === name)!.id
}

function writes(): number {
  return Number((t.core.ctx.sqlite.prepare('SELECT (SELECT count(*) FROM status_history) + (SELECT count(*) FROM audit_log) AS n').get() as { n: number }).n)
}

describe('Excel import of a year’s registrations', () => {
  it('a good file registers every row through the REGISTER step, in one go, with the audit rows', async () => {
    const idOf = await ward()
    const file = await makeXlsx({
      'Đăng ký': [
        ['DANH SÁCH ĐĂNG KÝ NĂM 2023'],
        HEADERS,
        ['khu pho 1', 'Thắng Nhất', '15/03/2023', '12/ĐK-KP1', 301, 280, null, null],
        ['Khu phố 2', 'Phường Thắng Nhất', new Date(Date.UTC(2023, 2, 20)), null, null, 250, null, null],
        ['Trạm Y tế phường', 'Phường Thắng Nhất', '01/03/2023', null, null, null, 12, 12]
      ]
    })
    const preview = await t.call('exchange.registrationPreview', { year: 2023, ...asSource(file) })
    expect(preview.problems).toEqual([])
    expect(preview.mapping.headerRow).toBe(2)
    expect(preview.counts).toEqual({ rows: 3, ready: 3 })
    expect(preview.warnings).toEqual([])
    // The preview wrote nothing.
    expect((await t.call('unitYears.get', { id: idOf('Khu phố 1') })).status).toBe('CHUA_DANG_KY')

    const result = await t.call('exchange.registrationCommit', { source: { year: 2023, ...asSource(file) }, confirmed: true })
    expect(result).toEqual({ registered: 3, warnings: [] })
    expect(await t.call('unitYears.get', { id: idOf('Khu phố 1') })).toMatchObject({ status: 'DA_DANG_KY', registeredOn: '2023-03-15', registrationRef: '12/ĐK-KP1', householdsTotal: 301, householdsRegistered: 280 })
    expect(await t.call('unitYears.get', { id: idOf('Khu phố 2') })).toMatchObject({ status: 'DA_DANG_KY', registeredOn: '2023-03-20', householdsRegistered: 250 })
    expect(await t.call('unitYears.get', { id: idOf('Trạm Y tế phường') })).toMatchObject({ status: 'DA_DANG_KY', staffBriefed: 12 })
    const history = (await t.call('unitYears.get', { id: idOf('Khu phố 2') })).history
    expect(history[0]).toMatchObject({ actionLabel: 'Ghi nhận đăng ký', toStatus: 'DA_DANG_KY' })
    const audit = await t.call('audit.list', { limit: 20 })
    expect(audit.rows[0]).toMatchObject({ action: 'REGISTRATION_IMPORT', actionLabel: 'Nhập đăng ký từ Excel' })
    expect(audit.rows.filter((row) => row.action === 'REGISTER')).toHaveLength(3)
    expect((await t.call('audit.verify', {})).ok).toBe(true)
  })

  it('a file with problems: each at its row and column, and nothing is written', async () => {
    const idOf = await ward()
    await t.call('unitYears.act', { ids: [idOf('Khu phố 4')], action: 'REGISTER', date: '2023-03-01' })
    const file = await makeXlsx({
      'Đăng ký': [
        HEADERS,
        ['Khu phố 1', 'Phường Thắng Nhất', '15/03/2023', null, 301, 280, null, null],
        ['Khu phố 9', 'Phường Thắng Nhất', '15/03/2023', null, null, null, null, null],
        ['Khu phố 4', 'Phường Thắng Nhất', '15/03/2023', null, null, null, null, null],
        ['Khu phố 2', 'Phường Thắng Nhất', '31/12/2023', null, null, null, null, null],
        ['Khu phố 3', 'Phường Thắng Nhất', '15/03/2023', null, 303, 400, null, null],
        ['Khu phố 1', 'Phường Thắng Nhất', '16/03/2023', null, null, null, null, null],
        ['Trạm Y tế phường', 'Phường Hòa Bình', '32/01/2023', null, null, null, null, null]
      ]
    })
    const before = writes()
    const preview = await t.call('exchange.registrationPreview', { year: 2023, ...asSource(file) })
    const byRow = new Map(preview.problems.map((p) => [p.row, p]))
    expect(byRow.get(2)).toBeUndefined()
    expect(byRow.get(3)).toMatchObject({ column: 'Tên đơn vị', message: 'Không tìm thấy đơn vị “Khu phố 9” ở Phường Thắng Nhất trong sổ đơn vị.' })
    expect(byRow.get(4)).toMatchObject({ column: 'Tên đơn vị', message: 'Đơn vị “Khu phố 4” đã đăng ký năm 2023 (trạng thái: Đã đăng ký).' })
    expect(byRow.get(5)?.column).toBe('Ngày đăng ký')
    expect(byRow.get(6)?.column).toBe('Số hộ đăng ký')
    expect(byRow.get(7)).toMatchObject({ column: 'Tên đơn vị', message: 'Trùng với dòng 2 trong tệp (cùng đơn vị).' })
    expect(byRow.get(8)).toMatchObject({ column: 'Ngày đăng ký', message: 'Ngày không hợp lệ: “32/01/2023”. Vui lòng nhập theo định dạng dd/mm/yyyy.' })
    expect(preview.problems.every((p) => p.sheet === 'Đăng ký')).toBe(true)

    const refusal = await expectRefusal(t.call('exchange.registrationCommit', { source: { year: 2023, ...asSource(file) }, confirmed: true }))
    expect(refusal.message).toMatch(/^Tệp còn 6 lỗi \(dòng 3, cột “Tên đơn vị”: .*chưa nhập dữ liệu nào/)
    expect(writes()).toBe(before)
    expect((await t.call('unitYears.get', { id: idOf('Khu phố 1') })).status).toBe('CHUA_DANG_KY')
  })

  it('a late registration under TT 124 is a warning to accept (V12); a unit not in the year is a problem', async () => {
    const idOf = await ward()
    const late = await makeXlsx({ 'Đăng ký': [HEADERS, ['Khu phố 1', 'Phường Thắng Nhất', '10/04/2023', null, null, null, null, null]] })
    const preview = await t.call('exchange.registrationPreview', { year: 2023, ...asSource(late) })
    expect(preview.problems).toEqual([])
    expect(preview.warnings).toHaveLength(1)
    expect(preview.warnings[0]).toMatch(/^Dòng 2 \(Khu phố 1\): /)
    const refusal = await expectRefusal(t.call('exchange.registrationCommit', { source: { year: 2023, ...asSource(late) }, confirmed: true }))
    expect(refusal.code).toBe('NEEDS_CONFIRMATION')
    expect((await t.call('unitYears.get', { id: idOf('Khu phố 1') })).status).toBe('CHUA_DANG_KY')
    const result = await t.call('exchange.registrationCommit', { source: { year: 2023, ...asSource(late) }, confirmed: true, acceptWarnings: true })
    expect(result.registered).toBe(1)
    expect((await t.call('unitYears.get', { id: idOf('Khu phố 1') })).registeredOn).toBe('2023-04-10')

    // A unit that only starts after the year's period (khu dân cư: to 31/10) has no unit-year in it.
    const area = (await t.call('areas.list', {}))[0]!
    await t.call('units.create', { values: { type: 'KDC', name: 'Khu phố Mới', areaId: area.id, kdcSubtype: 'khu phố', managingLevel: 'XA', householdsTotal: 50, activeFrom: '2023-11-15' } })
    const outside = await makeXlsx({ 'Đăng ký': [HEADERS, ['Khu phố Mới', 'Phường Thắng Nhất', '10/03/2023', null, null, null, null, null]] })
    const problems = (await t.call('exchange.registrationPreview', { year: 2023, ...asSource(outside) })).problems
    expect(problems).toEqual([{ sheet: 'Đăng ký', row: 2, column: 'Tên đơn vị', message: 'Đơn vị “Khu phố Mới” không có hồ sơ năm 2023.' }])
  })

  it('the template is recognised and says there is nothing to import', async () => {
    await ward()
    const template = await t.call('exchange.registrationTemplate', {})
    const preview = await t.call('exchange.registrationPreview', { year: 2023, contentBase64: template.contentBase64!, fileName: template.fileName })
    expect(preview.mapping.headers.slice(0, 3)).toEqual(['Tên đơn vị', 'Xã, phường', 'Ngày đăng ký'])
    expect(preview.problems).toEqual([{ sheet: 'Đăng ký', row: 0, column: null, message: 'Tệp không có dòng dữ liệu nào để nhập (dưới dòng tiêu đề không có gì).' }])
  })
})
