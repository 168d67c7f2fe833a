import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { closeBrowser, navigate, openApp, visible, type AppSession } from './harness'
import { advance, core, seedOffice, seedWard, unitYearId } from './ward-seed'
import { all, readDocx } from '../helpers/ooxml'

afterAll(closeBrowser)

/** The ward's six khu phố, all recognised in 2026: three by decision 120, three by decision 121. */
async function recognisedWard(app: AppSession): Promise<void> {
  const { areaId } = await seedWard(app, { count: 6, year: 2026 })
  await seedOffice(app, areaId)
  const ids = [1, 2, 3, 4, 5, 6].map((n) => unitYearId(app, `Khu phố ${n}`, 2026))
  await advance(app, ids, 'proposed')
  const decide = (part: number[], ref: string, date: string) =>
    core(app, 'unitYears.act', { ids: part, action: 'RECORD_DECISION', date, ref, signer: 'Phạm Thị Lan', confirmed: true })
  await decide(ids.slice(0, 3), '120/QĐ-UBND', '2026-07-01')
  await decide(ids.slice(3), '121/QĐ-UBND', '2026-07-02')
}

/** Chooses a document type for 2026 on Văn bản, ticks every held paragraph and saves it; the saved file's text. */
async function saveDocument(app: AppSession, page: Page, kind: string, fileName: string, reference?: string): Promise<string> {
  await navigate(page, 'Văn bản')
  await page.getByTestId(`doc-kind-${kind}`).click()
  const year = page.getByLabel('Năm đánh giá', { exact: true })
  await year.fill('2026')
  await year.press('Tab')
  if (reference) await page.getByLabel('Văn bản chỉ đạo (Thực hiện …)').fill(reference)
  await visible(page.getByTestId('doc-preview').getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))
  for (const box of await page.getByRole('checkbox', { name: /^Đã xem lại đoạn/ }).all()) await box.check()
  await page.getByTestId('doc-save').click()
  await page.getByLabel('Tên tệp').fill(fileName)
  await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click()
  const confirm = page.getByRole('button', { name: /^Vẫn (tạo|lưu|ghi)/ })
  // Writing the .docx shares the CPU with the suite's LibreOffice renders: a loaded CI run once took over 15 s here.
  await confirm.or(page.getByTestId('doc-saved')).first().waitFor({ timeout: 45_000 })
  if (await confirm.isVisible()) await confirm.click()
  await visible(page.getByTestId('doc-saved'))
  const file = path.join(app.dataDir, 'documents', '2026', `${fileName}.docx`)
  // Paragraph by paragraph (a table's cells are paragraphs too), so two cells never read as one figure.
  return all(readDocx(fs.readFileSync(file)).body, 'w:p')
    .map((paragraph) => paragraph.textContent ?? '')
    .join('\n')
}

describe('documents from the flow carry the data the office recorded (issue 11 items 9, 11)', () => {
  test('each Giấy công nhận cites its own unit’s decision and its số vào sổ is kept on the unit’s record', async () => {
    const app = await openApp()
    const { page } = app
    await page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click()
    await recognisedWard(app)
    await page.reload()
    const text = await saveDocument(app, page, 'DOC-GCN', 'Giấy công nhận 2026')
    // One page per unit, in order: Khu phố 1–3 recognised by 120, 4–6 by 121.
    const pages = text.split(/(?=GIẤY CÔNG NHẬN)/).filter((part) => part.includes('KHU PHỐ'))
    expect(pages).toHaveLength(6)
    pages.forEach((part, i) => expect(part, `trang ${i + 1}`).toContain(i < 3 ? '120/QĐ-UBND' : '121/QĐ-UBND'))
    const numbers = app.core!.ctx.sqlite.prepare('SELECT register_number FROM certificate ORDER BY register_number').pluck().all()
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6])
    // The unit's own page shows the số vào sổ its certificate was printed with.
    const id = unitYearId(app, 'Khu phố 4', 2026)
    await page.goto(`${app.url}#/nam-danh-gia/${id}`)
    await visible(page.getByTestId('certificate-register').getByText(/^4 — in ngày \d{2}\/\d{2}\/\d{4}$/))
  })

  test('the báo cáo counts and percentages read as the dashboard’s: all six recognised is 100,00%, zero is 0', async () => {
    const app = await openApp()
    const { page } = app
    await page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click()
    await recognisedWard(app)
    await page.reload()
    const text = await saveDocument(app, page, 'DOC-BC-KETQUA', 'Báo cáo 2026', 'Kế hoạch số 15/KH-CATP ngày 10/3/2026 của Công an Thành phố Hồ Chí Minh')
    // Bảng 1: khu dân cư 6 of 6 registered and recognised, rates with two decimals as on Tổng quan.
    expect(text).toContain('Khu dân cư\n6\n6\n100,00\n6\n100,00')
    expect(text).toContain('Có 06/07 đơn vị đăng ký (đạt 85,71%)')
    // Zero is "0" in running text, and no invented 70% benchmark.
    expect(text).toContain('có 0/01 phường và 06 khu dân cư được công nhận')
    expect(text).not.toMatch(/(?<![\d,])00(?![\d,])|70%/)
  })
})
