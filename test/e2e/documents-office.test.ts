import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { closeBrowser, navigate, openApp, visible } from './harness'
import { all, readDocx, text } from '../helpers/ooxml'

afterAll(closeBrowser)

describe('Cài đặt → Mẫu văn bản (issue 9 item 2)', () => {
  test('the office words a paragraph with a named field; the Văn bản page, the preview and the Word file use it', async () => {
    const app = await openApp()
    const { page } = app
    try {
      await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click()
      await visible(page.getByTestId('sample-banner'))

      await navigate(page, 'Cài đặt')
      await page.getByRole('tab', { name: 'Mẫu văn bản' }).click()
      await page.getByLabel('Loại văn bản').click()
      await page.locator('.ant-select-dropdown:visible').getByTitle('Báo cáo kết quả năm', { exact: true }).click()
      const intro = page.getByLabel('Mở đầu', { exact: true })
      await intro.fill('Căn cứ chỉ đạo của cấp trên, ')
      // A field chip inserts "{Công an}" where the office is typing.
      await page.getByTestId('wording-fields').getByText('{Công an}', { exact: true }).click()
      await intro.pressSequentially(' báo cáo kết quả năm {Năm} như sau:')
      await expectValue(intro, 'Căn cứ chỉ đạo của cấp trên, {Công an} báo cáo kết quả năm {Năm} như sau:')
      await page.screenshot({ path: path.resolve('out/screens/mau-van-ban.png') })
      await page.getByRole('button', { name: 'Lưu mẫu văn bản' }).click()
      await visible(page.getByText('Đã lưu mẫu văn bản.'))

      // An unknown field is refused at its box, with its name.
      await page.getByLabel('VI. Kiến nghị, đề xuất', { exact: true }).fill('Đề nghị {Kinh phí}.')
      await page.getByRole('button', { name: 'Lưu mẫu văn bản' }).click()
      await visible(page.getByText('VI. Kiến nghị, đề xuất: không có trường “{Kinh phí}”. Chọn trường trong danh sách bên dưới.'))

      await navigate(page, 'Văn bản')
      await page.getByTestId('doc-kind-DOC-BC-KETQUA').click()
      const year = page.getByLabel('Năm đánh giá', { exact: true })
      await year.fill('2021')
      await year.press('Tab')
      // The báo cáo cites its directive by number and date, and the held default sentences are read before printing.
      await page.getByLabel('Văn bản chỉ đạo (Thực hiện …)').fill('Kế hoạch số 15/KH-CATP ngày 10/3/2021 của Công an thành phố')
      await visible(page.getByRole('checkbox', { name: /^Đã xem lại đoạn/ }))
      for (const box of await page.getByRole('checkbox', { name: /^Đã xem lại đoạn/ }).all()) await box.check()
      const sentence = 'Căn cứ chỉ đạo của cấp trên, Công an thành phố Vũng Tàu báo cáo kết quả năm 2021 như sau:'
      await expectValue(page.getByLabel('Mở đầu (mẫu của cơ quan)'), sentence)
      await visible(page.getByTestId('paragraph-fields').getByText('{Công an} = Công an thành phố Vũng Tàu'))
      const preview = page.getByTestId('doc-preview')
      await visible(preview.getByText(/báo cáo kết quả năm 2021 như sau:/))
      // The field's value is highlighted in the preview.
      const highlighted = preview.locator('span', { hasText: /^Công an thành phố Vũng Tàu$/ }).first()
      await visible(highlighted)
      expect(await highlighted.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 243, 191)')
      await page.screenshot({ path: path.resolve('out/screens/van-ban-mau-co-quan.png') })

      await page.getByTestId('doc-save').click()
      await page.getByLabel('Tên tệp').fill('Báo cáo theo mẫu cơ quan')
      await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click()
      await visible(page.getByTestId('doc-saved'))
      const file = path.join(app.dataDir, 'documents', '2021', 'Báo cáo theo mẫu cơ quan.docx')
      expect(all(readDocx(fs.readFileSync(file)).body, 'w:p').map(text)).toContain(sentence)
    } finally {
      await app.close()
    }
  })
})

async function expectValue(locator: import('playwright-core').Locator, value: string): Promise<void> {
  await locator.page().waitForFunction(([el, v]) => (el as HTMLTextAreaElement).value === v, [await locator.elementHandle(), value] as const, { timeout: 10_000 })
}
