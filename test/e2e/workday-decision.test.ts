import { VIRTUAL_ROW } from '../helpers/virtual-table'
import { afterAll, describe, expect, test } from 'vitest'
import { closeBrowser, expectCount, navigate, openApp, visible } from './harness'
import { advance, core, seedOffice, seedWard, unitYearColumn, unitYearId } from './ward-seed'

afterAll(closeBrowser)

describe('Dự thảo quyết định from the flow (issue 11 items 13, 16)', () => {
  test('empty, it says what to do and links to the units ready; a saved numbered decision stays on screen, titled “Quyết định”', async () => {
    const app = await openApp()
    const { page } = app
    await page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click()
    const { areaId } = await seedWard(app, { year: 2026 })
    await seedOffice(app, areaId)
    const appraised = [unitYearId(app, 'Khu phố 1', 2026), unitYearId(app, 'Khu phố 2', 2026)]
    await advance(app, appraised, 'appraised')
    await page.reload()

    await navigate(page, 'Văn bản')
    await page.getByTestId('doc-kind-DOC-QD-CONGNHAN').click()
    const empty = page.getByTestId('decision-empty')
    await visible(empty.getByText('Chưa có đơn vị nào được đề nghị công nhận năm 2026.'))
    await visible(empty.getByText(/chọn các đơn vị đã thẩm định đạt, bấm “Lập tờ trình”/))
    await expectCount(page.getByTestId('preview-error'), 0)
    await empty.getByRole('link', { name: 'Xem các đơn vị đã thẩm định đạt' }).click()
    await expect.poll(() => page.getByTestId('board-total').innerText()).toBe('2')
    await expectCount(page.locator(VIRTUAL_ROW), 2)

    // Proposed (the tờ trình recorded), the decision is drafted, numbered and saved: the result stays.
    await core(app, 'unitYears.act', { ids: appraised, action: 'PROPOSE', date: '2026-06-20', ref: '12/TTr-CAP', confirmed: true })
    await page.reload()
    await navigate(page, 'Văn bản')
    await page.getByTestId('doc-kind-DOC-QD-CONGNHAN').click()
    await visible(page.getByText('QUYẾT ĐỊNH:'))
    await page.getByLabel('Số (để trống nếu văn thư ghi số)').fill('5')
    await page.getByLabel('Ngày ban hành', { exact: true }).fill('01/07/2026')
    await page.getByTestId('doc-save').click()
    await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click()
    const again = page.getByRole('button', { name: 'Vẫn tạo văn bản' })
    if (await again.isVisible({ timeout: 1_000 }).catch(() => false)) await again.click()
    const saved = page.getByTestId('doc-saved')
    await visible(saved.getByText(/Đã lưu: documents.2026.Quyết định công nhận năm 2026\.docx/))
    expect(unitYearColumn(app, appraised[0]!, 'status')).toBe('DA_CONG_NHAN')
    // After the page's reads settle, still there, with no red error.
    await page.waitForTimeout(1_500)
    await visible(saved.getByRole('button', { name: 'Tải về' }))
    await expectCount(page.getByTestId('preview-error'), 0)
    await expectCount(page.getByTestId('decision-empty'), 0)
    await expectCount(page.getByText(/Chưa có đơn vị nào được đề nghị công nhận/), 0)
    // Numbered, it is no longer headed as a draft.
    await visible(page.getByRole('heading', { name: 'Quyết định công nhận', exact: true }))
    expect(app.core!.ctx.sqlite.prepare("SELECT subject FROM document WHERE doc_type = 'DOC-QD-CONGNHAN'").pluck().get()).toBe('Quyết định công nhận năm 2026')
  })
})
