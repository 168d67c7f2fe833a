import fs from 'node:fs'
import ExcelJS from 'exceljs'
import { afterAll, describe, expect, test } from 'vitest'
import { dispatch } from '../../electron/core/dispatch'
import { makeXlsx } from '../helpers/xlsx-fixtures'
import { closeBrowser, navigate, openApp, visible, type AppSession } from './harness'
import { VIRTUAL_ROW } from '../helpers/virtual-table'

afterAll(closeBrowser)

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const HEADERS = ['Tên đơn vị', 'Xã, phường', 'Ngày đăng ký', 'Số văn bản đăng ký', 'Số hộ đang cư trú', 'Số hộ đăng ký']
// A year whose 10 January is already past, so registrations dated then are valid whatever day the test runs.
const today = new Date()
const YEAR = today.getMonth() >= 1 ? today.getFullYear() : today.getFullYear() - 1

async function seed(app: AppSession) {
  const handlers = app.core!.handlers
  const must = async (name: string, input: unknown) => {
    const result = await dispatch(handlers, name, input)
    if (!result.ok) throw new Error(result.error.message)
    return result.data as { id: number }
  }
  const area = await must('areas.create', { name: 'Phường Thắng Nhất', kind: 'PHUONG' })
  for (let n = 1; n <= 3; n++) {
    await must('units.create', { values: { type: 'KDC', name: `Khu phố ${n}`, areaId: area.id, kdcSubtype: 'khu phố', managingLevel: 'XA', householdsTotal: 300 + n } })
  }
  await must('years.open', { year: YEAR })
}

describe('a year’s registrations come in from Excel and the year board goes out', () => {
  test('a bad file is explained row by row and registers nothing; the good file registers; the board exports', async () => {
    const app = await openApp()
    const { page } = app
    try {
      await page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click()
      await seed(app)
      await page.reload()
      await navigate(page, 'Nhập / Xuất')
      await page.getByText('Đăng ký của năm đánh giá', { exact: true }).click()
      const input = page.getByTestId('registration-wizard').locator('input[type=file]')

      const bad = await makeXlsx({
        'Đăng ký': [HEADERS, ['Khu phố 1', 'Phường Thắng Nhất', `10/01/${YEAR}`, null, 301, 250], ['Khu phố 9', 'Phường Thắng Nhất', `10/01/${YEAR}`], ['Khu phố 2', 'Phường Thắng Nhất', `10/01/${YEAR}`, null, 302, 500]]
      })
      await input.setInputFiles({ name: 'dang-ky-loi.xlsx', mimeType: XLSX, buffer: bad })
      await visible(page.getByText('Kiểm tra các cột đã được nhận ra', { exact: false }))
      await page.getByRole('button', { name: 'Tiếp tục' }).click()
      await visible(page.getByTestId('registration-problems-summary').getByText(/Tệp có 2 lỗi/))
      const problems = page.getByTestId('registration-problems').locator('.ant-table-row')
      await visible(problems.filter({ hasText: 'Không tìm thấy đơn vị “Khu phố 9” ở Phường Thắng Nhất trong sổ đơn vị.' }))
      await visible(problems.filter({ hasText: 'Số hộ đăng ký (500) không được lớn hơn tổng số hộ đang cư trú (302).' }))
      expect(await page.getByRole('button', { name: 'Ghi nhận đăng ký' }).isDisabled()).toBe(true)

      await page.getByRole('button', { name: 'Chọn tệp khác' }).click()
      const good = await makeXlsx({ 'Đăng ký': [HEADERS, ['Khu phố 1', 'Phường Thắng Nhất', `10/01/${YEAR}`, '01/ĐK', 301, 250], ['Khu phố 2', 'Thắng Nhất', `12/01/${YEAR}`, null, 302, 280]] })
      await input.setInputFiles({ name: 'dang-ky.xlsx', mimeType: XLSX, buffer: good })
      await page.getByRole('button', { name: 'Tiếp tục' }).click()
      await visible(page.getByTestId('registration-ready').getByText(`Không có lỗi: 2 đơn vị sẽ được ghi nhận đăng ký năm ${YEAR}.`))
      await page.getByRole('button', { name: 'Ghi nhận đăng ký' }).click()
      await visible(page.getByText(`Đã ghi nhận đăng ký năm ${YEAR} cho 2 đơn vị.`))

      // The year board shows the two registrations and exports them.
      await navigate(page, 'Năm đánh giá')
      await visible(page.locator(VIRTUAL_ROW).filter({ hasText: 'Khu phố 2' }).getByText('Đã đăng ký'))
      const download = page.waitForEvent('download')
      await page.getByRole('button', { name: 'Xuất Excel' }).click()
      expect((await download).suggestedFilename()).toMatch(new RegExp(`^bang-theo-doi-nam-${YEAR}_\\d{4}-\\d{2}-\\d{2}\\.xlsx$`))
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(fs.readFileSync(await (await download).path()) as unknown as ArrayBuffer)
      const sheet = workbook.getWorksheet(`Năm ${YEAR}`)!
      const statuses = new Map<string, unknown>()
      sheet.eachRow((row, number) => {
        if (number > 2) statuses.set(String(row.getCell(2).value), row.getCell(5).value)
      })
      expect(statuses.get('Khu phố 1')).toBe('Đã đăng ký')
      expect(statuses.get('Khu phố 2')).toBe('Đã đăng ký')
      expect(statuses.get('Khu phố 3')).toBe('Chưa đăng ký')
    } finally {
      await app.close()
    }
  })
})
