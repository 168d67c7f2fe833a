import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, test } from 'vitest'
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations'
import { makeTempDir, openTestCore, type TestCore } from '../helpers/temp-core'

/**
 * Migration 006 (criteria as codified, law-2026.md §1.2, §4, §5) on a database written by the code before it:
 * test/fixtures/db-v5-sample.sqlite.gz was made by test/fixtures/make-v5-database.ts at main 6c64f65 (schema 5).
 */
let t: TestCore | undefined
afterEach(async () => {
  await t?.close()
  t = undefined
})

function fixtureDir(): string {
  const dir = makeTempDir('antt-v5-')
  fs.writeFileSync(path.join(dir, 'antt-desk.sqlite'), zlib.gunzipSync(fs.readFileSync(path.join(__dirname, '../fixtures/db-v5-sample.sqlite.gz'))))
  return dir
}

type Rows = Record<string, unknown>[]
type Snapshot = Record<'results' | 'dossier' | 'history' | 'audit' | 'unitYears' | 'closedCriteria' | 'version', Rows>
function snapshot(file: string): Snapshot {
  const db = new BetterSqlite3(file, { readonly: true })
  try {
    const all = (query: string) => db.prepare(query).all() as Rows
    return {
      results: all('SELECT * FROM criterion_result ORDER BY unit_year_id, criterion_code'),
      dossier: all('SELECT * FROM dossier_item ORDER BY unit_year_id, item_code'),
      history: all('SELECT * FROM status_history ORDER BY id'),
      audit: all('SELECT * FROM audit_log ORDER BY id'),
      unitYears: all('SELECT id, status, notes, registered_on, meeting_on, decision_no, decision_on, outcome FROM unit_year ORDER BY id'),
      closedCriteria: all("SELECT * FROM criterion WHERE set_id IN (SELECT criterion_set_id FROM eval_year WHERE status = 'CLOSED') ORDER BY id"),
      version: all('PRAGMA user_version')
    }
  } finally {
    db.close()
  }
}

const withoutNewColumns = (rows: Rows) => rows.map(({ items: _items, allow_not_applicable: _na, ...rest }) => rest)

describe('migration 006: an office database of schema 5 keeps every result, note and audit entry', () => {
  test('results, notes, history and the audit chain are unchanged; closed years keep their criteria; open years get the codified texts', async () => {
    const dataDir = fixtureDir()
    const before = snapshot(path.join(dataDir, 'antt-desk.sqlite'))
    expect(before.version).toEqual([{ user_version: 5 }])
    expect(before.results.length).toBeGreaterThan(300)
    expect(before.results.filter((r) => r.note !== null).length).toBeGreaterThan(100)

    t = openTestCore({ dataDir, now: () => new Date('2026-01-15T03:00:00Z') })
    const after = snapshot(path.join(dataDir, 'antt-desk.sqlite'))
    expect(after.version).toEqual([{ user_version: LATEST_SCHEMA_VERSION }])
    expect(after.results).toEqual(before.results)
    expect(after.dossier).toEqual(before.dossier)
    expect(after.history).toEqual(before.history)
    expect(after.audit).toEqual(before.audit)
    expect(after.unitYears).toEqual(before.unitYears)
    expect(withoutNewColumns(after.closedCriteria)).toEqual(before.closedCriteria)

    const verification = await t.call('audit.verify', {})
    expect(verification).toMatchObject({ ok: true, brokenAtId: null, checked: before.audit.length })

    // Every recorded mark and note reads back through the unit-year page.
    const byUnitYear = new Map<number, Rows>()
    for (const row of before.results) byUnitYear.set(row.unit_year_id as number, [...(byUnitYear.get(row.unit_year_id as number) ?? []), row])
    for (const [id, rows] of byUnitYear) {
      const detail = await t.call('unitYears.get', { id })
      for (const row of rows) {
        const line = detail.criteria.find((c) => c.code === row.criterion_code)
        expect(line, `unit-year ${id} ${String(row.criterion_code)}`).toBeDefined()
        expect({ manual: line!.manual, note: line!.note }).toEqual({ manual: row.result, note: row.note })
      }
    }

    // 2022 (closed, TT 124) was judged on the placeholders; 2023 and 2025 (open) now carry the codified text.
    const kdc2022 = await t.call('criteria.list', { year: 2022, unitType: 'KDC' })
    expect(kdc2022[3]).toMatchObject({ code: 'KDC4', textStatus: 'PLACEHOLDER', items: [] })
    const kdc2023 = await t.call('criteria.list', { year: 2023, unitType: 'KDC' })
    expect(kdc2023[3]).toMatchObject({ code: 'KDC4', textStatus: 'VERBATIM_C', sourceRef: 'TT 124/2021/TT-BCA Điều 4 khoản 4 (Bộ pháp điển Điều 1.6.TT.20.4)' })
    expect(kdc2023[3]!.items.map((item) => item.key)).toEqual(['a', 'b', 'c', 'd'])
    // The office's own text (entered after 2022 closed) is kept; the law's structure still applies.
    expect(kdc2023[4]).toMatchObject({ code: 'KDC5', textStatus: 'OFFICE_ENTERED', text: 'Nội dung tiêu chí 5 do cơ quan nhập.' })
    const cq2025 = await t.call('criteria.list', { year: 2025, unitType: 'CO_QUAN' })
    expect(cq2025.map((c) => [c.code, c.textStatus, c.formulaKey])).toEqual([
      ['CQ1', 'VERBATIM_C', 'registration+effective_models'],
      ['CQ2', 'VERBATIM_C', null],
      ['CQ3', 'VERBATIM_C', null],
      ['CQ4', 'VERBATIM_C', null],
      ['CQ5', 'VERBATIM_C', 'subunit_rate']
    ])
    expect(cq2025[4]!.allowNotApplicable).toBe(true)

    // TT 23: 2019 and 2020 are closed on the shared set, so 2021 (open) moved to a copy with the gaps of §4 closed.
    const cq2019 = await t.call('criteria.list', { year: 2019, unitType: 'CO_QUAN' })
    const cq2021 = await t.call('criteria.list', { year: 2021, unitType: 'CO_QUAN' })
    expect(cq2019[0]!.text).toMatch(/ký cam kết giao ước thi đua …$/)
    expect(cq2021[0]!.text).toMatch(/ký cam kết giao ước thi đua thực hiện tốt các nội quy, quy chế và xây dựng cơ quan, doanh nghiệp đạt tiêu chuẩn “An toàn về ANTT”\.$/)
    expect(cq2021[0]!.id).not.toBe(cq2019[0]!.id)
  })
})
