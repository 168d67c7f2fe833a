import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { all, readDocx, text } from '../helpers/ooxml'
import { expectRefusal, openTestCore, type TestCore } from '../helpers/temp-core'
import { preparedAsClerk } from '../helpers/document-requests'

/** The documents read what the office recorded in the yearly cycle, and a tờ trình / decision number moves the cycle. */
let app: TestCore

beforeEach(async () => {
  app = openTestCore({ now: () => new Date('2021-12-28T03:00:00Z') })
  await app.call('app.loadSample', {})
})
afterEach(() => app.close())

function docxOf(relative: string) {
  return readDocx(fs.readFileSync(path.join(app.dataDir, relative)))
}

function paragraphsOf(relative: string): string[] {
  return all(docxOf(relative).body, 'w:p').map(text)
}

/** The cells of every table row, as texts. */
function tableRowsOf(relative: string): string[][] {
  return all(docxOf(relative).body, 'w:tr').map((tr) => all(tr, 'w:tc').map((tc) => all(tc, 'w:p').map(text).join('\n')))
}

/** Every file under the data folder's documents/ (absent before the first document). */
function documentFiles(): string[] {
  const root = path.join(app.dataDir, 'documents')
  if (!fs.existsSync(root)) return []
  return (fs.readdirSync(root, { recursive: true }) as string[]).filter((name) => fs.statSync(path.join(root, name)).isFile()).sort()
}

async function unitYear(type: 'DOANH_NGHIEP' | 'XA', search: string, year = 2021) {
  const board = await app.call('board.list', { year, type, search })
  expect(board.rows).toHaveLength(1)
  return board.rows[0]!
}

async function status(id: number) {
  return app.call('unitYears.get', { id })
}

/** 2021 of the sample: the port (dossier received) and the fishery (meeting held) pass appraisal. */
async function appraiseEnterprises(): Promise<{ port: number; fishery: number }> {
  const port = (await unitYear('DOANH_NGHIEP', 'cang dich vu')).id
  const fishery = (await unitYear('DOANH_NGHIEP', 'thuy san dong hai')).id
  await app.call('unitYears.act', { ids: [fishery], action: 'RECEIVE_DOSSIER', date: '2021-11-26' })
  await app.call('unitYears.act', { ids: [port, fishery], action: 'APPRAISE_PASS', date: '2021-12-01' })
  return { port, fishery }
}

const SENTENCE_2020 = 'Trong năm 2020, trên địa bàn thành phố Vũng Tàu có 13/17 phường, xã và 02 doanh nghiệp được công nhận đạt tiêu chuẩn “An toàn về an ninh, trật tự”.'

describe('documents from the recorded year (domain.md §6, documents.md §4)', () => {
  test('the công văn of 2021 recalls 2020 in exactly the sentence of CV 1888', async () => {
    const drafted = await preparedAsClerk(app, 'DOC-CV-DONDOC', 2021)
    const { row } = await app.call('documents.generate', { request: drafted.request })
    const body = paragraphsOf(row.filePath!).join('\n')
    expect(body).toContain(SENTENCE_2020)
    // 2021 is judged under TT 23, whose term is “nhà trường” (issue 9: terms follow the year's legal version).
    expect(body).toContain('nhà trường chưa được triển khai đánh giá (Covid-19)')
    expect(body).toContain('Thông tư số 23/2012/TT-BCA')
  })

  test('the báo cáo of 2020: the same sentence, and Bảng 1 shows xã/phường 13 vs 12 (+1), doanh nghiệp 2 vs 1 (+1)', async () => {
    const drafted = await preparedAsClerk(app, 'DOC-BC-KETQUA', 2020)
    const { row } = await app.call('documents.generate', { request: drafted.request })
    expect(paragraphsOf(row.filePath!).join('\n')).toContain(SENTENCE_2020)
    const rows = tableRowsOf(row.filePath!)
    const xa = rows.find((cells) => cells[1] === 'Phường, xã')!
    expect([xa[2], xa[5], xa[6], xa[7], xa[8]]).toEqual(['17', '13', '76,47', '12', '+1'])
    const dn = rows.find((cells) => cells[1] === 'Doanh nghiệp')!
    expect([dn[3], dn[5], dn[7], dn[8]]).toEqual(['2', '2', '1', '+1'])
    expect(rows.find((cells) => cells[1] === 'Nhà trường')).toContain('Không triển khai (Covid-19)')
  })

  test('the certificates of 2020 are one per recognised commune and enterprise, with the recorded names', async () => {
    const { request } = await app.call('documents.prepare', { kind: 'DOC-GCN', year: 2020 })
    // The certificate form of TT 124 Điều 12.2 is not verified: the clerk confirms the warning before it is written.
    await expectRefusal(app.call('documents.generate', { request }))
    const { row } = await app.call('documents.generate', { request, confirmed: true })
    const body = paragraphsOf(row.filePath!)
    expect(body.filter((p) => p === 'GIẤY CÔNG NHẬN')).toHaveLength(15)
    expect(body.join('\n')).toContain('CÔNG TY TNHH THỦY SẢN ĐÔNG HẢI (MẪU)')
  })
})

