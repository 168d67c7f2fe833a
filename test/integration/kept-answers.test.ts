import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { ApiHandlers, CallInput, CallName, CallOutput } from '../../shared/api/contract'
import { ApiError } from '../../shared/api/errors'
import { DATA_FILE_NAME } from '../../electron/core'
import { implementedCalls } from '../../electron/core/api'
import { getDashboard } from '../../electron/core/cycle/dashboard'
import { dispatch } from '../../electron/core/dispatch'
import { keepAnswersUntilWrite } from '../../electron/core/kept-answers'
import { seedProvinceYear } from '../bench/ui/province-db'
import { openTestCore, type TestCore } from '../helpers/temp-core'

const YEAR = 2026
let today = new Date('2026-12-02T03:00:00Z')
let tc: TestCore
/** Times the real handlers computed an answer: a kept answer computes nothing. */
let computed = 0
let handlers: ApiHandlers

beforeAll(async () => {
  tc = openTestCore({ now: () => today })
  await seedProvinceYear(tc.core, 8, 200, YEAR)
  // The core's own handlers, each call counted, behind the same keeping the core puts in front of them.
  const counted = Object.fromEntries(
    Object.entries(implementedCalls(tc.core.ctx)).map(([name, handler]) => [name, (input: unknown) => (computed++, (handler as (input: unknown) => unknown)(input))])
  ) as unknown as ApiHandlers
  handlers = keepAnswersUntilWrite(tc.core.ctx, counted)
})
afterAll(() => tc.close())

async function call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const envelope = await dispatch(handlers, name, input)
  if (!envelope.ok) throw new ApiError(envelope.error)
  return envelope.data as CallOutput<N>
}

const computedDuring = async (ask: () => Promise<unknown>) => {
  const before = computed
  await ask()
  return computed - before
}

describe('the dashboard sums are kept until the data changes (issue 12)', () => {
  test('a second visit answers from memory, the same answer', async () => {
    const first = await call('dashboard.get', { year: YEAR })
    const asked = await computedDuring(() => call('dashboard.get', { year: YEAR }))
    expect(asked).toBe(0)
    expect(await call('dashboard.get', { year: YEAR })).toEqual(first)
    expect(await computedDuring(() => call('dashboard.areaProgress', { year: YEAR, offset: 0, limit: 10 }))).toBeGreaterThan(0)
    expect(await computedDuring(() => call('dashboard.areaProgress', { year: YEAR, offset: 0, limit: 10 }))).toBe(0)
    // Another page is another answer.
    expect(await computedDuring(() => call('dashboard.areaProgress', { year: YEAR, offset: 10, limit: 10 }))).toBeGreaterThan(0)
  })

  test('a write through a call is seen at once', async () => {
    const before = await call('dashboard.get', { year: YEAR })
    const board = await call('board.list', { year: YEAR, status: 'CHUA_DANG_KY', sort: 'area', offset: 0, limit: 3 })
    expect(board.rows.length).toBe(3)
    await call('unitYears.act', { ids: board.rows.map((row) => row.id), action: 'REGISTER', date: `${YEAR}-03-20`, confirmed: true })
    const after = await call('dashboard.get', { year: YEAR })
    const registered = (answer: typeof before) => answer.byType.reduce((sum, row) => sum + row.current.registered, 0)
    expect(registered(after)).toBe(registered(before) + 3)
    expect(after).toEqual(await getDashboard(tc.core.ctx, YEAR))
  })

  test('a write by another connection to the file is seen at once', async () => {
    const before = await call('dashboard.get', { year: YEAR })
    const other = new Database(path.join(tc.dataDir, DATA_FILE_NAME))
    try {
      other.prepare(`UPDATE unit_year SET status = 'DA_CONG_NHAN', outcome = 'DA_CONG_NHAN', decision_on = '${YEAR}-11-25' WHERE id = (SELECT min(id) FROM unit_year WHERE year = ? AND status = 'DA_NOP_HO_SO')`).run(YEAR)
    } finally {
      other.close()
    }
    const after = await call('dashboard.get', { year: YEAR })
    const recognised = (answer: typeof before) => answer.byType.reduce((sum, row) => sum + row.current.recognised, 0)
    expect(recognised(after)).toBe(recognised(before) + 1)
  })

  test('a write while the sums are computed is not hidden by them', async () => {
    const board = await call('board.list', { year: YEAR, status: 'CHUA_DANG_KY', sort: 'area', offset: 0, limit: 1 })
    const [during] = await Promise.all([
      call('dashboard.get', { year: YEAR }),
      call('unitYears.act', { ids: [board.rows[0]!.id], action: 'REGISTER', date: `${YEAR}-03-21`, confirmed: true })
    ])
    expect(during).toBeDefined()
    expect(await call('dashboard.get', { year: YEAR })).toEqual(await getDashboard(tc.core.ctx, YEAR))
  })

  test('a new day computes again: what is due soon depends on today', async () => {
    await call('dashboard.get', { year: YEAR })
    expect(await computedDuring(() => call('dashboard.get', { year: YEAR }))).toBe(0)
    today = new Date('2026-12-03T03:00:00Z')
    expect(await computedDuring(() => call('dashboard.get', { year: YEAR }))).toBeGreaterThan(0)
    expect(await call('dashboard.get', { year: YEAR })).toEqual(await getDashboard(tc.core.ctx, YEAR))
  })
})
