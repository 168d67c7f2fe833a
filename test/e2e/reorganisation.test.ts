import type { Page } from 'playwright-core'
import { afterAll, describe, expect, test } from 'vitest'
import { closeBrowser, expectCount, navigate, openApp, visible, type AppSession } from './harness'
import { core } from './ward-seed'

afterAll(closeBrowser)

/** Phường 7 and Phường 8, two khu phố each, with 2025 assessed and closed and 2026 open. */
async function seedTwoWards(app: AppSession): Promise<void> {
  for (const ward of ['Phường 7', 'Phường 8']) {
    const area = await core<{ id: number }>(app, 'areas.create', { name: ward, kind: 'PHUONG' })
    for (const n of [1, 2]) {
      await core(app, 'units.create', { values: { type: 'KDC', name: `Khu phố ${n} ${ward}`, areaId: area.id, kdcSubtype: 'khu phố', managingLevel: 'XA', householdsTotal: 300 } })
    }
  }
  await core(app, 'years.open', { year: 2025 })
  await core(app, 'years.close', { year: 2025, confirmed: true })
  await core(app, 'years.open', { year: 2026 })
}

async function chooseArea(page: Page, typed: string, name: string): Promise<void> {
  await page.getByLabel('Các khu vực được sáp nhập').fill(typed)
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: name }).first().click()
}

async function pickKind(page: Page, label: string): Promise<void> {
  await page.getByRole('dialog').getByLabel('Loại', { exact: true }).click()
  await page.locator('.ant-select-dropdown:visible').getByTitle(label, { exact: true }).click()
}

function written(app: AppSession): { events: number; areas: number; endedAreas: number } {
  const sqlite = app.core!.ctx.sqlite
  return {
    events: sqlite.prepare('SELECT count(*) FROM area_event').pluck().get() as number,
    areas: sqlite.prepare('SELECT count(*) FROM admin_area').pluck().get() as number,
    endedAreas: sqlite.prepare('SELECT count(*) FROM admin_area WHERE valid_to IS NOT NULL').pluck().get() as number
  }
}