describe('T11: a tờ trình includes units and moves them to DA_DE_NGHI (domain.md §4)', () => {
  test('generating it records T11 for the units that passed appraisal, with its register row', async () => {
    const { port, fishery } = await appraiseEnterprises()
    const { request } = await app.call('documents.prepare', { kind: 'DOC-TTR-CONGNHAN', year: 2021 })
    const { row } = await app.call('documents.generate', { request: { ...request, date: '2021-12-10' } })
    for (const id of [port, fishery]) {
      const detail = await status(id)
      expect(detail.status).toBe('DA_DE_NGHI')
      expect(detail.proposalNo).toBe(`Tờ trình chưa có số (sổ văn bản #${row.id})`)
    }
    const body = paragraphsOf(row.filePath!).join('\n')
    expect(body).toContain('Danh sách này có 02 đơn vị./.')
    expect(body).toContain('Công ty Cổ phần Cảng dịch vụ Dầu khí (mẫu)')
    // The clerk's number reaches the units still waiting in it.
    await app.call('documents.recordNumber', { id: row.id, number: 91, date: '2021-12-10' })
    expect((await status(port)).proposalNo).toBe('91/TTr-CATP')
  })

  test('the year board selection limits the tờ trình to the chosen units; the others stay appraised', async () => {
    const { port, fishery } = await appraiseEnterprises()
    const { request } = await app.call('documents.prepare', { kind: 'DOC-TTR-CONGNHAN', year: 2021, unitYearIds: [port] })
    expect(request.unitYearIds).toEqual([port])
    const { row } = await app.call('documents.generate', { request: { ...request, date: '2021-12-10' } })
    expect((await status(port)).status).toBe('DA_DE_NGHI')
    expect((await status(fishery)).status).toBe('THAM_DINH_DAT')
    expect(row.scope).toBe('1 đơn vị đã chọn')
    expect(paragraphsOf(row.filePath!).join('\n')).toContain('Danh sách này có 01 đơn vị./.')
  })

  test('a refused T11 (tờ trình dated before the appraisal) writes no register row, no file and moves no unit', async () => {
    const { port, fishery } = await appraiseEnterprises()
    const before = documentFiles()
    const { request } = await app.call('documents.prepare', { kind: 'DOC-TTR-CONGNHAN', year: 2021 })
    const refused = await expectRefusal(app.call('documents.generate', { request: { ...request, date: '2021-11-30' } }))
    expect(refused.message).toContain('Công ty Cổ phần Cảng dịch vụ Dầu khí (mẫu): Ngày tờ trình (30/11/2021) không được trước ngày thẩm định (01/12/2021).')
    expect(await app.call('documents.list', { year: 2021 })).toEqual([])
    expect(documentFiles()).toEqual(before)
    for (const id of [port, fishery]) expect((await status(id)).status).toBe('THAM_DINH_DAT')
  })

  test('an undated draft records today as the proposal date; in a year long past the date is asked for', async () => {
    const { port } = await appraiseEnterprises()
    const { request } = await app.call('documents.prepare', { kind: 'DOC-TTR-CONGNHAN', year: 2021 })
    await app.call('documents.generate', { request })
    const history = app.core.ctx.sqlite.prepare("SELECT business_date FROM status_history WHERE unit_year_id = ? AND to_status = 'DA_DE_NGHI'").pluck().all(port)
    expect(history).toEqual(['2021-12-28'])

    const later = openTestCore({ now: () => new Date('2026-11-26T03:00:00Z') })
    try {
      await later.call('app.loadSample', {})
      const ids = await (async () => {
        const found = await later.call('board.list', { year: 2021, type: 'DOANH_NGHIEP', search: 'cang dich vu' })
        return found.rows.map((r) => r.id)
      })()
      await later.call('unitYears.act', { ids, action: 'APPRAISE_PASS', date: '2021-12-01' })
      const prepared = await later.call('documents.prepare', { kind: 'DOC-TTR-CONGNHAN', year: 2021 })
      const refused = await expectRefusal(later.call('documents.generate', { request: prepared.request }))
      expect(refused.fields?.date).toBe('Vui lòng nhập ngày ban hành tờ trình: ngày này được ghi là ngày đề nghị công nhận của 1 đơn vị năm 2021.')
      expect(await later.call('documents.list', { year: 2021 })).toEqual([])
    } finally {
      await later.close()
    }
  })

  test('the page reads the year again after every change (the facts cache follows the database)', async () => {
    const before = await app.call('documents.prepare', { kind: 'DOC-TTR-CONGNHAN', year: 2021 })
    expect(before.warnings.join(' ')).toContain('không tạo tờ trình')
    const again = await app.call('documents.prepare', { kind: 'DOC-TTR-CONGNHAN', year: 2021 })
    expect(again.warnings).toEqual(before.warnings)
    await appraiseEnterprises()
    const after = await app.call('documents.prepare', { kind: 'DOC-TTR-CONGNHAN', year: 2021 })
    expect(after.warnings).toEqual([])
    expect(after.paragraphs.find((p) => p.key === 'request')?.text).toContain('công nhận 02 đơn vị')
  })

  test('with no unit that passed appraisal the tờ trình is refused and nothing is written', async () => {
    const { request } = await app.call('documents.prepare', { kind: 'DOC-TTR-CONGNHAN', year: 2021 })
    const refused = await expectRefusal(app.call('documents.generate', { request: { ...request, date: '2021-12-10' } }))
    expect(refused.message).toContain('không tạo tờ trình')
    expect(await app.call('documents.list', { year: 2021 })).toEqual([])
  })
})

