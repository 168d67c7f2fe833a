import fs from 'node:fs'
import path from 'node:path'
import { beforeEach, describe, expect, test } from 'vitest'
import type { IpcMainInvokeEvent, OpenDialogOptions, SaveDialogOptions } from 'electron'
import type { Envelope } from '../../shared/api/errors'
import { DESKTOP_CALL_NAMES, desktopChannel } from '../../shared/desktop/contract'
import { registerDesktopIpc, type DesktopPorts } from '../../electron/main/desktop-ipc'
import { makeTempDir } from '../helpers/temp-core'

type Listener = (event: IpcMainInvokeEvent, input: unknown) => Promise<Envelope<unknown>>

const from = (url: string) => ({ senderFrame: { url } }) as unknown as IpcMainInvokeEvent
const ours = from('app://antt-desk/index.html#/van-ban')

/** Fakes of Electron's dialog and shell that record what the handlers asked for. */
function setup(overrides: Partial<DesktopPorts> = {}) {
  const dataDir = makeTempDir('antt-desk-data-')
  const elsewhere = makeTempDir('antt-desk-elsewhere-')
  fs.mkdirSync(path.join(dataDir, 'documents', '2025'), { recursive: true })
  const inside = path.join(dataDir, 'documents', '2025', 'Quyết định công nhận.docx')
  fs.writeFileSync(inside, 'docx')
  const registered = path.join(elsewhere, 'Tờ trình đã lưu.docx')
  fs.writeFileSync(registered, 'docx')
  const stranger = path.join(elsewhere, 'khác.docx')
  fs.writeFileSync(stranger, 'docx')
  const calls = { open: [] as OpenDialogOptions[], save: [] as SaveDialogOptions[], opened: [] as string[], shown: [] as string[], printed: [] as string[] }
  const ports: DesktopPorts = {
    showOpenDialog: async (options) => {
      calls.open.push(options)
      return { canceled: false, filePaths: ['/chosen/path'] }
    },
    showSaveDialog: async (options) => {
      calls.save.push(options)
      return { canceled: false, filePath: '/chosen/danh-sach' }
    },
    openPath: async (file) => {
      calls.opened.push(file)
      return ''
    },
    showItemInFolder: (file) => void calls.shown.push(file),
    print: async (file) => {
      calls.printed.push(file)
      return { ok: true }
    },
    realPath: (file) => {
      try {
        return fs.realpathSync.native(file)
      } catch {
        return null
      }
    },
    registeredFiles: async () => [registered],
    dataDir,
    flavour: 'posix',
    ...overrides
  }
  const handlers = new Map<string, Listener>()
  registerDesktopIpc({ handle: (channel, listener) => handlers.set(channel, listener) }, ports)
  const invoke = (name: string, input: unknown, event = ours) => handlers.get(`desktop:${name}`)!(event, input)
  return { dataDir, elsewhere, inside, registered, stranger, calls, handlers, invoke }
}

let t: ReturnType<typeof setup>
beforeEach(() => {
  t = setup()
})

describe('window.desktop channels', () => {
  test('one channel per named action, nothing else', () => {
    expect([...t.handlers.keys()].sort()).toEqual(DESKTOP_CALL_NAMES.map(desktopChannel).sort())
    expect(DESKTOP_CALL_NAMES.sort()).toEqual(['chooseFile', 'chooseFolder', 'chooseSavePath', 'openFile', 'printFile', 'showInFolder'])
  })

  test('a foreign sender is refused before any dialog, program or printer is touched', async () => {
    for (const url of ['https://evil.example/', 'file:///C:/x.html', 'app://other/index.html', '']) {
      for (const name of DESKTOP_CALL_NAMES) {
        const answer = await t.invoke(name, { purpose: 'backup', path: t.inside }, from(url))
        expect(answer).toEqual({ ok: false, error: { code: 'UNKNOWN_CALL', message: 'Nguồn yêu cầu không được phép.' } })
      }
    }
    expect(t.calls).toEqual({ open: [], save: [], opened: [], shown: [], printed: [] })
  })

  test('inputs are validated: unknown purposes, extra keys, wrong types are refused in Vietnamese', async () => {
    expect(await t.invoke('chooseFolder', { purpose: 'system32' })).toEqual({ ok: false, error: { code: 'VALIDATION', message: 'Mục đích chọn thư mục không hợp lệ.' } })
    expect((await t.invoke('chooseFile', { purpose: 'excel', filters: ['exe'] })).ok).toBe(false)
    expect((await t.invoke('openFile', { path: 42 })).ok).toBe(false)
    expect((await t.invoke('chooseSavePath', { purpose: 'excel', suggestedName: '..\\..\\evil.xlsx' })).ok).toBe(false)
    expect(t.calls.open).toHaveLength(0)
    expect(t.calls.save).toHaveLength(0)
  })
})

