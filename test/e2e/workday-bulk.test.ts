import { afterAll, describe, expect, test } from 'vitest'
import { closeBrowser, expectCount, openApp, visible } from './harness'
import { advance, seedWard, unitYearColumn, unitYearId } from './ward-seed'
import { VIRTUAL_ROW } from '../helpers/virtual-table'

afterAll(closeBrowser)

describe('bulk steps when some units block (issue 11 item 14)', () => {
  test('the blockers are a table with links; the eligible units are a second, explicit choice; the selection stays', async () => {
    const app = await openApp()
    const { page } = app
    await page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click()
    await seedWard(app, { year: 2026 })
    const ids = [1, 2, 3].map((n) => unitYearId(app, `Khu phố ${n}`, 2026))
    // Khu phố 1 and 2 had their meeting; Khu phố 3 is not even registered.
    await advance(app, ids.slice(0, 2), 'meeting')
    await page.reload()
    await page.goto(`${app.url}#/nam-danh-gia`)
    const row = (name: string) => page.locator(VIRTUAL_ROW).filter({ hasText: new RegExp(`^${name}`) })

    // The selection survives a change of search: one chosen, then another found by search.
    const search = page.getByLabel('Tìm trong năm đánh giá')
    await row('Khu phố 1').locator('.ant-checkbox').click()
    await search.fill('Khu phố 2')
    await expectCount(page.locator(VIRTUAL_ROW), 1)
    await row('Khu phố 2').locator('.ant-checkbox').click()
    await search.fill('Khu phố 3')
    await expectCount(page.locator(VIRTUAL_ROW), 1)
    await row('Khu phố 3').locator('.ant-checkbox').click()
    await search.fill('')
    await visible(page.getByText('Đã chọn 3:'))

    await page.getByTestId('bulk-toolbar').getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('Ngày nhận hồ sơ', { exact: true }).fill('20/05/2026')
    await dialog.getByRole('button', { name: 'Thực hiện', exact: true }).click()
    const blocked = dialog.getByTestId('blocked-units')
    await visible(blocked.getByText('1/3 đơn vị chưa đủ điều kiện; chưa có thay đổi nào được ghi.'))
    await expectCount(blocked.locator('.ant-table-row'), 1)
    await visible(blocked.getByRole('link', { name: 'Khu phố 3' }))
    expect(await blocked.getByRole('link', { name: 'Khu phố 3' }).getAttribute('href')).toBe(`#/nam-danh-gia/${ids[2]}`)
    expect(unitYearColumn(app, ids[0]!, 'status')).toBe('DA_TU_DANH_GIA')

    await blocked.getByRole('button', { name: 'Thực hiện cho 2 đơn vị đủ điều kiện' }).click()
    await visible(page.getByText('Đã cập nhật 2 đơn vị.'))
    expect(unitYearColumn(app, ids[0]!, 'received_on')).toBe('2026-05-20')
    expect(unitYearColumn(app, ids[1]!, 'received_on')).toBe('2026-05-20')
    expect(unitYearColumn(app, ids[2]!, 'status')).toBe('CHUA_DANG_KY')
    // Still selected for the next step.
    await visible(page.getByText('Đã chọn 3:'))
  })
})