describe('T13: "Ghi số văn bản" on a decision records the decision for every unit in its list', () => {
  async function proposedAndDrafted() {
    const ids = await appraiseEnterprises()
    const ttr = await app.call('documents.prepare', { kind: 'DOC-TTR-CONGNHAN', year: 2021 })
    const proposal = await app.call('documents.generate', { request: { ...ttr.request, date: '2021-12-10' } })
    await app.call('documents.recordNumber', { id: proposal.row.id, number: 91, date: '2021-12-10' })
    const qd = await app.call('documents.prepare', { kind: 'DOC-QD-CONGNHAN', year: 2021 })
    const decision = await app.call('documents.generate', { request: qd.request })
    return { ...ids, decision: decision.row }
  }

  test('the decision draft cites the numbered tờ trình; its number and date make the units DA_CONG_NHAN with the reference', async () => {
    const { port, fishery, decision } = await proposedAndDrafted()
    const draft = paragraphsOf(decision.filePath!).join('\n')
    expect(draft).toContain('tại Tờ trình số 91/TTr-CATP ngày 10 tháng 12 năm 2021.')
    expect(draft).toContain('Điều 1. Công nhận 02 doanh nghiệp đạt tiêu chuẩn “An toàn về an ninh, trật tự” năm 2021 (có danh sách kèm theo).')
    const issued = await app.call('documents.recordNumber', { id: decision.id, number: 3245, date: '2021-12-20' })
    expect(issued.row.status).toBe('ISSUED')
    const audited = app.core.ctx.sqlite.prepare("SELECT action, field FROM audit_log WHERE entity = 'document' AND entity_id = ? ORDER BY id").all(decision.id)
    expect(audited.map((a) => (a as { action: string }).action)).toEqual(['CREATE', 'UPDATE'])
    for (const id of [port, fishery]) {
      const detail = await status(id)
      expect(detail.status).toBe('DA_CONG_NHAN')
      expect(detail.decisionNo).toBe('3245/QĐ-UBND')
      expect(detail.decisionOn).toBe('2021-12-20')
      expect(detail.decisionBody).toBe('Ủy ban nhân dân thành phố Vũng Tàu')
    }
    // The archive copy keeps its own list although no unit is waiting for a decision any more.
    const archived = paragraphsOf(issued.row.filePath!).join('\n')
    expect(archived).toContain('Số: 3245/QĐ-UBND')
    expect(archived).toContain('Danh sách này có 02 đơn vị./.')
    const again = await app.call('documents.regenerate', { id: decision.id })
    expect(paragraphsOf(again.row.filePath!).join('\n')).toContain('Công ty TNHH Thủy sản Đông Hải (mẫu)')
  })

  test('a decision generated with its number and date is issued at once and records T13 in the same step', async () => {
    const ids = await appraiseEnterprises()
    const ttr = await app.call('documents.prepare', { kind: 'DOC-TTR-CONGNHAN', year: 2021 })
    await app.call('documents.generate', { request: { ...ttr.request, number: 91, date: '2021-12-10' } })
    const qd = await app.call('documents.prepare', { kind: 'DOC-QD-CONGNHAN', year: 2021 })
    const { row } = await app.call('documents.generate', { request: { ...qd.request, number: 3245, date: '2021-12-20', issueYear: 2021 } })
    expect(row.status).toBe('ISSUED')
    for (const id of [ids.port, ids.fishery]) expect(await status(id)).toMatchObject({ status: 'DA_CONG_NHAN', decisionNo: '3245/QĐ-UBND', proposalNo: '91/TTr-CATP' })
    const refused = await expectRefusal(app.call('documents.generate', { request: { ...qd.request, number: 3246, date: '2021-12-21', issueYear: 2021 } }))
    expect(refused.message).toContain('Chưa có đơn vị nào được đề nghị công nhận')
  })

  test('a refusal by the cycle (decision dated before the tờ trình) changes nothing: no number, no file, units still proposed', async () => {
    const { port, fishery, decision } = await proposedAndDrafted()
    const filesBefore = documentFiles()
    const refused = await expectRefusal(app.call('documents.recordNumber', { id: decision.id, number: 3245, date: '2021-12-05' }))
    // The cycle's own guard and message (V10), naming every unit: all units or none.
    expect(refused.message).toContain('Công ty Cổ phần Cảng dịch vụ Dầu khí (mẫu): Ngày quyết định (05/12/2021) không được trước ngày tờ trình (10/12/2021).')
    expect(refused.message).toContain('Công ty TNHH Thủy sản Đông Hải (mẫu)')
    expect(documentFiles()).toEqual(filesBefore)
    const row = (await app.call('documents.list', { year: 2021 })).find((r) => r.id === decision.id)!
    expect([row.status, row.number, row.filePath]).toEqual(['DRAFT', null, decision.filePath])
    for (const id of [port, fishery]) {
      const detail = await status(id)
      expect(detail.status).toBe('DA_DE_NGHI')
      expect(detail.decisionNo).toBeNull()
    }
  })
})

