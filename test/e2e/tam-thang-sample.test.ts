import type { Page } from 'playwright-core'
import { afterAll, describe, expect, test } from 'vitest'
import type { Dashboard } from '../../shared/api/calls/cycle'
import { closeBrowser, expectCount, expectText, navigate, openApp, visible, type AppSession } from './harness'
import { core } from './ward-seed'
import { VIRTUAL_ROW } from '../helpers/virtual-table'

afterAll(closeBrowser)

async function typeDate(page: Page, label: string, date: string): Promise<void> {
  const field = page.getByRole('dialog').getByLabel(label, { exact: true })
  await field.click()
  await field.fill(date)
  await field.press('Tab')
}

/** A step of the board's toolbar for the selected units, and its result. */
async function bulk(page: Page, button: string, count: number, fill: () => Promise<void>): Promise<void> {
  await page.getByTestId('bulk-toolbar').getByRole('button', { name: button, exact: true }).click()
  await fill()
  await page.getByRole('dialog').getByRole('button', { name: 'Thực hiện', exact: true }).click()
  await visible(page.getByText(`Đã cập nhật ${count} đơn vị.`))
  // The toast of one step is not taken for the next one's.
  await expectCount(page.getByText(`Đã cập nhật ${count} đơn vị.`), 0)
}

/** The first 2026 unit of a type in a status (setup reading only; the steps are the user's). */
function unitIn(app: AppSession, type: string, status: string): string {
  return app.core!.ctx.sqlite
    .prepare('SELECT u.name FROM unit_year uy JOIN unit u ON u.id = uy.unit_id WHERE uy.year = 2026 AND uy.unit_type = ? AND uy.status = ? ORDER BY u.sort_key LIMIT 1')
    .pluck()
    .get(type, status) as string
}

/** The count Tổng quan's stage chart writes beside a unit type's bar in a stage, as the user reads it. */
async function chartCount(page: Page, stage: string, unitType: string): Promise<string> {
  const bar = page.getByTestId('stage-chart').getByRole('list', { name: stage, exact: true }).getByRole('listitem', { name: new RegExp(`^${unitType}: `) })
  return (await bar.innerText()).trim()
}

function statusOf(app: AppSession, name: string): string {
  return app.core!.ctx.sqlite.prepare('SELECT uy.status FROM unit_year uy JOIN unit u ON u.id = uy.unit_id WHERE uy.year = 2026 AND u.name = ?').pluck().get(name) as string
}

