import fs from 'node:fs'
import path from 'node:path'
import { SESSION_KEY_HEADER } from '../../shared/api/web-session'
import { afterAll, describe, expect, test } from 'vitest'
import { makeTempDir } from '../helpers/temp-core'
import { closeBrowser, navigate, expectCount, expectText, openApp, visible } from './harness'

afterAll(closeBrowser)

describe('first run and bad input, as a new user sees them', () => {
  test('starting empty: the registry teaches how to fill it, the office profile refuses empty names', async () => {
    const app = await openApp()
    const { page } = app
    await page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click()
    await visible(page.getByText('Chưa khai báo cơ quan'))
    await navigate(page, 'Đơn vị')
    await visible(page.getByText('Chưa có đơn vị nào.'))

    // An area with a blank name: the message at the field, nothing saved.
    await navigate(page, 'Địa bàn')
    await page.getByRole('button', { name: /Thêm địa bàn/ }).click()
    await page.getByLabel('Tên địa bàn').fill('   ')
    await page.getByRole('button', { name: 'Lưu' }).click()
    await visible(page.getByText('Tên khu vực không được để trống.'))
    await page.getByRole('button', { name: 'Hủy', exact: true }).click()
    expect((await app.core?.ctx.sqlite.prepare('SELECT count(*) FROM admin_area').pluck().get()) as number).toBe(0)

    // The office profile: required names are asked for, then saved and shown in the top bar.
    await navigate(page, 'Cài đặt')
    await page.getByRole('button', { name: /Lưu thông tin cơ quan/ }).click()
    await visible(page.getByText('Tên cơ quan không được để trống.'))
    await page.getByLabel('Tên cơ quan chủ quản').fill('CÔNG AN TỈNH BÀ RỊA - VŨNG TÀU')
    await page.getByLabel('Tên cơ quan', { exact: true }).fill('CÔNG AN PHƯỜNG THẮNG NHẤT')
    await page.getByLabel('Chữ viết tắt của cơ quan').fill('CAP')
    await page.getByLabel('Tên Ủy ban nhân dân', { exact: true }).fill('ỦY BAN NHÂN DÂN PHƯỜNG THẮNG NHẤT')
    await page.getByLabel('Địa danh ghi ngày tháng').fill('Vũng Tàu')
    await page.keyboard.press('Control+s')
    await visible(page.getByText('Đã lưu thông tin cơ quan.'))
    await expectText(page.locator('.ant-layout-header strong'), 'CÔNG AN PHƯỜNG THẮNG NHẤT')

    // A malformed request straight to the contract: refused in Vietnamese, nothing written.
    // The page's own per-launch key (kept by the tab), so the request gets past the key check to the contract.
    const headers = await page.evaluate((header) => ({ [header]: window.sessionStorage.getItem('antt-desk-key') ?? '' }), SESSION_KEY_HEADER)
    const answer = await page.evaluate(async (headers) => {
      const response = await fetch('/api/units.create', { method: 'POST', headers, body: JSON.stringify({ values: { type: 'KDC', name: 5 }, extra: true }) })
      return (await response.json()) as { ok: boolean; error: { message: string } }
    }, headers)
    expect(answer.ok).toBe(false)
    expect(answer.error.message).toMatch(/không|Thiếu/)
    const huge = await page.evaluate(async (headers) => {
      const response = await fetch('/api/units.list', { method: 'POST', headers, body: JSON.stringify({ search: 'x'.repeat(2_000_000) }) })
      return { status: response.status, body: (await response.json()) as { error: { message: string } } }
    }, headers)
    const keyless = await page.evaluate(async () => (await fetch('/api/units.list', { method: 'POST', body: '{}' })).status)
    expect(keyless).toBe(401)
    expect(huge.status).toBe(413)
    expect(huge.body.error.message).toBe('Dữ liệu gửi lên quá lớn; yêu cầu bị từ chối.')
  })

  test('the sample can be removed in one action from the banner', async () => {
    const app = await openApp()
    const { page } = app
    await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click()
    await visible(page.getByTestId('sample-banner'))
    await page.getByTestId('sample-banner').getByRole('button', { name: 'Xóa dữ liệu mẫu' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Xóa dữ liệu mẫu' }).click()
    await visible(page.getByText('Đã xóa dữ liệu mẫu: 18 địa bàn, 130 đơn vị, 4 người ký.'))
    await expectCount(page.getByTestId('sample-banner'), 0)
  })

  test('a data file that is not a database opens a clear screen and is left untouched', async () => {
    const dataDir = makeTempDir('antt-e2e-bad-')
    const file = path.join(dataDir, 'antt-desk.sqlite')
    fs.writeFileSync(file, 'không phải cơ sở dữ liệu')
    const app = await openApp({ dataDir })
    await visible(app.page.getByText('Không thể mở dữ liệu của ANTT Desk'))
    await visible(app.page.getByText(/không phải tệp SQLite/))
    expect(fs.readFileSync(file, 'utf8')).toBe('không phải cơ sở dữ liệu')
  })
})
