import { afterAll, describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { SESSION_KEY_HEADER } from '../../shared/api/web-session'
import type { AppStatus } from '../../shared/api/calls/app'
import { closeBrowser, openApp, visible } from './harness'

afterAll(closeBrowser)

/** app.status straight from the page, with the page's own per-launch key. */
async function appStatus(page: Page): Promise<AppStatus> {
  return page.evaluate(async (header) => {
    const headers = { [header]: window.sessionStorage.getItem('antt-desk-key') ?? '' }
    const response = await fetch('/api/app.status', { method: 'POST', headers, body: '{}' })
    return ((await response.json()) as { data: AppStatus }).data
  }, SESSION_KEY_HEADER)
}

describe('loading the sample shows its progress (issue 12 item 5, issue 11 item 19)', () => {
  test('“Dùng dữ liệu mẫu” counts its steps, app.status answers meanwhile, then the sample banner', async () => {
    const { page } = await openApp()
    await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click()
    await visible(page.getByTestId('sample-count'))
    expect(await page.getByTestId('sample-count').textContent()).toMatch(/^Đang nạp dữ liệu mẫu: [0-6]\/7 bước/)

    // Answered in the middle of the load: some sample rows are in, onboarding is not over yet. A load that held the
    // data file to the end would answer only after it, with onboarding over.
    let status = await appStatus(page)
    while (!status.hasSampleData) status = await appStatus(page)
    expect(status.needsOnboarding).toBe(true)

    await visible(page.getByTestId('sample-banner'))
    expect(await page.getByTestId('sample-progress').count()).toBe(0)
  })
})