describe('the minutes template prints the criteria the year is bound to (V30)', () => {
  const V30 = 'Nội dung tiêu chí 4 chưa được xác minh theo văn bản gốc. Vẫn tạo văn bản?'

  test('a PLACEHOLDER criterion asks for a confirmation, not a refusal; confirmed, the file is written', async () => {
    const prepared = await app.call('documents.prepare', { kind: 'DOC-BB-HOP', year: 2021, unitType: 'CO_QUAN' })
    expect(prepared.warnings).toContain(V30)
    const asked = await expectRefusal(app.call('documents.generate', { request: prepared.request }))
    expect(asked.code).toBe('NEEDS_CONFIRMATION')
    expect(asked.warnings).toEqual([V30])
    expect(await app.call('documents.list', { year: 2021 })).toEqual([])
    const { row } = await app.call('documents.generate', { request: prepared.request, confirmed: true })
    expect(paragraphsOf(row.filePath!).join('\n')).toContain('Thông tư số 23/2012/TT-BCA')
  })

  test('once the office enters the text of criterion 4, the year prints it and no confirmation is asked', async () => {
    const criteria = await app.call('criteria.list', { year: 2021, unitType: 'CO_QUAN' })
    const fourth = criteria.find((c) => c.number === 4)!
    await app.call('criteria.edit', { id: fourth.id, shortTitle: fourth.shortTitle, text: 'Nội dung tiêu chí 4 do cơ quan nhập theo văn bản gốc.', textChecked: true })
    const prepared = await app.call('documents.prepare', { kind: 'DOC-BB-HOP', year: 2021, unitType: 'CO_QUAN' })
    expect(prepared.warnings).not.toContain(V30)
    const { row } = await app.call('documents.generate', { request: prepared.request })
    expect(tableRowsOf(row.filePath!).some((cells) => cells[1] === 'Nội dung tiêu chí 4 do cơ quan nhập theo văn bản gốc.')).toBe(true)
  })
})
