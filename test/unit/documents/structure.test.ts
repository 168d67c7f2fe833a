import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { DocKind } from '../../../shared/documents/spec'
import { DOC_KINDS } from '../../../shared/documents/spec'
import { composeDocument } from '../../../electron/core/documents/compose'
import { renderDocx } from '../../../electron/core/documents/docx/render'
import { DEFAULT_PROFILE, type FormatProfile } from '../../../electron/core/documents/format/profile'
import { openSampleDocuments, type SampleDocuments } from '../../../electron/core/documents/sample-documents'
import type { DocumentRequest } from '../../../shared/api/calls/documents'
import { all, attr, cellParagraphs, child, children, paragraphProps, readDocx, runs, tableCells, tableProps, text, type Docx, type El } from '../../helpers/ooxml'

// Regexes of documents.md §5.
const QUOC_HIEU = /^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/u
const TIEU_NGU = /^Độc lập - Tự do - Hạnh phúc$/u
const SO = /^Số:(?: (?:0[1-9]|[1-9]\d+)| {5,})\/[\p{L}\d]+(?:-[\p{L}\d]+)+$/u
const DATE = /^\p{Lu}[\p{L}\d .-]*, ngày (?:0[1-9]|[12]\d|3[01]| {4,}) tháng (?:0[12]|[3-9]|1[0-2]| {4,}) năm \d{4}$/u
const VV = /^V\/v \S/u
const CAN_CU = /^(?:Căn cứ|Theo đề nghị|Xét đề nghị) .+[;.]$/u
const DIEU = /^Điều (\d+)\. /u
const END_MARK = /\S\.\/\.$/u
const ITEM = /^- \S.*;$/u
const LUU = /^- Lưu: VT(?:, [^,;.]+)*\.$/u
const SIGN_PREFIX = /^(?:TM|KT|Q|TL|TUQ)\. \p{Lu}/u
const CV_GROUP = /(?:^|-)CV(?:-|$)/u
const UPPER_MANGLED = /^(?:QYĐ|TTR|CTR|TRS)(?:-|$)/u

// The real Vũng Tàu sample, loaded into a temporary database and read back as the app reads it.
let samples: SampleDocuments

async function build(kind: DocKind, overrides: Partial<DocumentRequest> = {}, profile: FormatProfile = DEFAULT_PROFILE): Promise<Docx> {
  const composed = composeDocument(samples.request(kind, overrides), samples.input(kind))
  return readDocx(await renderDocx(composed.spec, profile))
}

const docs = {} as Record<DocKind, Docx>
beforeAll(async () => {
  samples = await openSampleDocuments()
  for (const kind of DOC_KINDS) docs[kind] = await build(kind)
}, 60_000)
afterAll(async () => {
  await samples.close()
})

const NAMED: DocKind[] = ['DOC-BC-KETQUA', 'DOC-TTR-CONGNHAN', 'DOC-QD-CONGNHAN']
const NUMBERED: DocKind[] = ['DOC-CV-DONDOC', ...NAMED]
const isEmptyParagraph = (p: El) => p.tagName === 'w:p' && text(p).trim() === ''

function allParagraphs(doc: Docx): El[] {
  return [...all(doc.body, 'w:p'), ...Object.values(doc.headers).flatMap((h) => all(h.documentElement!, 'w:p'))]
}

