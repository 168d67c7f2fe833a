import BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import type { JobStatus } from '../../shared/api/calls/jobs'
import { createBackup } from '../../electron/core/backup/backup-service'
import { withTransaction } from '../../electron/core/context'
import { withJobConnection } from '../../electron/core/jobs/job-connection'
import { holdWrites } from '../../electron/core/jobs/write-queue'
import { insertUnit, insertUnits } from '../../electron/core/units/unit-service'
import { contentHash } from '../helpers/content-hash'
import { asSource, makeXlsx, UNIT_HEADERS } from '../helpers/xlsx-fixtures'
import { expectRefusal, openTestCore, type TestCore } from '../helpers/temp-core'

/**
 * The import's confirm step as a job (issue 12 item 5): it counts the rows it writes, the app keeps answering while it
 * runs, writes made meanwhile wait for it, and a failure or a cancel leaves the data exactly as it was.
 */
const NOW = new Date('2026-03-02T03:00:00Z')
const WARDS = 10
const ROWS = 4_000

const opened: TestCore[] = []
afterEach(async () => {
  for (const core of opened.splice(0)) await core.close()
})

async function officeWithWards(): Promise<TestCore> {
  const t = openTestCore({ now: () => NOW })
  opened.push(t)
  const city = await t.call('areas.create', { name: 'Thành phố Vũng Tàu', kind: 'HUYEN' })
  for (let i = 1; i <= WARDS; i++) await t.call('areas.create', { name: `Phường ${i}`, kind: 'PHUONG', parentId: city.id })
  return t
}

async function registryFile(rows = ROWS): Promise<Buffer> {
  const lines: unknown[][] = [UNIT_HEADERS]
  for (let i = 1; i <= rows; i++) lines.push([`Khu phố ${i}`, 'Khu dân cư', `Phường ${(i % WARDS) + 1}`, 100 + (i % 300), null, '05/03/2021'])
  return makeXlsx({ 'Đơn vị': lines })
}

const noop = () => undefined
const turn = () => new Promise<void>((resolve) => setImmediate(resolve))

/** Polls the job as the wizard does (without its pause), keeping every count seen, until it stops. */
async function follow(t: TestCore, jobId: number): Promise<{ last: JobStatus<unknown>; counts: number[] }> {
  const counts: number[] = []
  for (;;) {
    const status = await t.call('exchange.importStatus', { jobId })
    if (status.total > 0 && counts.at(-1) !== status.done) counts.push(status.done)
    if (status.state !== 'RUNNING') return { last: status, counts }
    await turn()
  }
}

/** Waits until the job has written some rows (it is in its transaction), and returns that status. */
async function writing(t: TestCore, jobId: number): Promise<JobStatus<unknown>> {
  for (;;) {
    const status = await t.call('exchange.importStatus', { jobId })
    if (status.state !== 'RUNNING' || status.done > 0) return status
    await turn()
  }
}

const counts = (t: TestCore) =>
  t.core.database.sqlite.prepare("SELECT (SELECT count(*) FROM unit) AS units, (SELECT count(*) FROM audit_log) AS audit, (SELECT row_hash FROM audit_log ORDER BY id DESC LIMIT 1) AS lastHash").get()

