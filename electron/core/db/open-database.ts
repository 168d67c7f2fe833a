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

/**
 * Looks at an existing file without changing a byte: is it SQLite, is it intact, which schema version.
 * Every refusal is a Vietnamese message the start screen can show as it is.
 */
function inspectExistingFile(file: string): number {
  const fd = fs.openSync(file, 'r')
  const header = Buffer.alloc(16)
  const read = fs.readSync(fd, header, 0, 16, 0)
  fs.closeSync(fd)
  if (read < 16 || header.toString('latin1') !== SQLITE_MAGIC) {
    throw new ApiError({
      code: 'DB_NOT_SQLITE',
      message: `Tệp dữ liệu “${file}” không phải là cơ sở dữ liệu của ANTT Desk (không phải tệp SQLite). Tệp được giữ nguyên.`
    })
  }
  let probe: BetterSqlite3.Database | null = null
  try {
    probe = new BetterSqlite3(file, { readonly: true, fileMustExist: true })
    const check = probe.pragma('quick_check', { simple: true })
    if (check !== 'ok') throw new Error(String(check))
    return probe.pragma('user_version', { simple: true }) as number
  } catch (error) {
    if (error instanceof ApiError) throw error
    throw new ApiError({
      code: 'DB_CORRUPT',
      message: `Tệp dữ liệu “${file}” bị hỏng hoặc không đọc được (${(error as Error).message}). Tệp được giữ nguyên; hãy khôi phục từ bản sao lưu gần nhất.`
    })
  } finally {
    probe?.close()
  }
}

function refuseNewer(file: string, version: number, latest: number): never {
  throw new ApiError({
    code: 'DB_FROM_NEWER_VERSION',
    message: `Tệp dữ liệu “${file}” được tạo bởi phiên bản ANTT Desk mới hơn (lược đồ ${version}, phiên bản này hỗ trợ đến ${latest}). Vui lòng cập nhật ứng dụng; tệp được giữ nguyên.`
  })
}

function applyPragmas(sqlite: BetterSqlite3.Database): void {
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('synchronous = NORMAL')
  sqlite.pragma('busy_timeout = 5000')
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
  const existingVersion = exists ? inspectExistingFile(file) : 0
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
  } catch (error) {
    sqlite.close()
    throw error
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) })
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