describe.each(DOC_KINDS)('%s', (kind) => {
  test('CHK-PKG: the parts Word needs are there and every relationship target exists', () => {
    const d = docs[kind]
    for (const part of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/settings.xml']) expect(d.files[part], part).toBeDefined()
    for (const rel of all(d.xml('word/_rels/document.xml.rels').documentElement!, 'Relationship')) {
      if (attr(rel, 'TargetMode') === 'External') continue
      expect(d.files[`word/${attr(rel, 'Target')}`], attr(rel, 'Target')!).toBeDefined()
    }
  })

  test('ND30-PAPER / ND30-LANDSCAPE (CHK-SEC-SIZE): A4, landscape only for table or certificate sections', () => {
    for (const s of docs[kind].sections) {
      const pgSz = child(s, 'w:pgSz')!
      const w = Number(attr(pgSz, 'w:w'))
      const h = Number(attr(pgSz, 'w:h'))
      if (attr(pgSz, 'w:orient') === 'landscape') {
        expect([w, h]).toEqual([16838, 11906])
        expect(['DOC-BC-KETQUA', 'DOC-GCN']).toContain(kind)
      } else expect([w, h]).toEqual([11906, 16838])
    }
  })

  test('ND30-MARGINS (CHK-SEC-MARGIN): 20/20/30/15 mm, no gutter, header distance below the top margin', () => {
    for (const s of docs[kind].sections) {
      const m = child(s, 'w:pgMar')!
      expect(Number(attr(m, 'w:top'))).toBe(1134)
      expect(Number(attr(m, 'w:bottom'))).toBe(1134)
      expect(Number(attr(m, 'w:left'))).toBe(1701)
      expect(Number(attr(m, 'w:right'))).toBe(850)
      expect(Number(attr(m, 'w:gutter'))).toBe(0)
      expect(Number(attr(m, 'w:header'))).toBeLessThan(1134)
      expect(child(s, 'w:mirrorMargins')).toBeUndefined()
    }
  })

  test('ND30-PAGE-NUMBER / ND30-APPENDIX-NUMBERING (CHK-SEC-TITLEPG, CHK-SEC-PAGENUM): a centred PAGE field from page 2, none on page 1 of each section', () => {
    const d = docs[kind]
    for (const s of d.sections) {
      const refs = children(s, 'w:headerReference')
      if (kind === 'DOC-GCN') {
        expect(refs).toHaveLength(0)
        continue
      }
      expect(child(s, 'w:titlePg')).toBeDefined()
      expect(attr(child(s, 'w:pgNumType'), 'w:start')).toBe('1')
      const rels = d.xml('word/_rels/document.xml.rels')
      const target = (id: string | null) => all(rels.documentElement!, 'Relationship').find((r) => attr(r, 'Id') === id)
      const byType = Object.fromEntries(refs.map((r) => [attr(r, 'w:type'), d.headers[`word/${attr(target(attr(r, 'r:id')), 'Target')}`]!]))
      const first = byType.first!.documentElement!
      expect(all(first, 'w:fldSimple').length + all(first, 'w:instrText').length).toBe(0)
      expect(all(first, 'w:p').map(text).join('')).toBe('')
      const def = byType.default!.documentElement!
      const ps = all(def, 'w:p')
      expect(ps).toHaveLength(1)
      expect(paragraphProps(ps[0]!).jc).toBe('center')
      expect(all(def, 'w:instrText').map((t) => t.textContent).join('') + all(def, 'w:fldSimple').map((f) => attr(f, 'w:instr')).join('')).toMatch(/\bPAGE\b/)
      for (const r of runs(ps[0]!)) {
        expect(r.size).toBe(28)
        expect(r.bold || r.italic).toBe(false)
      }
    }
    expect(Object.keys(d.files).some((f) => /footer/.test(f) && /PAGE/.test(new TextDecoder().decode(d.files[f])))).toBe(false)
  })

  test('ND30-FONT (CHK-FONT): Times New Roman in all four rFonts slots of every run, no theme fonts, black', () => {
    const list = allParagraphs(docs[kind]).flatMap(runs)
    expect(list.length).toBeGreaterThan(10)
    for (const r of list) {
      expect(r.fonts).toEqual({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'Times New Roman', cs: 'Times New Roman' })
      expect(r.themeFonts).toBe(false)
      expect([null, 'auto', '000000']).toContain(r.color)
    }
  })

  test('ND30-SIZES (CHK-SIZE): every non-empty run in the legal size set, sz = szCs', () => {
    const allowed = kind === 'DOC-GCN' ? [22, 24, 26, 28, 32, 36, 40, 52] : [22, 24, 26, 28]
    for (const r of allParagraphs(docs[kind]).flatMap(runs).filter((r) => r.text.trim() !== '')) {
      expect(allowed, r.text).toContain(r.size)
      if (r.sizeCs !== null) expect(r.sizeCs).toBe(r.size)
    }
  })

  test('APP-TEXT (CHK-TEXT): NFC, no replacement characters, the motto with U+002D', () => {
    for (const p of allParagraphs(docs[kind])) {
      const t = text(p)
      expect(t).toBe(t.normalize('NFC'))
      expect(t).not.toContain('\ufffd')
      expect(t).not.toMatch(/Độc lập – Tự do/)
    }
  })

  test('CHK-TBL: grid, DXA widths, Σ gridCol = tblW ≤ TW, a paragraph ends every cell; data tables repeat their header and never split a row', () => {
    const d = docs[kind]
    for (const tbl of all(d.body, 'w:tbl')) {
      const t = tableProps(tbl)
      expect(t.widthType).toBe('dxa')
      expect(t.layout).toBe('fixed')
      expect(t.grid.reduce((a, b) => a + b, 0)).toBe(t.width)
      expect(t.width).toBeLessThanOrEqual(14287)
      expect(t.rows.length).toBeGreaterThan(0)
      for (const row of t.rows) {
        expect(row.cells.reduce((n, c) => n + c.span, 0)).toBe(t.grid.length)
        for (const c of row.cells) {
          expect(c.widthType).toBe('dxa')
          expect(c.endsWithParagraph).toBe(true)
        }
        expect(row.cantSplit).toBe(true)
      }
      if (!t.borderless) expect(t.rows[0]!.header).toBe(true)
    }
  })
})

describe.each(NUMBERED)('%s header and signature', (kind) => {
  test('ND30-HEADER-BLOCK, ND30-QUOC-HIEU, ND30-TIEU-NGU, ND30-ISSUER, ND30-SO-KY-HIEU, ND30-DATE (CHK-HDR)', () => {
    const first = docs[kind].blocks[0]!
    expect(first.tagName).toBe('w:tbl')
    const t = tableProps(first)
    expect(t.grid).toHaveLength(2)
    expect(t.borderless).toBe(true)
    const cells = tableCells(first)
    const right = cellParagraphs(cells[0]![1]!)
    expect(text(right[0]!)).toMatch(QUOC_HIEU)
    expect(runs(right[0]!).every((r) => r.bold && r.size === 24)).toBe(true)
    expect(text(right[1]!)).toMatch(TIEU_NGU)
    expect(runs(right[1]!).every((r) => r.bold && r.size === 26)).toBe(true)
    expect(paragraphProps(right[2]!).hasBottomBorder).toBe(true)
    const left = cellParagraphs(cells[0]![0]!).filter((p) => text(p) !== '')
    for (const p of left) expect(text(p)).toBe(text(p).toLocaleUpperCase('vi-VN'))
    const issuer = left.at(-1)!
    expect(runs(issuer).every((r) => r.bold)).toBe(true)
    if (left.length > 2) expect(runs(left[0]!).some((r) => r.bold)).toBe(false)
    // Row 2: Số and the date in the same row.
    const so = cellParagraphs(cells[1]![0]!)[0]!
    expect(text(so)).toMatch(SO)
    expect(runs(so).every((r) => r.size === 26 && !r.italic)).toBe(true)
    expect(paragraphProps(so).jc).toBe('center')
    const date = cellParagraphs(cells[1]![1]!)[0]!
    expect(text(date)).toMatch(DATE)
    expect(runs(date).every((r) => r.italic && r.size === 26)).toBe(true)
  })

  test('CHK-SYMBOL: the ký hiệu keeps its case, never "CV"', () => {
    const so = text(cellParagraphs(tableCells(docs[kind].blocks[0]!)[1]![0]!)[0]!)
    const symbol = so.split('/')[1]!
    expect(symbol).not.toMatch(CV_GROUP)
    expect(symbol).not.toMatch(UPPER_MANGLED)
    if (kind === 'DOC-CV-DONDOC') expect(symbol).toBe('UBND-CATP')
    if (kind === 'DOC-TTR-CONGNHAN') expect(symbol).toBe('TTr-CATP')
    if (kind === 'DOC-QD-CONGNHAN') expect(symbol).toBe('QĐ-UBND')
  })

  test('ND30-SIGNATURE, ND30-NOI-NHAN (CHK-SIG): Nơi nhận 12 pt bold italic, items 11 pt, the last "- Lưu: VT, …."; titles UPPER bold, name bold', () => {
    const blocks = docs[kind].blocks
    const end = blocks.findIndex((b) => b.tagName === 'w:p' && child(child(b, 'w:pPr'), 'w:sectPr') !== undefined)
    const firstSection = end >= 0 ? blocks.slice(0, end) : blocks
    const sig = firstSection.filter((t) => t.tagName === 'w:tbl' && tableProps(t).borderless).at(-1)!
    const [leftCell, rightCell] = tableCells(sig)[0]!
    const left = cellParagraphs(leftCell!)
    expect(text(left[0]!)).toBe('Nơi nhận:')
    expect(runs(left[0]!).every((r) => r.size === 24 && r.bold && r.italic)).toBe(true)
    const items = left.slice(1).map(text)
    for (const item of items.slice(0, -1)) expect(item).toMatch(ITEM)
    expect(items.at(-1)).toMatch(LUU)
    for (const p of left.slice(1)) expect(runs(p).every((r) => r.size === 22 && !r.bold)).toBe(true)
    if (kind === 'DOC-CV-DONDOC' || kind === 'DOC-TTR-CONGNHAN') expect(items[0]).toBe('- Như trên;')
    if (kind === 'DOC-QD-CONGNHAN') expect(items[0]).toBe('- Như Điều 3;')
    const right = cellParagraphs(rightCell!).filter((p) => text(p) !== '')
    const name = right.at(-1)!
    for (const p of right.slice(0, -1)) {
      expect(text(p)).toBe(text(p).toLocaleUpperCase('vi-VN'))
      expect(runs(p).every((r) => r.bold)).toBe(true)
    }
    if (right.length > 2) expect(text(right[0]!)).toMatch(SIGN_PREFIX)
    expect(runs(name).every((r) => r.bold)).toBe(true)
    expect(text(name)).not.toBe(text(name).toLocaleUpperCase('vi-VN'))
    expect(paragraphProps(name).before).toBe(1701)
  })

  test('ND30-JUSTIFY, ND30-INDENT, ND30-LINE-SPACING, ND30-PARA-SPACING (CHK-BODY): body paragraphs justified, 1 cm, 1.2 lines, 6 pt, one size', () => {
    const body = docs[kind].blocks.filter((b) => b.tagName === 'w:p' && paragraphProps(b).jc === 'both')
    expect(body.length).toBeGreaterThan(3)
    const sizes = new Set<number>()
    for (const p of body) {
      const pp = paragraphProps(p)
      expect(pp.firstLine).toBe(567)
      expect(pp.line).toBe(288)
      expect(pp.lineRule).toBe('auto')
      expect(pp.before).toBeGreaterThanOrEqual(120)
      for (const r of runs(p)) if (r.text.trim() !== '') sizes.add(r.size!)
    }
    expect([...sizes]).toEqual([28])
  })
})

describe.each(NAMED)('%s title', (kind) => {
  test('ND30-TEN-LOAI (CHK-TITLE): type name UPPER bold 14 pt centred, trích yếu bold centred, then a rule of 33–50 % of it', () => {
    const ps = docs[kind].blocks.filter((b) => b.tagName === 'w:p')
    const i = ps.findIndex((p) => ['QUYẾT ĐỊNH', 'TỜ TRÌNH', 'BÁO CÁO'].includes(text(p)))
    expect(i).toBeGreaterThanOrEqual(0)
    expect(runs(ps[i]!).every((r) => r.bold && r.size === 28)).toBe(true)
    expect(paragraphProps(ps[i]!).jc).toBe('center')
    const subject = ps[i + 1]!
    expect(runs(subject).every((r) => r.bold)).toBe(true)
    expect(paragraphProps(subject).jc).toBe('center')
    const ruleIndex = ps.slice(i + 1).findIndex((p) => paragraphProps(p).hasBottomBorder)
    expect(ruleIndex).toBeGreaterThan(0)
    const rule = paragraphProps(ps[i + 1 + ruleIndex]!)
    const length = 9355 - rule.indentLeft - rule.indentRight
    expect(length).toBeGreaterThan(9355 * 0.15)
    expect(length).toBeLessThan(9355 * 0.5)
  })
})

describe('DOC-CV-DONDOC', () => {
  test('ND30-CONG-VAN-VV (CHK-VV): V/v under Số, 12 pt, upright, not bold, 6 pt above; no type name', () => {
    const d = docs['DOC-CV-DONDOC']
    const left = cellParagraphs(tableCells(d.blocks[0]!)[1]![0]!)
    expect(text(left[1]!)).toMatch(VV)
    expect(runs(left[1]!).every((r) => r.size === 24 && !r.bold && !r.italic)).toBe(true)
    expect(paragraphProps(left[1]!).before).toBeGreaterThanOrEqual(120)
    expect(all(d.body, 'w:p').some((p) => text(p) === 'CÔNG VĂN')).toBe(false)
  })

  test('ND30-KINH-GUI: several addressees, each "- …;" and the last "- ….", dashes under the colon', () => {
    const ps = docs['DOC-CV-DONDOC'].blocks.filter((b) => b.tagName === 'w:p')
    const i = ps.findIndex((p) => text(p) === 'Kính gửi:')
    expect(text(ps[i + 1]!)).toBe('- Thủ trưởng các cơ quan, đơn vị;')
    expect(text(ps[i + 2]!)).toBe('- Chủ tịch Ủy ban nhân dân các phường, xã.')
    expect(paragraphProps(ps[i + 1]!).indentLeft).toBeGreaterThan(paragraphProps(ps[i]!).indentLeft)
  })

  test('domain.md §6: the result sentence computed from the 2020 data, exactly', () => {
    const body = docs['DOC-CV-DONDOC'].blocks.map(text).join('\n')
    expect(body).toContain(
      'Trong năm 2020, trên địa bàn thành phố Vũng Tàu có 13/17 phường, xã và 02 doanh nghiệp được công nhận đạt tiêu chuẩn “An toàn về an ninh, trật tự”.'
    )
  })

  test('ND30-END-MARK: the content ends with "./." right after the last word', () => {
    const body = docs['DOC-CV-DONDOC'].blocks.filter((b) => b.tagName === 'w:p' && paragraphProps(b).jc === 'both')
    expect(text(body.at(-1)!)).toMatch(END_MARK)
  })
})

describe('DOC-QD-CONGNHAN', () => {
  test('ND30-CAN-CU (CHK-CANCU): italic, one per paragraph, ";" on all but the last, which ends "."', () => {
    const lines = docs['DOC-QD-CONGNHAN'].blocks.filter((b) => b.tagName === 'w:p' && CAN_CU.test(text(b)))
    expect(lines.length).toBe(4) // 2021: Luật TCCQĐP 2015, its 2019 amendment, TT 23, the tờ trình
    lines.forEach((p, i) => {
      expect(runs(p).every((r) => r.italic)).toBe(true)
      expect(text(p).endsWith(i === lines.length - 1 ? '.' : ';')).toBe(true)
    })
    expect(text(lines.at(-1)!)).toBe('Theo đề nghị của Trưởng Công an thành phố Vũng Tàu tại Tờ trình số      /TTr-CATP ngày      tháng      năm 2021.')
  })

  test('ND30-QD-LINES, ND30-DIEU (CHK-QD): authority line agrees with the signature, "QUYẾT ĐỊNH:", Điều 1..3 bold, end mark on the last', () => {
    const ps = docs['DOC-QD-CONGNHAN'].blocks.filter((b) => b.tagName === 'w:p')
    // Default signer "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" → collective mode (APP-QD-AUTHORITY).
    expect(ps.some((p) => text(p) === 'ỦY BAN NHÂN DÂN THÀNH PHỐ VŨNG TÀU')).toBe(true)
    const decides = ps.find((p) => text(p) === 'QUYẾT ĐỊNH:')!
    expect(runs(decides).every((r) => r.bold)).toBe(true)
    expect(paragraphProps(decides).jc).toBe('center')
    const articles = ps.filter((p) => DIEU.test(text(p)))
    expect(articles.map((p) => Number(DIEU.exec(text(p))![1]))).toEqual([1, 2, 3])
    for (const a of articles) {
      expect(runs(a)[0]!.bold).toBe(true)
      expect(runs(a)[0]!.text).toMatch(/^Điều \d\.$/)
      expect(paragraphProps(a).firstLine).toBe(567)
    }
    expect(text(articles.at(-1)!)).toMatch(END_MARK)
    expect(text(articles[0]!)).toBe('Điều 1. Công nhận 02 doanh nghiệp đạt tiêu chuẩn “An toàn về an ninh, trật tự” năm 2021 (có danh sách kèm theo).')
  })

  test('ND30-APPENDIX: the attached list starts a new section numbered from 1, with header row 1 only and the "(Kèm theo Quyết định …)" line', () => {
    const d = docs['DOC-QD-CONGNHAN']
    expect(d.sections).toHaveLength(2)
    const blocks = d.blocks
    const sectionBreak = blocks.findIndex((b) => b.tagName === 'w:p' && child(child(b, 'w:pPr'), 'w:sectPr') !== undefined)
    const listHeader = blocks[sectionBreak + 1]!
    expect(listHeader.tagName).toBe('w:tbl')
    expect(tableCells(listHeader)).toHaveLength(1)
    const texts = blocks.slice(sectionBreak + 1).filter((b) => b.tagName === 'w:p').map(text)
    expect(texts).toContain('DANH SÁCH')
    expect(texts).toContain('(Kèm theo Quyết định số      /QĐ-UBND ngày      tháng      năm 2021 của Ủy ban nhân dân thành phố Vũng Tàu)')
    expect(texts).toContain('Danh sách này có 02 đơn vị./.')
  })

  test('ND30-DATE-PADDING, ND30-SO-KY-HIEU: number 5 on 05/3/2021 prints "Số: 05/QĐ-UBND" and "ngày 05 tháng 3 năm 2021"', async () => {
    const d = await build('DOC-QD-CONGNHAN', { number: 5, date: '2021-03-05', issueYear: 2021 })
    const cells = tableCells(d.blocks[0]!)
    expect(text(cellParagraphs(cells[1]![0]!)[0]!)).toBe('Số: 05/QĐ-UBND')
    expect(text(cellParagraphs(cells[1]![1]!)[0]!)).toBe('Vũng Tàu, ngày 05 tháng 3 năm 2021')
  })

  test('APP-QD-AUTHORITY: a "KT. CHỦ TỊCH" signer makes the individual authority line and "của Chủ tịch …"', async () => {
    const input = { ...samples.input('DOC-QD-CONGNHAN'), signer: samples.signers.find((s) => s.authorityLine === 'KT. CHỦ TỊCH')! }
    const d = readDocx(await renderDocx(composeDocument(samples.request('DOC-QD-CONGNHAN'), input).spec, DEFAULT_PROFILE))
    const texts = all(d.body, 'w:p').map(text)
    expect(texts).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ VŨNG TÀU')
    expect(texts).toContain('KT. CHỦ TỊCH')
    expect(texts).toContain('PHÓ CHỦ TỊCH')
    expect(texts.some((t) => t.endsWith('của Chủ tịch Ủy ban nhân dân thành phố Vũng Tàu)'))).toBe(true)
  })

  test('first page carries no page number: the first header of every section is empty (ND30-PAGE-NUMBER)', () => {
    const d = docs['DOC-QD-CONGNHAN']
    for (const s of d.sections) expect(children(s, 'w:headerReference').map((r) => attr(r, 'w:type')).sort()).toEqual(['default', 'first'])
  })
})

describe('format profile (documents.md §1.3)', () => {
  test('a legal non-default profile is applied: margins 25/25/35/20 mm, body 13 pt, 1.5 lines, indent 1,27 cm', async () => {
    const profile: FormatProfile = { ...DEFAULT_PROFILE, marginTopMm: 25, marginBottomMm: 25, marginLeftMm: 35, marginRightMm: 20, bodyPt: 13, lineSpacing: 1.5, firstLineIndent: 720 }
    const d = await build('DOC-CV-DONDOC', {}, profile)
    const m = child(d.sections[0]!, 'w:pgMar')!
    expect([attr(m, 'w:top'), attr(m, 'w:bottom'), attr(m, 'w:left'), attr(m, 'w:right')].map(Number)).toEqual([1417, 1417, 1984, 1134])
    const body = d.blocks.filter((b) => b.tagName === 'w:p' && paragraphProps(b).jc === 'both')
    expect(new Set(body.map((p) => paragraphProps(p).line))).toEqual(new Set([360]))
    expect(new Set(body.map((p) => paragraphProps(p).firstLine))).toEqual(new Set([720]))
    expect(new Set(body.flatMap(runs).filter((r) => r.text.trim()).map((r) => r.size))).toEqual(new Set([26]))
    const sig = children(d.body, 'w:tbl').at(-1)!
    expect(tableProps(sig).width).toBe(11906 - 1984 - 1134)
  })

  test.each([
    ['ND30-MARGINS', { marginLeftMm: 25 }],
    ['ND30-LINE-SPACING', { lineSpacing: 1.6 }],
    ['ND30-LINE-SPACING', { lineSpacing: 1.23 }],
    ['ND30-INDENT', { firstLineIndent: 600 }],
    ['ND30-SIZES', { bodyPt: 12 }],
    ['ND30-PARA-SPACING', { paraBeforePt: 4 }]
  ] as const)('an illegal profile is refused before writing, naming %s', async (ruleId, change) => {
    const profile = { ...DEFAULT_PROFILE, ...change } as FormatProfile
    await expect(build('DOC-CV-DONDOC', {}, profile)).rejects.toThrow(ruleId)
  })
})

test('no empty paragraph sits between the last table and the section end except the tiny closing one (documents.md §6)', () => {
  for (const kind of DOC_KINDS) {
    for (const s of docs[kind].sections) {
      const p = s.parentNode as El
      if (p.tagName !== 'w:p') continue
      expect(isEmptyParagraph(p)).toBe(true)
      expect(paragraphProps(p).line).toBe(20)
    }
  }
})
