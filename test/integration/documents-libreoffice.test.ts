import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { DOC_KINDS, type DocKind } from '../../shared/documents/spec'
import { buildDecision } from '../../electron/core/documents/types/decision/builder'
import { renderDocx } from '../../electron/core/documents/docx/render'
import { DEFAULT_PROFILE } from '../../electron/core/documents/format/profile'
import { openSampleDocuments } from '../../electron/core/documents/sample-documents'
import { syntheticYearFacts } from '../../electron/core/documents/year/synthetic-facts'
import { awaitsDecision } from '../../electron/core/documents/year/year-facts'
import { makeTempDir } from '../helpers/temp-core'
import { convertToPdf, pdfFontFamilies, pdfPages, pdfWords } from '../helpers/libreoffice'

/** documents.md §5(ii)–(iii): every sample opens in LibreOffice and lays out like an official document. */
const dir = makeTempDir('antt-lo-')
const loProfile = path.join(dir, 'lo-profile')
const pdfs = {} as Record<DocKind, string>

beforeAll(async () => {
  const files: string[] = []
  const samples = await openSampleDocuments()
  const composedAll = samples.composeAll()
  await samples.close()
  for (const { kind, composed } of composedAll) {
    const file = path.join(dir, `${kind}.docx`)
    fs.writeFileSync(file, await renderDocx(composed.spec, DEFAULT_PROFILE))
    files.push(file)
  }
  for (const [i, kind] of DOC_KINDS.entries()) pdfs[kind] = convertToPdf(files[i]!, dir, loProfile)
}, 240_000)

const serifHasVietnamese = /Liberation Serif|Times New Roman/.test(execFileSync('fc-list', [':charset=1ee6', 'family'], { encoding: 'utf8' }))
const PORTRAIT = { w: 595.3, h: 841.9 }
const near = (a: number, b: number, tolerance = 1.5) => Math.abs(a - b) <= tolerance

describe.each(DOC_KINDS)('%s in LibreOffice', (kind) => {
  test('converts to a non-empty PDF whose fonts are only Times New Roman or Liberation Serif', () => {
    expect(fs.statSync(pdfs[kind]).size).toBeGreaterThan(5000)
    // An old Liberation Serif (as on this build machine) lacks U+1EA0–U+1EF9, so LibreOffice draws those letters
    // with DejaVu Serif; with Times New Roman or a current Liberation Serif, only the first two families may appear.
    const allowed = ['TimesNewRomanPSMT', 'TimesNewRoman', 'LiberationSerif', ...(serifHasVietnamese ? [] : ['DejaVuSerif'])]
    for (const family of pdfFontFamilies(pdfs[kind])) expect(allowed).toContain(family)
  })

  test('CHK-LO-PAGES and orientation: sane page count, landscape only where the section is', () => {
    const { count, sizes } = pdfPages(pdfs[kind])
    const landscape = sizes.filter((s) => s.w > s.h).length
    switch (kind) {
      case 'DOC-GCN':
        expect(count).toBe(15) // 13 communes + 2 enterprises, one page each
        expect(landscape).toBe(count)
        break
      case 'DOC-BC-KETQUA':
        expect(landscape).toBeGreaterThanOrEqual(1)
        expect(count).toBeLessThanOrEqual(8)
        break
      default:
        expect(landscape).toBe(0)
        expect(count).toBeGreaterThanOrEqual(1)
        expect(count).toBeLessThanOrEqual(kind === 'DOC-DS-DANGKY' ? 12 : 5)
    }
    for (const s of sizes.filter((x) => x.w < x.h)) expect(near(s.w, PORTRAIT.w) && near(s.h, PORTRAIT.h)).toBe(true)
  })

  test('no page is without text, and no word of page 1 lies inside the top margin (no number on page 1)', () => {
    const { count } = pdfPages(pdfs[kind])
    const words = pdfWords(pdfs[kind], 1, count)
    for (let page = 1; page <= count; page++) expect(words.some((w) => w.page === page), `page ${page}`).toBe(true)
    expect(words.filter((w) => w.page === 1 && w.yMax < 56.7)).toEqual([])
  })
})

describe('rendering checks (documents.md §5(iii)) on the công văn', () => {
  test('"Số:" and the date share a baseline, the Quốc hiệu is one line, page 2 shows "2" centred in the top margin', () => {
    const words = pdfWords(pdfs['DOC-CV-DONDOC'], 1, 2)
    const p1 = words.filter((w) => w.page === 1)
    // Words are matched by pieces: where a glyph falls back to another font, poppler splits the word there.
    const so = p1.find((w) => w.text === '/UBND-CATP')!
    const date = p1.find((w) => w.text === 'ngày')!
    expect(Math.abs(so.yMax - date.yMax)).toBeLessThanOrEqual(2)
    const qh = ['HÒA', 'XÃ', 'NGHĨA', 'NAM'].map((t) => p1.find((w) => w.text === t)!)
    expect(new Set(qh.map((w) => Math.round(w.yMax))).size).toBe(1)
    const two = words.find((w) => w.page === 2 && w.text === '2' && w.yMax < 56.7)!
    expect(two).toBeDefined()
    const centre = (85.05 + 595.3 - 42.5) / 2
    expect(Math.abs((two.xMin + two.xMax) / 2 - centre)).toBeLessThanOrEqual(3)
  })
})

describe('long lists', () => {
  test('a decision for 1,200 units: the list pages stay within 0.5×–2× of ceil(rows / 22) and the header repeats on every list page', async () => {
    const facts = syntheticYearFacts(1200)
    const spec = buildDecision({
      common: { issuer: { parentLines: [], issuerLines: ['ỦY BAN NHÂN DÂN', 'TỈNH BÀ RỊA - VŨNG TÀU'], place: 'Bà Rịa - Vũng Tàu' }, symbol: 'QĐ-UBND', number: null, date: null, issueYear: 2024, signer: { titleLine: 'CHỦ TỊCH', name: 'Nguyễn Văn A' }, recipients: [], archive: 'PV05' },
      facts,
      committeeName: 'Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu',
      proposal: { number: null, date: null, year: 2024, symbol: 'TTr-CAT', proposerTitle: 'Giám đốc Công an tỉnh' },
      bases: ['Căn cứ X']
    })
    const file = path.join(dir, 'long.docx')
    fs.writeFileSync(file, await renderDocx(spec, DEFAULT_PROFILE))
    const pdf = convertToPdf(file, dir, loProfile)
    const { count } = pdfPages(pdf)
    const rows = facts.units.filter(awaitsDecision).length
    const listPages = count - 1
    expect(listPages).toBeGreaterThanOrEqual(Math.ceil(rows / 22) * 0.5)
    expect(listPages).toBeLessThanOrEqual(Math.ceil(rows / 22) * 2 + 1)
    const words = pdfWords(pdf, 3, 6)
    for (let page = 3; page <= 6; page++) {
      expect(words.some((w) => w.page === page && w.text === 'STT'), `header row on page ${page}`).toBe(true)
    }
  }, 180_000)
})
