import type BetterSqlite3 from 'better-sqlite3'
import type { SqliteDatabase } from 'kysely'

/**
 * What Kysely's SqliteDialect sees of the connection, with prepared statements kept for reuse: Kysely prepares
 * every query it runs, and preparing costs as much as running a small indexed query. The app issues a few hundred
 * distinct statements, so a bounded map covers them all.
 */
export function withStatementCache(sqlite: BetterSqlite3.Database, capacity = 500): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>()
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = cache.get(sql)
      if (statement) {
        // Refresh its place so the least recently used one is evicted first.
        cache.delete(sql)
      } else {
        statement = sqlite.prepare(sql)
        if (cache.size >= capacity) cache.delete(cache.keys().next().value as string)
      }
      cache.set(sql, statement)
      return statement
    }
  }
}
