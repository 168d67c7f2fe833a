import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { DATA_FILE_NAME } from '../../electron/core'
import { dispatch } from '../../electron/core/dispatch'
import { makeTempDir } from '../helpers/temp-core'
import { makeXlsx } from '../helpers/xlsx-fixtures'
import { closeBrowser, navigate, openApp, visible } from './harness'

afterAll(closeBrowser)

const SAMPLE = path.resolve(__dirname, '../../resources/mau-danh-sach-don-vi.xlsx')
// In the desktop a dialog grants the path it returns; the browser server stands in with the folders configured at launch.
const DIALOG_FOLDERS = [path.dirname(SAMPLE), os.tmpdir()]

/**
 * A stand-in for the preload's `window.desktop` (the real handlers are unit-tested with fakes of Electron): it
 * records each call and answers what the test set in `window.__desktop.answers` ("folder:backup", "file:excel", …).
 * Data calls still go to the real core over HTTP, so what a dialog "chose" is really written or read.
 */
const FAKE_DESKTOP = `
  window.__desktop = { calls: [], answers: {} };
  const answer = (key) => ({ ok: true, data: window.__desktop.answers[key] ?? null });
  const act = (name) => async (input) => {
    window.__desktop.calls.push([name, input]);
    const refusal = window.__desktop.answers['refuse:' + name];
    return refusal ? { ok: false, error: { code: 'VALIDATION', message: refusal } } : { ok: true, data: null };
  };
  window.desktop = {
    chooseFolder: async (input) => (window.__desktop.calls.push(['chooseFolder', input]), answer('folder:' + input.purpose)),
    chooseFile: async (input) => (window.__desktop.calls.push(['chooseFile', input]), answer('file:' + input.purpose)),
    chooseSavePath: async (input) => (window.__desktop.calls.push(['chooseSavePath', input]), answer('save:' + input.purpose)),
    openFile: act('openFile'),
    showInFolder: act('showInFolder'),
    printFile: act('printFile')
  };
`

const answer = (page: Page, key: string, value: string) =>
  page.evaluate(([k, v]) => ((window as unknown as { __desktop: { answers: Record<string, string> } }).__desktop.answers[k!] = v!), [key, value])
const calls = (page: Page) => page.evaluate(() => (window as unknown as { __desktop: { calls: Array<[string, unknown]> } }).__desktop.calls)

