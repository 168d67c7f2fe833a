import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { all, readDocx, text } from '../../helpers/ooxml'
import { openTestCore, type TestCore } from '../../helpers/temp-core'
import { loadYearFacts } from '../../../electron/core/documents/year/load-year-facts'
import { preparedAsClerk } from '../../helpers/document-requests'

/**
 * Issue 8 items 5 and 6 on the Tam Thắng sample: the báo cáo and the Excel statistics of 2025 compare Phường Tam
 * Thắng with the sum of its predecessors' 2024 and say so; a document prints the office of its own date.
 */
let t: TestCore
beforeAll(async () => {
  t = openTestCore({ now: () => new Date('2026-12-02T03:00:00Z') })
  await t.call('app.loadSample', { sample: 'TAM_THANG' })
}, 120_000)
afterAll(async () => {
  await t.close()
})

const WARDS_2024 = "('Phường 7','Phường 8','Phường 9','Phường Nguyễn An Ninh')"

function sqlCount(query: string): number {
  return t.core.ctx.sqlite.prepare(query).pluck().get() as number
}

function docx(relative: string) {
  return readDocx(fs.readFileSync(path.join(t.dataDir, relative)))
}

async function generated(kind: 'DOC-BC-KETQUA' | 'DOC-CV-DONDOC', year: number, date: string | null = null) {
  const { request } = await preparedAsClerk(t, kind, year)
  const { row } = await t.call('documents.generate', { request: { ...request, date } })
  const body = docx(row.filePath!).body
  return {
    paragraphs: all(body, 'w:p').map(text),
    rows: all(body, 'w:tr').map((tr) => all(tr, 'w:tc').map((tc) => all(tc, 'w:p').map(text).join('\n')))
  }
}

describe('the 2024 → 2025 comparison through lineage, in the báo cáo and the Excel statistics', () => {
  // Recognised khu phố and organisations of the four wards in 2024, read straight from the 2024 records.
  const recognised2024 = () =>
    sqlCount(`SELECT count(*) FROM unit_year uy JOIN admin_area a ON a.id = uy.area_id WHERE uy.year = 2024 AND uy.unit_type <> 'XA' AND uy.status = 'DA_CONG_NHAN' AND a.name IN ${WARDS_2024}`)

  test('the báo cáo of 2025: its facts give Phường Tam Thắng its predecessors’ 2024 sum, and III.3 says so', async () => {
    const facts = await loadYearFacts(t.core.ctx.db, 2025)
    expect(facts.areas.map((a) => a.name)).toEqual(['Phường Tam Thắng'])
    expect(recognised2024()).toBe(27)
    expect(facts.previous?.byArea).toEqual({ 'Phường Tam Thắng': 27 })
    const { paragraphs } = await generated('DOC-BC-KETQUA', 2025)
    expect(paragraphs.join('\n')).toContain('So sánh theo địa giới hành chính mới: Phường Tam Thắng so với tổng Phường 7, Phường 8, Phường 9, Phường Nguyễn An Ninh năm 2024.')
  })

  test('Biểu A of 2025: Phường Tam Thắng against 27 recognised in 2024, with the comparison named; Biểu B says “Xã, phường, đặc khu”', async () => {
    const exported = await t.call('exchange.exportYearStatistics', { year: 2025 })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(exported.contentBase64!, 'base64') as unknown as ArrayBuffer)
    const a = workbook.getWorksheet('Biểu A - Theo xã, phường')!
    const header = (a.getRow(2).values as unknown[]).slice(1)
    const ward = (a.getRow(3).values as unknown[]).slice(1)
    expect(ward[0]).toBe('Phường Tam Thắng')
    expect(ward[header.indexOf('Được công nhận năm 2024')]).toBe(recognised2024())
    expect(ward[header.indexOf('So sánh với năm 2024')]).toBe('Phường Tam Thắng so với tổng Phường 7, Phường 8, Phường 9, Phường Nguyễn An Ninh năm 2024')
    const b = workbook.getWorksheet('Biểu B - Theo loại đơn vị')!
    const names: string[] = []
    b.eachRow((row, n) => void (n > 2 && names.push(String(row.getCell(1).value))))
    expect(names).toContain('Xã, phường, đặc khu')
    expect(names).not.toContain('Xã, phường, thị trấn')
  })
})

describe('the office as printed follows the document’s date (office profile history)', () => {
  test('a 2021 báo cáo prints Công an thành phố Vũng Tàu; a 2026 one the ward police of Tam Thắng', async () => {
    const old = (await generated('DOC-BC-KETQUA', 2021, '2021-12-20')).paragraphs.slice(0, 8).join('\n')
    expect(old).toContain('CÔNG AN THÀNH PHỐ VŨNG TÀU')
    expect(old).toContain('CÔNG AN TỈNH BÀ RỊA - VŨNG TÀU')
    expect(old).not.toContain('TAM THẮNG')
    const now = (await generated('DOC-BC-KETQUA', 2026, '2026-11-25')).paragraphs.slice(0, 8).join('\n')
    expect(now).toContain('CÔNG AN PHƯỜNG TAM THẮNG')
    expect(now).toContain('CÔNG AN THÀNH PHỐ HỒ CHÍ MINH')
    expect(now).not.toContain('VŨNG TÀU')
  })

  test('the year’s office level decides who tracks what: 2024 (district team) recorded khu phố outcomes only, 2025 (ward police) in full', () => {
    const modes = (year: number) => t.core.ctx.sqlite.prepare(`SELECT DISTINCT tracking_mode FROM unit_year WHERE year = ${year} AND unit_type = 'KDC'`).pluck().all()
    expect(modes(2024)).toEqual(['OUTCOME_ONLY'])
    expect(modes(2025)).toEqual(['FULL'])
  })
})

describe('a ward’s công văn addresses what lies below a ward (issue 8 item 6)', () => {
  test('the 2026 công văn of Phường Tam Thắng asks its cơ quan, đơn vị and khu dân cư, not “Ủy ban nhân dân các phường”', async () => {
    const text = (await generated('DOC-CV-DONDOC', 2026)).paragraphs.join('\n')
    expect(text).toContain('Kính gửi:\n- Thủ trưởng các cơ quan, đơn vị;\n- Trưởng các khu dân cư.')
    expect(text).toContain('yêu cầu các cơ quan, đơn vị và các khu dân cư tập trung thực hiện')
    expect(text).not.toContain('Ủy ban nhân dân các phường')
  })

  test('the 2021 công văn of the Vũng Tàu district team still addresses the chairs of its phường, xã', async () => {
    const text = (await generated('DOC-CV-DONDOC', 2021)).paragraphs.join('\n')
    expect(text).toContain('Chủ tịch Ủy ban nhân dân các')
  })
})
