import { afterAll, describe, expect, test } from 'vitest'
import { closeBrowser, navigate, openApp, visible } from './harness'
import { core } from './ward-seed'

afterAll(closeBrowser)

describe('Cài đặt → Căn cứ pháp lý: the citations the documents print (issue 8 item 4)', () => {
  test('each citation with number, date, issuer and trích yếu; an unverified one is marked and editable; one without a date is refused at the field', async () => {
    const app = await openApp()
    const { page } = app
    await page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click()
    await navigate(page, 'Cài đặt')
    await page.getByRole('tab', { name: 'Căn cứ pháp lý' }).click()
    const table = page.getByTestId('law-settings')
    const tt124 = table.locator('tr').filter({ hasText: 'Thông tư số 124/2021/TT-BCA' })
    await visible(tt124.getByText('28/12/2021'))
    await visible(tt124.getByText('Bộ trưởng Bộ Công an'))
    await visible(tt124.getByText('Đã xác minh'))
    await expect.poll(() => tt124.getByRole('button', { name: /Sửa/ }).count()).toBe(0)
    const tt48 = table.locator('tr').filter({ hasText: 'Thông tư số 48/2025/TT-BCA' })
    await visible(tt48.getByText('Chưa xác minh'))
    await visible(table.locator('tr').filter({ hasText: 'Luật Tổ chức chính quyền địa phương số 72/2025/QH15' }).getByText('Chưa xác minh'))

    // No date: refused at the field with the NĐ 30 rule, nothing saved.
    await tt48.getByRole('button', { name: 'Sửa căn cứ 48/2025/TT-BCA' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('button', { name: 'Lưu' }).click()
    await visible(dialog.locator('.ant-form-item').filter({ hasText: 'Ngày ban hành' }).getByText(/thiếu ngày ban hành: theo Nghị định số 30\/2020\/NĐ-CP/))
    const stored = async () => (await core<{ citations: { shipped: string; status: string; date: string | null }[] }>(app, 'law.get', {})).citations.find((c) => c.shipped === '48/2025/TT-BCA')!
    expect(await stored()).toMatchObject({ status: 'U', date: null })

    // The office types the date from its copy of the circular: stored, shown as entered by the office.
    await dialog.getByLabel('Ngày ban hành', { exact: true }).fill('01/07/2025')
    await dialog.getByRole('button', { name: 'Lưu' }).click()
    await visible(tt48.getByText('01/07/2025'))
    await visible(tt48.getByText('Cơ quan đã nhập (chưa xác minh)'))
    expect(await stored()).toMatchObject({ status: 'OFFICE_ENTERED', date: '2025-07-01' })

    // The two choices of the office are on the same page; the commune authority says it is unverified.
    await visible(page.getByText('Cơ quan công nhận xã, phường, đặc khu từ năm 2025'))
    await visible(page.getByText('UBND cấp tỉnh (chưa xác minh)'))
  })
})
