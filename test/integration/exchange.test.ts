import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, describe, expect, it } from 'vitest'
import { contentHash } from '../helpers/content-hash'
import { asSource, makeXlsx, UNIT_HEADERS } from '../helpers/xlsx-fixtures'
import { expectRefusal, makeTempDir, openTestCore, type TestCore } from '../helpers/temp-core'

const opened: TestCore[] = []
afterEach(async () => {
  for (const core of opened.splice(0)) await core.close()
})
function open(): TestCore {
  const core = openTestCore()
  opened.push(core)
  return core
}

/** The registry as a person would compare it: names instead of ids, without timestamps and sample flags. */
function registry(t: TestCore) {
  const sqlite = t.core.database.sqlite
  const areas = sqlite
    .prepare('SELECT a.name, a.kind, p.name AS parent, a.official_code, a.sort_order, a.note FROM admin_area a LEFT JOIN admin_area p ON p.id = a.parent_id ORDER BY a.name')
    .all()
  const units = sqlite
    .prepare(
      `SELECT u.name, u.type, a.name AS area, u.kdc_subtype, u.managing_level, u.address, u.head_name, u.head_title, u.phone, u.email,
              u.households_total, u.staff_total, u.is_armed_forces, u.enterprise_size, u.education_levels, u.active_from, u.note, u.exclusion_code
       FROM unit u LEFT JOIN admin_area a ON a.id = u.area_id ORDER BY a.name, u.type, u.name`
    )
    .all()
  return { areas, units }
}

async function withAreas(t: TestCore) {
  const root = await t.call('areas.create', { name: 'Thành phố Vũng Tàu', kind: 'HUYEN' })
  await t.call('areas.create', { name: 'Phường Thắng Nhất', kind: 'PHUONG', parentId: root.id })
  await t.call('areas.create', { name: 'Xã Long Sơn', kind: 'XA', parentId: root.id })
}

