import { VIRTUAL_ROW } from '../helpers/virtual-table'
import { afterAll, describe, expect, test } from 'vitest'
import { dispatch } from '../../electron/core/dispatch'
import { closeBrowser, expectCount, navigate, openApp, visible, type AppSession } from './harness'

afterAll(closeBrowser)

async function ok<T>(promise: Promise<{ ok: boolean; data?: unknown; error?: { message: string } }>): Promise<T> {
  const envelope = await promise
  if (!envelope.ok) throw new Error(envelope.error!.message)
  return envelope.data as T
}

async function seedWard(app: AppSession): Promise<number> {
  const handlers = app.core!.handlers
  const area = await ok<{ id: number }>(dispatch(handlers, 'areas.create', { name: 'Phường Thắng Nhất', kind: 'PHUONG' }))
  await ok(dispatch(handlers, 'units.create', { values: { type: 'KDC', name: 'Khu phố 1', areaId: area.id, managingLevel: 'XA', householdsTotal: 300 } }))
  await ok(dispatch(handlers, 'years.open', { year: 2025 }))
  return area.id
}

const V26 = 'Chưa có mô hình phong trào hoạt động hiệu quả năm 2025: tiêu chí 1 sẽ không đạt.'

describe('movement models on the unit-year page', () => {
  test('marking a commune’s model effective turns its computed criterion 1 from failing to passing', async () => {
    const app = await openApp()
    const { page } = app
    try {
      await page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click()
      // Setup through the real contract: a ward with one khu phố, year 2025 open, the ward registered in Q1.
      const handlers = app.core!.handlers
      const area = { id: await seedWard(app) }
      const board = await ok<{ rows: Array<{ id: number; unitType: string }> }>(dispatch(handlers, 'board.list', { year: 2025 }))
      const commune = board.rows.find((row) => row.unitType === 'XA')!
      await ok(dispatch(handlers, 'unitYears.act', { ids: [commune.id], action: 'REGISTER', date: '2025-03-10', confirmed: true }))
      await ok(dispatch(handlers, 'models.create', { name: 'Camera an ninh khu phố', kind: 'TU_PHONG', areaId: area.id }))
      await page.reload()

      await navigate(page, 'Năm đánh giá')
      await expectCount(page.locator(VIRTUAL_ROW), 2)
      // The 2025 board names commune units in that year's terms (no thị trấn after 07/2025).
      await page.locator(VIRTUAL_ROW, { hasText: 'Xã, phường, đặc khu' }).dblclick()
      await visible(page.getByTestId('unit-year-models'))
      const criterion1 = page.locator('.ant-table-row', { hasText: 'Quý I: nghị quyết, kế hoạch, đăng ký' })
      await visible(criterion1.getByText(V26))
      await visible(criterion1.getByText('Tính theo quy định: Không đạt'))

      await page.getByLabel('Hoạt động hiệu quả năm 2025: Camera an ninh khu phố').click()
      await visible(page.getByText('Đã lưu mô hình.'))
      await visible(criterion1.getByText('Có 1 mô hình hoạt động hiệu quả'))
      expect(await criterion1.getByText(V26).count()).toBe(0)
      expect(await criterion1.getByText('Tính theo quy định: Không đạt').count()).toBe(0)
    } finally {
      await app.close()
    }
  })

  test('Địa bàn lists a commune’s models and adds one; the year board adds a missing unit and refuses a second record (V07)', async () => {
    const app = await openApp()
    const { page } = app
    try {
      await page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click()
      await seedWard(app)
      const handlers = app.core!.handlers
      const { unit } = await ok<{ unit: { id: number } }>(
        dispatch(handlers, 'units.create', { values: { type: 'KDC', name: 'Khu phố 2', areaId: (await ok<Array<{ id: number }>>(dispatch(handlers, 'areas.list', {})))[0]!.id, managingLevel: 'XA', householdsTotal: 120 } })
      )
      // A record that is missing (as in a file from before units joined open years by themselves).
      app.core!.ctx.sqlite.prepare('DELETE FROM unit_year WHERE unit_id = ? AND year = 2025').run(unit.id)
      await page.reload()

      await navigate(page, 'Địa bàn')
      await page.getByRole('tab', { name: 'Mô hình phong trào' }).click()
      await visible(page.getByText('Chưa có mô hình phong trào.'))
      await page.getByRole('button', { name: 'Thêm mô hình của Phường Thắng Nhất' }).click()
      await page.getByRole('dialog').getByLabel('Tên mô hình').fill('Tổ tự quản bến cá')
      await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click()
      await visible(page.getByText('Đã thêm mô hình “Tổ tự quản bến cá”.'))
      await visible(page.getByLabel('Hoạt động hiệu quả năm 2025: Tổ tự quản bến cá'))

      await navigate(page, 'Năm đánh giá')
      await expectCount(page.locator(VIRTUAL_ROW), 2)
      const add = async (name: string) => {
        await page.getByRole('button', { name: 'Thêm đơn vị vào năm' }).click()
        const dialog = page.getByRole('dialog')
        await dialog.getByLabel('Đơn vị').fill(name)
        await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: name }).first().click()
        await dialog.getByRole('button', { name: 'Thêm' }).click()
      }
      await add('Khu phố 1')
      await visible(page.getByText('Đơn vị Khu phố 1 đã có hồ sơ năm 2025.'))
      await page.getByRole('dialog').getByRole('button', { name: 'Hủy' }).click()
      await add('Khu phố 2')
      await visible(page.getByText('Đã thêm Khu phố 2 vào năm 2025.'))
      await visible(page.getByTestId('unit-year-title').getByText('Khu phố 2'))
    } finally {
      await app.close()
    }
  })
})
