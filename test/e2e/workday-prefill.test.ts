import { afterAll, describe, expect, test } from 'vitest'
import { closeBrowser, navigate, openApp, visible } from './harness'
import { core, seedOffice, seedWard, unitYearId } from './ward-seed'
import { VIRTUAL_ROW } from '../helpers/virtual-table'

afterAll(closeBrowser)

describe('what the app knows is filled in (issue 11 item 16)', () => {
  test('registration counts from the unit; a new unit in the office’s ward at its level, “khu phố” first; the draft’s date when numbering', async () => {
    const app = await openApp()
    const { page } = app
    await page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click()
    const { areaId } = await seedWard(app, { year: 2026 })
    await seedOffice(app, areaId)
    await page.reload()

    // Single registration: the unit's 301 households.
    await page.goto(`${app.url}#/nam-danh-gia/${unitYearId(app, 'Khu phố 1', 2026)}`)
    await page.getByRole('button', { name: 'Ghi nhận đăng ký' }).click()
    const dialog = page.getByRole('dialog')
    await expect.poll(() => dialog.getByLabel('Số hộ đang cư trú', { exact: true }).inputValue()).toBe('301')
    await dialog.getByRole('button', { name: 'Hủy' }).click()
    // Bulk registration: says where the counts come from.
    await page.goto(`${app.url}#/nam-danh-gia`)
    await page.locator(VIRTUAL_ROW).filter({ hasText: 'Khu phố 2' }).locator('.ant-checkbox').click()
    await page.getByTestId('bulk-toolbar').getByRole('button', { name: 'Ghi nhận đăng ký' }).click()
    await visible(page.getByRole('dialog').getByText('Số hộ đang cư trú của mỗi khu dân cư lấy theo hồ sơ của đơn vị đó.'))
    await page.getByRole('dialog').getByRole('button', { name: 'Hủy' }).click()

    // A new unit: the office's ward, managed at the ward level, “khu phố” first.
    await navigate(page, 'Đơn vị')
    await page.getByRole('button', { name: /Thêm đơn vị/ }).first().click()
    const drawer = page.locator('.ant-drawer')
    const item = (label: string) => drawer.locator('.ant-form-item').filter({ hasText: label })
    await expect.poll(() => item('Xã, phường nơi đóng trụ sở').innerText()).toContain('Phường Tam Thắng')
    await expect.poll(() => item('Cấp quản lý').innerText()).toContain('Cấp xã')
    await drawer.getByLabel('Loại khu dân cư').click()
    await expect.poll(() => page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().innerText()).toBe('khu phố')
    await page.keyboard.press('Escape')
    await drawer.getByRole('button', { name: 'Hủy' }).click()

    // “Ghi số văn bản” on a dated draft: its date is offered.
    await core(app, 'documents.generate', { request: await draftRequest(app), confirmed: true })
    await navigate(page, 'Sổ văn bản')
    await page.getByRole('button', { name: 'Ghi số văn bản' }).first().click()
    await expect.poll(() => page.getByRole('dialog').getByLabel('Ngày ban hành', { exact: true }).inputValue()).toBe('20/11/2026')
  })
})

/** A báo cáo of 2026 dated 20/11/2026 without a number (a draft the văn thư numbers later). */
async function draftRequest(app: Parameters<typeof core>[0]) {
  const prepared = await core<{ request: Record<string, unknown> }>(app, 'documents.prepare', { kind: 'DOC-BC-KETQUA', year: 2026, areaId: null, unitType: null, unitYearIds: [], reference: null })
  return { ...prepared.request, reference: 'Công văn số 395/CAT-PV05 ngày 05/3/2026 của Công an thành phố', number: null, date: '2026-11-20', issueYear: 2026 }
}
