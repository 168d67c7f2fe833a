import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { openCoreHost, type CoreHost } from '../../../electron/core/host'
import { startWebServer, type RunningServer } from '../../../electron/server/http-server'
import { chromiumPath } from '../../e2e/harness'
import { makeTempDir } from '../../helpers/temp-core'
import { writeProvinceDatabase } from './province-db'

/**
 * `npm run bench:ui`: what the user sees at province scale (3,000 communes, 50,000 units, one year of 53,000
 * unit-years) — the built renderer in real Chromium against the real core through the browser-mode server. Per page
 * and interaction: the median time until the content shows, the bytes of the responses it waited for and the core's
 * own time for those calls. Numbers only; the budget (300 ms, cold start 2 s) is read by people, not asserted.
 */
const RENDERER_DIR = path.resolve(import.meta.dirname, '../../../out/renderer')
const RUNS = Number(process.env.BENCH_UI_RUNS ?? 5)
const SEARCH = 'dong hai 1'
const TARGET_ROW = 20_000

interface CallRecord {
  name: string
  ms: number
  bytes: number
}

/** The host the server talks to, with every call's own time and answer size written down. */
function recordingHost(host: CoreHost, records: CallRecord[]): CoreHost {
  return {
    get core() {
      return host.core
    },
    get startupError() {
      return host.startupError
    },
    async dispatch(name, input) {
      const start = performance.now()
      const answer = await host.dispatch(name, input)
      records.push({ name, ms: performance.now() - start, bytes: Buffer.byteLength(JSON.stringify(answer)) })
      return answer
    },
    close: () => host.close()
  }
}

interface Sample {
  ms: number
  calls: CallRecord[]
}

interface Figure {
  what: string
  samples: Sample[]
  note?: string
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

/** Counts the page's API requests still in flight, so "shown" means every answer the view waits for is drawn. */
function trackRequests(page: Page): () => number {
  let inflight = 0
  const isApi = (url: string) => new URL(url).pathname.startsWith('/api/')
  page.on('request', (request) => {
    if (isApi(request.url())) inflight++
  })
  const done = (request: { url(): string }) => {
    if (isApi(request.url())) inflight--
  }
  page.on('requestfinished', done)
  page.on('requestfailed', done)
  return () => inflight
}

/** Waits until every selector is visible and no API call is pending, then for the frame to be painted. */
async function settled(page: Page, inflight: () => number, selectors: string[], until?: () => Promise<boolean>): Promise<void> {
  for (const selector of selectors) await page.locator(selector).first().waitFor({ state: 'visible', timeout: 300_000 })
  const deadline = Date.now() + 300_000
  for (;;) {
    if (inflight() === 0 && (!until || (await until()))) break
    if (Date.now() > deadline) throw new Error(`not settled: ${selectors.join(', ')}`)
    await new Promise((resolve) => setTimeout(resolve, 2))
  }
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))))
}

interface PageSpec {
  label: string
  route: string
  ready: string[]
}