describe('dialogs', () => {
  test('choose a folder: the title comes from the purpose; the chosen folder is returned', async () => {
    expect(await t.invoke('chooseFolder', { purpose: 'backup' })).toEqual({ ok: true, data: '/chosen/path' })
    expect(t.calls.open[0]).toMatchObject({ title: 'Chọn thư mục để sao lưu', properties: expect.arrayContaining(['openDirectory']) })
  })

  test('choose a file: filtered by purpose (.xlsx, .anttdesk, .sqlite)', async () => {
    await t.invoke('chooseFile', { purpose: 'excel' })
    await t.invoke('chooseFile', { purpose: 'handover' })
    await t.invoke('chooseFile', { purpose: 'backup' })
    expect(t.calls.open.map((o) => o.filters?.[0]?.extensions)).toEqual([['xlsx'], ['anttdesk'], ['sqlite']])
    expect(t.calls.open.every((o) => o.properties?.includes('openFile'))).toBe(true)
  })

  test('every path a dialog answered is reported for the data calls (path-grants.ts); a cancel reports nothing', async () => {
    const chosen: string[] = []
    const granting = setup({ onChosen: (file) => void chosen.push(file) })
    await granting.invoke('chooseFolder', { purpose: 'backup' })
    await granting.invoke('chooseSavePath', { purpose: 'excel' })
    expect(chosen).toEqual(['/chosen/path', '/chosen/danh-sach.xlsx'])
    const cancelling = setup({ onChosen: (file) => void chosen.push(file), showOpenDialog: async () => ({ canceled: true, filePaths: [] }) })
    await cancelling.invoke('chooseFile', { purpose: 'excel' })
    expect(chosen).toHaveLength(2)
  })

  test('a cancelled dialog answers null', async () => {
    const cancelled = setup({ showOpenDialog: async () => ({ canceled: true, filePaths: [] }), showSaveDialog: async () => ({ canceled: true, filePath: '' }) })
    expect(await cancelled.invoke('chooseFolder', { purpose: 'documents' })).toEqual({ ok: true, data: null })
    expect(await cancelled.invoke('chooseSavePath', { purpose: 'excel' })).toEqual({ ok: true, data: null })
  })

  test('choose a save path: the suggested name is offered and .xlsx is added when the user left it out', async () => {
    expect(await t.invoke('chooseSavePath', { purpose: 'excel', suggestedName: 'Danh sách đơn vị.xlsx' })).toEqual({ ok: true, data: '/chosen/danh-sach.xlsx' })
    expect(t.calls.save[0]).toMatchObject({ title: 'Lưu tệp Excel', defaultPath: 'Danh sách đơn vị.xlsx' })
  })
})

describe('open, show in folder, print', () => {
  test('a document in the data folder opens, shows and prints', async () => {
    expect(await t.invoke('openFile', { path: t.inside })).toEqual({ ok: true, data: null })
    expect(await t.invoke('showInFolder', { path: t.inside })).toEqual({ ok: true, data: null })
    expect(await t.invoke('printFile', { path: t.inside })).toEqual({ ok: true, data: null })
    expect([t.calls.opened, t.calls.shown, t.calls.printed]).toEqual([[t.inside], [t.inside], [t.inside]])
  })

  test('a document saved elsewhere but recorded in the register opens', async () => {
    expect(await t.invoke('openFile', { path: t.registered })).toEqual({ ok: true, data: null })
    expect(t.calls.opened).toEqual([t.registered])
  })

  test('other paths are refused with a Vietnamese message and nothing is started', async () => {
    const refusals = [
      await t.invoke('openFile', { path: t.stranger }),
      await t.invoke('printFile', { path: path.join(t.dataDir, 'documents', '..', '..', path.basename(t.elsewhere), 'khác.docx') }),
      await t.invoke('showInFolder', { path: '/etc/passwd' }),
      await t.invoke('openFile', { path: 'https://example.com/a.docx' }),
      await t.invoke('openFile', { path: 'documents/2025/a.docx' })
    ]
    for (const answer of refusals) {
      expect(answer.ok).toBe(false)
      expect(!answer.ok && answer.error.message).toMatch(/[ăâđêôơư]/)
    }
    expect([...t.calls.opened, ...t.calls.shown, ...t.calls.printed]).toEqual([])
  })

  test('a program inside the data folder is never opened', async () => {
    const script = path.join(t.dataDir, 'chay.sh')
    fs.writeFileSync(script, 'echo')
    expect(await t.invoke('openFile', { path: script })).toEqual({ ok: false, error: { code: 'VALIDATION', message: 'Chỉ mở hoặc in được tệp văn bản (Word, Excel, PDF).' } })
    expect(t.calls.opened).toEqual([])
  })

  test('a link inside the data folder that points outside is refused (checked again on the real path)', async () => {
    const link = path.join(t.dataDir, 'documents', 'lien-ket.docx')
    fs.symlinkSync(t.stranger, link)
    const answer = await t.invoke('openFile', { path: link })
    expect(answer.ok).toBe(false)
    expect(t.calls.opened).toEqual([])
  })

  test('a missing file says so and points to “Tạo lại”', async () => {
    const answer = await t.invoke('openFile', { path: path.join(t.dataDir, 'documents', 'đã xóa.docx') })
    expect(answer.ok === false && answer.error.code).toBe('NOT_FOUND')
    expect(answer.ok === false && answer.error.message).toMatch(/Tạo lại/)
  })

  test('failures of the default program and the printer come back as Vietnamese messages', async () => {
    const failing = setup({ openPath: async () => 'No application is associated', print: async () => ({ ok: false, message: 'Lệnh In trực tiếp chỉ có trên Windows.' }) })
    expect(await failing.invoke('openFile', { path: failing.inside })).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(/Không mở được tệp/) } })
    expect(await failing.invoke('printFile', { path: failing.inside })).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Lệnh In trực tiếp chỉ có trên Windows.' } })
  })

  test('an exception in a port becomes a calm message, not a crash', async () => {
    const throwing = setup({ showOpenDialog: async () => Promise.reject(new Error('boom')) })
    expect(await throwing.invoke('chooseFolder', { purpose: 'handover' })).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Thao tác không thực hiện được. Vui lòng thử lại.' } })
  })
})
