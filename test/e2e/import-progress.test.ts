import { afterAll, describe, test } from 'vitest'
import { makeXlsx, UNIT_HEADERS } from '../helpers/xlsx-fixtures'
import { closeBrowser, navigate, openApp, visible } from './harness'

afterAll(closeBrowser)

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const ROWS = 10_000
const WARDS = 20

describe('a large import shows its count while it writes (issue 12 item 5)', () => {
  test('10,000 units: “Đã ghi …/10.000 dòng” while importing, then the summary', async () => {
    const app = await openApp()
    const { page } = app
    try {
      await page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click()
      const handlers = app.core!.handlers
      const city = await handlers['areas.create']({ name: 'Thành phố Vũng Tàu', kind: 'HUYEN', parentId: null, officialCode: null, sortOrder: null, note: null })
      for (let i = 1; i <= WARDS; i++) {
        await handlers['areas.create']({ name: `Phường ${i}`, kind: 'PHUONG', parentId: city.id, officialCode: null, sortOrder: i, note: null })
      }
      const rows: unknown[][] = [UNIT_HEADERS]
      for (let i = 1; i <= ROWS; i++) rows.push([`Khu phố ${i}`, 'Khu dân cư', `Phường ${(i % WARDS) + 1}`, 100 + (i % 300), null, '05/03/2021'])
      const file = await makeXlsx({ 'Đơn vị': rows })

      await navigate(page, 'Nhập / Xuất')
      await page.getByTestId('import-wizard').locator('input[type=file]').setInputFiles({ name: 'khu-pho.xlsx', mimeType: XLSX, buffer: file })
      await page.getByRole('button', { name: 'Tiếp tục' }).click({ timeout: 60_000 })
      await visible(page.getByTestId('import-ready').getByText('Không có lỗi: 0 địa bàn và 10.000 đơn vị mới sẽ được nhập.'))
      await page.getByRole('button', { name: 'Nhập vào danh sách' }).click()

      // While the core writes: the count of rows written, with the total, as Vietnamese numbers.
      await visible(page.getByTestId('import-count').getByText(/^Đã ghi [1-9][\d.]*\/10\.000 dòng$/))
      await visible(page.getByRole('button', { name: 'Hủy nhập' }))
      // Then the summary, and the wizard is back at its first step.
      await page.getByText('Đã nhập: 0 địa bàn, 10.000 đơn vị mới; cập nhật 0; bỏ qua 0.').waitFor({ timeout: 60_000 })
      await visible(page.getByTestId('import-wizard').getByText('Trang tính “Địa bàn” (nếu có) và “Đơn vị”', { exact: false }))
    } finally {
      await app.close()
    }
  })
})
