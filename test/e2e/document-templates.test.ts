import fs from 'node:fs'
import PizZip from 'pizzip'
import { afterAll, describe, expect, test } from 'vitest'
import { closeBrowser, navigate, openApp, visible } from './harness'

afterAll(closeBrowser)

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

describe('Cài đặt → Mẫu Word (issue 9 item 3)', () => {
  test('download the built-in layout, a bad upload is refused in place, a good one is in use, then reset', async () => {
    const app = await openApp()
    const { page } = app
    try {
      await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click()
      await visible(page.getByTestId('sample-banner'))
      await navigate(page, 'Cài đặt')
      await page.getByRole('tab', { name: 'Mẫu Word' }).click()
      const row = page.getByTestId('template-DOC-CV-DONDOC')
      await visible(row.getByText('Đang dùng mẫu gốc của ứng dụng'))

      // "Tải mẫu Word" downloads a real .docx with its placeholders.
      const download = page.waitForEvent('download')
      await row.getByRole('button', { name: 'Tải mẫu Word' }).click()
      const saved = await download
      expect(saved.suggestedFilename()).toMatch(/\.docx$/)
      const template = fs.readFileSync((await saved.path())!)
      const xml = new PizZip(template).file('word/document.xml')!.asText()
      expect(xml).toContain('{so}')

      const input = row.locator('input[type=file]')
      // A Word file whose Quốc hiệu was changed: the rule is named where the user is looking, nothing is kept.
      const zip = new PizZip(template)
      zip.file('word/document.xml', xml.replace('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỘNG HÒA'))
      await input.setInputFiles({ name: 'mau-sai.docx', mimeType: DOCX, buffer: zip.generate({ type: 'nodebuffer' }) })
      await visible(row.getByTestId('template-error').getByText(/ND30-QUOC-HIEU/))
      await visible(row.getByText('Đang dùng mẫu gốc của ứng dụng'))
      // Not a Word file at all.
      await input.setInputFiles({ name: 'ghi-chu.docx', mimeType: DOCX, buffer: Buffer.from('không phải Word') })
      await visible(row.getByTestId('template-error').getByText(/không phải tệp Word \(\.docx\)/))

      // The unchanged layout is accepted and shown as in use.
      await input.setInputFiles({ name: 'mau-cong-van.docx', mimeType: DOCX, buffer: template })
      await visible(row.getByText('Đang dùng mẫu của cơ quan'))
      await visible(row.getByText(/mau-cong-van\.docx/))
      expect(await row.getByTestId('template-error').count()).toBe(0)
      await page.screenshot({ path: 'out/screens/mau-word.png' })

      await row.getByRole('button', { name: 'Khôi phục mẫu gốc' }).click()
      await page.getByRole('button', { name: 'Khôi phục', exact: true }).click()
      await visible(row.getByText('Đang dùng mẫu gốc của ứng dụng'))
      const stored = app.core!.ctx.sqlite.prepare('SELECT COUNT(*) FROM document_template').pluck().get()
      expect(stored).toBe(0)
    } finally {
      await app.close()
    }
  })
})
