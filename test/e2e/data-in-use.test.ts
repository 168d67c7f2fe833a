import { afterAll, describe, test } from 'vitest'
import { openCoreHost } from '../../electron/core/host'
import { makeTempDir } from '../helpers/temp-core'
import { closeBrowser, openApp, visible } from './harness'

afterAll(closeBrowser)

describe('the data folder is held by another process', () => {
  test('a clear screen says so (nothing is changed); once the other closes, the app opens', async () => {
    const dataDir = makeTempDir('antt-e2e-in-use-')
    // The other holder: the browser mode or another Windows user's ANTT Desk on the same data folder.
    const other = openCoreHost({ dataDir, appVersion: 'other' })
    const app = await openApp({ dataDir })
    const { page } = app
    try {
      await visible(page.getByTestId('startup-error'))
      await visible(page.getByText('Không thể mở dữ liệu của ANTT Desk'))
      await visible(page.getByText(/Dữ liệu đang được mở bởi một cửa sổ ANTT Desk khác .*Dữ liệu không bị thay đổi\./))
      await other.close()
      await app.restart()
      await visible(page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }))
    } finally {
      await other.close()
      await app.close()
    }
  })
})
