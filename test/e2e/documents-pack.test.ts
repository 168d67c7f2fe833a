import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { dispatch } from '../../electron/core/dispatch'
import { makeTempDir } from '../helpers/temp-core'
import { closeBrowser, expectText, navigate, openApp, visible, type AppSession } from './harness'

afterAll(closeBrowser)

const REFERENCE = 'Kế hoạch số 15/KH-CATP ngày 10/3/2021 của Công an thành phố Vũng Tàu'

/** 2021 of the sample, as the integration test sets it: the port and the fishery pass appraisal (through the contract). */
async function twoEnterprisesPass(app: AppSession): Promise<void> {
  const handlers = app.core!.handlers
  const ok = async <T,>(answer: Promise<{ ok: boolean; data?: unknown; error?: { message: string } }>): Promise<T> => {
    const envelope = await answer
    if (!envelope.ok) throw new Error(envelope.error!.message)
    return envelope.data as T
  }
  const ids: number[] = []
  for (const search of ['cang dich vu', 'thuy san dong hai']) {
    ids.push((await ok<{ rows: { id: number }[] }>(dispatch(handlers, 'board.list', { year: 2021, type: 'DOANH_NGHIEP', search }))).rows[0]!.id)
  }
  await ok(dispatch(handlers, 'unitYears.act', { ids: [ids[1]!], action: 'RECEIVE_DOSSIER', date: '2021-11-26' }))
  await ok(dispatch(handlers, 'unitYears.act', { ids, action: 'APPRAISE_PASS', date: '2021-12-01' }))
}

/** The desktop shell's folder dialog, answering the folder the test sets. */
const FAKE_FOLDER_DIALOG = `
  window.__folder = null;
  const done = { ok: true, data: null };
  window.desktop = {
    chooseFolder: async () => ({ ok: true, data: window.__folder }),
    chooseFile: async () => done, chooseSavePath: async () => done,
    openFile: async () => done, showInFolder: async () => done, printFile: async () => done
  };
`
const chooseFolder = (page: Page, folder: string) => page.evaluate((f) => ((window as unknown as { __folder: string }).__folder = f), folder)

