import { afterAll, describe, expect, test } from 'vitest'
import { closeBrowser, navigate, openApp, visible } from './harness'
import { seedWard, unitYearColumn, unitYearId } from './ward-seed'

afterAll(closeBrowser)

describe('unsaved edits on the unit-year page are not dropped without a word (issue 11 item 4)', () => {
  test('leaving by the menu asks first; a reload asks through the browser; once saved, leaving is free', async () => {
    const app = await openApp()
    const { page } = app
    await page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click()
    await seedWard(app, { year: 2026 })
    const id = unitYearId(app, 'Khu phố 1', 2026)
    await page.goto(`${app.url}#/nam-danh-gia/${id}`)
    await visible(page.getByTestId('unit-year-title'))
    await page.locator('textarea#notes').fill('Ghi chú chưa lưu')

    await navigate(page, 'Đơn vị')
    const ask = page.getByRole('dialog').filter({ hasText: 'Có thay đổi chưa lưu' })
    await visible(ask)
    await ask.getByRole('button', { name: 'Ở lại trang' }).click()
    expect(page.url()).toContain(`#/nam-danh-gia/${id}`)
    expect(await page.locator('textarea#notes').inputValue()).toBe('Ghi chú chưa lưu')

    // A reload: the browser's own “leave the page?” question; declined, the edit is still there.
    let asked = ''
    page.once('dialog', (dialog) => {
      asked = dialog.type()
      void dialog.dismiss()
    })
    await page.reload({ timeout: 3_000 }).catch(() => undefined)
    expect(asked).toBe('beforeunload')
    expect(await page.locator('textarea#notes').inputValue()).toBe('Ghi chú chưa lưu')

    // The back link asks too; agreeing leaves without saving.
    await page.getByRole('link', { name: '← Năm đánh giá 2026' }).click()
    await ask.getByRole('button', { name: 'Rời trang, bỏ thay đổi' }).click()
    await visible(page.locator('[data-testid="board-total"]'))
    expect(unitYearColumn(app, id, 'notes')).toBeNull()

    // Saved edits leave without a question.
    await page.goto(`${app.url}#/nam-danh-gia/${id}`)
    await page.locator('textarea#notes').fill('Đã lưu rồi')
    await page.keyboard.press('Control+s')
    await visible(page.getByText('Đã lưu.'))
    await navigate(page, 'Đơn vị')
    await visible(page.getByRole('heading', { name: 'Đơn vị' }))
    expect(unitYearColumn(app, id, 'notes')).toBe('Đã lưu rồi')
  })
})
