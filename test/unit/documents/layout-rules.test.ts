import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { DocumentRequest } from '../../../shared/api/calls/documents'
import { DOC_KINDS, type DocKind } from '../../../shared/documents/spec'
import { formatPercent } from '../../../shared/text/numbers'
import { composeDocument, type ComposeInput } from '../../../electron/core/documents/compose'
import { renderDocx } from '../../../electron/core/documents/docx/render'
import { rateText } from '../../../electron/core/documents/format/official-text'
import { DEFAULT_PROFILE, type FormatProfile } from '../../../electron/core/documents/format/profile'
import { textWidth } from '../../../electron/core/documents/format/text-width'
import { openSampleDocuments, type SampleDocuments } from '../../../electron/core/documents/sample-documents'
import { reportParagraphs } from '../../../electron/core/documents/types/annual-report/builder'
import { syntheticYearFacts } from '../../../electron/core/documents/year/synthetic-facts'
import type { UnitFact, YearFacts } from '../../../electron/core/documents/year/year-facts'
import { all, attr, child, children, paragraphProps, readDocx, runs, text, type Docx, type El } from '../../helpers/ooxml'

/** Issue 9's defects "a văn thư rejects these" and "wrong by the decree or by the app's own rules", one test per rule. */
let samples: SampleDocuments
const docs = {} as Record<DocKind, Docx>

function compose(kind: DocKind, overrides: Partial<DocumentRequest> = {}, input: Partial<ComposeInput> = {}) {
  return composeDocument(samples.request(kind, overrides), { ...samples.input(kind), ...input })
}
async function build(kind: DocKind, overrides: Partial<DocumentRequest> = {}, input: Partial<ComposeInput> = {}, profile: FormatProfile = DEFAULT_PROFILE): Promise<Docx> {
  return readDocx(await renderDocx(compose(kind, overrides, input).spec, profile))
}
const bodyTexts = (d: Docx): string[] => all(d.body, 'w:p').map(text)

beforeAll(async () => {
  samples = await openSampleDocuments()
  for (const kind of DOC_KINDS) docs[kind] = await build(kind)
}, 120_000)
afterAll(async () => {
  await samples.close()
})

const NUMBER_LIKE = /^[\d.,/%+-]+$/u

/** Every cell of every bordered data table with its text, run size and width. */
function dataCells(d: Docx): { text: string; pt: number; width: number }[] {
  const out: { text: string; pt: number; width: number }[] = []
  for (const tbl of all(d.body, 'w:tbl')) {
    const borders = child(child(tbl, 'w:tblPr'), 'w:tblBorders')
    if (!borders || attr(child(borders, 'w:top'), 'w:val') === 'none') continue
    for (const tr of children(tbl, 'w:tr')) {
      for (const tc of children(tr, 'w:tc')) {
        const width = Number(attr(child(child(tc, 'w:tcPr'), 'w:tcW'), 'w:w'))
        for (const p of children(tc, 'w:p')) {
          const r = runs(p)[0]
          if (r) out.push({ text: text(p), pt: (r.size ?? 26) / 2, width })
        }
      }
    }
  }
  return out
}

describe('APP-TABLE-NOWRAP: a date or a number never wraps in a table cell', () => {
  test.each(DOC_KINDS)('%s: every date and number fits its column at the table size', (kind) => {
    for (const cell of dataCells(docs[kind]).filter((c) => NUMBER_LIKE.test(c.text))) {
      expect(textWidth(cell.text, cell.pt) + 216, `${cell.text} in ${cell.width}`).toBeLessThanOrEqual(cell.width)
    }
  })

  test('the widest dates (“20/11/2021”) fit at 14 pt in the registration list', async () => {
    const facts: YearFacts = { ...samples.input('DOC-DS-DANGKY').facts, units: samples.input('DOC-DS-DANGKY').facts.units.map((u) => ({ ...u, registeredOn: '2021-11-20' })) }
    const d = await build('DOC-DS-DANGKY', {}, { facts }, { ...DEFAULT_PROFILE, tablePt: 14 })
    const dates = dataCells(d).filter((c) => c.text === '20/11/2021')
    expect(dates.length).toBeGreaterThan(0)
    for (const c of dates) expect(textWidth(c.text, 14) + 216).toBeLessThanOrEqual(c.width)
  })
})