async function openPack(page: Page): Promise<void> {
  await navigate(page, 'Văn bản')
  await page.getByRole('button', { name: 'Bộ hồ sơ cuối năm…' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Năm đánh giá').fill('2021')
  await dialog.getByLabel('Văn bản chỉ đạo của báo cáo').fill(REFERENCE)
  await dialog.getByLabel('Ngày ban hành').fill('28/12/2021')
  await dialog.getByLabel('Ngày ban hành').press('Enter')
}

async function confirmAndRun(page: Page): Promise<void> {
  await page.getByRole('dialog').getByRole('button', { name: 'Ghi bộ hồ sơ' }).click()
  // The held sentences of the báo cáo and other warnings are shown before anything is written.
  const confirm = page.getByRole('button', { name: 'Vẫn ghi bộ hồ sơ' })
  await confirm.or(page.getByTestId('pack-progress')).first().waitFor()
  if (await confirm.isVisible()) await confirm.click()
}

describe('Văn bản → Bộ hồ sơ cuối năm (issue 9 item 6)', () => {
  test('writes the tờ trình, the decision, a certificate per unit and the báo cáo with a progress bar and a count; lists the files; Sổ văn bản has them', async () => {
    const app = await openApp()
    const { page } = app
    try {
      await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click()
      await visible(page.getByTestId('sample-banner'))
      await twoEnterprisesPass(app)
      await openPack(page)
      // Every count the page shows while the core writes, in order.
      await page.evaluate(() => {
        const seen: string[] = ((window as unknown as { __counts: string[] }).__counts = [])
        new MutationObserver(() => {
          const text = document.querySelector('[data-testid="pack-count"]')?.textContent
          if (text && seen.at(-1) !== text) seen.push(text)
        }).observe(document.body, { subtree: true, childList: true, characterData: true })
      })
      await confirmAndRun(page)

      await visible(page.getByTestId('pack-progress'))
      const bar = page.getByTestId('pack-progress').getByRole('progressbar')
      await visible(bar)
      await expectText(page.getByTestId('pack-count'), 'Đã ghi 5/5 tệp')
      expect(await bar.getAttribute('aria-valuenow')).toBe('100')
      const counts = await page.evaluate(() => (window as unknown as { __counts: string[] }).__counts)
      expect(counts[0]).toMatch(/^Đã ghi 0\/\d+ tệp — đang ghi: /)
      const done = counts.map((c) => Number(/^Đã ghi (\d+)\//.exec(c)![1]))
      expect(done.every((n, i) => i === 0 || n >= done[i - 1]!)).toBe(true)
      await expect.poll(() => page.getByRole('button', { name: 'Dừng ghi' }).count()).toBe(0)
      await visible(page.getByTestId('pack-result').getByText(/^Đã ghi 5 tệp vào “.+”\.$/))
      const folder = await page.getByTestId('pack-folder').innerText()
      expect(folder).toBe(path.join(app.dataDir, 'documents', '2021', 'Bộ hồ sơ cuối năm 2021'))
      const files = await page.getByTestId('pack-files').locator('.ant-list-item').allInnerTexts()
      expect(files).toHaveLength(5)
      expect(files.filter((f) => f.startsWith(`Giấy công nhận${path.sep}`))).toHaveLength(2)
      for (const file of files) expect(fs.existsSync(path.join(folder, file)), file).toBe(true)
      await page.screenshot({ path: path.resolve('out/screens/bo-ho-so-cuoi-nam.png') })

      await page.getByRole('button', { name: 'Xem trong Sổ văn bản' }).click()
      await visible(page.getByRole('heading', { name: 'Sổ văn bản' }))
      await visible(page.getByText('Giấy công nhận năm 2021', { exact: false }).first())
    } finally {
      await app.close()
    }
  })

  test('a folder that cannot be written: the message in the dialog; a write failing midway stops, keeps what is complete and says so', async () => {
    const outside = makeTempDir('antt-e2e-pack-')
    const app = await openApp({ initScript: FAKE_FOLDER_DIALOG, allowedFolders: [os.tmpdir()] })
    const { page } = app
    try {
      await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click()
      await visible(page.getByTestId('sample-banner'))
      await twoEnterprisesPass(app)

      // A path under a plain file: refused before anything is written.
      const blocker = path.join(outside, 'tep-thuong.txt')
      fs.writeFileSync(blocker, 'x')
      await openPack(page)
      await chooseFolder(page, path.join(blocker, 'bo-ho-so'))
      await page.getByRole('dialog').getByRole('button', { name: 'Chọn thư mục…' }).click()
      await page.getByRole('dialog').getByRole('button', { name: 'Ghi bộ hồ sơ' }).click()
      await visible(page.getByTestId('dialog-error').getByText(/^Không ghi được vào thư mục “.+” \(đường dẫn không phải là thư mục\)\. Vui lòng chọn thư mục khác\.$/))
      expect(fs.readdirSync(outside)).toEqual(['tep-thuong.txt'])

      // The certificates' subfolder cannot be made (a file holds its name): the documents before it are kept.
      const usb = path.join(outside, 'usb')
      fs.mkdirSync(usb)
      fs.writeFileSync(path.join(usb, 'Giấy công nhận'), 'x')
      await chooseFolder(page, usb)
      await page.getByRole('dialog').getByRole('button', { name: 'Chọn thư mục…' }).click()
      await visible(page.getByRole('dialog').getByText(usb, { exact: true }))
      await confirmAndRun(page)
      await visible(page.getByTestId('pack-result').getByText(/^Dừng khi ghi “Giấy công nhận”: .+\. Đã ghi 2\/\d+ tệp; các tệp đã ghi được giữ lại và có trong Sổ văn bản\.$/))
      const files = await page.getByTestId('pack-files').locator('.ant-list-item').allInnerTexts()
      expect(files).toHaveLength(2)
      for (const file of files) expect(fs.existsSync(path.join(usb, file)), file).toBe(true)
      await page.screenshot({ path: path.resolve('out/screens/bo-ho-so-loi.png') })
    } finally {
      await app.close()
    }
  })
})
