import fs from 'node:fs'
import path from 'node:path'
import PizZip from 'pizzip'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { DOC_KINDS, type DocKind } from '../../shared/documents/spec'
import { openSampleDocuments, SAMPLE_YEAR } from '../../electron/core/documents/sample-documents'
import { expectRefusal, makeTempDir, openTestCore, type TestCore } from '../helpers/temp-core'
import { all, paragraphProps, readDocx, runs, text } from '../helpers/ooxml'
import { preparedAsClerk } from '../helpers/document-requests'
import { resaveAsDocx } from '../helpers/libreoffice'

/** Issue 9 item 3: the office's Word templates — download, edit in Word, upload, generate; bad templates refused. */
let app: TestCore

beforeEach(async () => {
  app = openTestCore({ now: () => new Date('2021-12-20T03:00:00Z') })
  await app.call('app.loadSample', {})
})
afterEach(() => app.close())

async function builtIn(kind: DocKind): Promise<Buffer> {
  const file = await app.call('template.download', { kind })
  expect(file.fileName).toMatch(/\.docx$/)
  return Buffer.from(file.contentBase64!, 'base64')
}

/** What the office does in Word, done on the package's document.xml. */
function edited(docx: Buffer, edit: (xml: string) => string): string {
  const zip = new PizZip(docx)
  zip.file('word/document.xml', edit(zip.file('word/document.xml')!.asText()))
  return zip.generate({ type: 'nodebuffer' }).toString('base64')
}

/** The office adds its own sentence, with a computed figure, after the first body paragraphs. */
const OWN_SENTENCE = 'Cơ quan tự soạn câu này trong Word cho năm {nam}.'
function withOwnSentence(xml: string): string {
  const closing = xml.indexOf('{/doan}')
  const end = xml.indexOf('</w:p>', closing) + '</w:p>'.length
  const start = xml.lastIndexOf('<w:p>', closing)
  // Typed in Word in two goes, the field is split across runs (with a spelling mark between): it still fills.
  const [before, after] = OWN_SENTENCE.split('{nam}')
  const paragraph = xml.slice(start, end)
  const runProps = /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(paragraph)![0]
  const split = `${before!}{na</w:t></w:r><w:proofErr w:type="spellStart"/><w:r>${runProps}<w:t xml:space="preserve">m}${after!}`
  const own = paragraph.replace('{/doan}', split)
  return xml.slice(0, end) + own + xml.slice(end)
}

const upload = (kind: DocKind, contentBase64: string, fileName = 'mau-da-sua.docx') => app.call('template.upload', { kind, contentBase64, fileName })
const inUse = async (kind: DocKind) => (await app.call('template.list', {})).find((t) => t.kind === kind)!.office

async function generated(kind: DocKind, year: number) {
  const { request } = await preparedAsClerk(app, kind, year)
  const { row } = await app.call('documents.generate', { request, confirmed: true })
  return readDocx(fs.readFileSync(path.join(app.dataDir, row.filePath!)))
}
const paragraphs = (d: ReturnType<typeof readDocx>): string[] => all(d.body, 'w:p').map(text)

