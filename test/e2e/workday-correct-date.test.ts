import { afterAll, describe, expect, test } from 'vitest'
import { closeBrowser, openApp, visible } from './harness'
import { advance, core, seedWard, unitYearColumn, unitYearId } from './ward-seed'

afterAll(closeBrowser)

describe('a date recorded wrongly is corrected through the audited amendment path (issue 11 item 5)', () => {
  test('the meeting date: refused out of order, then corrected with a reason, in the history, the amendment and the audit log', async () => {
    const app = await openApp()
    const { page } = app
    await page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click()
    await seedWard(app, { year: 2026 })
    const id = unitYearId(app, 'Khu phố 1', 2026)
    await advance(app, [id], 'received')
    await page.goto(`${app.url}#/nam-danh-gia/${id}`)
    await visible(page.getByTestId('unit-year-title'))

    await page.getByRole('button', { name: 'Đính chính ngày họp đánh giá' }).click()
    const dialog = page.getByRole('dialog', { name: 'Đính chính ngày họp đánh giá' })
    const field = dialog.getByLabel('Ngày đúng', { exact: true })
    // After the dossier was received (20/05/2026): refused at the field, nothing changed.
    await field.fill('25/05/2026')
    await dialog.getByLabel('Lý do đính chính').fill('Ghi nhầm ngày họp')
    await dialog.getByRole('button', { name: 'Đính chính' }).click()
    await visible(dialog.getByText('Ngày nhận hồ sơ (20/05/2026) không được trước ngày họp đánh giá (25/05/2026).'))
    expect(unitYearColumn(app, id, 'meeting_on')).toBe('2026-05-05')

    await field.fill('04/05/2026')
    await dialog.getByRole('button', { name: 'Đính chính' }).click()
    await visible(page.getByText('Đã đính chính ngày họp đánh giá.'))
    expect(unitYearColumn(app, id, 'meeting_on')).toBe('2026-05-04')
    await visible(page.getByTestId('unit-year-history').getByText('Ngày họp đánh giá: 05/05/2026 → 04/05/2026. Ghi nhầm ngày họp'))
    const sqlite = app.core!.ctx.sqlite
    expect(sqlite.prepare('SELECT kind, reason, changes FROM amendment WHERE unit_year_id = ?').get(id)).toEqual({
      kind: 'CORRECT_DATA',
      reason: 'Ghi nhầm ngày họp',
      changes: JSON.stringify({ meeting_on: ['2026-05-05', '2026-05-04'] })
    })
    expect(sqlite.prepare("SELECT reason FROM audit_log WHERE action = 'CORRECT_DATE' AND entity = 'unit_year' AND entity_id = ?").pluck().get(id)).toBe('Ghi nhầm ngày họp')
  })

  test('a receipt date on a unit with a final outcome (page locked) can still be corrected', async () => {
    const app = await openApp()
    const { page } = app
    await page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click()
    await seedWard(app, { year: 2026 })
    const id = unitYearId(app, 'Khu phố 2', 2026)
    await advance(app, [id], 'proposed')
    await core(app, 'unitYears.act', { ids: [id], action: 'RECORD_DECISION', date: '2026-07-01', ref: '15/QĐ-UBND', signer: 'Phạm Thị Lan', body: 'UBND phường Tam Thắng', confirmed: true })
    await page.goto(`${app.url}#/nam-danh-gia/${id}`)
    await visible(page.getByText(/Hồ sơ đã có kết quả cuối cùng/))
    await page.getByRole('button', { name: 'Đính chính ngày nhận hồ sơ' }).click()
    const dialog = page.getByRole('dialog', { name: 'Đính chính ngày nhận hồ sơ' })
    await dialog.getByLabel('Ngày đúng', { exact: true }).fill('21/05/2026')
    await dialog.getByLabel('Lý do đính chính').fill('Sổ tiếp nhận ghi ngày 21/5')
    await dialog.getByRole('button', { name: 'Đính chính' }).click()
    await visible(page.getByText('Đã đính chính ngày nhận hồ sơ.'))
    expect(unitYearColumn(app, id, 'received_on')).toBe('2026-05-21')
  })
})
