import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { MACHINE_TABLES } from '../../electron/core/backup/restore'
import { contentHash } from '../helpers/content-hash'
import { expectRefusal, makeTempDir, openTestCore, type TestCore } from '../helpers/temp-core'

const opened: TestCore[] = []
afterEach(async () => {
  for (const core of opened.splice(0)) await core.close()
})
function open(): TestCore {
  const core = openTestCore()
  opened.push(core)
  return core
}

async function officeWithDocuments(): Promise<TestCore> {
  const t = open()
  await t.call('app.loadSample', {})
  const docs = path.join(t.dataDir, 'documents', '2020')
  fs.mkdirSync(docs, { recursive: true })
  fs.writeFileSync(path.join(docs, 'to-trinh.docx'), 'nội dung tờ trình')
  fs.writeFileSync(path.join(docs, 'quyet-dinh.docx'), Buffer.alloc(5000, 1))
  return t
}

describe('hand-over package', () => {
  it('exports everything to one file and another machine receives it after confirmation', async () => {
    const from = await officeWithDocuments()
    const usb = makeTempDir('antt-usb-')
    const pkg = await from.call('handover.export', { folder: usb })
    expect(pkg.documents).toBe(2)
    expect(pkg.counts.units).toBe(113)

    const to = open()
    await to.call('areas.create', { name: 'Phường Cũ', kind: 'PHUONG' })
    const preview = await to.call('handover.preview', { file: pkg.file })
    expect(preview).toMatchObject({ documents: 2, counts: { units: 113, areas: 18 } })
    expect((await expectRefusal(to.call('handover.import', { file: pkg.file } as never))).message).toMatch(/xác nhận/)
    const received = await to.call('handover.import', { file: pkg.file, confirmed: true })
    expect(fs.existsSync(received.undoFile)).toBe(true)
    expect(contentHash(to.core.database.sqlite, MACHINE_TABLES)).toBe(contentHash(from.core.database.sqlite, MACHINE_TABLES))
    expect(fs.readFileSync(path.join(to.dataDir, 'documents', '2020', 'to-trinh.docx'), 'utf8')).toBe('nội dung tờ trình')
    // The history came along, and says who received it.
    const log = await to.call('audit.list', { entity: 'app' })
    expect(log.rows[0]?.action).toBe('HANDOVER_IMPORT')
    expect(log.rows.some((row) => row.action === 'SAMPLE_LOAD')).toBe(true)
    expect((await to.call('audit.verify', {})).ok).toBe(true)
  })

  it('refuses a truncated, altered, foreign or newer package and changes nothing', async () => {
    const from = await officeWithDocuments()
    const pkg = await from.call('handover.export', { folder: makeTempDir('antt-usb-') })
    const to = open()
    await to.call('areas.create', { name: 'Phường Cũ', kind: 'PHUONG' })
    const before = contentHash(to.core.database.sqlite)
    const dir = makeTempDir('antt-bad-pkg-')
    const bytes = fs.readFileSync(pkg.file)

    const truncated = path.join(dir, 'cut.anttdesk')
    fs.writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.7)))
    expect((await expectRefusal(to.call('handover.import', { file: truncated, confirmed: true }))).message).toMatch(/bị thiếu dữ liệu \(có thể bị cắt ngang/)

    const altered = path.join(dir, 'altered.anttdesk')
    const copy = Buffer.from(bytes)
    copy[copy.length - 100] = (copy[copy.length - 100] ?? 0) ^ 0xff
    fs.writeFileSync(altered, copy)
    expect((await expectRefusal(to.call('handover.import', { file: altered, confirmed: true }))).message).toMatch(/mã kiểm tra không khớp/)

    const foreign = path.join(dir, 'foreign.anttdesk')
    fs.writeFileSync(foreign, 'PK\u0003\u0004 not ours')
    expect((await expectRefusal(to.call('handover.preview', { file: foreign }))).message).toMatch(/không phải là gói bàn giao/)

    // A package from a newer version: rewrite the manifest's schema version (and the checksum, as a newer app would).
    const length = bytes.readUInt32BE(8)
    const manifest = JSON.parse(bytes.subarray(12, 12 + length).toString('utf8')) as { schemaVersion: number }
    manifest.schemaVersion = 999
    const json = Buffer.from(JSON.stringify(manifest))
    const header = Buffer.alloc(4)
    header.writeUInt32BE(json.length)
    const body = Buffer.concat([bytes.subarray(0, 8), header, json, bytes.subarray(12 + length, bytes.length - 32)])
    const { createHash } = await import('node:crypto')
    const newer = path.join(dir, 'newer.anttdesk')
    fs.writeFileSync(newer, Buffer.concat([body, createHash('sha256').update(body).digest()]))
    expect((await expectRefusal(to.call('handover.import', { file: newer, confirmed: true }))).message).toMatch(/phiên bản ANTT Desk mới hơn/)

    expect(contentHash(to.core.database.sqlite)).toBe(before)
    expect(fs.existsSync(path.join(to.dataDir, 'documents'))).toBe(false)
  })
})
