import { afterAll, describe, expect, test } from 'vitest'
import { createCore } from '../../electron/core'
import { seedProvince } from '../bench/registry'
import { makeTempDir } from '../helpers/temp-core'
import { VIRTUAL_ROW, jumpTo, rowTextsInView, rowsInView, rowsOnScreen, rowsShown } from '../helpers/virtual-table'
import { core } from './ward-seed'
import { closeBrowser, navigate, expectText, openApp, visible } from './harness'

afterAll(closeBrowser)

describe('a province-scale registry', () => {
  test('50,000 units: the table shows the total, renders only what is in view, fills the rows scrolled to and jumps to row 20,000', async () => {
    const dataDir = makeTempDir('antt-e2e-scale-')
    const seeding = createCore({ dataDir })
    seedProvince(seeding.ctx.sqlite, 3000, 50_000)
    await seeding.ctx.db.insertInto('app_meta').values({ key: 'onboarding_done', value: '1' }).execute()
    await seeding.close()

    const app = await openApp({ dataDir })
    const { page } = app
    const asked: string[] = []
    page.on('request', (request) => asked.push(new URL(request.url()).pathname))
    await navigate(page, 'Đơn vị')
    await page.getByLabel('Sắp xếp').click()
    await page.getByTitle('Xếp theo tên', { exact: true }).click()
    await expectText(page.getByTestId('unit-total'), '49.000')
    await visible(page.locator(VIRTUAL_ROW))
    // Virtualised: a few dozen rows in the DOM, not thousands.
    const rendered = await page.locator(VIRTUAL_ROW).count()
    expect(rendered).toBeGreaterThan(5)
    expect(rendered).toBeLessThan(100)

    // The whole list is in the scrollbar at once; a wheel scroll past the first window fills the rows it shows.
    const holder = page.locator('.virtual-table')
    expect(await holder.locator('.virtual-table-body').evaluate((list) => (list as HTMLElement).offsetHeight)).toBeGreaterThan(49_000 * 30)
    expect(await holder.getAttribute('aria-rowcount')).toBe(String(49_000 + 1))
    for (let i = 0; i < 3; i++) {
      await holder.hover()
      await page.mouse.wheel(0, 4_000)
      await page.waitForTimeout(150)
    }
    await expect.poll(async () => filled(await rowTextsInView(page)), { timeout: 10_000, message: 'rows after the wheel filled' }).toBe(true)

    // A drag of the scrollbar to row 20,000 shows the rows there: the rows drawn ask for their own window, one
    // request at that offset, not every page before it (issue 12 item 2).
    const around = await core<{ rows: Array<{ name: string }>; total: number }>(app, 'units.list', { sort: 'name', offset: 19_600, limit: 800 })
    const names = around.rows.map((row) => row.name)
    const beforeJump = asked.length
    // A drag of 20 moves, as a hand makes it: the rows it passes on the way are not fetched, only where it rests.
    await jumpTo(page, 20_000 / around.total, 20)
    await expect.poll(() => rowsShown(page, names), { timeout: 10_000, message: 'rows near 20,000 on screen' }).toBe(true).catch(async (error: unknown) => {
      throw new Error(`${String(error)}; in view: ${await rowsInView(page)}`, { cause: error })
    })
    // Each row in view is the server's row at its place: the row at aria-rowindex n is units.list's row at offset n - 2.
    const inView = (await rowsOnScreen(page))!
    expect(Math.abs(inView[0]!.index - 20_000)).toBeLessThan(50)
    expect(inView.map((row) => row.text)).toEqual(inView.map((row) => names[row.index - 19_600]))
    // The windows where the drag rests (one or two; a slow machine may rest once on the way), not one per move.
    const windowsAsked = asked.slice(beforeJump).filter((path) => path === '/api/units.list').length
    expect(windowsAsked, 'the drag asks for the windows where it rests, not one per move').toBeLessThanOrEqual(4)

    // The commune filter asks the server for the names typed (folded), not for the whole list of 3,000 areas.
    const commune = 'Phường Đông Hải 2871'
    const area = (await core<{ rows: Array<{ id: number }> }>(app, 'areas.page', { search: commune, communesOnly: true, limit: 1 })).rows[0]!
    const inCommune = await core<{ total: number }>(app, 'units.list', { areaId: area.id, limit: 1 })
    const filter = page.getByLabel('Lọc theo xã, phường')
    await filter.click()
    await filter.pressSequentially('dong hai 2871')
    await page.getByTitle(commune, { exact: true }).click()
    await expectText(page.getByTestId('unit-total'), inCommune.total.toLocaleString('vi-VN'))
    // The chosen name stays in the filter once the list has closed.
    await expectText(page.locator('.ant-select', { has: filter }), commune)
    expect(asked.filter((path) => path === '/api/areas.list')).toEqual([])
  })
})

/** Rows on screen, none of them still a placeholder. */
const filled = (texts: string[] | null) => !!texts && texts.length > 5 && !texts.includes('…')
