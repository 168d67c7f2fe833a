import { afterAll, describe, expect, test } from 'vitest'
import { closeBrowser, navigate, openApp } from './harness'
import { seedOffice, seedWard } from './ward-seed'
import { VIRTUAL_ROW } from '../helpers/virtual-table'

afterAll(closeBrowser)

describe('the year chosen in the top bar is the year everywhere (issue 11 item 12)', () => {
  test('Văn bản opens on the chosen year; a dialog in a past year defaults its date inside that year', async () => {
    const app = await openApp()
    const { page } = app
    await page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click()
    const { areaId } = await seedWard(app, { year: 2024 })
    await seedOffice(app, areaId)
    await page.reload()
    await expect.poll(() => page.getByTestId('year-picker').innerText()).toMatch(/Năm 2024/)

    await navigate(page, 'Văn bản')
    await page.getByTestId('doc-kind-DOC-BC-KETQUA').click()
    await expect.poll(() => page.getByLabel('Năm đánh giá', { exact: true }).inputValue()).toBe('2024')

    await navigate(page, 'Năm đánh giá')
    await page.locator(VIRTUAL_ROW).filter({ hasText: 'Khu phố 1' }).locator('.ant-checkbox').click()
    await page.getByTestId('bulk-toolbar').getByRole('button', { name: 'Ghi nhận đăng ký' }).click()
    expect(await page.getByRole('dialog').getByLabel('Ngày đăng ký', { exact: true }).inputValue()).toBe('31/12/2024')
  })
})
