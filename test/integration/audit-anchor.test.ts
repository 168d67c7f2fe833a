import { afterEach, describe, expect, it } from 'vitest'
import { readManifest } from '../../electron/core/backup/backup-files'
import { folderWithBackup, recomputeChain, statusAfterStartCheck, tamper } from '../helpers/audit-tamper'
import { openTestCore, type TestCore } from '../helpers/temp-core'

let t: TestCore | undefined
afterEach(async () => {
  await t?.close()
  t = undefined
})

describe('the audit chain is anchored in the backups’ manifests', () => {
  it('a verified backup’s manifest records the chain’s head (count and last hash)', async () => {
    t = openTestCore()
    await t.call('areas.create', { name: 'Phường 1', kind: 'PHUONG' })
    const backup = await t.call('backup.create', {})
    const sqlite = t.core.database.sqlite
    const last = sqlite.prepare('SELECT row_hash FROM audit_log ORDER BY id DESC LIMIT 1').pluck().get()
    expect(readManifest(backup.file)?.auditHead).toEqual({ count: 1, hash: last })
  })

  it('a whole log after backups and a restore raises no alarm', async () => {
    const dataDir = await folderWithBackup()
    t = openTestCore({ dataDir })
    expect((await statusAfterStartCheck(t)).auditBreak).toBeNull()
    const [backup] = await t.call('backup.list', {})
    await t.call('backup.restore', { file: backup!.file, confirmed: true })
    await t.call('backup.create', {})
    expect((await t.call('audit.verify', {})).ok).toBe(true)
    await t.close()
    t = openTestCore({ dataDir })
    expect((await statusAfterStartCheck(t)).auditBreak).toBeNull()
  })

  it('a truncated tail is detected at start and shown in app.status', async () => {
    const dataDir = await folderWithBackup()
    // Cut the last two rows: one the backup saw, one after it. What is left still checks as a chain.
    tamper(dataDir, (db) => db.prepare('DELETE FROM audit_log WHERE id > (SELECT MAX(id) - 2 FROM audit_log)').run())
    t = openTestCore({ dataDir })
    // The check runs after the core opens: the first answer says it is pending, then the break shows.
    expect(await t.call('app.status', {})).toMatchObject({ auditCheckPending: true, auditBreak: null })
    const status = await statusAfterStartCheck(t)
    expect(status.auditBreak).toMatch(/^Nhật ký thay đổi bị cắt ngoài ứng dụng: bản sao lưu ngày \d\d\/\d\d\/\d{4} ghi 3 dòng, nay chỉ còn 2 dòng\.$/)
    const verdict = await t.call('audit.verify', {})
    expect(verdict.ok).toBe(false)
    expect(verdict.message).toBe(status.auditBreak)
  })

  it('an edited row with the chain recomputed is detected at start', async () => {
    const dataDir = await folderWithBackup()
    tamper(dataDir, (db) => {
      db.prepare("UPDATE audit_log SET entity_label = 'Phường 9' WHERE id = 1").run()
      recomputeChain(db)
    })
    t = openTestCore({ dataDir })
    expect(await t.call('app.status', {})).toMatchObject({ auditCheckPending: true, auditBreak: null })
    const status = await statusAfterStartCheck(t)
    expect(status.auditBreak).toMatch(/^Nhật ký thay đổi bị sửa ngoài ứng dụng: 3 dòng đầu không còn khớp với bản sao lưu ngày \d\d\/\d\d\/\d{4}\.$/)
    expect((await t.call('audit.verify', {})).ok).toBe(false)
  })

  it('a backup checks the log too, and never anchors a rewritten one', async () => {
    t = openTestCore()
    await t.call('areas.create', { name: 'Phường 1', kind: 'PHUONG' })
    await t.call('areas.create', { name: 'Phường 2', kind: 'PHUONG' })
    await t.call('backup.create', {})
    const sqlite = t.core.database.sqlite
    sqlite.exec('DROP TRIGGER audit_log_no_update')
    sqlite.prepare("UPDATE audit_log SET entity_label = 'Phường 9' WHERE id = 1").run()
    recomputeChain(sqlite)
    expect((await t.call('app.status', {})).auditBreak).toBeNull() // not checked since the start
    const later = await t.call('backup.create', {})
    expect((await t.call('app.status', {})).auditBreak).toMatch(/bị sửa ngoài ứng dụng/)
    expect(readManifest(later.file)?.auditHead).toBeUndefined()
  })
})
