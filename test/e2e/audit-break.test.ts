import { afterAll, describe, test } from 'vitest'
import { folderWithBackup, recomputeChain, tamper } from '../helpers/audit-tamper'
import { closeBrowser, expectCount, navigate, openApp, visible } from './harness'

afterAll(closeBrowser)

describe('a rewritten audit log is shown without a click', () => {
  test('the break found at start is a banner on Tổng quan and on Nhật ký', async () => {
    const dataDir = await folderWithBackup()
    tamper(dataDir, (db) => {
      db.prepare("UPDATE audit_log SET entity_label = 'Phường 9' WHERE id = 1").run()
      recomputeChain(db)
    })
    const { page } = await openApp({ dataDir })
    await navigate(page, 'Tổng quan')
    const banner = page.getByTestId('audit-break-banner')
    await visible(banner.getByText('Nhật ký thay đổi không còn nguyên vẹn'))
    await visible(banner.getByText(/bị sửa ngoài ứng dụng: 3 dòng đầu không còn khớp với bản sao lưu ngày \d\d\/\d\d\/\d{4}/))
    await navigate(page, 'Nhật ký')
    await visible(page.getByRole('heading', { name: 'Nhật ký thay đổi' }))
    await visible(page.getByTestId('audit-break-banner').getByText(/bị sửa ngoài ứng dụng/))
    await page.getByRole('button', { name: 'Kiểm tra tính toàn vẹn' }).click()
    await visible(page.getByTestId('audit-verdict').getByText(/bị sửa ngoài ứng dụng/))
  })

  test('a whole log shows no banner', async () => {
    const { page } = await openApp({ dataDir: await folderWithBackup() })
    await navigate(page, 'Nhật ký')
    await visible(page.getByRole('heading', { name: 'Nhật ký thay đổi' }))
    await expectCount(page.getByTestId('audit-break-banner'), 0)
    await navigate(page, 'Tổng quan')
    await visible(page.getByRole('heading', { name: 'Tổng quan' }))
    await expectCount(page.getByTestId('audit-break-banner'), 0)
  })
})