/** The body element just before the signature table (skipping the tiny spacer paragraph). */
function beforeSignature(d: Docx): El[] {
  const out: El[] = []
  const body = children(d.body)
  body.forEach((el, i) => {
    if (el.tagName !== 'w:tbl') return
    const cellsText = all(el, 'w:p').map(text).join(' ')
    if (!/Nơi nhận:|CHỦ TRÌ|CHỦ TỊCH|TRƯỞNG/u.test(cellsText) || child(child(el, 'w:tblPr'), 'w:tblBorders') === undefined) return
    if (attr(child(child(child(el, 'w:tblPr'), 'w:tblBorders'), 'w:top'), 'w:val') !== 'none') return
    let k = i - 1
    while (k >= 0 && body[k]!.tagName === 'w:p' && text(body[k]!) === '' && paragraphProps(body[k]!).keepNext) k--
    if (k >= 0 && i > 3) out.push(body[k]!)
  })
  return out
}

describe('ND30-SIGNATURE: the signature block never stands alone on a page', () => {
  test.each(['DOC-DS-DANGKY', 'DOC-BB-HOP', 'DOC-TTR-CONGNHAN', 'DOC-QD-CONGNHAN', 'DOC-CV-DONDOC', 'DOC-BC-KETQUA'] as DocKind[])('%s: the last content paragraph is kept with the signature', (kind) => {
    const before = beforeSignature(docs[kind])
    expect(before.length).toBeGreaterThan(0)
    for (const el of before) {
      expect(el.tagName).toBe('w:p')
      expect(text(el).trim()).not.toBe('')
      expect(paragraphProps(el).keepNext, text(el)).toBe(true)
    }
  })

  test('DOC-DS-DANGKY: the last row of the list is kept with the closing line and the signature', () => {
    const list = all(docs['DOC-DS-DANGKY'].body, 'w:tbl').find((t) => all(t, 'w:tr').length > 5)!
    const rows = children(list, 'w:tr')
    for (const p of all(rows[rows.length - 1]!, 'w:p')) expect(paragraphProps(p).keepNext).toBe(true)
  })
})

describe('ND30-CAN-CU (CHK-CANCU): one punctuation rule for every căn cứ block', () => {
  test.each(['DOC-TTR-CONGNHAN', 'DOC-QD-CONGNHAN'] as DocKind[])('%s: every basis but the last ends with ";", the last with "."', (kind) => {
    const lines = bodyTexts(docs[kind]).filter((t) => /^(?:Căn cứ|Theo đề nghị|Xét đề nghị) /u.test(t))
    expect(lines.length).toBeGreaterThan(0)
    lines.forEach((l, i) => expect(l.endsWith(i === lines.length - 1 ? '.' : ';'), l).toBe(true))
  })
})

describe('ND30-SO-KY-HIEU / ND30-DATE (NĐ 30 Điều 8.2) for a list, ND30-APPENDIX for an attached one', () => {
  test('a standalone signed DANH SÁCH has Số/ký hiệu and the place and date line', () => {
    const texts = bodyTexts(docs['DOC-DS-DANGKY'])
    expect(texts.some((t) => /^Số:(?: {5,}| \d+)\/DS-[\p{L}\d]+$/u.test(t))).toBe(true)
    expect(texts.some((t) => /^\p{Lu}[\p{L}\d .-]*, ngày (?: {4,}|\d+) tháng (?: {4,}|\d+) năm \d{4}$/u.test(t))).toBe(true)
    expect(texts).toContain('Nơi nhận:')
  })

  test('an attached list is headed "(Kèm theo …)" and is not signed again', async () => {
    const d = await build('DOC-DS-DANGKY', { reference: 'Công văn số 1888/UBND-CATP ngày 26 tháng 3 năm 2021 của Ủy ban nhân dân thành phố Vũng Tàu' })
    const texts = bodyTexts(d)
    expect(texts.some((t) => t.startsWith('(Kèm theo Công văn số 1888/UBND-CATP'))).toBe(true)
    expect(texts).not.toContain('Nơi nhận:')
    expect(texts.some((t) => t.startsWith('Số:'))).toBe(false)
  })
})