describe('issue 9 item 3: Word templates', () => {
  test('a template round trip: download, change a sentence in the .docx, upload, generate — the sentence is there and the must-rules hold', async () => {
    const template = await builtIn('DOC-BC-KETQUA')
    await upload('DOC-BC-KETQUA', edited(template, withOwnSentence))
    expect((await inUse('DOC-BC-KETQUA'))?.fileName).toBe('mau-da-sua.docx')
    // The Văn bản page says which layout the file will have (its preview is the built-in one).
    expect((await preparedAsClerk(app, 'DOC-BC-KETQUA', 2021)).warnings.join(' ')).toContain('mẫu Word của cơ quan “mau-da-sua.docx”')

    const doc = await generated('DOC-BC-KETQUA', 2021)
    const texts = paragraphs(doc)
    expect(texts).toContain('Cơ quan tự soạn câu này trong Word cho năm 2021.')
    // The app's own paragraphs are still printed through the template's loops, with the year's figures.
    expect(texts).toContain('BÁO CÁO')
    expect(texts.join('\n')).toContain('năm 2021')
    expect(texts).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(texts).toContain('Độc lập - Tự do - Hạnh phúc')
    expect(texts.some((t) => /^Số: {5,}\/BC-/u.test(t))).toBe(true)
    // A heading stays with the paragraph after it, as in the built-in layout.
    const heading = all(doc.body, 'w:p').find((p) => text(p) === 'I. ĐẶC ĐIỂM TÌNH HÌNH')!
    expect(paragraphProps(heading).keepNext).toBe(true)
    expect(runs(heading).every((r) => r.bold)).toBe(true)
    // A document of the sample data keeps its mark under the header (a loop of one).
    expect(texts).toContain('(DỮ LIỆU MẪU — không dùng để ban hành)')
    expect(texts.some((t) => t.includes('{') || t.includes('}'))).toBe(false)
    const TNR = 'Times New Roman'
    for (const p of all(doc.body, 'w:p')) for (const r of runs(p)) if (r.text !== '') expect(r.fonts, r.text).toEqual({ ascii: TNR, hAnsi: TNR, eastAsia: TNR, cs: TNR })
    // The attached statistics keep their rows (the table's row tag is replaced by the year's rows).
    expect(all(doc.body, 'w:tr').length).toBeGreaterThan(5)

    // "Khôi phục mẫu gốc": the built-in layout again, without the office's sentence.
    await app.call('template.reset', { kind: 'DOC-BC-KETQUA' })
    expect(await inUse('DOC-BC-KETQUA')).toBeNull()
    expect(paragraphs(await generated('DOC-BC-KETQUA', 2021))).not.toContain('Cơ quan tự soạn câu này trong Word cho năm 2021.')
  })

  test('every document type, the certificates included, gives a template that its own check accepts and that prints the document', async () => {
    // The sample as docs:samples leaves it: 2021 has a tờ trình, so a decision can be drafted too.
    await app.close()
    const dataDir = makeTempDir()
    await (await openSampleDocuments({ dataDir, keep: true })).close()
    app = openTestCore({ dataDir, now: () => new Date('2021-12-20T03:00:00Z') })
    for (const kind of DOC_KINDS) {
      const template = await builtIn(kind)
      await upload(kind, template.toString('base64')).catch((error: Error) => {
        throw new Error(`${kind}: ${error.message}`)
      })
      expect(await inUse(kind), kind).not.toBeNull()
    }
    const certificates = await generated('DOC-GCN', SAMPLE_YEAR['DOC-GCN'])
    const texts = paragraphs(certificates)
    expect(texts.filter((t) => t === 'GIẤY CÔNG NHẬN').length).toBeGreaterThan(1)
    expect(texts.filter((t) => t === 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').length).toBe(texts.filter((t) => t === 'GIẤY CÔNG NHẬN').length)
    const list = await generated('DOC-DS-DANGKY', SAMPLE_YEAR['DOC-DS-DANGKY'])
    expect(all(list.body, 'w:tr').length).toBeGreaterThan(10)
  })

  test('a template opened and saved again by an office suite (LibreOffice) is accepted and prints the list rows with borders', async () => {
    const dir = makeTempDir()
    const original = path.join(dir, 'mau.docx')
    fs.writeFileSync(original, await builtIn('DOC-DS-DANGKY'))
    fs.mkdirSync(path.join(dir, 'saved'))
    const resaved = resaveAsDocx(original, path.join(dir, 'saved'), path.join(dir, 'profile'))
    await upload('DOC-DS-DANGKY', fs.readFileSync(resaved).toString('base64'))
    const list = await generated('DOC-DS-DANGKY', 2020)
    const table = all(list.body, 'w:tbl').find((t) => all(t, 'w:tr').length > 5)!
    const body = all(table, 'w:tr').slice(2)
    expect(body.map((r) => text(r)).join(' ')).toContain('Khu phố')
    for (const cell of all(body[0]!, 'w:tc')) expect(all(cell, 'w:tcBorders'), 'every cell draws its own borders').toHaveLength(1)
  }, 120_000)

  test('a template made for the list printed alone does not print the list attached to a document: refused with the tag named, nothing saved', async () => {
    await upload('DOC-DS-DANGKY', (await builtIn('DOC-DS-DANGKY')).toString('base64'))
    const { request } = await app.call('documents.prepare', { kind: 'DOC-DS-DANGKY', year: 2020, reference: 'Công văn số 12/CAT-PV05 ngày 05/01/2020 của Công an tỉnh' })
    const before = (await app.call('documents.list', { year: 2020 })).length
    const refusal = await expectRefusal(app.call('documents.generate', { request, confirmed: true }))
    expect(refusal.message).toMatch(/^Mẫu Word của cơ quan có trường “\{\w+\}” mà văn bản này không có: mẫu được soạn cho một bố cục khác/u)
    expect(await app.call('documents.list', { year: 2020 })).toHaveLength(before)
  })

  describe('bad templates are refused with the placeholder or rule named, and nothing is saved', () => {
    const refusals: [string, (docx: Buffer) => { content: string; fileName?: string }, RegExp][] = [
      ['not a .docx', () => ({ content: Buffer.from('đây không phải tệp Word').toString('base64') }), /không phải tệp Word \(\.docx\)/u],
      ['a .pdf name', (d) => ({ content: d.toString('base64'), fileName: 'mau.pdf' }), /“mau\.pdf” không phải tệp Word/u],
      ['an unclosed loop', (d) => ({ content: edited(d, (xml) => xml.replace('{/doan}', '')) }), /vòng lặp “\{#doan\}” thiếu dòng đóng “\{\/doan\}”/u],
      ['an unclosed placeholder', (d) => ({ content: edited(d, (xml) => xml.replace('{so}', '{so')) }), /trường “\{so” thiếu dấu đóng/u],
      ['an unknown placeholder', (d) => ({ content: edited(d, (xml) => xml.replace('{so}', '{so_van_ban}')) }), /trường “\{so_van_ban\}” mà ứng dụng không biết/u],
      ['a wrong font', (d) => ({ content: edited(d, (xml) => xml.replaceAll('Times New Roman', 'Arial')) }), /quy tắc ND30-FONT: .*phông “Arial”/u],
      ['no Quốc hiệu', (d) => ({ content: edited(d, (xml) => xml.replace('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỘNG HÒA')) }), /quy tắc ND30-QUOC-HIEU/u],
      ['no Số line', (d) => ({ content: edited(d, (xml) => xml.replace('{so}', '')) }), /quy tắc ND30-SO-KY-HIEU/u]
    ]
    test.each(refusals)('%s', async (_name, make, message) => {
      const { content, fileName } = make(await builtIn('DOC-CV-DONDOC'))
      const refusal = await expectRefusal(upload('DOC-CV-DONDOC', content, fileName))
      expect(refusal.code).toBe('VALIDATION')
      expect(refusal.message).toMatch(message)
      expect(await inUse('DOC-CV-DONDOC')).toBeNull()
    })
  })
})
