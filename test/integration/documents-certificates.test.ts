import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { all, readDocx, text } from '../helpers/ooxml'
import { openTestCore, type TestCore } from '../helpers/temp-core'
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations'
import { schemaBefore } from '../helpers/undo-migrations'

/** Issue 11 item 9 and issue 9 "certificates": each Giấy công nhận cites its own decision; số vào sổ is stored, per year, without gaps. */
let app: TestCore
const NOW = () => new Date('2021-12-20T03:00:00Z')

beforeEach(async () => {
  app = openTestCore({ now: NOW })
  await app.call('app.loadSample', {})
})
afterEach(() => app.close())

/** Each section's paragraphs (one certificate per section). */
function pages(file: string): string[][] {
  const body = readDocx(fs.readFileSync(file)).body
  const out: string[][] = [[]]
  for (const p of all(body, 'w:p')) {
    out[out.length - 1]!.push(text(p))
    if (all(p, 'w:sectPr').length > 0) out.push([])
  }
  return out.filter((page) => page.some((t) => t === 'GIẤY CÔNG NHẬN'))
}

async function generateCertificates(year: number) {
  const prepared = await app.call('documents.prepare', { kind: 'DOC-GCN', year })
  // The typed number is not a field of the certificate any more: each page cites its own unit's decision.
  return app.call('documents.generate', { request: { ...prepared.request, number: 7 }, confirmed: true })
}

describe('Giấy công nhận', () => {
  test('each certificate cites its own unit’s recorded decision and prints the số vào sổ stored on the unit’s record', async () => {
    const { row } = await generateCertificates(2020)
    const decided = app.core.ctx.sqlite
      .prepare("SELECT uy.id, uy.decision_no AS no, uy.decision_on AS on_, u.name FROM unit_year uy JOIN unit u ON u.id = uy.unit_id WHERE uy.year = 2020 AND uy.status = 'DA_CONG_NHAN' AND uy.tracking_mode = 'FULL'")
      .all() as { id: number; no: string; on_: string; name: string }[]
    expect(decided.length).toBeGreaterThan(1)
    const stored = app.core.ctx.sqlite.prepare('SELECT unit_year_id AS id, register_number AS n, document_id AS doc FROM certificate WHERE year = 2020 ORDER BY register_number').all() as { id: number; n: number; doc: number }[]
    expect(stored.map((s) => s.n)).toEqual(stored.map((_, i) => i + 1))
    expect(stored.every((s) => s.doc === row.id)).toBe(true)
    const certs = pages(path.join(app.dataDir, row.filePath!))
    expect(certs).toHaveLength(stored.length)
    for (const cert of certs) {
      const unit = decided.find((d) => cert.includes(d.name.toLocaleUpperCase('vi-VN')))!
      expect(unit).toBeDefined()
      const [number] = unit.no.split('/')
      const [y, m, d] = unit.on_.split('-').map(Number)
      const citation = cert.find((t) => t.startsWith('(Theo Quyết định'))!
      expect(citation).toContain(`số ${number!.padStart(2, '0')}/`)
      expect(citation).toContain(`ngày ${String(d).padStart(2, '0')} tháng ${m! <= 2 ? String(m).padStart(2, '0') : m} năm ${y}`)
      expect(citation).not.toContain('số 07/')
      expect(cert).toContain(`Số vào sổ: ${stored.find((s) => s.id === unit.id)!.n}`)
    }
  })

  test('a second batch keeps the stored numbers and numbers new units after the last one, per year', async () => {
    await generateCertificates(2020)
    const before = app.core.ctx.sqlite.prepare('SELECT unit_year_id AS id, register_number AS n FROM certificate ORDER BY id').all()
    const { row } = await generateCertificates(2020)
    expect(app.core.ctx.sqlite.prepare('SELECT unit_year_id AS id, register_number AS n FROM certificate ORDER BY id').all()).toEqual(before)
    const again = pages(path.join(app.dataDir, row.filePath!))
    const printed = again.map((p) => Number(p.find((t) => t.startsWith('Số vào sổ:'))!.slice('Số vào sổ: '.length)))
    expect(printed.sort((x, y) => x - y)).toEqual((before as { n: number }[]).map((b) => b.n).sort((x, y) => x - y))
  })

  test('the layout is marked “chưa xác minh” and its lines are editable', async () => {
    const prepared = await app.call('documents.prepare', { kind: 'DOC-GCN', year: 2020 })
    expect(prepared.warnings.join(' ')).toMatch(/Điều 12\.2 chưa xác minh/u)
    expect(prepared.paragraphs.map((p) => p.label).join(' ')).toMatch(/chưa xác minh/u)
    const { row } = await app.call('documents.generate', { request: { ...prepared.request, texts: { standard: 'Đạt danh hiệu “An toàn về an ninh, trật tự” năm 2020' } }, confirmed: true })
    expect(pages(path.join(app.dataDir, row.filePath!))[0]).toContain('Đạt danh hiệu “An toàn về an ninh, trật tự” năm 2020')
  })
})

describe('office settings that documents print', () => {
  test('the signer’s rank where the office sets one, and “Lưu: VT, <drafting unit>”', async () => {
    const office = await app.call('settings.getOffice', {})
    const { isSample: _s, configured: _c, ...values } = office
    await app.call('settings.saveOffice', { ...values, draftingUnitAbbreviation: 'ĐXDPT' })
    const signer = (await app.call('signers.list', {})).find((s) => s.body === 'CONG_AN')!
    const { id, isSample: _i, ...signerValues } = signer
    await app.call('signers.update', { id, values: { ...signerValues, rank: 'Thượng tá' } })
    const prepared = await app.call('documents.prepare', { kind: 'DOC-BC-KETQUA', year: 2020 })
    const { row } = await app.call('documents.generate', { request: { ...prepared.request, signerId: id, reference: 'Kế hoạch số 15/KH-CATP ngày 10/01/2020 của Công an thành phố Vũng Tàu' }, confirmed: true })
    const texts = all(readDocx(fs.readFileSync(path.join(app.dataDir, row.filePath!))).body, 'w:p').map(text)
    expect(texts).toContain(`Thượng tá ${signer.name}`)
    expect(texts).toContain('- Lưu: VT, ĐXDPT.')
  })
})

describe('migration 010 (certificates)', () => {
  test('a database made by the schema before it migrates and keeps its data', async () => {
    const before = app.core.ctx.sqlite.prepare('SELECT office_name, office_abbreviation FROM office_profile').get()
    const signers = app.core.ctx.sqlite.prepare('SELECT count(*) AS n FROM signer').get()
    app.core.ctx.sqlite.exec(schemaBefore('certificates'))
    const dataDir = app.dataDir
    await app.close()
    app = openTestCore({ dataDir, now: NOW })
    const db = app.core.ctx.sqlite
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    expect(db.prepare('SELECT office_name, office_abbreviation FROM office_profile').get()).toEqual(before)
    expect(db.prepare('SELECT count(*) AS n FROM signer').get()).toEqual(signers)
    expect(db.prepare('SELECT drafting_unit_abbreviation AS d FROM office_profile').get()).toEqual({ d: null })
    expect(db.prepare('SELECT count(*) AS n FROM certificate').get()).toEqual({ n: 0 })
  })
})