const PAGES: PageSpec[] = [
  { label: 'Tổng quan', route: '/tong-quan', ready: ['[data-testid=year-sentence]', '[data-testid=commune-cards]'] },
  { label: 'Địa bàn', route: '/dia-ban', ready: ['.ant-table-row'] },
  { label: 'Đơn vị', route: '/don-vi', ready: ['.ant-table-row'] },
  { label: 'Năm đánh giá', route: '/nam-danh-gia', ready: ['.ant-table-row'] },
  { label: 'Sao lưu', route: '/sao-luu', ready: ['[data-testid=backup-list]'] },
  { label: 'Nhật ký', route: '/nhat-ky', ready: ['[data-testid=audit-table]'] }
]

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) throw new Error('The renderer is not built: run "npm run build" first.')
  const dataDir = makeTempDir('antt-bench-ui-')
  console.error('… writing the province database (3,000 communes, 50,000 units, one year)')
  await writeProvinceDatabase(dataDir)
  const browser: Browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run']
  })
  const records: CallRecord[] = []
  const figures: Figure[] = []
  let host: CoreHost | null = null
  let server: RunningServer | null = null
  const start = async () => {
    host = recordingHost(openCoreHost({ dataDir, appVersion: 'bench' }), records)
    server = await startWebServer({ host, staticDir: RENDERER_DIR, port: 0, dataDir })
    return server
  }
  const stop = async () => {
    await server?.close()
    await host?.close()
  }
  const newPage = async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' })
    const page = await context.newPage()
    return { context, page, inflight: trackRequests(page) }
  }

  try {
    // Cold start: open the data file, listen, load the app, show the dashboard.
    const cold: Sample[] = []
    const listens: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const { context, page, inflight } = await newPage()
      records.length = 0
      const t0 = performance.now()
      const running = await start()
      listens.push(performance.now() - t0)
      await page.goto(`${running.url}#/tong-quan`)
      await settled(page, inflight, PAGES[0]!.ready)
      cold.push({ ms: performance.now() - t0, calls: [...records] })
      await context.close()
      await stop()
    }
    figures.push({ what: 'start the app → Tổng quan', samples: cold, note: `server listens after ${median(listens).toFixed(0)} ms` })

    const running = await start()
    const core = (host as CoreHost | null)!.core!
    void core

    // Each page opened fresh (nothing cached), from Cài đặt.
    for (const spec of PAGES) {
      const samples: Sample[] = []
      for (let i = 0; i < RUNS; i++) {
        const { context, page, inflight } = await newPage()
        await page.goto(`${running.url}#/cai-dat`)
        await settled(page, inflight, ['h1'])
        records.length = 0
        const t0 = performance.now()
        await page.getByRole('menu').getByRole('link', { name: spec.label, exact: true }).click()
        await settled(page, inflight, spec.ready)
        samples.push({ ms: performance.now() - t0, calls: [...records] })
        await context.close()
      }
      figures.push({ what: `open ${spec.label}`, samples })
    }

    const dispatch = async <T>(name: string, input: unknown): Promise<T> => {
      const answer = await host!.dispatch(name, input)
      if (!answer.ok) throw new Error(answer.error.message)
      return answer.data as T
    }

    // Search: type the words, time from the last keystroke until the filtered rows show.
    const expected = await dispatch<{ total: number; rows: Array<{ name: string }> }>('units.list', { search: SEARCH, sort: 'area', limit: 1 })
    const expectedTotal = expected.total.toLocaleString('vi-VN')
    const searchSamples: Sample[] = []
    for (let i = 0; i < RUNS; i++) {
      const { context, page, inflight } = await newPage()
      await page.goto(`${running.url}#/don-vi`)
      await settled(page, inflight, ['.ant-table-row'])
      const box = page.getByLabel('Tìm đơn vị')
      await box.click()
      await box.pressSequentially(SEARCH.slice(0, -1))
      records.length = 0
      const t0 = performance.now()
      await box.press(SEARCH.slice(-1))
      await settled(page, inflight, ['.ant-table-row'], async () => (await page.getByTestId('unit-total').innerText()).trim() === expectedTotal)
      searchSamples.push({ ms: performance.now() - t0, calls: [...records] })
      await context.close()
    }
    figures.push({ what: `type “${SEARCH}” in Đơn vị → ${expectedTotal} rows`, samples: searchSamples })

    // Jump: drag the scrollbar of the registry to row 20,000 (by name), until the rows there show.
    const around = await dispatch<{ rows: Array<{ name: string }>; total: number }>('units.list', { sort: 'name', offset: TARGET_ROW - 40, limit: 80 })
    const names = around.rows.map((row) => row.name)
    const jumpSamples: Sample[] = []
    for (let i = 0; i < RUNS; i++) {
      const { context, page, inflight } = await newPage()
      await page.goto(`${running.url}#/don-vi`)
      await settled(page, inflight, ['.ant-table-row'])
      await page.getByLabel('Sắp xếp').click()
      await page.getByTitle('Xếp theo tên', { exact: true }).click()
      await settled(page, inflight, ['.ant-table-row'], async () => (await page.locator('.ant-table-row').first().innerText()).includes('Đơn vị') || true)
      records.length = 0
      const t0 = performance.now()
      await jumpTo(page, TARGET_ROW / around.total, names)
      await settled(page, inflight, ['.ant-table-row'], () => rowsShown(page, names))
      jumpSamples.push({ ms: performance.now() - t0, calls: [...records] })
      await context.close()
    }
    figures.push({ what: `jump the registry to row ${TARGET_ROW.toLocaleString('vi-VN')}`, samples: jumpSamples })
  } finally {
    await stop()
    await browser.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
  print(figures)
}

