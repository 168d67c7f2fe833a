import { afterAll, describe, expect, test } from 'vitest'
import { closeBrowser, navigate, expectCount, expectText, openApp, visible, type AppSession } from './harness'
import { VIRTUAL_ROW } from '../helpers/virtual-table'

afterAll(closeBrowser)

/** Types into a field the way Unikey leaves it: composed NFC text, typed key by key. */
async function typeInto(session: AppSession, label: string, text: string) {
  const field = session.page.getByLabel(label, { exact: true })
  await field.fill('')
  await field.pressSequentially(text)
  await expect.poll(() => field.inputValue()).toBe(text)
}

async function pickOption(session: AppSession, label: string, option: string) {
  // Type to filter, as a user would in a long list (the dropdown renders only what is in view).
  await session.page.getByLabel(label, { exact: true }).click()
  await session.page.keyboard.type(option)
  await session.page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click()
  const select = session.page.locator('.ant-select', { has: session.page.getByLabel(label, { exact: true }) })
  await expect.poll(() => select.innerText()).toContain(option)
}

describe('a new office worker keeps the registry', () => {
  test('starts empty, loads the sample, adds an area and units, searches, edits, deactivates, reloads', async () => {
    const app = await openApp()
    const { page } = app
    // First run: both choices are offered; the sample is chosen.
    await visible(page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }))
    await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click()
    await visible(page.getByTestId('sample-banner'))
    await visible(page.getByText('CÔNG AN THÀNH PHỐ VŨNG TÀU').first())

    // Add a ward on Địa bàn.
    await navigate(page, 'Địa bàn')
    await page.getByRole('button', { name: /Thêm địa bàn/ }).click()
    await typeInto(app, 'Tên địa bàn', 'Phường Phước Thắng')
    await page.getByRole('button', { name: 'Lưu' }).click()
    await visible(page.getByText('Đã thêm “Phường Phước Thắng”.'))

    // Add a khu dân cư in it; an empty name is refused at the field first.
    await navigate(page, 'Đơn vị')
    await page.getByRole('button', { name: /Thêm đơn vị \(Ctrl\+N\)/ }).click()
    await visible(page.getByRole('dialog', { name: 'Thêm đơn vị' }))
    await page.getByTestId('unit-save').click()
    await visible(page.getByText('Tên đơn vị không được để trống.'))
    await typeInto(app, 'Tên đơn vị', 'Khu phố Đồi Ngọc')
    await pickOption(app, 'Xã, phường nơi đóng trụ sở', 'Phường Phước Thắng')
    await page.getByLabel('Số hộ gia đình đang cư trú').fill('412')
    await page.getByTestId('unit-save').click()
    await visible(page.getByText('Đã thêm “Khu phố Đồi Ngọc”.'))

    // The same name again in the same ward is a duplicate (after folding): refused, nothing written.
    await page.getByRole('button', { name: /Thêm đơn vị \(Ctrl\+N\)/ }).click()
    await typeInto(app, 'Tên đơn vị', 'khu pho doi ngoc')
    await pickOption(app, 'Xã, phường nơi đóng trụ sở', 'Phường Phước Thắng')
    await page.getByTestId('unit-save').click()
    await visible(page.getByText(/Đã có đơn vị trùng tên “Khu phố Đồi Ngọc” tại Phường Phước Thắng/))
    await page.getByRole('button', { name: 'Hủy', exact: true }).click()

    // Search without diacritics, folding đ.
    await page.getByLabel('Tìm đơn vị').fill('doi ngoc')
    await expectCount(page.locator(VIRTUAL_ROW).filter({ hasText: 'Khu phố Đồi Ngọc' }), 1)
    await expectText(page.getByTestId('unit-total'), '1')
    await page.getByLabel('Tìm đơn vị').fill('phuong 1')
    await visible(page.locator(VIRTUAL_ROW).filter({ hasText: 'Phường 1' }).first())

    // Edit it.
    await page.getByLabel('Tìm đơn vị').fill('doi ngoc')
    await page.locator(VIRTUAL_ROW).filter({ hasText: 'Khu phố Đồi Ngọc' }).getByRole('button', { name: 'Sửa' }).click()
    await typeInto(app, 'Người đứng đầu', 'Nguyễn Thị Hường')
    await page.keyboard.press('Control+s')
    await visible(page.getByText('Đã lưu “Khu phố Đồi Ngọc”.'))
    await expectCount(page.locator(VIRTUAL_ROW).filter({ hasText: 'Nguyễn Thị Hường' }), 1)

    // Deactivate it: it leaves the active list and appears under "Ngừng hoạt động".
    await page.getByRole('button', { name: 'Thao tác khác với Khu phố Đồi Ngọc' }).click()
    await page.getByText('Ngừng hoạt động…').click()
    await page.getByRole('dialog').getByLabel('Lý do').fill('Sáp nhập vào khu phố khác')
    await page.getByRole('dialog').getByRole('button', { name: 'Ngừng hoạt động' }).click()
    await visible(page.getByText('Đã chuyển “Khu phố Đồi Ngọc” sang ngừng hoạt động.'))
    await expectText(page.getByTestId('unit-total'), '0')
    await page.getByText('Ngừng hoạt động', { exact: true }).first().click()
    await expectCount(page.locator(VIRTUAL_ROW).filter({ hasText: 'Khu phố Đồi Ngọc' }), 1)

    // Reload the app: everything is still there, read back from the SQLite file.
    await app.restart()
    await navigate(page, 'Đơn vị')
    await page.getByText('Tất cả', { exact: true }).click()
    await page.getByLabel('Tìm đơn vị').fill('doi ngoc')
    await expectCount(page.locator(VIRTUAL_ROW).filter({ hasText: 'Nguyễn Thị Hường' }), 1)
    await expectCount(page.locator(VIRTUAL_ROW).filter({ hasText: 'Ngừng hoạt động' }), 1)

    // The row's menu, one set of dialogs for the page: its history, back to active, and a delete refused (it has a year's record).
    const menu = () => page.getByRole('button', { name: 'Thao tác khác với Khu phố Đồi Ngọc' }).click()
    await menu()
    await page.getByText('Lịch sử thay đổi', { exact: true }).click()
    const history = page.getByRole('dialog', { name: 'Lịch sử thay đổi: Khu phố Đồi Ngọc' })
    await visible(history.getByText('Sáp nhập vào khu phố khác').first())
    await history.getByRole('button', { name: 'Đóng' }).click()
    await menu()
    await page.getByText('Hoạt động trở lại', { exact: true }).click()
    await visible(page.getByText('“Khu phố Đồi Ngọc” đã hoạt động trở lại.'))
    await expectCount(page.locator(VIRTUAL_ROW).filter({ hasText: 'Ngừng hoạt động' }), 0)
    await menu()
    await page.getByText('Xóa…', { exact: true }).click()
    const confirm = page.getByRole('dialog', { name: 'Xóa đơn vị “Khu phố Đồi Ngọc”?' })
    await visible(confirm.getByText('Đơn vị đã có hồ sơ năm đánh giá nên không xóa được; hãy chuyển sang “Ngừng hoạt động”.'))
    expect(await confirm.getByRole('button', { name: 'Xóa' }).isDisabled()).toBe(true)
    await confirm.getByRole('button', { name: 'Hủy' }).click()
    await expectCount(page.locator(VIRTUAL_ROW).filter({ hasText: 'Khu phố Đồi Ngọc' }), 1)
  })
})
