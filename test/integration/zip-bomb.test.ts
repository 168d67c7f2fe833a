import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestCore, type TestCore } from '../helpers/temp-core'
import { asSource } from '../helpers/xlsx-fixtures'
import { makeXlsxBomb } from '../helpers/zip-bomb'

/**
 * No file freezes the core: a zip bomb is refused from its central directory (or, when the directory lies, while
 * inflating off the main thread), memory stays bounded, and other calls keep answering meanwhile.
 */
const RSS_BOUND_BYTES = 700 * 1024 * 1024
/** A bound on one concurrent call while the bomb is refused, not a speed measurement (that is in the bench). */
const STATUS_BOUND_MS = 200

let t: TestCore
beforeAll(async () => {
  t = openTestCore()
  await t.call('app.startEmpty', {})
  await t.call('years.open', { year: 2021 })
})
afterAll(async () => t.close())

/** Runs `work` while polling app.status; answers the slowest status answer and the highest RSS seen. */
async function whileAnswering(work: Promise<unknown>): Promise<{ slowestMs: number; peakRss: number; statusCalls: number }> {
  let done = false
  void work.finally(() => (done = true))
  let slowestMs = 0
  let peakRss = process.memoryUsage().rss
  let statusCalls = 0
  while (!done) {
    const started = performance.now()
    await t.call('app.status', {})
    slowestMs = Math.max(slowestMs, performance.now() - started)
    peakRss = Math.max(peakRss, process.memoryUsage().rss)
    statusCalls++
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  await work.catch(() => undefined)
  return { slowestMs, peakRss, statusCalls }
}

describe('a zip bomb as the Excel import', () => {
  for (const [label, lie] of [
    ['an honest central directory', false],
    ['a central directory that lies about the size', true]
  ] as const) {
    it(`is refused (${label}), memory stays bounded, app.status keeps answering`, async () => {
      const bomb = makeXlsxBomb(150, lie)
      expect(bomb.length).toBeLessThan(12_000_000)
      const preview = t.raw('exchange.importPreview', asSource(bomb, 'bom.xlsx'))
      const seen = await whileAnswering(preview)
      const envelope = await preview
      expect(envelope.ok).toBe(false)
      if (!envelope.ok) expect(envelope.error.message).toMatch(/quá lớn|bất thường/)
      expect(seen.peakRss).toBeLessThan(RSS_BOUND_BYTES)
      expect(seen.slowestMs).toBeLessThan(STATUS_BOUND_MS)
      expect(seen.statusCalls).toBeGreaterThan(0)
    })
  }

  it('the registration import is guarded the same way', async () => {
    const envelope = await t.raw('exchange.registrationPreview', { year: 2021, ...asSource(makeXlsxBomb(150), 'bom.xlsx') })
    expect(envelope.ok).toBe(false)
    if (!envelope.ok) expect(envelope.error.message).toMatch(/quá lớn|bất thường/)
  })
})
