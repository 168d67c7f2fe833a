import { afterEach, describe, expect, it } from 'vitest'
import { openTestCore, type TestCore } from '../helpers/temp-core'

let t: TestCore
afterEach(async () => t?.close())

describe('audit log', () => {
  it('records create, update and delete of a unit with old → new values, who and where', async () => {
    t = openTestCore()
    const area = await t.call('areas.create', { name: 'Phường Thắng Nhất', kind: 'PHUONG' })
    const { unit } = await t.call('units.create', { values: { type: 'KDC', name: 'Khu phố 1', areaId: area.id, managingLevel: 'XA', householdsTotal: 300 } })
    await t.call('units.update', { id: unit.id, values: { type: 'KDC', name: 'Khu phố 1', areaId: area.id, managingLevel: 'XA', householdsTotal: 320 } })
    await t.call('units.delete', { id: unit.id })

    const history = await t.call('audit.list', { entity: 'unit', entityId: unit.id })
    expect(history.rows.map((row) => row.action)).toEqual(['DELETE', 'UPDATE', 'CREATE'])
    const update = history.rows[1]!
    expect(update.changes).toEqual([{ field: 'households_total', label: 'Tổng số hộ', old: 300, new: 320 }])
    expect(update.subject).toBe('Khu phố 1')
    expect(update.actor.length).toBeGreaterThan(0)
    expect(update.machine.length).toBeGreaterThan(0)
    expect((await t.call('audit.verify', {})).ok).toBe(true)
  })

  it('logs office profile, signers and the sample load/removal', async () => {
    t = openTestCore()
    await t.call('app.loadSample', {})
    await t.call('app.removeSample', {})
    // The sample's years log their unit-year steps too: read each kind of row by its entity.
    const actions = new Set<string>()
    for (const entity of ['app', 'office_profile', 'signer', 'admin_area'] as const) {
      for (const row of (await t.call('audit.list', { entity, limit: 500 })).rows) actions.add(`${row.entity}:${row.action}`)
    }
    expect(actions).toContain('app:SAMPLE_LOAD')
    expect(actions).toContain('app:SAMPLE_REMOVE')
    expect(actions).toContain('office_profile:CREATE')
    expect(actions).toContain('signer:CREATE')
    expect(actions).toContain('admin_area:CREATE')
    const before = (await t.call('audit.list', {})).total
    const signer = await t.call('signers.create', { name: 'Nguyễn Văn A', body: 'CONG_AN', authorityPrefix: '', titleLine: 'ĐỘI TRƯỞNG' })
    await t.call('signers.delete', { id: signer.id })
    expect((await t.call('audit.list', {})).total).toBe(before + 2)
  })

  it('does not log a save that changes nothing', async () => {
    t = openTestCore()
    const area = await t.call('areas.create', { name: 'Xã Long Sơn', kind: 'XA' })
    await t.call('areas.update', { id: area.id, values: { name: 'Xã  Long Sơn ', kind: 'XA' } })
    expect((await t.call('audit.list', { entity: 'admin_area' })).total).toBe(1)
  })

  it('is append-only in the database itself, and an edit outside the app breaks the chain', async () => {
    t = openTestCore()
    await t.call('areas.create', { name: 'Phường 1', kind: 'PHUONG' })
    await t.call('areas.create', { name: 'Phường 2', kind: 'PHUONG' })
    const sqlite = t.core.database.sqlite
    expect(() => sqlite.prepare('DELETE FROM audit_log').run()).toThrow(/chỉ được ghi thêm/)
    expect(() => sqlite.prepare("UPDATE audit_log SET actor = 'x'").run()).toThrow(/chỉ được ghi thêm/)
    // Someone with a database tool drops the trigger and edits a row: the chain shows it.
    sqlite.exec('DROP TRIGGER audit_log_no_update')
    sqlite.prepare("UPDATE audit_log SET entity_label = 'Phường 9' WHERE id = 1").run()
    const verdict = await t.call('audit.verify', {})
    expect(verdict.ok).toBe(false)
    expect(verdict.brokenAtId).toBe(1)
    expect(verdict.message).toMatch(/bị thay đổi ngoài ứng dụng/)
  })

  it('filters by date in Vietnam time and by text', async () => {
    t = openTestCore({ now: () => new Date('2025-03-10T18:30:00Z') }) // 01:30 on 11/03 in Vietnam
    await t.call('areas.create', { name: 'Phường Rạch Dừa', kind: 'PHUONG' })
    expect((await t.call('audit.list', { from: '2025-03-11', to: '2025-03-11' })).total).toBe(1)
    expect((await t.call('audit.list', { to: '2025-03-10' })).total).toBe(0)
    expect((await t.call('audit.list', { search: 'Rạch' })).total).toBe(1)
    expect((await t.call('audit.list', { search: 'không có' })).total).toBe(0)
  })
})