describe('the import confirm step runs as a job', () => {
  it('counts the rows up to the end and writes what the direct commit writes', async () => {
    const file = await registryFile()
    const direct = await officeWithWards()
    const result = await direct.call('exchange.importCommit', { source: asSource(file), onDuplicate: 'skip', confirmed: true })
    expect(result.createdUnits).toBe(ROWS)

    const t = await officeWithWards()
    const started = await t.call('exchange.importStart', { source: asSource(file), onDuplicate: 'skip', confirmed: true })
    expect(started.state).toBe('RUNNING')
    const { last, counts: seen } = await follow(t, started.jobId)
    expect(last.state).toBe('DONE')
    expect(last.result).toEqual(result)
    expect(last.message).toBe(`Đã nhập: 0 địa bàn, 4.000 đơn vị mới; cập nhật 0; bỏ qua 0.`)
    expect(last.total).toBe(ROWS)
    // Several counts on the way, each higher than the one before, ending at every row.
    expect(seen.length).toBeGreaterThan(3)
    expect(seen.every((done, i) => i === 0 || done > seen[i - 1]!)).toBe(true)
    expect(seen.at(-1)).toBe(ROWS)
    expect(contentHash(t.core.database.sqlite)).toBe(contentHash(direct.core.database.sqlite))
  })

  it('the batch insert writes the same rows and audit chain as inserting the units one by one', async () => {
    const one = await officeWithWards()
    const batch = await officeWithWards()
    const areaId = (one.core.database.sqlite.prepare("SELECT id FROM admin_area WHERE name = 'Phường 3'").pluck().get() as number)
    const units = Array.from({ length: 300 }, (_, i) => ({
      type: 'KDC' as const, name: `Tổ dân phố ${i + 1}`, areaId, kdcSubtype: null, managingLevel: 'XA' as const, address: `Số ${i} Lê Lợi`, headName: null, headTitle: null,
      phone: null, email: null, householdsTotal: 120 + i, staffTotal: null, isArmedForces: false, enterpriseSize: null, educationLevels: [], activeFrom: '2021-03-05', note: null
    }))
    await withTransaction(one.core.ctx, async (_trx, tctx) => {
      for (const values of units) await insertUnit(tctx, values)
    })
    await withTransaction(batch.core.ctx, (_trx, tctx) => insertUnits(tctx, units))
    expect(contentHash(batch.core.database.sqlite)).toBe(contentHash(one.core.database.sqlite))
  })

  it('answers other calls while it writes; a write made meanwhile runs after it; a second import is refused', async () => {
    const t = await officeWithWards()
    const file = await registryFile()
    const started = await t.call('exchange.importStart', { source: asSource(file), onDuplicate: 'skip', confirmed: true })
    expect((await writing(t, started.jobId)).state).toBe('RUNNING')

    // A write made now waits for the import; the job's state when its answer comes shows which ran first.
    const write = t.call('areas.create', { name: 'Phường 11', kind: 'PHUONG' }).then(async () => (await t.call('exchange.importStatus', { jobId: started.jobId })).state)
    const list = await t.call('units.list', { limit: 50 })
    // The read is answered while the import is still in its transaction, from the data as it was before it.
    expect((await t.call('exchange.importStatus', { jobId: started.jobId })).state).toBe('RUNNING')
    expect(list.total).toBe(WARDS)
    const again = await expectRefusal(t.call('exchange.importStart', { source: asSource(file), onDuplicate: 'skip', confirmed: true }))
    expect(again.message).toBe('Đang nhập một tệp Excel khác; vui lòng chờ xong rồi nhập tiếp.')

    expect(await write).toBe('DONE')
    expect((await follow(t, started.jobId)).last.state).toBe('DONE')
    // The write came after the import: its audit row follows the import's own.
    const tail = t.core.database.sqlite.prepare('SELECT action, entity FROM audit_log ORDER BY id DESC LIMIT 2').all()
    expect(tail).toEqual([{ action: 'CREATE', entity: 'admin_area' }, { action: 'IMPORT', entity: 'app' }])
    expect((await t.call('units.list', { limit: 50 })).total).toBe(WARDS + 1 + ROWS)
  })

  it('a scheduled backup while an import holds the writes copies beside it and records its copy after it', async () => {
    const t = await officeWithWards()
    const ctx = t.core.ctx
    let backup!: Promise<Awaited<ReturnType<typeof createBackup>>>
    // An import's hold, as its job takes it: SQLite's write lock on the job's own connection for a whole file.
    await holdWrites(ctx, () =>
      withJobConnection(ctx, async (jctx) => {
        jctx.sqlite.exec('BEGIN IMMEDIATE')
        jctx.sqlite.prepare("UPDATE admin_area SET note = 'đang nhập' WHERE name = 'Phường 1'").run()
        // As the schedule does, outside the calls' queue; its record is due once the copy is made.
        backup = createBackup(ctx, 'AUTO')
        // Held until the backup is done or has long been ready to record: a record written on the lock would block
        // the thread (busy_timeout) and fail, so the backup would end first.
        await Promise.race([backup.then(noop, noop), new Promise((resolve) => setTimeout(resolve, 2_000))])
        jctx.sqlite.exec('COMMIT')
      })
    )
    const made = await backup
    expect(made.integrity).toBe('ok')
    expect(ctx.sqlite.prepare('SELECT file FROM backup_log ORDER BY id DESC LIMIT 1').pluck().get()).toBe(made.file)
    // The import's write committed; the copy is the data as it was before it.
    expect(ctx.sqlite.prepare("SELECT note FROM admin_area WHERE name = 'Phường 1'").pluck().get()).toBe('đang nhập')
    const copy = new BetterSqlite3(made.file, { readonly: true })
    expect(copy.prepare("SELECT note FROM admin_area WHERE name = 'Phường 1'").pluck().get()).toBeNull()
    copy.close()
  })

  it('a row that breaks a constraint mid-way leaves the data exactly as it was', async () => {
    const t = await officeWithWards()
    const sqlite = t.core.database.sqlite
    // A constraint the checks do not know of, met by row 3,000 of the file: SQLite refuses that INSERT.
    sqlite.exec("CREATE TRIGGER test_refuse_row BEFORE INSERT ON unit WHEN NEW.name = 'Khu phố 3000' BEGIN SELECT RAISE(ABORT, 'refused'); END")
    const before = { hash: contentHash(sqlite), ...(counts(t) as object) }
    const started = await t.call('exchange.importStart', { source: asSource(await registryFile()), onDuplicate: 'skip', confirmed: true })
    const { last, counts: seen } = await follow(t, started.jobId)
    expect(last.state).toBe('FAILED')
    expect(last.message).toBe('Đã xảy ra lỗi không mong muốn khi nhập; dữ liệu không bị thay đổi. Vui lòng thử lại.')
    expect(Math.max(...seen)).toBeGreaterThanOrEqual(2_500)
    expect({ hash: contentHash(sqlite), ...(counts(t) as object) }).toEqual(before)
    expect((await t.call('audit.verify', {})).ok).toBe(true)
  })

  it('a cancel stops it and leaves the data exactly as it was', async () => {
    const t = await officeWithWards()
    const sqlite = t.core.database.sqlite
    const before = { hash: contentHash(sqlite), ...(counts(t) as object) }
    const started = await t.call('exchange.importStart', { source: asSource(await registryFile()), onDuplicate: 'skip', confirmed: true })
    await writing(t, started.jobId)
    expect(await t.call('exchange.importCancel', { jobId: started.jobId })).toEqual({ stopping: true })
    const { last } = await follow(t, started.jobId)
    expect(last.state).toBe('CANCELLED')
    expect(last.message).toBe('Đã hủy nhập; dữ liệu không thay đổi.')
    expect(last.done).toBeLessThan(ROWS)
    expect({ hash: contentHash(sqlite), ...(counts(t) as object) }).toEqual(before)
    expect(await t.call('exchange.importCancel', { jobId: started.jobId })).toEqual({ stopping: false })
  })

  it('a year’s registrations: counted by chunk, the same writes as the direct commit', async () => {
    const units = 600
    const registrations = [['Tên đơn vị', 'Xã, phường', 'Ngày đăng ký', 'Số văn bản đăng ký', 'Số hộ đang cư trú', 'Số hộ đăng ký']]
    for (let i = 1; i <= units; i++) registrations.push([`Khu phố ${i}`, `Phường ${(i % WARDS) + 1}`, '15/02/2026', `${i}/ĐK`, String(100 + (i % 300)), String(90 + (i % 300))])
    const file = await makeXlsx({ 'Đăng ký': registrations })
    const office = async () => {
      const t = await officeWithWards()
      await t.call('exchange.importCommit', { source: asSource(await registryFile(units)), onDuplicate: 'skip', confirmed: true })
      await t.call('years.open', { year: 2026 })
      return t
    }
    const direct = await office()
    const result = await direct.call('exchange.registrationCommit', { source: { year: 2026, ...asSource(file) }, confirmed: true })
    expect(result).toEqual({ registered: units, warnings: [] })

    const t = await office()
    const started = await t.call('exchange.registrationStart', { source: { year: 2026, ...asSource(file) }, confirmed: true })
    const seen: number[] = []
    let last = started
    while (last.state === 'RUNNING') {
      last = await t.call('exchange.registrationStatus', { jobId: started.jobId })
      if (last.total > 0 && seen.at(-1) !== last.done) seen.push(last.done)
      await turn()
    }
    expect(last).toMatchObject({ state: 'DONE', result, message: 'Đã ghi nhận đăng ký năm 2026 cho 600 đơn vị.', total: units })
    // Counted a chunk of 250 at a time, each count higher than the one before, ending at every row.
    expect(seen.length).toBeGreaterThanOrEqual(2)
    expect(seen.every((done) => done % 250 === 0 || done === units)).toBe(true)
    expect(seen.every((done, i) => i === 0 || done > seen[i - 1]!)).toBe(true)
    expect(seen.at(-1)).toBe(units)
    expect(contentHash(t.core.database.sqlite)).toBe(contentHash(direct.core.database.sqlite))
  })

  it('is refused with its reason while the sample loads (its steps write outside the queue)', async () => {
    const t = openTestCore({ now: () => NOW })
    opened.push(t)
    const sample = await t.call('app.sampleStart', { sample: 'TAM_THANG' })
    const refused = await expectRefusal(t.call('exchange.importStart', { source: asSource(await registryFile(10)), onDuplicate: 'skip', confirmed: true }))
    expect(refused).toMatchObject({ code: 'CONFLICT', message: 'Đang nạp dữ liệu mẫu; vui lòng chờ xong rồi nhập tệp Excel.' })
    while ((await t.call('app.sampleStatus', { jobId: sample.jobId })).state === 'RUNNING') await new Promise((resolve) => setTimeout(resolve, 50))
  })
})
