import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { ApiError } from '../../../shared/api/errors'
import type { Database } from './schema'
import { MIGRATIONS } from './migrations'
import { withStatementCache } from './statement-cache'
import type { Migration } from './migrations/types'
import { fileStamp, freePath } from '../kept-names'

export interface OpenedDatabase {
  sqlite: BetterSqlite3.Database
  db: Kysely<Database>
  file: string
  /** Where the pre-migration copy went, when the file was migrated. */
  backupBeforeMigration: string | null
  close(): Promise<void>
}

const SQLITE_MAGIC = 'SQLite format 3\u0000'

/** `PRAGMA application_id` of every ANTT Desk data file ("ANTT"): a SQLite file with another id is not ours. */
export const APPLICATION_ID = 0x414e5454

/** Tables every version of the app has had since the first: how a file from before application_id is recognised. */
const APP_TABLES = ['app_meta', 'admin_area', 'unit', 'office_profile']

function notOurs(file: string, detail: string): ApiError {
  return new ApiError({
    code: 'DB_NOT_SQLITE',
    message: `Tệp dữ liệu “${file}” không phải là cơ sở dữ liệu của ANTT Desk (${detail}). Tệp được giữ nguyên.`
  })
}

/**
 * Opening a WAL file, even read-only, makes -wal and -shm beside it; the look before opening must leave the folder
 * as it was, so the ones it made (empty: a read-only connection writes nothing) are removed again.
 */
function withoutLeftovers<T>(file: string, look: () => T): T {
  const made = ['-wal', '-shm'].filter((suffix) => !fs.existsSync(file + suffix))
  try {
    return look()
  } finally {
    for (const suffix of made) {
      const side = file + suffix
      const stat = fs.statSync(side, { throwIfNoEntry: false })
      if (stat && (suffix === '-shm' || stat.size === 0)) fs.rmSync(side, { force: true })
    }
  }
}

/**
 * Looks at an existing file without changing a byte: is it SQLite, is it ours, is it intact, which schema version.
 * The header is read first (magic, user_version, application_id), so a foreign or newer file is refused before any
 * connection is opened. Every refusal is a Vietnamese message the start screen can show as it is.
 */
function inspectExistingFile(file: string, latest: number): { version: number; stamped: boolean } {
  const fd = fs.openSync(file, 'r')
  const header = Buffer.alloc(100)
  const read = fs.readSync(fd, header, 0, 100, 0)
  fs.closeSync(fd)
  if (read < 16 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    throw new ApiError({
      code: 'DB_NOT_SQLITE',
      message: `Tệp dữ liệu “${file}” không phải là cơ sở dữ liệu của ANTT Desk (không phải tệp SQLite). Tệp được giữ nguyên.`
    })
  }
  const applicationId = read >= 72 ? header.readInt32BE(68) : 0
  if (applicationId !== 0 && applicationId !== APPLICATION_ID) throw notOurs(file, 'tệp SQLite của một chương trình khác')
  const headerVersion = read >= 64 ? header.readInt32BE(60) : 0
  if (headerVersion > latest) refuseNewer(file, headerVersion, latest)
  return withoutLeftovers(file, () => {
    let probe: BetterSqlite3.Database | null = null
    try {
      probe = new BetterSqlite3(file, { readonly: true, fileMustExist: true })
      const check = probe.pragma('quick_check', { simple: true })
      if (check !== 'ok') throw new Error(String(check))
      const version = probe.pragma('user_version', { simple: true }) as number
      // The header can lag behind the WAL; the connection sees the id as last written.
      const stampedId = probe.pragma('application_id', { simple: true }) as number
      if (stampedId !== 0 && stampedId !== APPLICATION_ID) throw notOurs(file, 'tệp SQLite của một chương trình khác')
      if (stampedId === 0) {
        const tables = new Set(
          (probe.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((row) => row.name)
        )
        // user_version 0 with tables, or a version without the app's tables: another program's database.
        if (tables.size > 0 && !APP_TABLES.every((table) => tables.has(table))) throw notOurs(file, 'tệp SQLite của một chương trình khác')
      }
      return { version, stamped: stampedId === APPLICATION_ID }
    } catch (error) {
      if (error instanceof ApiError) throw error
      throw new ApiError({
        code: 'DB_CORRUPT',
        message: `Tệp dữ liệu “${file}” bị hỏng hoặc không đọc được (${(error as Error).message}). Tệp được giữ nguyên; hãy khôi phục từ bản sao lưu gần nhất.`
      })
    } finally {
      probe?.close()
    }
  })
}

function refuseNewer(file: string, version: number, latest: number): never {
  throw new ApiError({
    code: 'DB_FROM_NEWER_VERSION',
    message: `Tệp dữ liệu “${file}” được tạo bởi phiên bản ANTT Desk mới hơn (lược đồ ${version}, phiên bản này hỗ trợ đến ${latest}). Vui lòng cập nhật ứng dụng; tệp được giữ nguyên.`
  })
}

/** The connection settings of every connection to a data file (the app's, and a job's own). */
export function applyPragmas(sqlite: BetterSqlite3.Database): void {
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('synchronous = NORMAL')
  sqlite.pragma('busy_timeout = 5000')
}

/** The query builder over a connection, with its prepared statements kept (the app's connection, and a job's own). */
export function kyselyOver(sqlite: BetterSqlite3.Database): Kysely<Database> {
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) })
}

/** All pending migrations in one transaction: either the file reaches the latest version or it is left as it was. */
function migrate(sqlite: BetterSqlite3.Database, migrations: readonly Migration[], fromVersion: number): void {
  const pending = migrations.filter((migration) => migration.version > fromVersion)
  if (pending.length === 0) return
  sqlite.transaction(() => {
    for (const migration of pending) {
      sqlite.exec(migration.sql)
      sqlite.pragma(`user_version = ${migration.version}`)
    }
  }).immediate()
}

/** `migrations` is the app's chain; tests pass their own to exercise upgrades. */
export function openDatabase(file: string, migrations: readonly Migration[] = MIGRATIONS): OpenedDatabase {
  const latest = migrations.length
  const exists = fs.existsSync(file) && fs.statSync(file).size > 0
  const inspected = exists ? inspectExistingFile(file, latest) : { version: 0, stamped: false }
  const existingVersion = inspected.version
  if (existingVersion > latest) refuseNewer(file, existingVersion, latest)

  fs.mkdirSync(path.dirname(file), { recursive: true })
  const sqlite = new BetterSqlite3(file)
  let backupBeforeMigration: string | null = null
  try {
    applyPragmas(sqlite)
    if (exists && existingVersion > 0 && existingVersion < latest) {
      const backupDir = path.join(path.dirname(file), 'backups')
      fs.mkdirSync(backupDir, { recursive: true })
      backupBeforeMigration = freePath(backupDir, `truoc-nang-cap-v${existingVersion}-${fileStamp(new Date())}`, '.sqlite')
      sqlite.prepare('VACUUM INTO ?').run(backupBeforeMigration)
    }
    migrate(sqlite, migrations, existingVersion)
    // New files, and the app's files from before application_id (recognised by their tables above).
    if (!inspected.stamped) sqlite.pragma(`application_id = ${APPLICATION_ID}`)
  } catch (error) {
    sqlite.close()
    throw error
  }
  const db = kyselyOver(sqlite)
  return {
    sqlite,
    db,
    file,
    backupBeforeMigration,
    async close() {
      await db.destroy()
    }
  }
}