describe('the desktop mode of the renderer (window.desktop present)', () => {
  test('Excel through the open and save dialogs; backups and hand-over through the folder and file dialogs', async () => {
    const app = await openApp({ initScript: FAKE_DESKTOP, allowedFolders: DIALOG_FOLDERS })
    const { page } = app
    const outside = makeTempDir('antt-e2e-usb-')
    try {
      await page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click()

      // Import: the dialog gives a path, core reads the file; no upload.
      await navigate(page, 'Nhập / Xuất')
      await answer(page, 'file:excel', SAMPLE)
      await page.getByRole('button', { name: 'Chọn tệp Excel (.xlsx)…' }).click()
      await visible(page.getByText('Tệp “mau-danh-sach-don-vi.xlsx”', { exact: false }))
      await page.getByRole('button', { name: 'Tiếp tục' }).click()
      await visible(page.getByTestId('import-ready').getByText('Không có lỗi: 4 địa bàn và 15 đơn vị mới sẽ được nhập.'))
      await page.getByRole('button', { name: 'Nhập vào danh sách' }).click()
      await visible(page.getByText(/Đã nhập: 4 địa bàn, 15 đơn vị mới/))

      // Export: the save dialog's path, written by core.
      const exported = path.join(outside, 'danh-sach.xlsx')
      await answer(page, 'save:excel', exported)
      await page.getByRole('button', { name: 'Xuất danh sách đơn vị' }).click()
      await visible(page.getByText(`Đã xuất 19 dòng: ${exported}.`))
      expect(fs.readFileSync(exported).subarray(0, 2).toString()).toBe('PK')
      const saveCall = (await calls(page)).find(([name]) => name === 'chooseSavePath')
      expect(saveCall?.[1]).toMatchObject({ purpose: 'excel', suggestedName: expect.stringMatching(/^danh-sach-don-vi_\d{4}-\d{2}-\d{2}\.xlsx$/) })

      // Backup to a folder chosen in the dialog, then restore from a chosen file (preview first).
      await navigate(page, 'Sao lưu')
      await answer(page, 'folder:backup', outside)
      await page.getByRole('button', { name: 'Sao lưu ra thư mục…' }).click()
      await visible(page.getByText(/Đã sao lưu và kiểm tra/))
      const backup = fs.readdirSync(outside).find((name) => name.endsWith('.sqlite'))
      expect(backup).toBeDefined()
      await answer(page, 'file:backup', path.join(outside, backup!))
      await page.getByRole('button', { name: 'Khôi phục từ tệp…' }).click()
      await visible(page.getByTestId('restore-preview').getByText('15'))
      await page.getByRole('dialog').getByRole('button', { name: 'Hủy' }).click()

      // Hand-over: no typed paths in the desktop.
      expect(await page.getByLabel('Thư mục lưu gói bàn giao').count()).toBe(0)
      await answer(page, 'folder:handover', outside)
      await page.getByRole('button', { name: 'Tạo gói bàn giao…' }).click()
      await visible(page.getByText(/Đã tạo gói bàn giao/))
      const handover = fs.readdirSync(outside).find((name) => name.endsWith('.anttdesk'))
      expect(handover).toBeDefined()
      await answer(page, 'file:handover', path.join(outside, handover!))
      await page.getByRole('button', { name: 'Chọn gói bàn giao để nhận…' }).click()
      await visible(page.getByRole('dialog').getByText('Nhận gói bàn giao'))
      await page.getByRole('dialog').getByRole('button', { name: 'Hủy' }).click()

      // A cancelled dialog does nothing.
      await answer(page, 'folder:backup', '')
      const before = fs.readdirSync(outside).length
      await page.getByRole('button', { name: 'Sao lưu ra thư mục…' }).click()
      await page.waitForTimeout(300)
      expect(fs.readdirSync(outside).length).toBe(before)
    } finally {
      await app.close()
    }
  })

  test('the registration import takes its file from the open dialog too: a path goes to core, never the file’s bytes', async () => {
    const app = await openApp({ initScript: FAKE_DESKTOP, allowedFolders: DIALOG_FOLDERS })
    const { page } = app
    const year = new Date().getMonth() >= 1 ? new Date().getFullYear() : new Date().getFullYear() - 1
    const sent: string[] = []
    page.on('request', (request) => {
      if (/registration(Preview|Start)/.test(request.url())) sent.push(request.postData() ?? '')
    })
    try {
      await page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click()
      const must = async (name: string, input: unknown) => {
        const result = await dispatch(app.core!.handlers, name, input)
        if (!result.ok) throw new Error(result.error.message)
        return result.data as { id: number }
      }
      const area = await must('areas.create', { name: 'Phường Thắng Nhất', kind: 'PHUONG' })
      await must('units.create', { values: { type: 'KDC', name: 'Khu phố 1', areaId: area.id, kdcSubtype: 'khu phố', managingLevel: 'XA', householdsTotal: 300 } })
      await must('years.open', { year })
      const file = path.join(makeTempDir('antt-e2e-reg-'), 'dang-ky.xlsx')
      fs.writeFileSync(
        file,
        await makeXlsx({ 'Đăng ký': [['Tên đơn vị', 'Xã, phường', 'Ngày đăng ký', 'Số văn bản đăng ký', 'Số hộ đang cư trú', 'Số hộ đăng ký'], ['Khu phố 1', 'Phường Thắng Nhất', `10/01/${year}`, '01/ĐK', 300, 250]] })
      )
      await page.reload()
      await navigate(page, 'Nhập / Xuất')
      await page.getByText('Đăng ký của năm đánh giá', { exact: true }).click()
      await answer(page, 'file:excel', file)
      await page.getByTestId('registration-wizard').getByRole('button', { name: 'Chọn tệp Excel (.xlsx)…' }).click()
      await visible(page.getByText('Tệp “dang-ky.xlsx”', { exact: false }))
      await page.getByRole('button', { name: 'Tiếp tục' }).click()
      await visible(page.getByTestId('registration-ready').getByText(`Không có lỗi: 1 đơn vị sẽ được ghi nhận đăng ký năm ${year}.`))
      await page.getByRole('button', { name: 'Ghi nhận đăng ký' }).click()
      await visible(page.getByText(`Đã ghi nhận đăng ký năm ${year} cho 1 đơn vị.`))
      expect(sent.length).toBeGreaterThanOrEqual(2)
      for (const body of sent) {
        expect(body).toContain(JSON.stringify(file))
        expect(body).not.toContain('contentBase64')
      }
    } finally {
      await app.close()
    }
  })

  test('documents: saved to the chosen folder, opened in Word, shown in the folder, printed; a refusal is a toast', async () => {
    const app = await openApp({ initScript: FAKE_DESKTOP, allowedFolders: DIALOG_FOLDERS })
    const { page } = app
    const folder = makeTempDir('antt-e2e-docs-')
    try {
      await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click()
      await visible(page.getByTestId('sample-banner'))
      await navigate(page, 'Văn bản')
      await page.getByTestId('doc-kind-DOC-BC-KETQUA').click()
      const year = page.getByLabel('Năm đánh giá', { exact: true })
      await year.fill('2021')
      await year.press('Tab')
      await page.getByLabel('Văn bản chỉ đạo (Thực hiện …)').fill('Kế hoạch số 15/KH-CATP ngày 10/3/2021 của Công an thành phố')
      await visible(page.getByRole('checkbox', { name: /^Đã xem lại đoạn/ }))
      for (const box of await page.getByRole('checkbox', { name: /^Đã xem lại đoạn/ }).all()) await box.check()
      await visible(page.getByTestId('doc-preview').getByText(/17 phường, xã/))

      await answer(page, 'folder:documents', folder)
      await page.getByTestId('doc-save').click()
      await page.getByRole('dialog').getByRole('button', { name: 'Chọn thư mục…' }).click()
      await visible(page.getByRole('dialog').getByText(folder))
      await page.getByLabel('Tên tệp').fill('Báo cáo năm 2021')
      await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click()
      await visible(page.getByTestId('doc-saved'))
      const saved = path.join(folder, 'Báo cáo năm 2021.docx')
      expect(fs.existsSync(saved)).toBe(true)
      expect(await page.getByRole('button', { name: 'Tải về' }).count()).toBe(0)

      await page.getByRole('button', { name: 'Mở bằng Word' }).click()
      await page.getByTestId('doc-saved').getByRole('button', { name: 'Mở thư mục' }).click()
      await page.getByTestId('doc-saved').getByRole('button', { name: 'In' }).click()
      await visible(page.getByText('Đã gửi tệp tới máy in.'))
      await expect.poll(async () => (await calls(page)).filter(([name]) => ['openFile', 'showInFolder', 'printFile'].includes(name))).toEqual([
        ['openFile', { path: saved }],
        ['showInFolder', { path: saved }],
        ['printFile', { path: saved }]
      ])

      // Sổ văn bản: Mở, and the shell's refusal shown as it is.
      await navigate(page, 'Sổ văn bản')
      await answer(page, 'refuse:printFile', 'Lệnh In trực tiếp chỉ có trên Windows.')
      const row = page.locator('.ant-table-row').filter({ hasText: 'Báo cáo kết quả năm 2021' })
      await row.getByRole('button', { name: 'In' }).click()
      await visible(page.getByText('Lệnh In trực tiếp chỉ có trên Windows.'))
      await row.getByRole('button', { name: 'Mở', exact: true }).click()
      await expect.poll(async () => (await calls(page)).filter(([name]) => name === 'openFile').length).toBe(2)
    } finally {
      await app.close()
    }
  })

  test('a damaged data file: the recovery screen restores a backup kept on a USB stick, chosen in the dialog', async () => {
    const app = await openApp({ initScript: FAKE_DESKTOP, allowedFolders: DIALOG_FOLDERS })
    const { page } = app
    const usb = makeTempDir('antt-e2e-usb-')
    try {
      await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click()
      await visible(page.getByTestId('sample-banner'))
      await navigate(page, 'Sao lưu')
      await answer(page, 'folder:backup', usb)
      await page.getByRole('button', { name: 'Sao lưu ra thư mục…' }).click()
      await visible(page.getByText(/Đã sao lưu và kiểm tra/))
      const backup = path.join(usb, fs.readdirSync(usb).find((name) => name.endsWith('.sqlite'))!)
      await app.core!.close()
      const file = path.join(app.dataDir, DATA_FILE_NAME)
      const bytes = fs.readFileSync(file)
      bytes.fill(0x42, 8192, Math.min(bytes.length, 40_000))
      fs.writeFileSync(file, bytes)
      await app.restart()
      await visible(page.getByTestId('startup-error'))
      await answer(page, 'file:backup', backup)
      await page.getByRole('button', { name: 'Chọn tệp sao lưu khác…' }).click()
      await page.getByRole('button', { name: 'Khôi phục', exact: true }).click()
      await visible(page.getByTestId('sample-banner'))
    } finally {
      await app.close()
    }
  })
})
