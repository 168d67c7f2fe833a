import { afterAll, describe, expect, test } from 'vitest'
import { createCore } from '../../electron/core'
import { seedProvince } from '../bench/registry'
import { makeTempDir } from '../helpers/temp-core'
import { closeBrowser, navigate, expectText, openApp, visible } from './harness'

afterAll(closeBrowser)

describe('a province-scale registry', () => {
  test('50,000 units: the table shows the total, renders only what is in view and loads more while scrolling', async () => {
    const dataDir = makeTempDir('antt-e2e-scale-')
    const seeding = createCore({ dataDir })
    seedProvince(seeding.ctx.sqlite, 3000, 50_000)
    await seeding.ctx.db.insertInto('app_meta').values({ key: 'onboarding_done', value: '1' }).execute()
    await seeding.close()

    const { page } = await openApp({ dataDir })
    await navigate(page, 'Đơn vị')
    await page.getByLabel('Sắp xếp').click()
    await page.getByTitle('Xếp theo tên', { exact: true }).click()
    await expectText(page.getByTestId('unit-total'), '49.000')
    await visible(page.locator('.ant-table-row'))
    // Virtualised: a few dozen rows in the DOM, not thousands.
    const rendered = await page.locator('.ant-table-row').count()
    expect(rendered).toBeGreaterThan(5)
    expect(rendered).toBeLessThan(100)

    // Scrolling to the end of the first 500 loads the next page.
    const holder = page.locator('.ant-table-tbody-virtual-holder')
    for (let i = 0; i < 3; i++) {
      await holder.hover()
      await page.mouse.wheel(0, 40_000)
      await page.waitForTimeout(150)
    }
    await expect
      .poll(async () => page.evaluate(() => (document.querySelector('.ant-table-tbody-virtual-holder > div') as HTMLElement | null)?.offsetHeight ?? 0), { timeout: 15_000 })
      .toBeGreaterThan(600 * 40)
  })
})