describe('Excel export and import of the registry', () => {
  it('export → import on another machine gives the same registry', async () => {
    const source = open()
    await source.call('app.loadSample', {})
    const ward = (await source.call('areas.list', {})).find((area) => area.name === 'Phường 1')!
    await source.call('units.create', {
      values: { type: 'CSGD', name: 'Trường THCS Nguyễn An Ninh', areaId: ward.id, managingLevel: 'HUYEN', educationLevels: ['THCS', 'THPT'], activeFrom: '2019-05-03', phone: '0254 3852 123', note: 'Dòng 1\nDòng 2' },
      confirmed: true
    })
    const exported = await source.call('exchange.exportRegistry', {})
    expect(exported.rows).toBe(18 + 114)

    const target = open()
    const input = asSource(Buffer.from(exported.contentBase64!, 'base64'))
    const preview = await target.call('exchange.importPreview', input)
    expect(preview.problems).toEqual([])
    expect(preview.counts).toMatchObject({ areaRows: 18, unitRows: 114, newAreas: 18, newUnits: 114, duplicates: 0 })
    const result = await target.call('exchange.importCommit', { source: input, onDuplicate: 'skip', confirmed: true })
    expect(result).toMatchObject({ createdAreas: 18, createdUnits: 114 })
    expect(registry(target)).toEqual(registry(source))
    const log = await target.call('audit.list', { entity: 'app' })
    expect(log.rows[0]?.action).toBe('IMPORT')

    // The same file again: everything is a duplicate; “skip” changes nothing, “update” changes no value.
    const before = contentHash(target.core.database.sqlite, ['audit_log'])
    const again = await target.call('exchange.importPreview', input)
    expect(again.counts.duplicates).toBe(18 + 114)
    await target.call('exchange.importCommit', { source: input, onDuplicate: 'skip', confirmed: true })
    expect(contentHash(target.core.database.sqlite, ['audit_log'])).toBe(before)
    const updated = await target.call('exchange.importCommit', { source: input, onDuplicate: 'update', confirmed: true })
    expect(updated.updatedUnits).toBe(114)
    expect(registry(target)).toEqual(registry(source))
    // Previews were rolled back between the imports; the hash chain is still whole.
    expect((await target.call('audit.verify', {})).ok).toBe(true)
  })

  it('writes a file people can read: bold header, widths, real dates as dd/mm/yyyy, numbers as numbers', async () => {
    const t = open()
    await withAreas(t)
    await t.call('units.create', { values: { type: 'KDC', name: 'Khu phố 1', areaId: 2, managingLevel: 'XA', householdsTotal: 1234, activeFrom: '2021-03-05' } })
    const exported = await t.call('exchange.exportRegistry', {})
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(exported.contentBase64!, 'base64') as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('Đơn vị')!
    expect(sheet.getRow(2).getCell(1).value).toBe('Tên đơn vị')
    expect(sheet.getRow(2).getCell(1).font?.bold).toBe(true)
    expect(sheet.getColumn(1).width).toBeGreaterThan(20)
    const row = sheet.getRow(3)
    expect(row.getCell(1).value).toBe('Khu phố 1')
    expect(row.getCell(11).value).toBe(1234)
    const date = row.getCell(16)
    expect(date.value).toEqual(new Date(Date.UTC(2021, 2, 5)))
    expect(date.numFmt).toBe('dd/mm/yyyy')
  })

  it('opens cleanly in LibreOffice Calc', async () => {
    const t = open()
    await t.call('app.loadSample', {})
    const exported = await t.call('exchange.exportRegistry', {})
    const dir = makeTempDir('antt-calc-')
    const file = path.join(dir, 'danh-sach.xlsx')
    fs.writeFileSync(file, Buffer.from(exported.contentBase64!, 'base64'))
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', dir, file], { timeout: 90_000, stdio: 'ignore' })
    const csv = fs.readFileSync(path.join(dir, 'danh-sach-Đơn vị.csv'), 'utf8')
    expect(csv).toContain('Tên đơn vị,Loại đơn vị,"Xã, phường"')
    expect(csv).toContain('Khu phố 1,Khu dân cư,Phường 1,khu phố,Cấp xã')
  }, 120_000)

  it('writes to a path the user chose', async () => {
    const t = open()
    await withAreas(t)
    const file = path.join(makeTempDir('antt-export-'), 'ds.xlsx')
    const exported = await t.call('exchange.exportRegistry', { file })
    expect(exported.file).toBe(file)
    expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK')
  })

  it('gives a template whose import says there is nothing to import', async () => {
    const t = open()
    const template = await t.call('exchange.template', {})
    const preview = await t.call('exchange.importPreview', asSource(Buffer.from(template.contentBase64!, 'base64')))
    expect(preview.sheets).toEqual(['Địa bàn', 'Đơn vị', 'Hướng dẫn'])
    expect(preview.problems.map((p) => p.message)).toEqual(['Tệp không có dòng dữ liệu nào để nhập (dưới dòng tiêu đề không có gì).'])
  })

  it('recognises headers without diacritics and in another order, and lets the user correct the mapping', async () => {
    const t = open()
    await withAreas(t)
    const file = await makeXlsx({ 'Danh sach': [['STT', 'xa/phuong', 'TEN DON VI', 'loai', 'So ho gia dinh', 'Cột lạ'], [1, 'Thắng Nhất', 'Khu phố 1', 'khu dan cu', '1.234', 'x']] })
    const preview = await t.call('exchange.importPreview', asSource(file))
    expect(preview.units.mapping).toMatchObject({ name: 2, type: 3, area: 1, householdsTotal: 4 })
    expect(preview.problems).toEqual([])
    // The user says the odd column is the note.
    const corrected = await t.call('exchange.importPreview', { ...asSource(file), unitMapping: { note: 5 } })
    expect(corrected.sample[0]).toMatchObject({ name: 'Khu phố 1', note: 'x', householdsTotal: '1.234' })
    await t.call('exchange.importCommit', { source: { ...asSource(file), unitMapping: { note: 5 } }, onDuplicate: 'skip', confirmed: true })
    const unit = (await t.call('units.list', { search: 'khu pho 1' })).rows[0]!
    expect(unit).toMatchObject({ householdsTotal: 1234, note: 'x', areaName: 'Phường Thắng Nhất' })
  })
})

