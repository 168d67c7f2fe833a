import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations'
import { expectRefusal, openTestCore, type TestCore } from '../helpers/temp-core'
import { all, readDocx, text } from '../helpers/ooxml'
import { sha256 } from '../../electron/core/documents/document-files'
import { preparedAsClerk } from '../helpers/document-requests'
import { schemaBefore } from '../helpers/undo-migrations'

let app: TestCore

beforeEach(async () => {
  app = openTestCore({ now: () => new Date('2021-12-20T03:00:00Z') })
  await app.call('app.loadSample', {})
})
afterEach(() => app.close())

const docxText = (file: string): string => all(readDocx(fs.readFileSync(file)).body, 'w:p').map(text).join('\n')

/** What Word does to a file: the same package with other bytes (here one more paragraph in document.xml). */
function editInWord(file: string): void {
  const bytes = fs.readFileSync(file)
  fs.writeFileSync(file, Buffer.concat([bytes, Buffer.from('edited')]))
}

describe('issue 9 item 4: edits made in Word are never lost silently', () => {
  test('"Tạo lại" on a file edited in Word warns and keeps the edited file as a version the register shows', async () => {
    const { request } = await preparedAsClerk(app, 'DOC-BC-KETQUA', 2021)
    const { row } = await app.call('documents.generate', { request })
    const file = path.join(app.dataDir, row.filePath!)
    editInWord(file)
    const editedSha = sha256(fs.readFileSync(file))

    const again = await app.call('documents.regenerate', { id: row.id })
    expect(again.warning).toMatch(/^Tệp “Báo cáo kết quả năm 2021\.docx” đã được sửa ngoài ứng dụng/)
    expect(again.row.versions).toHaveLength(1)
    const kept = again.row.versions[0]!
    expect(kept.filePath).toMatch(/Báo cáo kết quả năm 2021 - bản sửa trong Word 20-12-2021\.docx$/)
    expect(sha256(fs.readFileSync(kept.absolutePath))).toBe(editedSha)
    expect(kept.sha256).toBe(editedSha)
    // The new file is the app's again, and the register says so.
    expect(sha256(fs.readFileSync(file))).toBe(again.row.fileSha256)
    expect((await app.call('documents.list', { year: 2021 }))[0]!.versions.map((v) => v.filePath)).toEqual([kept.filePath])

    // A file that still matches the register is rebuilt without a warning or a new version.
    const unchanged = await app.call('documents.regenerate', { id: row.id })
    expect(unchanged.warning).toBeNull()
    expect(unchanged.row.versions).toHaveLength(1)
  })

  test('"Ghi số văn bản" on an edited draft keeps the draft where it is, as a version beside the numbered copy', async () => {
    const { request } = await preparedAsClerk(app, 'DOC-CV-DONDOC', 2021)
    const { row } = await app.call('documents.generate', { request })
    const draft = path.join(app.dataDir, row.filePath!)
    editInWord(draft)
    const issued = await app.call('documents.recordNumber', { id: row.id, number: 7, date: '2021-03-05' })
    expect(issued.warning).toContain('đã được sửa ngoài ứng dụng')
    expect(issued.row.filePath).not.toBe(row.filePath)
    expect(issued.row.versions.map((v) => v.filePath)).toEqual([row.filePath])
    expect(fs.existsSync(draft)).toBe(true)
    expect(docxText(path.join(app.dataDir, issued.row.filePath!))).toContain('Số: 07/')
  })
})

describe('issue 9 item 2: the office’s own wording (Cài đặt → Mẫu văn bản)', () => {
  test('a saved paragraph with named fields replaces the built-in one, filled and highlighted, and is audited', async () => {
    const before = (await app.call('audit.list', { entity: 'document_wording' })).total
    const saved = await app.call('wording.save', {
      kind: 'DOC-BC-KETQUA',
      texts: { intro: 'Thực hiện {Văn bản cấp trên}, {Công an} báo cáo kết quả năm {Năm} như sau:', recipients: 'Thường trực Đảng ủy phường\n{Ủy ban nhân dân}' }
    })
    expect(saved.texts.intro).toContain('{Công an}')
    expect((await app.call('audit.list', { entity: 'document_wording' })).total).toBe(before + 2)

    const prepared = await preparedAsClerk(app, 'DOC-BC-KETQUA', 2021)
    const intro = prepared.paragraphs.find((p) => p.key === 'intro')!
    expect(intro.office).toBe(true)
    expect(intro.text).toMatch(/^Thực hiện .+, Công an thành phố Vũng Tàu báo cáo kết quả năm 2021 như sau:$/u)
    expect(intro.fields!.map((f) => f.name)).toEqual(['Văn bản cấp trên', 'Công an', 'Năm'])
    expect(prepared.request.recipients).toEqual(['Thường trực Đảng ủy phường', 'Ủy ban nhân dân thành phố Vũng Tàu'])
    // Other paragraphs keep the built-in wording; the per-document edits stay as before.
    expect(prepared.paragraphs.find((p) => p.key === 'situation')!.office).toBeUndefined()

    const { row } = await app.call('documents.generate', { request: { ...prepared.request, texts: Object.fromEntries(prepared.paragraphs.map((p) => [p.key, p.text])) } })
    const body = docxText(path.join(app.dataDir, row.filePath!))
    expect(body).toContain('Công an thành phố Vũng Tàu báo cáo kết quả năm 2021 như sau:')
    expect(body).toContain('- Thường trực Đảng ủy phường;')

    // An empty text goes back to the built-in wording.
    await app.call('wording.save', { kind: 'DOC-BC-KETQUA', texts: { intro: '', recipients: '' } })
    expect((await preparedAsClerk(app, 'DOC-BC-KETQUA', 2021)).paragraphs.find((p) => p.key === 'intro')!.office).toBeUndefined()
  })

  test('an unknown field or an unclosed brace is refused with its name, and nothing is saved', async () => {
    const unknown = await expectRefusal(app.call('wording.save', { kind: 'DOC-TTR-CONGNHAN', texts: { request: 'Đề nghị công nhận {Số đơn vị đạt} đơn vị.', closing: 'Kính trình.' } }))
    expect(unknown.message).toBe('Đề nghị: không có trường “{Số đơn vị đạt}”. Chọn trường trong danh sách bên dưới.')
    const unbalanced = await expectRefusal(app.call('wording.save', { kind: 'DOC-TTR-CONGNHAN', texts: { closing: 'Kính trình {Ủy ban nhân dân xem xét.' } }))
    expect(unbalanced.message).toBe('Kết thúc: dấu ngoặc “{ }” chưa đóng, mở đủ cặp.')
    expect((await app.call('wording.get', { kind: 'DOC-TTR-CONGNHAN' })).texts).toEqual({})
  })
})

describe('migration 012 (office documents)', () => {
  test('a database from before it migrates and keeps its documents; the new tables start empty', async () => {
    const { request } = await preparedAsClerk(app, 'DOC-BC-KETQUA', 2021)
    const { row } = await app.call('documents.generate', { request })
    app.core.ctx.sqlite.exec(schemaBefore('office_documents'))
    const dataDir = app.dataDir
    await app.close()
    app = openTestCore({ dataDir, now: () => new Date('2021-12-20T03:00:00Z') })
    expect(app.core.ctx.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    expect((await app.call('documents.list', { year: 2021 })).map((r) => [r.id, r.subject, r.versions])).toEqual([[row.id, row.subject, []]])
    expect((await app.call('wording.get', { kind: 'DOC-BC-KETQUA' })).texts).toEqual({})
  })
})
