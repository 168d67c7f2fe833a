import { afterAll, describe, expect, test } from 'vitest'
import { dispatch } from '../../electron/core/dispatch'
import { closeBrowser, navigate, openApp, visible } from './harness'

afterAll(closeBrowser)

const V26 = 'Chưa có mô hình phong trào hoạt động hiệu quả năm 2025: tiêu chí 1 sẽ không đạt.'

describe('movement models on the unit-year page', () => {
  test('marking a commune’s model effective turns its computed criterion 1 from failing to passing', async () => {
    const app = await openApp()
    const { page } = app
    try {
      await page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click()
      // Setup through the real contract: a ward with one khu phố, year 2025 open, the ward registered in Q1.
      const handlers = app.core!.handlers
      const ok = async <T>(promise: Promise<{ ok: boolean; data?: unknown; error?: { message: string } }>): Promise<T> => {
        const envelope = await promise
        if (!envelope.ok) throw new Error(envelope.error!.message)
        return envelope.data as T
      }
      const area = await ok<{ id: number }>(dispatch(handlers, 'areas.create', { name: 'Phường Thắng Nhất', kind: 'PHUONG' }))
      await ok(dispatch(handlers, 'units.create', { values: { type: 'KDC', name: 'Khu phố 1', areaId: area.id, managingLevel: 'XA', householdsTotal: 300 } }))
      await ok(dispatch(handlers, 'years.open', { year: 2025 }))
      const board = await ok<{ rows: Array<{ id: number; unitType: string }> }>(dispatch(handlers, 'board.list', { year: 2025 }))
      const commune = board.rows.find((row) => row.unitType === 'XA')!
      await ok(dispatch(handlers, 'unitYears.act', { ids: [commune.id], action: 'REGISTER', date: '2025-03-10', confirmed: true }))
      await ok(dispatch(handlers, 'models.create', { name: 'Camera an ninh khu phố', kind: 'TU_PHONG', areaId: area.id }))
      await page.reload()

      await navigate(page, 'Năm đánh giá')
      await page.locator('.ant-table-row', { hasText: 'Phường Thắng Nhất' }).first().dblclick()
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
})