describe('bad Excel files: a clear Vietnamese message per problem, nothing imported', () => {
  async function refusedWholeFile(t: TestCore, content: Buffer) {
    const before = contentHash(t.core.database.sqlite)
    const preview = await expectRefusal(t.call('exchange.importPreview', asSource(content)))
    const commit = await expectRefusal(t.call('exchange.importCommit', { source: asSource(content), onDuplicate: 'skip', confirmed: true }))
    expect(commit.message).toBe(preview.message)
    expect(contentHash(t.core.database.sqlite)).toBe(before)
    return preview.message
  }

  async function problemsOf(t: TestCore, content: Buffer) {
    const before = contentHash(t.core.database.sqlite)
    const preview = await t.call('exchange.importPreview', asSource(content))
    const commit = await expectRefusal(t.call('exchange.importCommit', { source: asSource(content), onDuplicate: 'update', confirmed: true }))
    expect(commit.message).toMatch(/chưa nhập dữ liệu nào/)
    expect(contentHash(t.core.database.sqlite)).toBe(before)
    return preview.problems
  }

  it('refuses corrupt, empty, password-protected and renamed files', async () => {
    const t = open()
    const good = await makeXlsx({ 'Đơn vị': [UNIT_HEADERS] })
    const corrupt = Buffer.concat([good.subarray(0, 200), Buffer.alloc(300, 7)])
    expect(await refusedWholeFile(t, corrupt)).toMatch(/Tệp Excel bị hỏng/)
    expect(await refusedWholeFile(t, Buffer.alloc(0))).toMatch(/Tệp rỗng/)
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(500)])
    expect(await refusedWholeFile(t, ole)).toMatch(/đặt mật khẩu hoặc là định dạng Excel cũ/)
    expect(await refusedWholeFile(t, Buffer.from('Tên đơn vị;Loại\nKhu phố 1;KDC\n'))).toMatch(/không phải là tệp Excel/)
  })

  it('refuses a sheet that is not a registry and one that has no data', async () => {
    const t = open()
    const wrong = await makeXlsx({ 'Bảng lương': [['Họ tên', 'Lương'], ['A', 1]] })
    expect((await problemsOf(t, wrong))[0]?.message).toMatch(/Không nhận ra cột “Tên đơn vị”, “Loại đơn vị”, “Xã, phường” ở trang tính “Bảng lương”/)
    const headersOnly = await makeXlsx({ 'Đơn vị': [UNIT_HEADERS] })
    expect((await problemsOf(t, headersOnly))[0]?.message).toMatch(/không có dòng dữ liệu/)
  })

  it('lists every bad row by row, column and message', async () => {
    const t = open()
    await withAreas(t)
    const file = await makeXlsx(
      {
        'Đơn vị': [
          UNIT_HEADERS,
          ['Khu phố 1', 'Khu dân cư', 'Phường Thắng Nhất', 300, null, '05/03/2021'], // row 2: fine
          ['Khu phố 2', 'Hợp tác xã', 'Phường Thắng Nhất', 300], // row 3: unknown type
          ['Khu phố 3', 'Khu dân cư', 'Phường Không Có', 300], // row 4: unknown area
          ['Khu phố 1', 'Khu dân cư', 'Phường Thắng Nhất', 310], // row 5: duplicate of row 2
          ['Khu phố 4', 'Khu dân cư', 'Phường Thắng Nhất', -5], // row 6: negative count
          ['Khu phố 5', 'Khu dân cư', 'Phường Thắng Nhất', 200, null, '31/02/2021'], // row 7: impossible date
          ['Ph\u00adêng Th¾ng', 'Khu dân cư', 'Phường Thắng Nhất', 200], // row 8: TCVN3
          ['Khu phoá 6', 'Khu dân cư', 'Phöôøng Thaéng Nhaát', 200], // row 9: VNI
          ['Khu phố 7', 'Khu dân cư', 'Phường Thắng Nhất', 200, 12], // row 10: staff on a KDC
          ['Khu phố 8', 'Khu dân cư', 'Phường Thắng Nhất', 200, null, 44261], // row 11: date as serial, fine
          ['', 'Khu dân cư', 'Phường Thắng Nhất', 200], // row 12: no name
          ['Trường THCS A', 'Cơ sở giáo dục', 'Xã Long Sơn', null, 'nhiều'] // row 13: text count
        ]
      },
      (workbook) => {
        const sheet = workbook.getWorksheet('Đơn vị')!
        sheet.getCell('E14').value = { formula: 'E2+1' } as ExcelJS.CellFormulaValue // row 14: formula without a result
        sheet.getCell('A14').value = 'Khu phố 9'
        sheet.getCell('B14').value = 'Khu dân cư'
        sheet.getCell('C14').value = 'Phường Thắng Nhất'
        sheet.getCell('A15').value = 'Khu phố 10' // rows 15-16: merged cells
        sheet.getCell('B15').value = 'Khu dân cư'
        sheet.getCell('C15').value = 'Phường Thắng Nhất'
        sheet.getCell('A16').value = 'Khu phố 11'
        sheet.mergeCells('B15:B16')
        sheet.getCell('C16').value = 'Phường Thắng Nhất'
      }
    )
    const problems = await problemsOf(t, file)
    const at = (row: number) => problems.filter((p) => p.row === row).map((p) => `${p.column}: ${p.message}`)
    expect(at(2)).toEqual([])
    expect(at(3)).toEqual(['Loại đơn vị: Loại đơn vị “Hợp tác xã” không hợp lệ. Chọn một trong: Khu dân cư, Cơ quan, Doanh nghiệp, Cơ sở giáo dục.'])
    expect(at(4)[0]).toMatch(/^Xã, phường: Xã, phường “Phường Không Có” chưa có trong danh mục địa bàn/)
    expect(at(5)).toEqual(['Tên đơn vị: Trùng với dòng 2 trong tệp (cùng tên, cùng loại, cùng xã, phường).'])
    expect(at(6)).toEqual(['Số hộ: Số lượng phải là số nguyên không âm.'])
    expect(at(7)).toEqual(['Ngày bắt đầu hoạt động: Ngày không hợp lệ: “31/02/2021”. Vui lòng nhập theo định dạng dd/mm/yyyy.'])
    expect(at(8)).toEqual(['Tên đơn vị: Dữ liệu có vẻ dùng bảng mã cũ (TCVN3/VNI). Vui lòng chuyển sang Unicode trước khi nhập.'])
    expect(at(9).every((line) => line.includes('bảng mã cũ'))).toBe(true)
    expect(at(10)).toEqual(['Số người: Khu dân cư ghi số hộ, không ghi số cán bộ, người lao động.'])
    expect(at(11)).toEqual([])
    expect(at(12)).toEqual(['Tên đơn vị: Tên đơn vị không được để trống.'])
    expect(at(13)).toEqual(['Số người: Số lượng phải là số nguyên không âm.'])
    expect(at(14)[0]).toMatch(/^Số người: Ô chứa công thức chưa có kết quả/)
    expect(at(16)[0]).toMatch(/^Loại đơn vị: Ô bị gộp \(merge\)/)
    expect((await t.call('units.list', {})).total).toBe(2) // only the two commune units
  })

  it('accepts formulas with a result and dates typed as text or as real dates', async () => {
    const t = open()
    await withAreas(t)
    const file = await makeXlsx({ 'Đơn vị': [UNIT_HEADERS, ['Khu phố 1', 'KDC', 'Thắng Nhất', 100, null, new Date(Date.UTC(2020, 0, 2))], ['Khu phố 2', 'kdc', 'Thắng Nhất', null, null, '2/1/2020']] }, (workbook) => {
      workbook.getWorksheet('Đơn vị')!.getCell('D3').value = { formula: 'D2*2', result: 200 } as ExcelJS.CellFormulaValue
    })
    const result = await t.call('exchange.importCommit', { source: asSource(file), onDuplicate: 'skip', confirmed: true })
    expect(result.createdUnits).toBe(2)
    const rows = (await t.call('units.list', { type: 'KDC' })).rows
    expect(rows.map((row) => [row.name, row.householdsTotal, row.activeFrom])).toEqual([
      ['Khu phố 1', 100, '2020-01-02'],
      ['Khu phố 2', 200, '2020-01-02']
    ])
  })

  it('refuses 100,000 rows', async () => {
    const t = open()
    const dir = makeTempDir('antt-big-')
    const file = path.join(dir, 'big.xlsx')
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file })
    const sheet = writer.addWorksheet('Đơn vị')
    sheet.addRow(UNIT_HEADERS).commit()
    for (let i = 1; i <= 100_000; i++) sheet.addRow([`Khu phố ${i}`, 'KDC', 'Phường 1', 100]).commit()
    sheet.commit()
    await writer.commit()
    const before = contentHash(t.core.database.sqlite)
    const refused = await expectRefusal(t.call('exchange.importPreview', { file }))
    expect(refused.message).toMatch(/có 100\.000 dòng, vượt quá 50\.000 dòng mỗi lần nhập/)
    expect(contentHash(t.core.database.sqlite)).toBe(before)
  }, 60_000)
})

describe('the sample Excel file shipped in resources/', () => {
  it('imports cleanly into an empty registry', async () => {
    const t = open()
    const file = path.resolve(__dirname, '../../resources/mau-danh-sach-don-vi.xlsx')
    const preview = await t.call('exchange.importPreview', { file })
    expect(preview.problems).toEqual([])
    const result = await t.call('exchange.importCommit', { source: { file }, onDuplicate: 'skip', confirmed: true })
    expect(result).toMatchObject({ createdAreas: 4, createdUnits: 15 })
    expect((await t.call('units.list', { search: 'hoa long', type: 'DOANH_NGHIEP' })).rows[0]).toMatchObject({ enterpriseSize: 'VUA', activeFrom: '2015-06-01' })
  })
})
