import { afterAll, describe, expect, test } from 'vitest'
import { closeBrowser, navigate, openApp, visible } from './harness'
import { advance, core, seedOffice, seedWard, unitYearId } from './ward-seed'

afterAll(closeBrowser)

describe('the ward’s tờ trình goes to the authority its page names (issue 11 item 10)', () => {
  test('Phường Tam Thắng 2026: the page says UBND cấp tỉnh (chưa xác minh); the tờ trình is addressed to the city’s committee, not to UBND phường', async () => {
    const app = await openApp()
    const { page } = app
    await page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click()
    const { areaId } = await seedWard(app, { year: 2026 })
    await seedOffice(app, areaId)
    // The six khu phố decided before 15/11; the ward itself appraised (its criterion 1 needs an effective model).
    const kdc = [1, 2, 3, 4, 5, 6].map((n) => unitYearId(app, `Khu phố ${n}`, 2026))
    await advance(app, kdc, 'proposed', { meeting: '2026-11-02', received: '2026-11-03', appraised: '2026-11-04', proposed: '2026-11-05' })
    await core(app, 'unitYears.act', { ids: kdc, action: 'RECORD_DECISION', date: '2026-11-10', ref: '112/QĐ-UBND', signer: 'Phạm Thị Lan', confirmed: true })
    const wardUnit = app.core!.ctx.sqlite.prepare("SELECT id FROM unit WHERE type = 'XA'").pluck().get() as number
    const model = await core<{ id: number }>(app, 'models.create', { name: 'Tổ an ninh khu phố', kind: 'TU_QUAN', hostUnitId: wardUnit })
    await core(app, 'models.setYear', { modelId: model.id, year: 2026, effective: true, members: 9 })
    const ward = unitYearId(app, 'Phường Tam Thắng', 2026)
    await advance(app, [ward], 'appraised', { meeting: '2026-11-16', received: '2026-11-17', appraised: '2026-11-18' })

    await page.goto(`${app.url}#/nam-danh-gia/${ward}`)
    await visible(page.getByText(/thẩm quyền công nhận: UBND cấp tỉnh \(chưa xác minh\)/))

    await navigate(page, 'Văn bản')
    await page.getByTestId('doc-kind-DOC-TTR-CONGNHAN').click()
    const preview = page.getByTestId('doc-preview')
    await visible(preview.getByText(/Ủy ban nhân dân thành phố Hồ Chí Minh/).first())
    expect(await preview.innerText()).not.toMatch(/Kính gửi:?\s*Ủy ban nhân dân phường Tam Thắng/)
    // The office's choice where TT 48 is unverified is said beside the draft, never printed in it.
    await visible(page.getByText(/chưa xác minh với Thông tư số 48\/2025\/TT-BCA/).first())
    expect(await preview.innerText()).not.toMatch(/chưa xác minh/)
  })
})
