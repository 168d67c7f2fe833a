import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { createHash } from 'node:crypto'
import { expectRefusal, makeTempDir, openTestCore, type TestCore } from '../helpers/temp-core'
import { readDocx, text, all } from '../helpers/ooxml'
import type { DocumentRequestInput } from '../../shared/api/calls/documents'
import { preparedAsClerk } from '../helpers/document-requests'

let app: TestCore

beforeEach(async () => {
  app = openTestCore({ now: () => new Date('2021-12-20T03:00:00Z') })
  await app.call('app.loadSample', {})
})
afterEach(() => app.close())

async function prepared(kind: DocumentRequestInput['kind'], year = 2021) {
  return preparedAsClerk(app, kind, year)
}

function docxText(file: string): string {
  return all(readDocx(fs.readFileSync(file)).body, 'w:p').map(text).join('\n')
}

describe('Văn bản → Sổ văn bản (documents.md §3)', () => {
  test('a generated báo cáo lands in the register with its file path and SHA-256, and "Tạo lại" rebuilds the same file', async () => {
    const { request, paragraphs, symbol, signers } = await prepared('DOC-BC-KETQUA')
    expect(symbol).toBe('BC-CATP')
    expect(signers.map((s) => s.label)).toContain('TRƯỞNG CÔNG AN THÀNH PHỐ — Lê Văn Cường (mẫu)')
    expect(paragraphs.find((p) => p.key === 'situation')?.text).toContain('17 phường, xã')
    const { row, warning } = await app.call('documents.generate', { request: { ...request, texts: { proposals: 'Đề nghị bổ sung kinh phí.' } } })
    expect(warning).toBeNull()
    expect(row.numberText).toBe('chưa có số')
    expect(row.status).toBe('DRAFT')
    expect(row.signer).toBe('TRƯỞNG CÔNG AN THÀNH PHỐ Lê Văn Cường (mẫu)')
    const file = path.join(app.dataDir, row.filePath!)
    expect(row.filePath).toMatch(/^documents[/\\]2021[/\\]Báo cáo kết quả năm 2021\.docx$/)
    const bytes = fs.readFileSync(file)
    expect(row.fileSha256).toBe(createHash('sha256').update(bytes).digest('hex'))
    expect(docxText(file)).toContain('Đề nghị bổ sung kinh phí.')
    const list = await app.call('documents.list', { year: 2021 })
    expect(list.map((r) => r.id)).toEqual([row.id])
    const again = await app.call('documents.regenerate', { id: row.id })
    expect(again.row.filePath).toBe(row.filePath)
    expect(docxText(file)).toContain('Đề nghị bổ sung kinh phí.')
  })

  test('"Ghi số văn bản" fills the clerk\'s number and date, marks it issued; V22 refuses the same number twice', async () => {
    const { request } = await prepared('DOC-CV-DONDOC')
    const first = await app.call('documents.generate', { request })
    const second = await app.call('documents.generate', { request })
    const issued = await app.call('documents.recordNumber', { id: first.row.id, number: 5, date: '2021-03-05' })
    expect(issued.row.numberText).toBe('05/UBND-CATP')
    expect(issued.row.status).toBe('ISSUED')
    const body = docxText(path.join(app.dataDir, issued.row.filePath!))
    expect(body).toContain('Số: 05/UBND-CATP')
    expect(body).toContain('Vũng Tàu, ngày 05 tháng 3 năm 2021')
    const refused = await expectRefusal(app.call('documents.recordNumber', { id: second.row.id, number: 5, date: '2021-03-09' }))
    expect(refused.message).toBe('Số văn bản 05/UBND-CATP năm 2021 đã được sử dụng cho văn bản khác.')
    const frozen = await expectRefusal(app.call('documents.recordNumber', { id: first.row.id, number: 6, date: '2021-03-05' }))
    expect(frozen.message).toContain('đã ban hành không sửa được')
  })

  test('bad input gets clear Vietnamese messages and writes nothing', async () => {
    const { request } = await prepared('DOC-CV-DONDOC')
    expect((await expectRefusal(app.call('documents.generate', { request: { ...request, number: 0 } }))).message).toBe(
      'Số văn bản phải từ 01 trở lên; để trống nếu văn thư sẽ ghi số.'
    )
    expect((await expectRefusal(app.call('documents.generate', { request: { ...request, date: '2020-12-30' } }))).message).toBe(
      'Ngày ban hành phải thuộc năm ban hành của văn bản.'
    )
    expect((await expectRefusal(app.call('documents.generate', { request, fileName: 'Công văn: đôn đốc?' }))).message).toContain('Tên tệp không được chứa')
    const area = await app.call('areas.create', { name: 'Phường Phước Thắng', kind: 'PHUONG' })
    expect((await expectRefusal(app.call('documents.generate', { request: { ...request, areaId: area.id } }))).message).toBe(
      'Phạm vi “Phường Phước Thắng” chưa có đơn vị nào; vui lòng chọn phạm vi khác hoặc thêm đơn vị.'
    )
    for (const signer of await app.call('signers.list', {})) if (signer.body === 'UBND') await app.call('signers.delete', { id: signer.id })
    expect((await expectRefusal(app.call('documents.generate', { request: { ...request, signerId: null } }))).message).toBe(
      'Chưa có người ký của Ủy ban nhân dân cho văn bản này. Vui lòng thêm người ký tại Cài đặt → Người ký.'
    )
    expect(await app.call('documents.list', { year: null })).toEqual([])
  })

  test('a folder that cannot be written keeps the file in the data folder and says where', async () => {
    const { request } = await prepared('DOC-BC-KETQUA')
    const blocked = path.join(makeTempDir('antt-blocked-'), 'not-a-folder')
    fs.writeFileSync(blocked, 'a file where a folder should be')
    const { row, warning } = await app.call('documents.generate', { request, folder: blocked, fileName: 'Báo cáo' })
    expect(warning).toMatch(/^Không ghi được vào “.*not-a-folder.*Báo cáo\.docx” \(đường dẫn không phải là thư mục\)\. Văn bản đã được lưu tại “.*documents.*2021.*Báo cáo\.docx”\.$/)
    expect(fs.existsSync(path.join(app.dataDir, row.filePath!))).toBe(true)
  })

  test('an illegal format profile is refused at generation with its rule ID (documents.md §1.3)', async () => {
    const profile = await app.call('documents.getProfile', {})
    expect((await expectRefusal(app.call('documents.saveProfile', { profile: { ...profile, marginLeftMm: 20 } }))).message).toContain('ND30-MARGINS')
    // Edited outside the screen: the generator checks again.
    app.core.ctx.sqlite.prepare("INSERT OR REPLACE INTO app_meta (key, value) VALUES ('documents.format_profile', ?)").run(JSON.stringify({ ...profile, lineSpacing: 2 }))
    const { request } = await prepared('DOC-BC-KETQUA')
    expect((await expectRefusal(app.call('documents.generate', { request }))).message).toContain('ND30-LINE-SPACING')
  })

  test('"Xóa dữ liệu mẫu" removes the sample documents from the register', async () => {
    const { request } = await prepared('DOC-BC-KETQUA')
    await app.call('documents.generate', { request })
    await app.call('app.removeSample', {})
    expect(await app.call('documents.list', { year: null })).toEqual([])
  })
})