describe('APP-COUNT-PADDING: leading zeros only for 1–9; an empty scope is worded properly', () => {
  const emptyFacts = (kind: DocKind): YearFacts => ({ ...samples.input(kind).facts, units: [], previous: { byType: { CSGD: 1 }, byArea: {} } })

  test.each(DOC_KINDS)('%s: no "00" and no broken sentence in running text', (kind) => {
    for (const t of bodyTexts(docs[kind])) {
      expect(t, t).not.toMatch(/(?<![\d/.,])00(?![\d/.,])/u)
      expect(t).not.toMatch(/-%/u)
    }
  })

  test('a báo cáo of a scope with no unit prints no "00", no "có  thuộc diện", no "đạt -%"', async () => {
    const d = await build('DOC-BC-KETQUA', {}, { facts: emptyFacts('DOC-BC-KETQUA') })
    // The clerk's blanks of the number and date lines are the only runs of spaces (documents.md §3).
    const body = bodyTexts(d).filter((t) => !/^Số:|, ngày |số {5,}\//u.test(t)).join('\n')
    expect(body).not.toMatch(/(?<![\d/.,])00(?![\d/.,])/u)
    expect(body).not.toMatch(/có\s+thuộc diện/u)
    expect(body).not.toMatch(/-%/u)
    expect(body).not.toMatch(/ {2,}\S/u)
  })
})

describe('DOC-BC-KETQUA content rules', () => {
  test('no "đạt mức 70%" benchmark for the share of communes (the 70% rule is inside one commune)', () => {
    expect(bodyTexts(docs['DOC-BC-KETQUA']).join('\n')).not.toMatch(/mức 70/u)
  })

  test('units that never registered are kept apart from "chưa đạt"', () => {
    const base = syntheticYearFacts(3, 2024, 'decided')
    const unit = (i: number, over: Partial<UnitFact>): UnitFact => ({ ...base.units[0]!, id: i, unitId: i, type: 'KDC', ...over })
    const facts: YearFacts = {
      ...base,
      units: [
        unit(1, { outcome: 'DA_CONG_NHAN', status: 'DA_CONG_NHAN' }),
        unit(2, { outcome: 'KHONG_CONG_NHAN', status: 'KHONG_CONG_NHAN' }),
        unit(3, { registeredOn: null, outcome: null, status: 'CHUA_DANG_KY' })
      ]
    }
    const text = reportParagraphs({ facts, reporterInText: 'Công an phường X', directive: 'Kế hoạch số 1/KH-CAP ngày 02/01/2024 của Công an phường X' }).find((p) => p.key === 'recognition')!.text
    expect(text).toMatch(/01 đơn vị chưa đạt/u)
    expect(text).toMatch(/01 đơn vị không đăng ký/u)
  })

  test('one formatter for rates: the document prints what the dashboard prints', () => {
    expect(`${rateText(6, 6)}%`).toBe(formatPercent(6, 6))
    expect(`${rateText(252, 284)}%`).toBe(formatPercent(252, 284))
    expect(rateText(0, 0)).toBe('-')
  })
})

describe('TT 23 / TT 124 terms: every term follows the year’s legal version', () => {
  test.each(DOC_KINDS)('%s of a TT 23 year never says "cơ sở giáo dục"', (kind) => {
    const texts = bodyTexts(docs[kind]).filter((t) => !/^Căn cứ /u.test(t))
    for (const t of texts) expect(t, t).not.toMatch(/cơ sở giáo dục/iu)
  })
})

describe('ND30-ISSUER: the parent-body line that would wrap in the header cell is warned about', () => {
  test('a long parent body line gives a warning naming it', () => {
    const office = { ...samples.office, parentBodyName: 'CÔNG AN TỈNH BÀ RỊA - VŨNG TÀU VÀ CÁC ĐƠN VỊ TRỰC THUỘC' }
    const composed = compose('DOC-BC-KETQUA', {}, { office })
    expect(composed.warnings.join(' ')).toMatch(/CÔNG AN TỈNH BÀ RỊA - VŨNG TÀU VÀ CÁC ĐƠN VỊ TRỰC THUỘC.*xuống dòng/u)
  })
  test('the sample header lines fit: no warning', () => {
    expect(compose('DOC-BC-KETQUA').warnings.join(' ')).not.toMatch(/xuống dòng/u)
  })
})

describe('ND30-NOI-NHAN: "- Lưu: VT, <drafting unit>."', () => {
  test('the drafting unit is its own office setting', async () => {
    const office = { ...samples.office, draftingUnitAbbreviation: 'ĐXDPT' }
    const d = await build('DOC-TTR-CONGNHAN', {}, { office })
    expect(bodyTexts(d)).toContain('- Lưu: VT, ĐXDPT.')
  })
})

describe('Upstream documents are cited with number and date', () => {
  test.each(['DOC-CV-DONDOC', 'DOC-BC-KETQUA'] as DocKind[])('%s without a numbered, dated reference is refused at the field', (kind) => {
    expect(() => compose(kind, { reference: 'Công văn của Công an tỉnh' })).toThrow(/số và ngày/u)
    expect(() => compose(kind, { reference: null })).toThrow(/số và ngày/u)
  })
})

describe('Default sentences asserting facts the app cannot know', () => {
  const SENTENCE = 'Tình hình an ninh chính trị, trật tự an toàn xã hội cơ bản ổn định.'
  test('are marked for review and not printed until the user has seen them', async () => {
    const composed = compose('DOC-BC-KETQUA')
    const situation = composed.paragraphs.find((p) => p.key === 'situation')!
    expect(situation.review).toContain(SENTENCE)
    expect(composed.warnings.join(' ')).toMatch(/chưa được in/u)
    const d = readDocx(await renderDocx(composed.spec, DEFAULT_PROFILE))
    expect(bodyTexts(d).join('\n')).not.toContain(SENTENCE)
  })
  test('once seen, they are printed and no longer warned about', async () => {
    const keys = compose('DOC-BC-KETQUA').paragraphs.filter((p) => p.review && p.review.length > 0).map((p) => p.key)
    const composed = compose('DOC-BC-KETQUA', { reviewed: keys })
    expect(composed.warnings.join(' ')).not.toMatch(/chưa được in/u)
    expect(bodyTexts(readDocx(await renderDocx(composed.spec, DEFAULT_PROFILE))).join('\n')).toContain(SENTENCE)
  })
})

describe('ND30-APPENDIX sizes and the decision’s Điều 3', () => {
  test('"Phụ lục" / "DANH SÁCH" headings are 14 pt whatever the body size', async () => {
    const d = await build('DOC-BC-KETQUA', {}, {}, { ...DEFAULT_PROFILE, bodyPt: 13 })
    const label = all(d.body, 'w:p').find((p) => text(p) === 'Phụ lục I')!
    for (const r of runs(label)) expect(r.size).toBe(28)
  })
  test('Điều 3 addressees are office text', async () => {
    const d = await build('DOC-QD-CONGNHAN', { addressees: ['Chánh Văn phòng HĐND và UBND phường', 'Trưởng Công an phường'] })
    const dieu3 = bodyTexts(d).find((t) => t.startsWith('Điều 3.'))!
    expect(dieu3).toMatch(/^Điều 3\. Chánh Văn phòng HĐND và UBND phường, Trưởng Công an phường và các/u)
  })
})
