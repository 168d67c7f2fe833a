import { afterAll, describe, expect, test } from 'vitest'
import { closeBrowser, navigate, openApp, visible } from './harness'

afterAll(closeBrowser)

describe('a signer who signs in their own name (issue 11 item 8)', () => {
  test('“Ký trực tiếp (không ghi thẩm quyền)” is saved without an authority line', async () => {
    const app = await openApp()
    const { page } = app
    await page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click()
    await navigate(page, 'Cài đặt')
    await page.getByRole('tab', { name: 'Người ký' }).click()
    await page.getByRole('button', { name: /Thêm người ký/ }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('Họ và tên người ký').fill('Lê Văn Minh')
    await dialog.getByLabel('Thẩm quyền ký').click()
    await page.locator('.ant-select-item-option').filter({ hasText: 'Ký trực tiếp (không ghi thẩm quyền)' }).click()
    await dialog.getByLabel('Chức vụ người ký').fill('TRƯỞNG CÔNG AN PHƯỜNG')
    await dialog.getByRole('button', { name: 'Lưu' }).click()
    await visible(page.getByText('Đã thêm người ký.'))
    const row = app.core!.ctx.sqlite.prepare('SELECT authority_prefix, authority_line, title_line FROM signer').get()
    expect(row).toEqual({ authority_prefix: '', authority_line: null, title_line: 'TRƯỞNG CÔNG AN PHƯỜNG' })
  })
})
