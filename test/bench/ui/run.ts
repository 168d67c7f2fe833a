import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { chromium, type Browser, type Page } from 'playwright-core'
import { DATA_FILE_NAME } from '../../../electron/core'
import { likePattern } from '../../../shared/text/fold'
import { openCoreHost, type CoreHost } from '../../../electron/core/host'
import { startWebServer, type RunningServer } from '../../../electron/server/http-server'
import { chromiumPath } from '../../e2e/harness'
import { makeTempDir } from '../../helpers/temp-core'
import { VIRTUAL_ROW, jumpTo, rowsInView, rowsShown } from '../../helpers/virtual-table'
import { UI_BENCH_YEAR, writeProvinceDatabase } from './province-db'

/**
 * `npm run bench:ui`: what the user sees at province scale (3,000 communes, 50,000 units, one year of 53,000
 * unit-years) — the built renderer in real Chromium against the real core through the browser-mode server. Per page
 * and interaction: the median time until the content shows, the bytes of the responses it waited for and the core's
 * own time for those calls. Numbers only; the budget (300 ms, cold start 2 s) is read by people, not asserted.
 */
const RENDERER_DIR = path.resolve(import.meta.dirname, '../../../out/renderer')
const RUNS = Number(process.env.BENCH_UI_RUNS ?? 5)
/** `BENCH_UI_ONLY=Tổng quan,jump`: only the figures whose label contains one of these words. */
const ONLY = (process.env.BENCH_UI_ONLY ?? '').split(',').map((word) => word.trim()).filter(Boolean)
const SEARCH = 'dong hai 1'
const TARGET_ROW = 20_000
/** A step that has not shown its content by then has failed (printed, and the next step runs). */
const SETTLE_MS = 60_000
/** Rows either side of the jump's target that count as having reached it. */
const JUMP_SLACK = 400

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

/** Waits until every selector is visible and no API call is pending. */
async function settled(page: Page, inflight: () => number, selectors: string[], until?: () => Promise<boolean>): Promise<void> {
  for (const selector of selectors) await page.locator(selector).first().waitFor({ state: 'visible', timeout: SETTLE_MS })
  const deadline = Date.now() + SETTLE_MS
  for (;;) {
    if (inflight() === 0 && (!until || (await until()))) break
    if (Date.now() > deadline) throw new Error(`not settled: ${selectors.join(', ')}`)
    await new Promise((resolve) => setTimeout(resolve, 2))
  }
}

declare global {
  interface Window {
    /** The page's own record of what the user did and when the screen changed, in epoch milliseconds. */
    __shown?: { inputAt: number; mutations: number[]; frames: number[] }
  }
}

/**
 * Installed in every page before its scripts: the time of the user's last input (the event's own time stamp, so
 * Playwright's checks before it dispatches a click are not counted), the time of every change to the page, and every
 * frame. "Shown" is the frame after the last change that came before the content was seen complete — the screen
 * the user looks at — not the moment the bench's polling noticed it. A string, not a function: tsx wraps named
 * functions in a helper the page does not have.
 */
const RECORD_SHOWN = `(() => {
  const now = () => performance.timeOrigin + performance.now()
  const shown = { inputAt: 0, mutations: [], frames: [] }
  window.__shown = shown
  const input = (event) => { shown.inputAt = performance.timeOrigin + event.timeStamp }
  for (const type of ['pointerdown', 'pointerup', 'keydown']) document.addEventListener(type, input, { capture: true })
  new MutationObserver(() => shown.mutations.push(now())).observe(document, { subtree: true, childList: true, attributes: true, characterData: true })
  const frame = (at) => { shown.frames.push(performance.timeOrigin + at); requestAnimationFrame(frame) }
  requestAnimationFrame(frame)
})()`

/** Epoch ms of the frame that showed the page as it was when `settled` returned, and of the user's last input. */
async function shownAt(page: Page): Promise<{ shownAt: number; inputAt: number }> {
  return page.evaluate(async () => {
    const seenAt = performance.timeOrigin + performance.now()
    const shown = window.__shown!
    const lastChange = shown.mutations.filter((at) => at <= seenAt).at(-1) ?? 0
    // The second frame after the change: the first begins with the change still to draw, the second once it is drawn.
    for (;;) {
      const after = shown.frames.filter((at) => at > lastChange)
      if (after.length >= 2) return { shownAt: after[1]!, inputAt: shown.inputAt }
      await new Promise((resolve) => requestAnimationFrame(resolve))
    }
  })
}

/** Clears the page's record before a measured step. */
const resetShown = (page: Page) =>
  page.evaluate(() => {
    const shown = window.__shown!
    shown.inputAt = 0
    shown.mutations.length = 0
    shown.frames.length = 0
  })

