import { afterAll, describe, expect, test } from 'vitest'
import { closeBrowser, expectCount, openApp, visible } from './harness'
import { seedWard } from './ward-seed'

afterAll(closeBrowser)

const V16 = 'Năm 2010 không thuộc phạm vi áp dụng của quy định nào đã cấu hình'

describe('“Mở năm” opens the year typed or says why not (issue 11 item 3)', () => {
  test('2010 is refused at the field, not clamped; a year opened by mistake is removed with a reason, and audited', async () => {
    const app = await openApp()
    const { page } = app
    await page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click()
    await seedWard(app)
    await page.reload()
    const years = () => app.core!.ctx.sqlite.prepare('SELECT year FROM eval_year ORDER BY year').pluck().all()

    // The top bar's button (the setup checklist on Tổng quan offers one too).
    await page.locator('.ant-layout-header').getByRole('button', { name: 'Mở năm' }).click()
    const dialog = page.getByRole('dialog')
    const field = dialog.getByLabel('Năm đánh giá', { exact: true })
    await field.fill('2010')
    await dialog.getByRole('button', { name: 'Mở năm' }).click()
    await visible(dialog.locator('.ant-form-item-explain-error').getByText(V16))
    expect(await field.inputValue()).toBe('2010')
    expect(years()).toEqual([])

    // Opened by mistake: 2025 instead of 2026. It lands on the year board, which offers to take it back.
    await field.fill('2025')
    await dialog.getByRole('button', { name: 'Mở năm' }).click()
    await visible(page.getByText('Đã mở năm đánh giá 2025: 7 đơn vị.'))
    expect(page.url()).toMatch(/#\/nam-danh-gia$/)
    expect(years()).toEqual([2025])
    await page.getByRole('button', { name: 'Xóa năm…' }).click()
    const removal = page.getByRole('dialog', { name: 'Xóa năm đánh giá 2025?' })
    await removal.getByRole('button', { name: 'Xóa năm' }).click()
    await visible(removal.getByText('Vui lòng nhập lý do.'))
    await removal.getByLabel('Lý do xóa năm').fill('Mở nhầm năm 2025')
    await removal.getByRole('button', { name: 'Xóa năm' }).click()
    await visible(page.getByText('Đã xóa năm đánh giá 2025 (7 hồ sơ năm).'))
    expect(years()).toEqual([])
    expect(app.core!.ctx.sqlite.prepare('SELECT count(*) FROM unit_year').pluck().get()).toBe(0)
    const audit = app.core!.ctx.sqlite.prepare("SELECT entity, entity_id, reason FROM audit_log WHERE action = 'REMOVE_YEAR'").all()
    expect(audit).toEqual([{ entity: 'eval_year', entity_id: 2025, reason: 'Mở nhầm năm 2025' }])
    await expectCount(page.getByRole('button', { name: 'Xóa năm…' }), 0)
  })

  test('a year holding recorded work is not removed: the message is in the dialog and nothing changes', async () => {
    const app = await openApp()
    const { page } = app
    await page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click()
    await seedWard(app, { year: 2026 })
    // A saved edit is recorded work, though every unit is still “Chưa đăng ký”.
    app.core!.ctx.sqlite.prepare("UPDATE unit_year SET notes = 'đã ghi', updated_at = '2026-12-01T00:00:00Z' WHERE id = (SELECT min(id) FROM unit_year)").run()
    await page.reload()
    await page.goto(`${app.url}#/nam-danh-gia`)
    await page.getByRole('button', { name: 'Xóa năm…' }).click()
    const removal = page.getByRole('dialog', { name: 'Xóa năm đánh giá 2026?' })
    await removal.getByLabel('Lý do xóa năm').fill('Thử xóa')
    await removal.getByRole('button', { name: 'Xóa năm' }).click()
    await visible(removal.getByTestId('dialog-error').getByText(/Không thể xóa năm đánh giá 2026: năm đã có dữ liệu được ghi nhận/))
    expect(app.core!.ctx.sqlite.prepare('SELECT count(*) FROM unit_year WHERE year = 2026').pluck().get()).toBe(7)
  })
})
