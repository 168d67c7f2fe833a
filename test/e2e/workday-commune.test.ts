import { afterAll, describe, expect, test } from 'vitest'
import { closeBrowser, expectText, openApp, visible } from './harness'
import { advance, core, seedOffice, seedWard, unitYearColumn, unitYearId } from './ward-seed'

afterAll(closeBrowser)

describe('a ward can finish its year (issue 11 item 6)', () => {
  test('a khu phố appraised “không đủ điều kiện” reaches “Không công nhận” on its page; then the ward itself is appraised', async () => {
    const app = await openApp()
    const { page } = app
    await page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click()
    const { areaId } = await seedWard(app, { year: 2026 })
    await seedOffice(app, areaId)
    const passing = [1, 2, 3, 4, 5].map((n) => unitYearId(app, `Khu phố ${n}`, 2026))
    const failing = unitYearId(app, 'Khu phố 6', 2026)
    await advance(app, passing, 'proposed')
    await core(app, 'unitYears.act', { ids: passing, action: 'RECORD_DECISION', date: '2026-07-01', ref: '35/QĐ-UBND', signer: 'Phạm Thị Lan', confirmed: true })
    await advance(app, [failing], 'received')
    await core(app, 'unitYears.act', { ids: [failing], action: 'APPRAISE_FAIL', date: '2026-06-10', reason: 'Còn tụ điểm phức tạp', confirmed: true })
    // The ward's own record up to its dossier, with an effective movement model (TT 124 criterion 1).
    const ward = app.core!.ctx.sqlite.prepare("SELECT uy.id FROM unit_year uy JOIN unit u ON u.id = uy.unit_id WHERE u.type = 'XA'").pluck().get() as number
    const model = await core<{ id: number }>(app, 'models.create', { name: 'Camera an ninh khu phố', kind: 'TU_PHONG', areaId })
    await core(app, 'models.setYear', { modelId: model.id, year: 2026, effective: true })
    await advance(app, [ward], 'received', { received: '2026-07-05' })
    await page.reload()

    // The unit found not eligible: its final outcome within the year.
    await page.goto(`${app.url}#/nam-danh-gia/${failing}`)
    await page.getByRole('button', { name: 'Kết luận: không công nhận' }).click()
    await page.getByRole('dialog').getByLabel('Ngày kết luận', { exact: true }).fill('15/06/2026')
    await page.getByRole('dialog').getByRole('button', { name: 'Thực hiện', exact: true }).click()
    await expectText(page.getByTestId('unit-year-status'), 'Không công nhận')
    expect(unitYearColumn(app, failing, 'outcome_reason')).toBe('KHONG_DAT_TIEU_CHI')
    expect(unitYearColumn(app, failing, 'status_since')).toBe('2026-06-15')

    // The ward: 5 of 6 recognised, none pending — its appraisal goes through.
    await page.goto(`${app.url}#/nam-danh-gia/${ward}`)
    await visible(page.getByTestId('unit-year-title'))
    await page.getByRole('button', { name: 'Thẩm định: đạt' }).click()
    await page.getByRole('dialog').getByLabel('Ngày thẩm định', { exact: true }).fill('10/07/2026')
    await page.getByRole('dialog').getByRole('button', { name: 'Thực hiện', exact: true }).click()
    await expectText(page.getByTestId('unit-year-status'), 'Thẩm định: đủ điều kiện')
  })
})
