import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { buildAnnualReport } from '../../electron/core/documents/types/annual-report/builder'
import type { CommonInput } from '../../electron/core/documents/types/shared/common'
import { buildDecision } from '../../electron/core/documents/types/decision/builder'
import { renderDocx } from '../../electron/core/documents/docx/render'
import { DEFAULT_PROFILE } from '../../electron/core/documents/format/profile'
import { syntheticYearFacts } from '../../electron/core/documents/year/synthetic-facts'
import type { DocSpec, TableBlock } from '../../shared/documents/spec'
import { measure, type BenchResult } from './measure'

/**
 * Document generation against a floor written in the same run: the same document.xml assembled as one string from
 * the same rows (a row template filled with each row's texts) and zipped with fflate, the zip library the docx
 * package uses, with the same defaults. Goals: 1,000 units < 1 s, 5,000 < 4 s, within 3× the floor.
 */
const common: CommonInput = {
  issuer: { parentLines: [], issuerLines: ['ỦY BAN NHÂN DÂN', 'TỈNH BÀ RỊA - VŨNG TÀU'], place: 'Bà Rịa - Vũng Tàu' },
  symbol: 'QĐ-UBND',
  number: null,
  date: null,
  issueYear: 2024,
  signer: { authorityLine: 'KT. CHỦ TỊCH', titleLine: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' },
  recipients: ['Công an tỉnh (PV05)'],
  archive: 'PV05'
}

export function decisionSpec(units: number): DocSpec {
  return buildDecision({
    common,
    facts: syntheticYearFacts(units),
    committeeName: 'Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu',
    proposal: { number: null, date: null, year: 2024, symbol: 'TTr-CAT', proposerTitle: 'Giám đốc Công an tỉnh' },
    bases: ['Căn cứ Luật Tổ chức chính quyền địa phương', 'Căn cứ Thông tư số 124/2021/TT-BCA']
  })
}

function reportSpec(units: number): DocSpec {
  return buildAnnualReport({ common: { ...common, symbol: 'BC-CAT' }, facts: syntheticYearFacts(units, 2024, 'decided'), reporterInText: 'Công an tỉnh', directive: 'Kế hoạch', addressees: ['Bộ Công an (V05)'] })
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * Cuts the real document.xml around the rows of its largest table into head, one row template and tail; the floor
 * then builds the whole string from the spec's rows and zips it with the other parts.
 */
async function floorFor(spec: DocSpec): Promise<() => Uint8Array> {
  const parts = unzipSync(await renderDocx(spec, DEFAULT_PROFILE))
  const xml = strFromU8(parts['word/document.xml']!)
  const table = spec.sections.flatMap((s) => s.blocks).filter((b): b is TableBlock => b.kind === 'table').sort((a, b) => b.rows.length - a.rows.length)[0]!
  const data = table.rows.filter((r) => r.kind === 'data').map((r) => (r as { cells: string[] }).cells)
  const first = data[0]!
  const rowStart = xml.lastIndexOf('<w:tr>', xml.indexOf(`>${escapeXml(first[1]!)}</w:t>`))
  const lastCells = data[data.length - 1]!
  const lastTextAt = xml.lastIndexOf(`>${escapeXml(lastCells[1]!)}</w:t>`)
  const rowEnd = xml.indexOf('</w:tr>', lastTextAt) + '</w:tr>'.length
  const head = xml.slice(0, rowStart)
  const tail = xml.slice(rowEnd)
  const template = xml.slice(rowStart, xml.indexOf('</w:tr>', rowStart) + 7).split(/<w:t xml:space="preserve">[^<]*<\/w:t>/)
  const others = Object.fromEntries(Object.entries(parts).filter(([name]) => name !== 'word/document.xml'))
  return () => {
    let body = head
    for (const cells of data) {
      let row = template[0]!
      for (let i = 1; i < template.length; i++) row += `<w:t xml:space="preserve">${escapeXml(cells[i - 1] ?? '')}</w:t>${template[i]}`
      body += row
    }
    return zipSync({ ...others, 'word/document.xml': strToU8(body + tail) })
  }
}

export async function benchDocuments(): Promise<BenchResult[]> {
  const results: BenchResult[] = []
  for (const units of [100, 1000, 5000]) {
    const floor = await floorFor(decisionSpec(units))
    results.push(await measure(`documents: decision + list, ${units} units`, () => renderDocx(decisionSpec(units), DEFAULT_PROFILE), floor, units >= 5000 ? 5 : 9))
  }
  const province = 6000
  const floor = await floorFor(reportSpec(province))
  results.push(await measure(`documents: annual report, ${province} units in 100 communes`, () => renderDocx(reportSpec(province), DEFAULT_PROFILE), floor, 9))
  return results
}

// `tsx test/bench/documents.ts` prints the figures on its own.
if (process.argv[1]?.endsWith('documents.ts')) {
  void benchDocuments().then((results) => console.table(results))
}
