import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildDecision } from '../../../electron/core/documents/types/decision/builder'
import { buildProposal } from '../../../electron/core/documents/types/proposal/builder'
import { buildRegisteredList } from '../../../electron/core/documents/types/registered-list/builder'
import { buildAnnualReport, tableByType } from '../../../electron/core/documents/types/annual-report/builder'
import { buildMinutes } from '../../../electron/core/documents/types/minutes/builder'
import { composeDocument } from '../../../electron/core/documents/compose'
import { renderDocx } from '../../../electron/core/documents/docx/render'
import { DEFAULT_PROFILE } from '../../../electron/core/documents/format/profile'
import { openSampleDocuments, type SampleDocuments } from '../../../electron/core/documents/sample-documents'
import { syntheticYearFacts } from '../../../electron/core/documents/year/synthetic-facts'
import { awaitsDecision, type YearFacts } from '../../../electron/core/documents/year/year-facts'
import type { CommonInput } from '../../../electron/core/documents/types/shared/common'
import type { TableBlock } from '../../../shared/documents/spec'
import { ApiError } from '../../../shared/api/errors'
import { all, readDocx, tableProps, text } from '../../helpers/ooxml'

const common: CommonInput = {
  issuer: { parentLines: [], issuerLines: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG 1'], place: 'Vũng Tàu' },
  symbol: 'QĐ-UBND',
  number: null,
  date: null,
  issueYear: 2024,
  signer: { authorityLine: null, titleLine: 'CHỦ TỊCH', name: 'Nguyễn Văn A' },
  recipients: [],
  archive: 'CAP'
}
// The real Vũng Tàu sample, loaded into a temporary database and read back with loadYearFacts.
let samples: SampleDocuments
let facts2020: YearFacts
beforeAll(async () => {
  samples = await openSampleDocuments()
  facts2020 = samples.facts.get(2020)!
}, 60_000)
afterAll(async () => {
  await samples.close()
})

const proposal = { number: null, date: null, year: 2024, symbol: 'TTr-CAP', proposerTitle: 'Trưởng Công an phường 1' }

function decisionFor(count: number) {
  return buildDecision({ common, facts: syntheticYearFacts(count), committeeName: 'Ủy ban nhân dân phường 1', proposal, bases: ['Căn cứ X'] })
}

describe('edge cases every generator covers (APP-TABLE)', () => {
  test('0 units: the decision is refused with a message, nothing is built', () => {
    expect(() => decisionFor(0)).toThrow(ApiError)
    expect(() => decisionFor(0)).toThrow('Chưa có đơn vị nào được đề nghị công nhận')
  })

  test('1 unit: Điều 1 names it and the list section is left out', () => {
    const facts = syntheticYearFacts(1)
    const spec = buildDecision({ common, facts, committeeName: 'Ủy ban nhân dân phường 1', proposal, bases: [] })
    expect(spec.sections).toHaveLength(1)
    const article = spec.sections[0]!.blocks.find((b) => b.kind === 'article')
    expect(article && 'text' in article ? article.text : '').toMatch(/^Công nhận Khu phố 1, Số 1 đường Nguyễn Thị Minh Khai, Phường 1, đạt tiêu chuẩn/)
  })

  test('0 registered units: the list keeps one merged "(Không có đơn vị)" row', () => {
    const facts = { ...syntheticYearFacts(3), units: [] }
    const spec = buildRegisteredList({ common, facts, attachedTo: null })
    const table = spec.sections[0]!.blocks.find((b) => b.kind === 'table') as TableBlock
    expect(table.rows).toEqual([{ kind: 'empty', text: '(Không có đơn vị)' }])
  })

  test('1,200 units: one list with the header repeated, STT continuous across groups, every row cantSplit', async () => {
    const spec = decisionFor(1200)
    const units = syntheticYearFacts(1200).units.filter(awaitsDecision)
    const d = readDocx(await renderDocx(spec, DEFAULT_PROFILE))
    const list = tableProps(all(d.body, 'w:tbl').filter((t) => !tableProps(t).borderless)[0]!)
    expect(list.rows[0]!.header).toBe(true)
    expect(list.rows.every((r) => r.cantSplit)).toBe(true)
    const table = spec.sections[1]!.blocks.find((b) => b.kind === 'table') as TableBlock
    const numbers = table.rows.filter((r) => r.kind === 'data').map((r) => Number((r as { cells: string[] }).cells[0]))
    expect(numbers).toEqual(Array.from({ length: units.length }, (_, i) => i + 1))
    expect(all(d.body, 'w:p').map(text)).toContain(`Danh sách này có ${units.length.toLocaleString('vi-VN')} đơn vị./.`)
  })

  test('the tờ trình with no unit passing is refused (a nil report belongs in the báo cáo)', () => {
    // 2020 is closed: every unit is decided, none is waiting for a tờ trình.
    const facts = facts2020
    expect(() => buildProposal({ common, facts, committeeInText: 'Ủy ban nhân dân', policeInText: 'Công an', bases: [] })).toThrow('không tạo tờ trình')
  })

  test('the minutes template without criteria for the type is refused', () => {
    expect(() =>
      buildMinutes({ year: 2024, unitType: 'KDC', unitNoun: 'khu dân cư', managingLines: [], unitLines: ['KHU PHỐ 1'], periodStart: '2023-11-01', periodEnd: '2024-10-31', criteriaSource: 'Thông tư số 124/2021/TT-BCA', criteria: [], participantsHint: '' })
    ).toThrow('Chưa có tiêu chí')
  })

  test('the annual report with zero units keeps its tables with a zero "Tổng cộng" row and "-" rates', () => {
    const facts = { ...facts2020, units: [], previous: null }
    const table = tableByType(facts)
    expect(table.rows.at(-1)).toEqual({ kind: 'total', cells: ['', 'Tổng cộng', '0', '0', '-', '0', '-', '-', '-'] })
    expect(() => buildAnnualReport({ common, facts, reporterInText: 'Công an phường 1', directive: 'X', addressees: [] })).not.toThrow()
  })
})

describe('domain.md §6: Bảng 1 for 2020 compared with 2019', () => {
  test('xã/phường 13 vs 12 (+1) and doanh nghiệp 2 vs 1 (+1)', () => {
    const rows = tableByType(facts2020).rows.filter((r) => r.kind === 'data') as { cells: string[] }[]
    const xa = rows.find((r) => r.cells[1] === 'Phường, xã')!
    expect([xa.cells[2], xa.cells[5], xa.cells[6], xa.cells[7], xa.cells[8]]).toEqual(['17', '13', '76,47', '12', '+1'])
    const dn = rows.find((r) => r.cells[1] === 'Doanh nghiệp')!
    expect([dn.cells[3], dn.cells[5], dn.cells[7], dn.cells[8]]).toEqual(['2', '2', '1', '+1'])
    // 2020 is a TT 23 year: its term is "nhà trường".
    const csgd = rows.find((r) => r.cells[1] === 'Nhà trường')!
    expect(csgd.cells).toContain('Không triển khai (Covid-19)')
  })
})

describe('bad settings name the setting and where to fix it', () => {
  test('no signer', () => {
    expect(() => composeDocument(samples.request('DOC-QD-CONGNHAN'), { ...samples.input('DOC-QD-CONGNHAN'), signer: null })).toThrow(
      'Chưa có người ký của Ủy ban nhân dân cho văn bản này. Vui lòng thêm người ký tại Cài đặt → Người ký.'
    )
  })

  test('no office name', () => {
    const office = { ...samples.office, officeName: '' }
    expect(() => composeDocument(samples.request('DOC-BC-KETQUA'), { ...samples.input('DOC-BC-KETQUA'), office })).toThrow('Cài đặt → Thông tin cơ quan')
  })
})
