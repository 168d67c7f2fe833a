import { afterAll, describe, expect, test } from 'vitest'
import { closeBrowser, expectCount, navigate, openApp, visible } from './harness'
import { seedOffice, seedWard } from './ward-seed'

afterAll(closeBrowser)

describe('a first run on empty data (issue 11 item 15)', () => {
  test('a setup checklist shows what is done; “Mở năm” from it lands on the year board', async () => {
    const app = await openApp()
    const { page } = app
    await page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click()
    const checklist = page.getByTestId('setup-checklist')
    await visible(checklist.getByText('Còn 5/5 bước'))
    for (const key of ['office', 'signers', 'areas', 'units', 'year']) await visible(checklist.getByTestId(`setup-${key}`).getByText('Chưa xong'))

    // The office profile and its signers, then the ward and its units: each shows done.
    const { areaId } = await seedWard(app)
    await seedOffice(app, areaId)
    await page.reload()
    await visible(checklist.getByText('Còn 1/5 bước'))
    for (const key of ['office', 'signers', 'areas', 'units']) await visible(checklist.getByTestId(`setup-${key}`).getByText('Đã xong'))
    await visible(checklist.getByTestId('setup-year').getByText('Chưa xong'))

    await checklist.getByTestId('setup-year').getByRole('button', { name: 'Mở năm' }).click()
    const dialog = page.getByRole('dialog', { name: 'Mở năm đánh giá' })
    await dialog.getByLabel('Năm đánh giá', { exact: true }).fill('2026')
    await dialog.getByRole('button', { name: 'Mở năm' }).click()
    await visible(page.getByRole('heading', { name: 'Năm đánh giá 2026' }))
    expect(page.url()).toMatch(/#\/nam-danh-gia$/)
    await expect.poll(() => page.getByTestId('board-total').innerText()).toBe('7')

    await navigate(page, 'Tổng quan')
    await visible(page.getByRole('heading', { name: 'Tổng quan' }))
    await expectCount(page.getByTestId('setup-checklist'), 0)
  })

  test('the sample has no checklist', async () => {
    const app = await openApp()
    const { page } = app
    await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click()
    await visible(page.getByTestId('sample-banner'))
    await expectCount(page.getByTestId('setup-checklist'), 0)
  })
})
