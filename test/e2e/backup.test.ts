import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { DATA_FILE_NAME } from '../../electron/core'
import { closeBrowser, navigate, expectCount, openApp, visible } from './harness'

afterAll(closeBrowser)

describe('the office protects its data', () => {
  test('backs up now, changes something, restores with a preview, undoes, and reads the log', async () => {
    const app = await openApp()
    const { page } = app
    try {
      await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click()
      await visible(page.getByTestId('sample-banner'))

      await navigate(page, 'Sao lưu')
      await visible(page.getByText('Chưa sao lưu lần nào'))
      await page.getByRole('button', { name: 'Sao lưu ngay' }).click()
      await visible(page.getByText(/Đã sao lưu và kiểm tra/))
      await visible(page.getByTestId('last-backup'))
      const rows = page.getByTestId('backup-list').locator('.ant-table-row')
      await expectCount(rows, 1)
      await visible(rows.first().getByText('18 khu vực, 113 đơn vị'))

      // A change after the backup: a new ward.
      await navigate(page, 'Địa bàn')
      await page.getByRole('button', { name: /Thêm địa bàn/ }).click()
      await page.getByLabel('Tên địa bàn', { exact: true }).fill('Phường Phước Thắng')
      await page.getByRole('button', { name: 'Lưu' }).click()
      await visible(page.getByText('Đã thêm “Phường Phước Thắng”.'))

      // Restore: the preview names what the backup holds; the ward is gone afterwards.
      await navigate(page, 'Sao lưu')
      await visible(page.getByText('Có thay đổi chưa sao lưu'))
      await rows.first().getByRole('button', { name: 'Khôi phục…' }).click()
      const preview = page.getByTestId('restore-preview')
      await visible(preview.getByText('113'))
      await page.getByRole('button', { name: 'Khôi phục', exact: true }).click()
      await visible(page.getByText(/Đã khôi phục dữ liệu từ bản sao lưu \(113 đơn vị\)/))
      await navigate(page, 'Địa bàn')
      await visible(page.getByRole('cell', { name: 'Phường Thắng Nhất' }))
      await expectCount(page.getByRole('cell', { name: 'Phường Phước Thắng' }), 0)

      // Undo brings the ward back.
      await navigate(page, 'Sao lưu')
      await page.getByRole('button', { name: 'Hoàn tác khôi phục' }).click()
      await page.getByRole('button', { name: 'Hoàn tác', exact: true }).click()
      await visible(page.getByText('Đã hoàn tác lần khôi phục gần nhất.'))
      await navigate(page, 'Địa bàn')
      await visible(page.getByRole('cell', { name: 'Phường Phước Thắng' }))

      // The log tells the story, and its chain is intact.
      await navigate(page, 'Nhật ký')
      const log = page.getByTestId('audit-table').locator('.ant-table-row')
      await visible(log.first().getByText('Hoàn tác khôi phục'))
      await visible(page.getByTestId('audit-table').getByText('Khu vực: Phường Phước Thắng').first())
      await page.getByRole('button', { name: 'Kiểm tra tính toàn vẹn' }).click()
      await visible(page.getByTestId('audit-verdict').getByText(/Nhật ký toàn vẹn/))
    } finally {
      await app.close()
    }
  })

  test('a damaged data file opens the recovery screen, which puts the newest good backup back', async () => {
    const app = await openApp()
    const { page } = app
    try {
      await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click()
      await visible(page.getByTestId('sample-banner'))
      await navigate(page, 'Sao lưu')
      await page.getByRole('button', { name: 'Sao lưu ngay' }).click()
      await visible(page.getByText(/Đã sao lưu và kiểm tra/))
      await app.core!.close()
      // The disk damages the file while the app is closed.
      const file = path.join(app.dataDir, DATA_FILE_NAME)
      const bytes = fs.readFileSync(file)
      bytes.fill(0x42, 8192, Math.min(bytes.length, 40_000))
      fs.writeFileSync(file, bytes)
      await app.restart()
      await visible(page.getByTestId('startup-error'))
      await visible(page.getByText(/bị hỏng hoặc không đọc được/))
      await page.getByRole('button', { name: 'Khôi phục bản mới nhất' }).click()
      await page.getByRole('button', { name: 'Khôi phục', exact: true }).click()
      await visible(page.getByTestId('sample-banner'))
      expect(fs.readdirSync(app.dataDir).some((name) => name.startsWith('du-lieu-hong_'))).toBe(true)
    } finally {
      await app.close()
    }
  })
})
