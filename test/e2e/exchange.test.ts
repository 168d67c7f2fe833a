import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { makeXlsx, UNIT_HEADERS } from '../helpers/xlsx-fixtures'
import { closeBrowser, navigate, expectText, openApp, visible } from './harness'

afterAll(closeBrowser)

const SAMPLE = path.resolve(__dirname, '../../resources/mau-danh-sach-don-vi.xlsx')
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

describe('the office imports its registry from Excel', () => {
  test('a bad file is explained row by row and nothing is imported; the good file imports; the export downloads', async () => {
    const app = await openApp()
    const { page } = app
    try {
      await page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click()
      await navigate(page, 'Nhập / Xuất')
      const input = page.getByTestId('import-wizard').locator('input[type=file]')

      // A text file renamed to .xlsx.
      await input.setInputFiles({ name: 'danh-sach.xlsx', mimeType: XLSX, buffer: Buffer.from('Tên đơn vị;Loại\nKhu phố 1;KDC') })
      await visible(page.getByTestId('import-file-error').getByText(/không phải là tệp Excel/))

      // A real workbook with bad rows: every problem is listed, the import button stays disabled.
      const bad = await makeXlsx({
        'Đơn vị': [UNIT_HEADERS, ['Khu phố 1', 'Khu dân cư', 'Phường Không Có', 100], ['Khu phố 2', 'Hợp tác xã', 'Phường Không Có', 100]]
      })
      await input.setInputFiles({ name: 'loi.xlsx', mimeType: XLSX, buffer: bad })
      await visible(page.getByText('Kiểm tra các cột đã được nhận ra', { exact: false }))
      await page.getByRole('button', { name: 'Tiếp tục' }).click()
      await visible(page.getByTestId('import-problems-summary'))
      const problems = page.getByTestId('import-problems').locator('.ant-table-row')
      await visible(problems.filter({ hasText: 'Loại đơn vị “Hợp tác xã” không hợp lệ' }))
      await visible(problems.filter({ hasText: 'Xã, phường “Phường Không Có” chưa có trong danh mục địa bàn' }).first())
      expect(await page.getByRole('button', { name: 'Nhập vào danh sách' }).isDisabled()).toBe(true)

      // The sample workbook: clean, imported in one go.
      await page.getByRole('button', { name: 'Chọn tệp khác' }).click()
      await input.setInputFiles({ name: 'mau-danh-sach-don-vi.xlsx', mimeType: XLSX, buffer: fs.readFileSync(SAMPLE) })
      await page.getByRole('button', { name: 'Tiếp tục' }).click()
      await visible(page.getByTestId('import-ready').getByText('Không có lỗi: 4 địa bàn và 15 đơn vị mới sẽ được nhập.'))
      await page.getByRole('button', { name: 'Nhập vào danh sách' }).click()
      await visible(page.getByText(/Đã nhập: 4 địa bàn, 15 đơn vị mới/))

      await navigate(page, 'Đơn vị')
      await page.getByLabel('Tìm đơn vị').fill('thuy san hoa long')
      await expectText(page.getByTestId('unit-total'), '1')

      // The export downloads a real workbook.
      await navigate(page, 'Nhập / Xuất')
      const download = page.waitForEvent('download')
      await page.getByRole('button', { name: 'Xuất danh sách đơn vị' }).click()
      const file = await (await download).path()
      expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK')
      expect((await download).suggestedFilename()).toMatch(/^danh-sach-don-vi_\d{4}-\d{2}-\d{2}\.xlsx$/)
    } finally {
      await app.close()
    }
  })
})
