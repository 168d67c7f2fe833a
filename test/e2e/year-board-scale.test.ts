import { afterAll, describe, expect, test } from 'vitest'
import { createCore } from '../../electron/core'
import { seedProvinceYear } from '../bench/ui/province-db'
import { makeTempDir } from '../helpers/temp-core'
import { VIRTUAL_ROW, jumpTo, rowsInView, rowsOnScreen } from '../helpers/virtual-table'
import { core } from './ward-seed'
import { closeBrowser, expectText, navigate, openApp, visible } from './harness'

afterAll(closeBrowser)

const YEAR = 2026

describe('a province-scale year board', () => {
  test('a drag to row 3,000 shows the server’s rows there, and rows chosen there (one, then a shift-click range) stay chosen after scrolling away and back; End reaches the last row', async () => {
    const dataDir = makeTempDir('antt-e2e-board-scale-')
    const seeding = createCore({ dataDir, appVersion: 'e2e' })
    await seedProvinceYear(seeding, 300, 5_000, YEAR)
    await seeding.close()

    const app = await openApp({ dataDir })
    const { page } = app
    await navigate(page, 'Năm đánh giá')
    const first = await core<{ total: number }>(app, 'board.list', { year: YEAR, sort: 'area', offset: 0, limit: 1 })
    await expectText(page.getByTestId('board-total'), first.total.toLocaleString('vi-VN'))
    await visible(page.locator(VIRTUAL_ROW).first())
    expect(await page.getByRole('grid').getAttribute('aria-rowcount')).toBe(String(first.total + 1))

    // The rows in view after the drag are the board's rows at those places, by the server's order.
    const target = 3_000
    const around = await core<{ rows: Array<{ id: number; unitName: string }> }>(app, 'board.list', { year: YEAR, sort: 'area', offset: target - 200, limit: 400 })
    await jumpTo(page, target / first.total)
    const settled = async () => {
      const rows = await rowsOnScreen(page)
      return !!rows && rows.length > 5 && rows.every((row) => row.text !== '…') && Math.abs(rows[0]!.index - target) < 100
    }
    await expect.poll(settled, { timeout: 10_000, message: 'rows near 3,000 on screen' }).toBe(true).catch(async (error: unknown) => {
      throw new Error(`${String(error)}; in view: ${await rowsInView(page)}`, { cause: error })
    })
    const inView = (await rowsOnScreen(page))!
    expect(inView.map((row) => row.text)).toEqual(inView.map((row) => around.rows[row.index - (target - 200)]!.unitName))

    // Choose the third row in view: the bulk bar counts it and its checkbox is on.
    const chosen = around.rows[inView[2]!.index - (target - 200)]!
    const box = page.getByRole('checkbox', { name: `Chọn ${chosen.unitName}`, exact: true })
    await box.click()
    await visible(page.getByTestId('bulk-toolbar').getByText('Đã chọn 1:'))
    expect(await page.locator(VIRTUAL_ROW, { has: box }).getAttribute('aria-selected')).toBe('true')
    // Shift and a click on the sixth row chooses the rows from the third to it, as in a spreadsheet.
    const sixth = around.rows[inView[5]!.index - (target - 200)]!
    await page.getByRole('checkbox', { name: `Chọn ${sixth.unitName}`, exact: true }).click({ modifiers: ['Shift'] })
    await visible(page.getByTestId('bulk-toolbar').getByText('Đã chọn 4:'))
    for (const row of inView.slice(2, 6)) expect(await page.locator(`${VIRTUAL_ROW}[aria-rowindex="${row.index + 2}"]`).getAttribute('aria-selected')).toBe('true')
    expect(await page.locator(`${VIRTUAL_ROW}[aria-rowindex="${inView[6]!.index + 2}"]`).getAttribute('aria-selected')).toBe('false')

    // Back to the top and down again: the choice is kept (it is the row's id, not its place on screen).
    await jumpTo(page, 0)
    await expect.poll(async () => (await rowsOnScreen(page))?.[0]?.index, { timeout: 10_000 }).toBe(0)
    await visible(page.getByTestId('bulk-toolbar').getByText('Đã chọn 4:'))
    await jumpTo(page, target / first.total)
    await expect.poll(() => box.isChecked(), { timeout: 10_000, message: 'the chosen row is still chosen' }).toBe(true)

    // From the keyboard: the grid takes focus and End goes to the last row, as in antd's table.
    await page.getByRole('grid').focus()
    await page.keyboard.press('End')
    const last = await core<{ rows: Array<{ unitName: string }> }>(app, 'board.list', { year: YEAR, sort: 'area', offset: first.total - 1, limit: 1 })
    await expect.poll(async () => (await rowsOnScreen(page))?.at(-1), { timeout: 10_000, message: 'the last row in view' }).toEqual({ index: first.total - 1, text: last.rows[0]!.unitName })
  })
})