describe('the Tam Thắng ward sample from onboarding, its 2026 taken to a decision (issue 8 item 5)', () => {
  test('a school registered and a khu phố already registered go to the decision; the decision deadline shown is TT 124’s (before 15/11 for khu dân cư)', async () => {
    const app = await openApp()
    const { page } = app
    // The ward sample is offered first.
    const samples = page.getByRole('button', { name: /^Dùng (dữ liệu )?mẫu/ })
    await expectText(samples.first(), 'Dùng mẫu phường Tam Thắng')
    await page.screenshot({ path: 'test-results/onboarding.png' })
    await page.getByRole('button', { name: 'Dùng mẫu phường Tam Thắng' }).click()
    await visible(page.getByTestId('sample-banner'))
    // Its 2025 merge is in Địa bàn → Lịch sử sáp nhập; the ward has been assessed since, so it says it cannot be undone.
    await navigate(page, 'Địa bàn')
    await page.getByRole('tab', { name: 'Lịch sử sáp nhập' }).click()
    const ward = page.getByTestId('merge-history').locator('.ant-table-row', { hasText: 'Phường Tam Thắng' })
    await visible(ward.getByText('Phường 7, Phường 8, Phường 9, Phường Nguyễn An Ninh'))
    await visible(ward.getByText('01/07/2025'))
    await visible(ward.getByText('Sáp nhập toàn bộ diện tích, quy mô dân số của Phường 7, Phường 8, Phường 9 và phường Nguyễn An Ninh'))
    await visible(ward.getByText('Không thể hoàn tác: khu vực mới đã có hồ sơ năm 2025.'))
    await expectCount(ward.getByRole('button', { name: 'Hoàn tác' }), 0)
    await page.screenshot({ path: 'test-results/merge-history.png' })

    const school = unitIn(app, 'CSGD', 'CHUA_DANG_KY')
    const kdc = unitIn(app, 'KDC', 'DA_DANG_KY')
    expect(school && kdc).toBeTruthy()

    // Tổng quan's stage chart writes each count beside its bar: the year's recognised units per type.
    const recognised = async () => {
      const dashboard = await core<Dashboard>(app, 'dashboard.get', { year: 2026 })
      return Object.fromEntries(dashboard.byType.map((row) => [row.unitType, row.current.recognised]))
    }
    const before = await recognised()
    await navigate(page, 'Tổng quan')
    await expect.poll(() => chartCount(page, 'Đã công nhận', 'Khu dân cư')).toBe(String(before.KDC))
    expect(await chartCount(page, 'Đã công nhận', 'Cơ sở giáo dục')).toBe(String(before.CSGD))

    await navigate(page, 'Năm đánh giá')
    await expect.poll(() => page.getByTestId('year-picker').innerText()).toMatch(/Năm 2026/)
    // The deadlines of 2026 under TT 124 Điều 9.1 as the year shows them.
    await page.getByRole('button', { name: 'Các mốc thời hạn' }).click()
    expect(await page.getByRole('dialog').getByLabel('Hạn quyết định công nhận khu dân cư', { exact: true }).inputValue()).toBe('15/11/2026')
    expect(await page.getByRole('dialog').getByLabel('Hạn quyết định công nhận đơn vị khác', { exact: true }).inputValue()).toBe('20/11/2026')
    await page.getByRole('dialog').getByRole('button', { name: 'Hủy' }).click()

    const search = page.getByLabel('Tìm trong năm đánh giá')
    const row = (name: string) => page.locator(VIRTUAL_ROW).filter({ hasText: name })
    await search.fill(school)
    await expectCount(page.locator(VIRTUAL_ROW), 1)
    await row(school).locator('.ant-checkbox').click()
    await bulk(page, 'Ghi nhận đăng ký', 1, () => typeDate(page, 'Ngày đăng ký', '20/03/2026'))
    expect(statusOf(app, school)).toBe('DA_DANG_KY')

    await search.fill(kdc)
    await expectCount(page.locator(VIRTUAL_ROW), 1)
    await row(kdc).locator('.ant-checkbox').click()
    await search.fill('')
    await visible(page.getByText('Đã chọn 2:'))
    await bulk(page, 'Họp đánh giá: đạt tất cả', 2, () => typeDate(page, 'Ngày họp đánh giá', '20/10/2026'))
    await bulk(page, 'Tiếp nhận hồ sơ', 2, () => typeDate(page, 'Ngày nhận hồ sơ', '05/11/2026'))
    await bulk(page, 'Thẩm định: đạt', 2, () => typeDate(page, 'Ngày thẩm định', '06/11/2026'))
    await bulk(page, 'Đưa vào tờ trình', 2, async () => {
      await typeDate(page, 'Ngày tờ trình', '07/11/2026')
      await page.getByRole('dialog').getByLabel('Số tờ trình').fill('30/TTr-CAP')
    })
    // Proposed, each waits for its decision: the khu phố before 15/11, the school before 20/11.
    await search.fill(kdc)
    await visible(row(kdc).getByText('15/11/2026'))
    await search.fill(school)
    await visible(row(school).getByText('20/11/2026'))
    await search.fill('')

    await bulk(page, 'Ghi nhận quyết định', 2, async () => {
      await typeDate(page, 'Ngày quyết định', '14/11/2026')
      await page.getByRole('dialog').getByLabel('Số quyết định').fill('210/QĐ-UBND')
      await page.getByRole('dialog').getByLabel('Người ký').fill('Phạm Thị Lan')
    })
    expect(statusOf(app, kdc)).toBe('DA_CONG_NHAN')
    expect(statusOf(app, school)).toBe('DA_CONG_NHAN')

    // The chart follows the decision at once (the dashboard's sums are kept only until the data changes).
    await navigate(page, 'Tổng quan')
    await expect.poll(() => chartCount(page, 'Đã công nhận', 'Khu dân cư')).toBe(String(before.KDC! + 1))
    expect(await chartCount(page, 'Đã công nhận', 'Cơ sở giáo dục')).toBe(String(before.CSGD! + 1))
  })
})
