import { afterAll, describe, test } from 'vitest'
import { seedProvince } from '../bench/registry'
import { openTestCore } from '../helpers/temp-core'
import { closeBrowser, expectCount, navigate, openApp, visible } from './harness'

afterAll(closeBrowser)

/** An office past onboarding with a registry big enough (tens of MB) that its backup takes a while. */
async function bigOffice(): Promise<string> {
  const tc = openTestCore()
  seedProvince(tc.core.database.sqlite, 200, 20_000)
  await tc.core.ctx.db.insertInto('app_meta').values({ key: 'onboarding_done', value: '1' }).execute()
  await tc.close()
  return tc.dataDir
}

describe('a backup started from Sao lưu', () => {
  test('shows its count while it runs, then the checked copy in the list', async () => {
    const { page } = await openApp({ dataDir: await bigOffice() })
    await navigate(page, 'Sao lưu')
    await visible(page.getByText('Chưa sao lưu lần nào'))
    await page.getByRole('button', { name: 'Sao lưu ngay' }).click()
    // The start call answers at once with the job; the count shows until the copy is checked.
    await visible(page.getByTestId('backup-progress-text').getByText(/^Đang sao lưu… \d+ %/))
    await visible(page.getByText(/Đã sao lưu và kiểm tra: antt-desk_.+_thu-cong\.sqlite\./))
    await expectCount(page.getByTestId('backup-progress'), 0)
    const rows = page.getByTestId('backup-list').locator('.ant-table-row')
    await expectCount(rows, 1)
    await visible(rows.first().getByText('Tốt'))
  })
})
