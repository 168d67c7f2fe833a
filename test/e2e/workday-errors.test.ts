import { afterAll, describe, test } from 'vitest'
import { closeBrowser, navigate, openApp } from './harness'
import { advance, seedOffice, seedWard, unitYearId } from './ward-seed'

afterAll(closeBrowser)

describe('a refused call shows its message where the user is looking (issue 11 item 7)', () => {
  test('a tờ trình dated before its appraisal: the message is inside the open save dialog', async () => {
    const app = await openApp()
    const { page } = app
    await page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click()
    const { areaId } = await seedWard(app, { year: 2026 })
    await seedOffice(app, areaId)
    await advance(app, [unitYearId(app, 'Khu phố 1', 2026)], 'appraised')
    await page.reload()

    await navigate(page, 'Văn bản')
    await page.getByTestId('doc-kind-DOC-TTR-CONGNHAN').click()
    const date = page.getByLabel('Ngày ban hành', { exact: true })
    await date.fill('01/06/2026')
    await page.getByTestId('doc-save').click()
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('button', { name: 'Lưu' }).click()
    // The save is refused after the document is composed, which shares the CPU with the suite's LibreOffice renders: a
    // loaded fresh-clone run once took over 15 s here (10 s alone).
    await dialog
      .getByTestId('dialog-error')
      .getByText(/Ngày tờ trình \(01\/06\/2026\) không được trước ngày thẩm định \(10\/06\/2026\)/)
      .waitFor({ timeout: 45_000 })
  })
})
