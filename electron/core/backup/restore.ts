import fs from 'node:fs'
import path from 'node:path'
import { ApiError } from '../../../shared/api/errors'
import type { CoreContext } from '../context'
import { openDatabase } from '../db/open-database'
import { LATEST_SCHEMA_VERSION } from '../db/migrations'
import { appendAudit, type AuditEntry } from '../audit/audit-log'
import type { InspectedFile } from './snapshot'

/** Tables that belong to this machine's history, not to the data being restored. */
export const MACHINE_TABLES = ['audit_log', 'backup_log'] as const

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

/** Brings an older copy up to the current schema (in its temp folder), so the tables line up column for column. */
async function migrateCopy(copy: string, inspected: InspectedFile): Promise<void> {
  if (inspected.schemaVersion >= LATEST_SCHEMA_VERSION) return
  const opened = openDatabase(copy)
  await opened.close()
}

/**
 * Replaces the content of the live database with the content of `copy` in ONE transaction on the live connection:
 * a crash or an error leaves the data exactly as it was, and the connection (and every service) stays valid.
 * `keep` tables are left as they are; the audit row `entry` is appended in the same transaction.
 */
export async function replaceDataFrom(
  ctx: CoreContext,
  copy: string,
  inspected: InspectedFile,
  keep: readonly string[],
  entry: AuditEntry
): Promise<void> {
  await migrateCopy(copy, inspected)
  await ctx.db.connection().execute(async () => {
    const sqlite = ctx.sqlite
    sqlite.pragma('foreign_keys = OFF')
    sqlite.prepare('ATTACH DATABASE ? AS source').run(copy)
    try {
      sqlite
        .transaction(() => {
          const tables = sqlite
            .prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            .pluck()
            .all() as string[]
          const sourceTables = new Set(
            sqlite.prepare("SELECT name FROM source.sqlite_master WHERE type = 'table'").pluck().all() as string[]
          )
          // The rows are copied as they are: triggers (the audit log's append-only guard, any derived bookkeeping)
          // are lifted for this transaction and put back, unchanged, before it commits.
          const triggers = sqlite.prepare("SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger'").all() as Array<{ name: string; sql: string }>
          for (const trigger of triggers) sqlite.exec(`DROP TRIGGER main.${quote(trigger.name)}`)
          // Full-text indexes (and their shadow tables) are derived from their content table: rebuilt, not copied.
          const indexes = sqlite.prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'").pluck().all() as string[]
          const derived = (table: string) => indexes.some((index) => table === index || table.startsWith(`${index}_`))
          for (const table of tables) {
            if (keep.includes(table) || derived(table)) continue
            sqlite.exec(`DELETE FROM main.${quote(table)}`)
            if (!sourceTables.has(table)) continue
            const sourceColumns = new Set((sqlite.pragma(`source.table_info(${quote(table)})`) as Array<{ name: string }>).map((c) => c.name))
            const columns = (sqlite.pragma(`main.table_info(${quote(table)})`) as Array<{ name: string }>)
              .map((c) => c.name)
              .filter((name) => sourceColumns.has(name))
              .map(quote)
              .join(', ')
            sqlite.exec(`INSERT INTO main.${quote(table)} (${columns}) SELECT ${columns} FROM source.${quote(table)}`)
          }
          for (const trigger of triggers) sqlite.exec(trigger.sql)
          for (const index of indexes) sqlite.exec(`INSERT INTO main.${quote(index)}(${quote(index)}) VALUES ('rebuild')`)
          const broken = sqlite.pragma('main.foreign_key_check') as unknown[]
          if (broken.length > 0) {
            throw new ApiError({ code: 'BACKUP_FAILED', message: 'Dữ liệu trong tệp có liên kết không hợp lệ; không khôi phục. Dữ liệu hiện tại được giữ nguyên.' })
          }
          appendAudit(ctx, entry)
        })
        .immediate()
    } finally {
      sqlite.prepare('DETACH DATABASE source').run()
      sqlite.pragma('foreign_keys = ON')
    }
  })
  fs.rmSync(path.dirname(copy), { recursive: true, force: true })
}