/** Milliseconds from the user's last input to the frame that showed its result. */
async function sinceInput(page: Page): Promise<number> {
  const { shownAt: at, inputAt } = await shownAt(page)
  if (!inputAt) throw new Error('no input reached the page')
  return at - inputAt
}

interface PageSpec {
  label: string
  route: string
  ready: string[]
}

const PAGES: PageSpec[] = [
  { label: 'Tổng quan', route: '/tong-quan', ready: ['[data-testid=year-sentence]', '[data-testid=commune-cards]'] },
  { label: 'Địa bàn', route: '/dia-ban', ready: ['.ant-table-row'] },
  { label: 'Đơn vị', route: '/don-vi', ready: [VIRTUAL_ROW] },
  { label: 'Năm đánh giá', route: '/nam-danh-gia', ready: [VIRTUAL_ROW] },
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
  let failures = 0
  /** One figure: measured, printed at once; a failing step prints its failure and the next step runs. */
  const step = async (what: string, measure: () => Promise<{ samples: Sample[]; note?: string }>) => {
    if (ONLY.length > 0 && !ONLY.some((word) => what.includes(word))) return
    try {
      const { samples, note } = await measure()
      printFigure({ what, samples, note })
    } catch (error) {
      failures++
      printFailure(what, error)
    }
  }
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
    server = null
    host = null
  }
  const newPage = async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' })
    await context.addInitScript(RECORD_SHOWN)
    const page = await context.newPage()
    return { context, page, inflight: trackRequests(page) }
  }
  /** Runs `once` RUNS times, each on a fresh page that is closed whatever happens. */
  const repeat = async (once: (page: Page, inflight: () => number, run: number) => Promise<Sample>) => {
    const samples: Sample[] = []
    for (let i = 0; i < RUNS; i++) {
      const { context, page, inflight } = await newPage()
      try {
        samples.push(await once(page, inflight, i))
      } finally {
        await context.close()
      }
    }
    return samples
  }

  printHeader()
  try {
    // Cold start: open the data file, listen, load the app, show the dashboard.
    await step('start the app → Tổng quan', async () => {
      const listens: number[] = []
      const samples = await repeat(async (page, inflight) => {
        records.length = 0
        const t0 = performance.timeOrigin + performance.now()
        try {
          const running = await start()
          listens.push(performance.timeOrigin + performance.now() - t0)
          await page.goto(`${running.url}#/tong-quan`)
          await settled(page, inflight, PAGES[0]!.ready)
          return { ms: (await shownAt(page)).shownAt - t0, calls: [...records] }
        } finally {
          await stop()
        }
      })
      return { samples, note: `server listens after ${median(listens).toFixed(0)} ms` }
    })

    const running = await start()
    const dispatch = async <T>(name: string, input: unknown): Promise<T> => {
      const answer = await host!.dispatch(name, input)
      if (!answer.ok) throw new Error(answer.error.message)
      return answer.data as T
    }

    // Each page opened fresh (nothing cached), from Cài đặt.
    for (const spec of PAGES) {
      await step(`open ${spec.label}`, async () => ({
        samples: await repeat(async (page, inflight) => {
          await page.goto(`${running.url}#/cai-dat`)
          await settled(page, inflight, ['h1'])
          const link = page.getByRole('menu').getByRole('link', { name: spec.label, exact: true })
          await link.waitFor()
          await resetShown(page)
          records.length = 0
          await link.click()
          await settled(page, inflight, spec.ready)
          return { ms: await sinceInput(page), calls: [...records] }
        })
      }))
    }

    // Search: type the words, time from the last keystroke until the filtered rows show. Each run ends on another
    // digit, so its search is new to the core (the answers it keeps would otherwise make runs after the first free);
    // the expected totals are counted from the file directly, not through the core.
    const counted = new BetterSqlite3(path.join(dataDir, DATA_FILE_NAME), { readonly: true })
    const activeMatches = counted.prepare(`SELECT count(*) FROM unit WHERE active = 1 AND search_fold LIKE ? ESCAPE '\\'`).pluck()
    const yearMatches = counted.prepare(`SELECT count(*) FROM unit_year uy JOIN unit u ON u.id = uy.unit_id WHERE uy.year = ? AND u.search_fold LIKE ? ESCAPE '\\'`).pluck()
    const searches = Array.from({ length: RUNS }, (_, run) => `${SEARCH.slice(0, -1)}${run + 1}`)
    const typeSearch = (label: string, route: string, box: string, totalTestId: string, count: (search: string) => number) =>
      step(`type “${SEARCH.slice(0, -1)}1…${RUNS}” in ${label}`, async () => ({
        samples: await repeat(async (page, inflight, run) => {
          const search = searches[run]!
          const expectedTotal = count(search).toLocaleString('vi-VN')
          await page.goto(`${running.url}#${route}`)
          await settled(page, inflight, [VIRTUAL_ROW])
          const input = page.getByLabel(box)
          await input.click()
          // The words before the last key, answered (a user's next key comes after the box has settled and asked).
          const typedBefore = search.slice(0, -1)
          const totalBefore = count(typedBefore).toLocaleString('vi-VN')
          await input.pressSequentially(typedBefore)
          await settled(page, inflight, [VIRTUAL_ROW], async () => (await page.getByTestId(totalTestId).innerText()).trim() === totalBefore)
          await resetShown(page)
          records.length = 0
          await input.press(search.slice(-1))
          await settled(page, inflight, [VIRTUAL_ROW], async () => (await page.getByTestId(totalTestId).innerText()).trim() === expectedTotal)
          return { ms: await sinceInput(page), calls: [...records] }
        })
      }))
    await typeSearch('Đơn vị', '/don-vi', 'Tìm đơn vị', 'unit-total', (search) => activeMatches.get(likePattern(search)) as number)
    await typeSearch('Năm đánh giá', '/nam-danh-gia', 'Tìm trong năm đánh giá', 'board-total', (search) => yearMatches.get(UI_BENCH_YEAR, likePattern(search)) as number)
    counted.close()

    // Jump: drag the scrollbar of the registry to row 20,000 (by name), until the rows there show. One pixel of the
    // scrollbar is about a hundred rows, so "there" is the rows within a few pixels of the target.
    const firstByName = (await dispatch<{ rows: Array<{ name: string }> }>('units.list', { sort: 'name', limit: 1 })).rows[0]!.name
    const around = await dispatch<{ rows: Array<{ name: string }>; total: number }>('units.list', { sort: 'name', offset: TARGET_ROW - JUMP_SLACK, limit: 2 * JUMP_SLACK })
    const names = around.rows.map((row) => row.name)
    await step(`jump the registry to row ${TARGET_ROW.toLocaleString('vi-VN')}`, async () => ({
      samples: await repeat(async (page, inflight) => {
        await page.goto(`${running.url}#/don-vi`)
        await settled(page, inflight, [VIRTUAL_ROW])
        await page.getByLabel('Sắp xếp').click()
        await page.getByTitle('Xếp theo tên', { exact: true }).click()
        // The name order must be on screen before the drag: a drag over the old order is reset when it arrives.
        await settled(page, inflight, [VIRTUAL_ROW], () => rowsShown(page, [firstByName]))
        await resetShown(page)
        records.length = 0
        await jumpTo(page, TARGET_ROW / around.total)
        try {
          await settled(page, inflight, [VIRTUAL_ROW], () => rowsShown(page, names))
        } catch (error) {
          throw new Error(`${(error as Error).message}; rows in view: ${await rowsInView(page)}`, { cause: error })
        }
        return { ms: await sinceInput(page), calls: [...records] }
      })
    }))
  } finally {
    await stop()
    await browser.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
  if (failures > 0) process.exitCode = 1
}

