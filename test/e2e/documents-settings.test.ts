import { afterAll, describe, expect, test } from 'vitest'
import { closeBrowser, navigate, openApp, visible } from './harness'

afterAll(closeBrowser)

describe('Cài đặt: the drafting unit of “Lưu: VT, …” and the signer’s rank (issue 9)', () => {
  test('set in Cài đặt, kept by later saves, printed in the Nơi nhận and before the signer’s name', async () => {
    const app = await openApp()
    const { page } = app
    try {
      await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click()
      await visible(page.getByTestId('sample-banner'))

      await navigate(page, 'Cài đặt')
      const drafting = page.getByLabel('Đơn vị soạn thảo (ghi sau “Lưu: VT,”)')
      await drafting.fill('XDPT')
      await page.getByRole('button', { name: 'Lưu thông tin cơ quan (Ctrl+S)' }).click()
      await visible(page.getByText('Đã lưu thông tin cơ quan.'))

      await page.getByRole('tab', { name: 'Người ký' }).click()
      const row = page.getByRole('row').filter({ hasText: 'Lê Văn Cường' })
      await row.getByRole('button', { name: 'Sửa' }).click()
      await page.getByRole('dialog').getByLabel('Cấp bậc (in trước họ tên, nếu quy định của ngành yêu cầu)').fill('Thượng tá')
      await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click()
      await visible(page.getByText('Đã lưu người ký.'))
      await visible(row.getByText('Thượng tá', { exact: true }))

      // A later save of either form keeps them (the forms send every field they show).
      await page.getByRole('tab', { name: 'Thông tin cơ quan' }).click()
      await page.getByLabel('Địa danh ghi ngày tháng').fill('Vũng Tàu')
      await page.getByRole('button', { name: 'Lưu thông tin cơ quan (Ctrl+S)' }).click()
      await visible(page.getByText('Đã lưu thông tin cơ quan.').last())
      await page.getByRole('tab', { name: 'Người ký' }).click()
      await row.getByRole('button', { name: 'Sửa' }).click()
      await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click()
      await visible(row.getByText('Thượng tá', { exact: true }))
      const office = app.core!.ctx.sqlite.prepare('SELECT drafting_unit_abbreviation FROM office_profile').pluck().get()
      expect(office).toBe('XDPT')
      await page.screenshot({ path: 'out/screens/nguoi-ky-cap-bac.png' })

      // The standalone list of 2020 is signed by the police: its Nơi nhận and signature show both.
      await navigate(page, 'Văn bản')
      await page.getByTestId('doc-kind-DOC-DS-DANGKY').click()
      const year = page.getByLabel('Năm đánh giá', { exact: true })
      await year.fill('2020')
      await year.press('Tab')
      const preview = page.getByTestId('doc-preview')
      await visible(preview.getByText('- Lưu: VT, XDPT.', { exact: true }))
      await visible(preview.getByText(/^Thượng tá Lê Văn Cường/))
    } finally {
      await app.close()
    }
  })
})
