import { afterAll, describe, expect, test } from 'vitest'
import { closeBrowser, expectCount, openApp, visible, type AppSession } from './harness'
import { seedWard, unitYearColumn, unitYearId } from './ward-seed'
import { VIRTUAL_ROW } from '../helpers/virtual-table'

afterAll(closeBrowser)

const V08 = (value: string) => `Ngày không hợp lệ: “${value}”. Vui lòng nhập theo định dạng dd/mm/yyyy.`

async function startWard(year = 2026): Promise<AppSession> {
  const app = await openApp()
  await app.page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click()
  await seedWard(app, { year })
  await app.page.reload()
  return app
}

async function openUnitYear(app: AppSession, id: number) {
  await app.page.goto(`${app.url}#/nam-danh-gia/${id}`)
  await visible(app.page.getByTestId('unit-year-title'))
}

describe('dates typed in a form are the dates saved (issue 11 items 1–2)', () => {
  test('a date typed then confirmed by clicking “Thực hiện” (no Tab, no Enter) is the one sent', async () => {
    const app = await startWard()
    const { page } = app
    const id = unitYearId(app, 'Khu phố 1', 2026)
    await openUnitYear(app, id)
    await page.getByRole('button', { name: 'Ghi nhận đăng ký' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('Ngày đăng ký', { exact: true }).fill('15/03/2026')
    await dialog.getByRole('button', { name: 'Thực hiện', exact: true }).click()
    await visible(page.getByText('Đã cập nhật 1 đơn vị.'))
    expect(unitYearColumn(app, id, 'registered_on')).toBe('2026-03-15')

    // The next step in the same way, typed with one-digit day and month.
    await page.getByRole('button', { name: 'Nhập kết quả họp đánh giá' }).waitFor()
    await page.goto(`${app.url}#/nam-danh-gia`)
    await page.locator(VIRTUAL_ROW).filter({ hasText: 'Khu phố 1' }).locator('.ant-checkbox').click()
    await page.getByTestId('bulk-toolbar').getByRole('button', { name: 'Họp đánh giá: đạt tất cả' }).click()
    await dialog.getByLabel('Ngày họp đánh giá', { exact: true }).fill('5/4/2026')
    await dialog.getByRole('button', { name: 'Thực hiện', exact: true }).click()
    await visible(page.getByText('Đã cập nhật 1 đơn vị.'))
    expect(unitYearColumn(app, id, 'meeting_on')).toBe('2026-04-05')
  })

  test('an impossible or two-digit-year date gets the V08 message at the field and nothing is saved', async () => {
    const app = await startWard()
    const { page } = app
    const id = unitYearId(app, 'Khu phố 2', 2026)
    await openUnitYear(app, id)
    await page.getByRole('button', { name: 'Ghi nhận đăng ký' }).click()
    const dialog = page.getByRole('dialog')
    const field = dialog.getByLabel('Ngày đăng ký', { exact: true })
    await field.fill('31/02/2026')
    await field.press('Tab')
    // Kept as typed, refused with its message at the field.
    expect(await field.inputValue()).toBe('31/02/2026')
    await visible(dialog.getByText(V08('31/02/2026')))
    await dialog.getByRole('button', { name: 'Thực hiện', exact: true }).click()
    await visible(dialog.getByText(V08('31/02/2026')))
    expect(unitYearColumn(app, id, 'status')).toBe('CHUA_DANG_KY')
    await field.fill('15/3/26')
    await dialog.getByRole('button', { name: 'Thực hiện', exact: true }).click()
    await visible(dialog.getByText(V08('15/3/26')))
    expect(unitYearColumn(app, id, 'status')).toBe('CHUA_DANG_KY')
    await dialog.getByRole('button', { name: 'Hủy' }).click()

    // A form on the page: a dossier receipt date typed wrongly is not erased on blur, and Ctrl+S saves nothing.
    app.core!.ctx.sqlite.prepare("UPDATE unit_year SET notes = 'trước' WHERE id = ?").run(id)
    await page.reload()
    await visible(page.getByTestId('unit-year-title'))
    await page.locator('textarea#notes').fill('sau')
    const dossierDate = page.getByLabel(/^Ngày nhận /).first()
    await dossierDate.fill('15/3/26')
    await dossierDate.press('Tab')
    expect(await dossierDate.inputValue()).toBe('15/3/26')
    await page.keyboard.press('Control+s')
    await visible(page.getByText(V08('15/3/26')))
    await expectCount(page.getByText('Đã lưu.'), 0)
    expect(unitYearColumn(app, id, 'notes')).toBe('trước')
  })
})