describe('Sáp nhập khu vực in Địa bàn (issue 8 item 5)', () => {
  test('two wards merge into a new one through the dialog: refusals write nothing, the preview lists the units, the event is in Lịch sử sáp nhập, Tổng quan compares through it, and it is undone', async () => {
    const app = await openApp()
    const { page } = app
    await page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click()
    await seedTwoWards(app)
    await page.reload()
    const before = written(app)
    expect(before).toEqual({ events: 0, areas: 2, endedAreas: 0 })

    await navigate(page, 'Địa bàn')
    await page.getByRole('button', { name: 'Sáp nhập khu vực' }).click()
    const dialog = page.getByRole('dialog', { name: 'Sáp nhập khu vực' })
    // Nothing chosen: the dialog says so, nothing is asked of core.
    await dialog.getByRole('button', { name: 'Xem trước' }).click()
    await visible(dialog.getByText('Vui lòng chọn ít nhất một khu vực được sáp nhập.'))

    // Diacritic-insensitive search: "phuong 7" finds "Phường 7".
    await chooseArea(page, 'phuong 7', 'Phường 7')
    await chooseArea(page, 'phuong 8', 'Phường 8')
    await dialog.getByLabel('Tên khu vực mới').fill('Phường Tam Thắng')
    expect(await dialog.getByLabel('Căn cứ pháp lý').inputValue()).toBe('Nghị quyết số 1685/NQ-UBTVQH15 ngày 16/6/2025')
    // The reference offered follows the level: a province is merged under NQ 202, a ward under NQ 1685.
    await pickKind(page, 'Tỉnh, thành phố trực thuộc Trung ương')
    await expect.poll(() => dialog.getByLabel('Căn cứ pháp lý').inputValue()).toBe('Nghị quyết số 202/2025/QH15')
    await pickKind(page, 'Phường')
    await expect.poll(() => dialog.getByLabel('Căn cứ pháp lý').inputValue()).toBe('Nghị quyết số 1685/NQ-UBTVQH15 ngày 16/6/2025')
    // A date inside the closed year 2025: the core refuses in Vietnamese, inside the dialog, and nothing is written.
    await dialog.getByLabel('Ngày hiệu lực').fill('01/07/2025')
    await dialog.getByRole('button', { name: 'Xem trước' }).click()
    await visible(dialog.getByTestId('dialog-error').getByText(/Ngày hiệu lực 01\/07\/2025 nằm trong năm đánh giá 2025 đã chốt/))
    expect(await dialog.getByRole('button', { name: 'Xác nhận sáp nhập' }).isDisabled()).toBe(true)
    await page.screenshot({ path: 'test-results/merge-refused.png' })
    expect(written(app)).toEqual(before)

    // From 01/01/2026 the preview lists the four khu phố moving and the two ward units ending.
    await dialog.getByLabel('Ngày hiệu lực').fill('01/01/2026')
    await dialog.getByRole('button', { name: 'Xem trước' }).click()
    const preview = dialog.getByTestId('merge-preview')
    await visible(preview.getByText('Từ ngày 01/01/2026, Phường 7, Phường 8 sáp nhập thành Phường Tam Thắng: 4 đơn vị chuyển sang.'))
    await visible(preview.getByRole('cell', { name: 'Khu phố 2 Phường 8' }))
    await expectCount(preview.locator('.ant-table-row'), 4)
    await expectCount(preview.getByTestId('ending-communes').locator('.ant-list-item'), 2)
    expect(written(app)).toEqual(before)
    await page.screenshot({ path: 'test-results/merge-dialog.png' })
    await dialog.getByRole('button', { name: 'Xác nhận sáp nhập' }).click()
    await visible(page.getByText('Đã sáp nhập vào “Phường Tam Thắng”.'))
    expect(written(app)).toEqual({ events: 1, areas: 3, endedAreas: 2 })

    await page.getByRole('tab', { name: 'Lịch sử sáp nhập' }).click()
    const history = page.getByTestId('merge-history')
    const row = history.locator('.ant-table-row', { hasText: 'Phường Tam Thắng' })
    await visible(row.getByText('Phường 7, Phường 8'))
    await visible(row.getByText('01/01/2026'))
    await visible(row.getByText('Nghị quyết số 1685/NQ-UBTVQH15 ngày 16/6/2025'))
    await visible(row.getByRole('cell', { name: '4', exact: true }))

    // Tổng quan of 2026: Tam Thắng beside the sum of its two wards' 2025.
    await navigate(page, 'Tổng quan')
    await page.getByRole('button', { name: 'So với năm trước theo địa giới trước sáp nhập' }).click()
    const comparison = page.getByTestId('lineage-comparison')
    await comparison.scrollIntoViewIfNeeded()
    await visible(comparison.getByText('Phường Tam Thắng so với tổng Phường 7, Phường 8 năm 2025'))
    // The two old wards still have their (excluded) 2026 commune records; only Tam Thắng was compared through lineage.
    await expectCount(comparison.locator('.ant-table-row'), 3)
    await page.getByRole('checkbox', { name: 'Chỉ khu vực có sáp nhập' }).check()
    await expectCount(comparison.locator('.ant-table-row'), 1)
    await visible(comparison.locator('.ant-table-row', { hasText: 'Phường Tam Thắng' }))
    await comparison.scrollIntoViewIfNeeded()
    await page.screenshot({ path: 'test-results/lineage-comparison.png' })

    // Undone (nothing was recorded in the new ward yet): the two wards are back, the new one is gone.
    await navigate(page, 'Địa bàn')
    await page.getByRole('tab', { name: 'Lịch sử sáp nhập' }).click()
    await history.getByRole('button', { name: 'Hoàn tác' }).click()
    await page.locator('.ant-modal-confirm').getByRole('button', { name: 'Hoàn tác' }).click()
    await visible(page.getByText('Đã hoàn tác lần sáp nhập.'))
    await visible(history.getByText('Chưa có lần sáp nhập nào.'))
    expect(written(app)).toEqual(before)
  })
})
