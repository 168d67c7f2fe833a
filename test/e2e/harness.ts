import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type Locator, type Page } from 'playwright-core'
import { expect, onTestFinished } from 'vitest'
import type { Core } from '../../electron/core'
import { openCoreHost, type CoreHost } from '../../electron/core/host'
import { startWebServer, type RunningServer } from '../../electron/server/http-server'
import { makeTempDir } from '../helpers/temp-core'

const RENDERER_DIR = path.resolve(import.meta.dirname, '../../out/renderer')

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[]
  const found = candidates.find((candidate) => fs.existsSync(candidate))
  if (!found) throw new Error('Chromium not found: install the Debian package "chromium" (.ci/run does).')
  return found
}

export interface AppSession {
  page: Page
  url: string
  dataDir: string
  core: Core | null
  /** Restarts the server on the same data folder (a "reload the app" as the user would). */
  restart(): Promise<void>
  close(): Promise<void>
}

async function startServer(dataDir: string): Promise<{ host: CoreHost; server: RunningServer }> {
  const host = openCoreHost({ dataDir, appVersion: 'e2e' })
  const server = await startWebServer({ host, staticDir: RENDERER_DIR, port: 0, dataDir })
  return { host, server }
}

let browser: Browser | null = null

async function sharedBrowser(): Promise<Browser> {
  browser ??= await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run'
    ]
  })
  return browser
}

/** The built renderer against the real core on a temp database, in a real headless Chromium at 1366×768. */
export async function openApp(options: { dataDir?: string; initScript?: string } = {}): Promise<AppSession> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error('The renderer is not built: run "npm run build" first (npm test does).')
  }
  const dataDir = options.dataDir ?? makeTempDir('antt-e2e-')
  let running = await startServer(dataDir)
  const context = await (await sharedBrowser()).newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' })
  // E.g. a fake `window.desktop`, to drive the renderer's desktop mode in the browser.
  if (options.initScript) await context.addInitScript(options.initScript)
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  await page.goto(running.server.url)
  let closed = false
  const session: AppSession = {
    page,
    get url() {
      return running.server.url
    },
    dataDir,
    get core() {
      return running.host.core
    },
    async restart() {
      await running.server.close()
      await running.host.close()
      running = await startServer(dataDir)
      await page.goto(running.server.url)
    },
    async close() {
      if (closed) return
      closed = true
      await context.close()
      await running.server.close()
      await running.host.close()
    }
  }
  // Closed when the test ends; a failing test first leaves a picture of what the user saw in test-results/.
  onTestFinished(async ({ task }) => {
    if (task.result?.state === 'fail') {
      const name = task.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80)
      const file = path.resolve(import.meta.dirname, '../../test-results', `${name}.png`)
      fs.mkdirSync(path.dirname(file), { recursive: true })
      await page.screenshot({ path: file }).catch(() => undefined)
      console.error(`Ảnh màn hình khi lỗi: ${file}`)
    }
    await session.close()
  })
  return session
}

export async function closeBrowser(): Promise<void> {
  await browser?.close()
  browser = null
}

/** Waits until the locator is visible (fails the test after the page's timeout). */
export async function visible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible' })
}

/** Polls until the locator matches exactly `count` elements. */
export async function expectCount(locator: Locator, count: number): Promise<void> {
  await expect.poll(() => locator.count(), { timeout: 15_000 }).toBe(count)
}

/** Polls until the element's visible text equals `text`. */
export async function expectText(locator: Locator, text: string): Promise<void> {
  await expect.poll(async () => (await locator.first().innerText()).trim(), { timeout: 15_000 }).toBe(text)
}

/** Opens a page from the left navigation, as a user clicks it (only menu links, exact label). */
export async function navigate(page: Page, label: string): Promise<void> {
  await page.getByRole('menu').getByRole('link', { name: label, exact: true }).click()
}