const WHAT_WIDTH = 46

function printHeader(): void {
  console.log(`${'what the user does'.padEnd(WHAT_WIDTH)}  shown ms  responses  calls  core ms  slowest calls`)
}

/** One line per figure, printed as soon as it is measured: the median of the runs, the middle run's calls. */
function printFigure(figure: Figure): void {
  const ms = median(figure.samples.map((sample) => sample.ms))
  const calls = figure.samples[Math.floor(figure.samples.length / 2)]!.calls
  const bytes = calls.reduce((sum, call) => sum + call.bytes, 0)
  const coreMs = median(figure.samples.map((sample) => sample.calls.reduce((sum, call) => sum + call.ms, 0)))
  const slowest = [...calls].sort((a, b) => b.ms - a.ms).slice(0, 3).map((call) => `${call.name} ${call.ms.toFixed(0)} ms/${kb(call.bytes)}`)
  const detail = [figure.note, ...slowest].filter(Boolean).join('; ')
  console.log(`${figure.what.padEnd(WHAT_WIDTH)}  ${ms.toFixed(0).padStart(8)}  ${kb(bytes).padStart(9)}  ${String(calls.length).padStart(5)}  ${coreMs.toFixed(1).padStart(7)}  ${detail}`)
}

function printFailure(what: string, error: unknown): void {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
  console.log(`${what.padEnd(WHAT_WIDTH)}  FAILED: ${message}`)
}

const kb = (bytes: number) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} kB`)

void main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