/** True when one of the expected rows is on screen and no row in view is still a placeholder. */
async function rowsShown(page: Page, names: string[]): Promise<boolean> {
  return page.evaluate((expected) => {
    const holder = document.querySelector('.ant-table-tbody-virtual-holder')
    if (!holder) return false
    const view = holder.getBoundingClientRect()
    const rows = [...document.querySelectorAll<HTMLElement>('.ant-table-row')].filter((row) => {
      const box = row.getBoundingClientRect()
      return box.bottom > view.top && box.top < view.bottom
    })
    if (rows.some((row) => row.dataset.placeholder === 'true')) return false
    return rows.some((row) => expected.some((name) => row.innerText.includes(name)))
  }, names)
}

/**
 * Drags the scrollbar thumb to `fraction` of the list. A list that only knows the rows loaded so far has a short
 * scroll range: the drag is repeated to the end until the wanted rows are there (what the user has to do).
 */
async function jumpTo(page: Page, fraction: number, names: string[]): Promise<void> {
  const deadline = Date.now() + 120_000
  for (;;) {
    const thumb = page.locator('.ant-table-tbody-virtual-scrollbar-vertical .ant-table-tbody-virtual-scrollbar-thumb')
    const track = page.locator('.ant-table-tbody-virtual-scrollbar-vertical')
    const thumbBox = await thumb.boundingBox()
    const trackBox = await track.boundingBox()
    if (!thumbBox || !trackBox) throw new Error('no virtual scrollbar')
    const total = await page.evaluate(() => (document.querySelector('.ant-table-tbody-virtual-holder-inner') as HTMLElement | null)?.offsetHeight ?? 0)
    const full = await page.evaluate(() => document.querySelector('[data-virtual-total]')?.getAttribute('data-virtual-total') ?? null)
    const to = full !== null ? fraction : 1
    await page.mouse.move(thumbBox.x + thumbBox.width / 2, thumbBox.y + thumbBox.height / 2)
    await page.mouse.down()
    await page.mouse.move(thumbBox.x + thumbBox.width / 2, trackBox.y + (trackBox.height - thumbBox.height) * to + thumbBox.height / 2, { steps: 2 })
    await page.mouse.up()
    if (await rowsShown(page, names)) return
    if (full !== null) return
    void total
    if (Date.now() > deadline) throw new Error('row never reached')
    await page.waitForTimeout(50)
  }
}

function print(figures: Figure[]): void {
  const rows = figures.map((figure) => {
    const ms = median(figure.samples.map((sample) => sample.ms))
    const calls = figure.samples[Math.floor(figure.samples.length / 2)]!.calls
    const bytes = calls.reduce((sum, call) => sum + call.bytes, 0)
    const coreMs = median(figure.samples.map((sample) => sample.calls.reduce((sum, call) => sum + call.ms, 0)))
    const slowest = [...calls].sort((a, b) => b.ms - a.ms).slice(0, 3).map((call) => `${call.name} ${call.ms.toFixed(0)} ms/${kb(call.bytes)}`)
    return { what: figure.what, ms, bytes, coreMs, calls: calls.length, detail: [figure.note, ...slowest].filter(Boolean).join('; ') }
  })
  const width = Math.max(...rows.map((row) => row.what.length))
  console.log(`${'what the user does'.padEnd(width)}  shown ms  responses  calls  core ms  slowest calls`)
  for (const row of rows) {
    console.log(`${row.what.padEnd(width)}  ${row.ms.toFixed(0).padStart(8)}  ${kb(row.bytes).padStart(9)}  ${String(row.calls).padStart(5)}  ${row.coreMs.toFixed(1).padStart(7)}  ${row.detail}`)
  }
}

const kb = (bytes: number) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} kB`)

void main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
