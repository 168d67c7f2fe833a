import { afterEach, describe, expect, it } from 'vitest'
import { appendAudit } from '../../electron/core/audit/audit-log'
import { statusAfterStartCheck, tamper } from '../helpers/audit-tamper'
import { openTestCore, type TestCore } from '../helpers/temp-core'

let t: TestCore | undefined
afterEach(async () => {
  await t?.close()
  t = undefined
})

/** A data folder whose audit log holds years of changes (30,000 rows, a whole chain); the core is closed. */
async function folderWithLongLog(): Promise<string> {
  const tc = openTestCore()
  const { ctx } = tc.core
  ctx.sqlite.transaction(() => {
    for (let i = 1; i <= 30_000; i++) {
      appendAudit(ctx, { action: 'UPDATE', entity: 'unit', entityId: i, entityLabel: `Khu phố ${i}`, field: null, oldValue: '{"households_total":200}', newValue: '{"households_total":201}', reason: null })
    }
  })()
  await tc.close()
  return tc.dataDir
}

describe('the audit check at start runs beside the calls', () => {
  it('answers calls made at open before the check has finished, and says the check is pending', async () => {
    t = openTestCore({ dataDir: await folderWithLongLog() })
    const events: string[] = []
    const checked = t.core.auditChecked.then(() => events.push('check finished'))
    const first = await t.call('app.status', {})
    events.push('call answered')
    expect(first).toMatchObject({ auditCheckPending: true, auditBreak: null })
    await t.call('areas.list', {})
    events.push('second call answered')
    await checked
    expect(events).toEqual(['call answered', 'second call answered', 'check finished'])
    expect(await t.call('app.status', {})).toMatchObject({ auditCheckPending: false, auditBreak: null })
  })

  it('still finds a row edited outside the app, deep in a long log', async () => {
    const dataDir = await folderWithLongLog()
    tamper(dataDir, (db) => db.prepare("UPDATE audit_log SET entity_label = 'Khu phố sửa tay' WHERE id = 29000").run())
    t = openTestCore({ dataDir })
    expect(await t.call('app.status', {})).toMatchObject({ auditCheckPending: true, auditBreak: null })
    const status = await statusAfterStartCheck(t)
    expect(status.auditBreak).toBe('Nhật ký bị thay đổi ngoài ứng dụng tại dòng số 29.000: nội dung không khớp với chuỗi mã kiểm tra.')
    expect((await t.call('audit.verify', {})).brokenAtId).toBe(29_000)
  })
})
