import { afterAll, describe, expect, test } from 'vitest'
import { closeBrowser, navigate, openApp, visible } from './harness'
import { advance, core, seedOffice, seedWard, unitYearId } from './ward-seed'

afterAll(closeBrowser)

describe('the year’s deadlines come from TT 124 Điều 9.1 and the office’s reading (issue 8 item 2)', () => {
  test('Tổng quan and “Các mốc thời hạn” show 2026’s dates per type; the strict reading moves them a day earlier', async () => {
    const app = await openApp()
    const { page } = app
    await page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click()
    const { areaId } = await seedWard(app, { year: 2026 })
    await seedOffice(app, areaId)
    await advance(app, [unitYearId(app, 'Khu phố 1', 2026)], 'proposed', { meeting: '2026-11-02', received: '2026-11-03', appraised: '2026-11-04', proposed: '2026-11-05' })
    await page.reload()

    const deadlineOf = async (label: string) => page.getByRole('dialog').getByLabel(label, { exact: true }).inputValue()
    const check = async (kdcDecision: string, otherDecision: string) => {
      await navigate(page, 'Tổng quan')
      await visible(page.getByTestId('overdue-list').locator('.ant-list-item').filter({ hasText: 'Khu phố 1' }).getByText(kdcDecision))
      await navigate(page, 'Năm đánh giá')
      await page.getByRole('button', { name: 'Các mốc thời hạn' }).click()
      expect(await deadlineOf('Hạn đăng ký')).toBe('31/03/2026')
      expect(await deadlineOf('Hạn nộp hồ sơ khu dân cư')).toBe('10/11/2026')
      expect(await deadlineOf('Hạn nộp hồ sơ đơn vị khác')).toBe('17/11/2026')
      expect(await deadlineOf('Hạn quyết định công nhận khu dân cư')).toBe(kdcDecision)
      expect(await deadlineOf('Hạn quyết định công nhận đơn vị khác')).toBe(otherDecision)
      await page.getByRole('dialog').getByRole('button', { name: 'Hủy' }).click()
    }
    await check('15/11/2026', '20/11/2026')
    await core(app, 'law.setDeadlineReading', { reading: 'STRICT' })
    await page.reload()
    await check('14/11/2026', '19/11/2026')
  })
})
