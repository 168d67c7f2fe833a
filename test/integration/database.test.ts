import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, test } from 'vitest'
import { ApiError } from '../../shared/api/errors'
import { APPLICATION_ID, openDatabase } from '../../electron/core/db/open-database'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/core/db/migrations'
import { makeTempDir } from '../helpers/temp-core'

const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')

function refusal(file: string): ApiError {
  try {
    openDatabase(file)
  } catch (error) {
    if (error instanceof ApiError) return error
    throw error
  }
  throw new Error('expected the file to be refused')
}

describe('opening the data file', () => {
  test('an empty folder gets a new database at the latest version with the pragmas of architecture.md', async () => {
    const file = path.join(makeTempDir(), 'antt-desk.sqlite')
    const opened = openDatabase(file)
    expect(opened.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(opened.backupBeforeMigration).toBeNull()
    const tables = opened.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()
    expect(tables).toEqual(expect.arrayContaining(['admin_area', 'unit', 'office_profile', 'signer', 'app_meta']))
    await opened.close()
  })

  test('migration versions are 1..n without gaps (the chain runs from an empty database)', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1))
  })

  test('an older file is copied to backups/ before it is migrated, and all pending migrations apply together', async () => {
    const dir = makeTempDir()
    const file = path.join(dir, 'antt-desk.sqlite')
    const v1 = [{ version: 1, name: 'one', sql: 'CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT;' }]
    const v1db = openDatabase(file, v1)
    v1db.sqlite.prepare('INSERT INTO note (text) VALUES (?)').run('Khu phố 1')
    await v1db.close()

    const chain = [
      ...v1,
      { version: 2, name: 'two', sql: 'ALTER TABLE note ADD COLUMN author TEXT;' },
      { version: 3, name: 'three', sql: 'CREATE INDEX note_author ON note(author);' }
    ]
    const upgraded = openDatabase(file, chain)
    expect(upgraded.sqlite.pragma('user_version', { simple: true })).toBe(3)
    expect(upgraded.backupBeforeMigration).not.toBeNull()
    await upgraded.close()
    const backup = new BetterSqlite3(upgraded.backupBeforeMigration as string, { readonly: true })
    expect(backup.pragma('user_version', { simple: true })).toBe(1)
    expect(backup.prepare('SELECT text FROM note').pluck().get()).toBe('Khu phố 1')
    backup.close()
  })

  test('a migration that fails leaves the file at its old version with its data (one transaction)', async () => {
    const file = path.join(makeTempDir(), 'antt-desk.sqlite')
    const v1 = [{ version: 1, name: 'one', sql: 'CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT) STRICT;' }]
    const db = openDatabase(file, v1)
    db.sqlite.prepare('INSERT INTO note (text) VALUES (?)').run('giữ nguyên')
    await db.close()
    const broken = [...v1, { version: 2, name: 'ok', sql: 'CREATE TABLE extra (a TEXT) STRICT;' }, { version: 3, name: 'broken', sql: 'THIS IS NOT SQL;' }]
    expect(() => openDatabase(file, broken)).toThrow()
    const check = new BetterSqlite3(file, { readonly: true })
    expect(check.pragma('user_version', { simple: true })).toBe(1)
    expect(check.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'extra'").pluck().get()).toBe(0)
    expect(check.prepare('SELECT text FROM note').pluck().get()).toBe('giữ nguyên')
    check.close()
  })

  test('a file from a newer app version is refused with a clear message and left byte-for-byte unchanged', () => {
    const file = path.join(makeTempDir(), 'antt-desk.sqlite')
    const raw = new BetterSqlite3(file)
    raw.exec('CREATE TABLE x (a)')
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`)
    raw.close()
    const before = sha256(file)
    const error = refusal(file)
    expect(error.code).toBe('DB_FROM_NEWER_VERSION')
    expect(error.message).toMatch(/phiên bản ANTT Desk mới hơn/)
    expect(sha256(file)).toBe(before)
  })

  test('a file that is not SQLite is refused and left unchanged', () => {
    const file = path.join(makeTempDir(), 'antt-desk.sqlite')
    fs.writeFileSync(file, 'Đây là một tệp văn bản, không phải cơ sở dữ liệu.'.repeat(50))
    const before = sha256(file)
    const error = refusal(file)
    expect(error.code).toBe('DB_NOT_SQLITE')
    expect(error.message).toMatch(/không phải tệp SQLite/)
    expect(sha256(file)).toBe(before)
  })

  test('a corrupt SQLite file is refused and left unchanged', async () => {
    const file = path.join(makeTempDir(), 'antt-desk.sqlite')
    const opened = openDatabase(file)
    opened.sqlite.exec("INSERT INTO app_meta (key, value) VALUES ('x', '" + 'y'.repeat(20000) + "')")
    opened.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    await opened.close()
    // Overwrite the middle of the file (past the header) with garbage.
    const fd = fs.openSync(file, 'r+')
    fs.writeSync(fd, Buffer.alloc(8192, 0xab), 0, 8192, 4096)
    fs.closeSync(fd)
    const before = sha256(file)
    const error = refusal(file)
    expect(error.code).toBe('DB_CORRUPT')
    expect(error.message).toMatch(/bị hỏng/)
    expect(sha256(file)).toBe(before)
  })
})

describe('the app’s files are recognised by their application_id', () => {
  const files = (dir: string) => fs.readdirSync(dir).sort()

  test('a new file is stamped with the app’s application_id', async () => {
    const file = path.join(makeTempDir(), 'antt-desk.sqlite')
    const opened = openDatabase(file)
    expect(opened.sqlite.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
    await opened.close()
  })

  test('a foreign SQLite file (user_version 0, other tables) is refused untouched: no migration, no copy, no journal', () => {
    const dir = makeTempDir()
    const file = path.join(dir, 'antt-desk.sqlite')
    const raw = new BetterSqlite3(file)
    raw.exec("CREATE TABLE khach_hang (id INTEGER PRIMARY KEY, ten TEXT); INSERT INTO khach_hang (ten) VALUES ('Nguyễn Văn A')")
    raw.close()
    const before = sha256(file)
    const error = refusal(file)
    expect(error.code).toBe('DB_NOT_SQLITE')
    expect(error.message).toMatch(/không phải là cơ sở dữ liệu của ANTT Desk/)
    expect(sha256(file)).toBe(before)
    expect(files(dir)).toEqual(['antt-desk.sqlite'])
  })

  test('a foreign SQLite file with a user_version and another application_id is refused too', () => {
    const dir = makeTempDir()
    const file = path.join(dir, 'antt-desk.sqlite')
    const raw = new BetterSqlite3(file)
    raw.exec('CREATE TABLE x (a)')
    raw.pragma('user_version = 2')
    raw.pragma('application_id = 1234')
    raw.close()
    const before = sha256(file)
    expect(refusal(file).code).toBe('DB_NOT_SQLITE')
    expect(sha256(file)).toBe(before)
    expect(files(dir)).toEqual(['antt-desk.sqlite'])
  })

  test('an app file from before application_id is recognised by its tables, opened and stamped', async () => {
    const file = path.join(makeTempDir(), 'antt-desk.sqlite')
    const old = openDatabase(file)
    old.sqlite.pragma('application_id = 0')
    await old.close()
    const opened = openDatabase(file)
    expect(opened.sqlite.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
    await opened.close()
  })

  test('refusing a newer WAL file leaves no -shm or -wal beside it', () => {
    const dir = makeTempDir()
    const file = path.join(dir, 'antt-desk.sqlite')
    const raw = new BetterSqlite3(file)
    raw.pragma('journal_mode = WAL')
    raw.exec('CREATE TABLE x (a)')
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`)
    raw.pragma(`application_id = ${APPLICATION_ID}`)
    raw.close()
    expect(files(dir)).toEqual(['antt-desk.sqlite'])
    expect(refusal(file).code).toBe('DB_FROM_NEWER_VERSION')
    expect(files(dir)).toEqual(['antt-desk.sqlite'])
  })
})
