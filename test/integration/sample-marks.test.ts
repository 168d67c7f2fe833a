import { afterAll, beforeAll, expect, test } from 'vitest'
import { sampleRowQuery } from '../../electron/core/sample/sample-service'
import { seedProvinceYear } from '../bench/ui/province-db'
import { openTestCore, type TestCore } from '../helpers/temp-core'

let tc: TestCore
beforeAll(async () => {
  tc = openTestCore()
  await seedProvinceYear(tc.core, 20, 500, 2026)
})
afterAll(() => tc.close())

test('whether sample data is loaded is read from the partial indexes, not from every area and unit (issue 12)', async () => {
  const { sql, parameters } = sampleRowQuery(tc.core.ctx.db).compile()
  const plan = (tc.core.ctx.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...parameters) as Array<{ detail: string }>).map((row) => row.detail)
  expect(plan.some((step) => step.includes('admin_area_sample'))).toBe(true)
  expect(plan.some((step) => step.includes('unit_sample'))).toBe(true)
  // A scan of a partial index reads the sample rows only; a scan of the table would read them all.
  expect(plan.filter((step) => /^SCAN (admin_area|unit)\b/.test(step) && !step.includes('_sample'))).toEqual([])
  expect((await tc.call('app.status', {})).hasSampleData).toBe(false)
  tc.core.ctx.sqlite.prepare('UPDATE unit SET is_sample = 1 WHERE id = (SELECT max(id) FROM unit)').run()
  expect((await tc.call('app.status', {})).hasSampleData).toBe(true)
})
