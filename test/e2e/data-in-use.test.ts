import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { LOCK_FILE_NAME } from '../../electron/core/db/data-lock'
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

describe('a lock whose holder cannot be judged', () => {
  test('“Mở khóa” is offered with a warning, and opens the data once confirmed', async () => {
    const dataDir = makeTempDir('antt-e2e-unlock-')
    // A lock as an older version wrote it (no process start time), naming a process that runs: it cannot be told
    // whether that process still has the data open.
    fs.writeFileSync(path.join(dataDir, LOCK_FILE_NAME), JSON.stringify({ pid: process.pid, machine: os.hostname(), startedAt: '2025-01-01' }))
    const app = await openApp({ dataDir })
    const { page } = app
    await visible(page.getByText(/có thể bấm “Mở khóa”/))
    await page.getByRole('button', { name: 'Mở khóa' }).click()
    await visible(page.getByText(/Chỉ mở khóa khi chắc chắn không còn cửa sổ ANTT Desk nào/))
    await page.screenshot({ path: path.resolve(import.meta.dirname, '../../test-results/mo-khoa.png') })
    await page.getByRole('dialog').getByRole('button', { name: 'Mở khóa' }).click()
    await visible(page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }))
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_FILE_NAME), 'utf8')).processStart).toBeTruthy()
  })
})
