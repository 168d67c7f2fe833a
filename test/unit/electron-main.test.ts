import { EventEmitter } from 'node:events'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, test, vi } from 'vitest'
import type { IpcMainInvokeEvent } from 'electron'
import type { Envelope } from '../../shared/api/errors'
import { DESKTOP_CALL_NAMES } from '../../shared/desktop/contract'
import { makeTempDir } from '../helpers/temp-core'

/**
 * The whole main process (electron/main/index.ts) started against fakes of Electron: the app's lifecycle events,
 * ipcMain, dialog, shell, session, protocol and BrowserWindow. The core underneath is real, on a temp folder.
 */
const fake = vi.hoisted(() => {
  const handlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>()
  const state = { chooseAnswer: null as string | null, quitCalls: 0, exited: false, windowDestroyed: false, focused: 0, opened: [] as string[] }
  return { handlers, state }
})

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events')
  class FakeApp extends Emitter {
    setName() {}
    getVersion() {
      return 'test'
    }
    getPath() {
      return '/nowhere'
    }
    requestSingleInstanceLock() {
      return true
    }
    whenReady() {
      return Promise.resolve()
    }
    quit() {
      fake.state.quitCalls++
      let prevented = false
      this.emit('before-quit', { preventDefault: () => (prevented = true) })
      if (!prevented) fake.state.exited = true
    }
  }
  class BrowserWindow {
    webContents = { setWindowOpenHandler() {}, on() {} }
    once() {}
    loadURL() {
      return Promise.resolve()
    }
    isDestroyed() {
      return fake.state.windowDestroyed
    }
    isMinimized() {
      return false
    }
    restore() {}
    focus() {
      fake.state.focused++
    }
  }
  return {
    app: new FakeApp(),
    BrowserWindow,
    ipcMain: { handle: (channel: string, listener: (event: unknown, input: unknown) => Promise<unknown>) => fake.handlers.set(channel, listener) },
    dialog: {
      showOpenDialog: async () => (fake.state.chooseAnswer ? { canceled: false, filePaths: [fake.state.chooseAnswer] } : { canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }) },
    shell: {
      openPath: async (file: string) => (fake.state.opened.push(file), ''),
      showItemInFolder: (file: string) => fake.state.opened.push(file)
    },
    session: { defaultSession: { setPermissionRequestHandler() {}, setPermissionCheckHandler() {} } },
    protocol: { registerSchemesAsPrivileged() {}, handle() {} },
    net: { fetch: async () => new Response('') }
  }
})

const ours = { senderFrame: { url: 'app://antt-desk/index.html' } } as unknown as IpcMainInvokeEvent

describe('the main process, started with fakes of Electron', () => {
  test('registers both surfaces, holds the quit until the quit backup is written, and survives a late second start', async () => {
    const dataDir = makeTempDir('antt-main-')
    process.env.ANTT_DATA_DIR = dataDir
    const { app } = (await import('electron')) as unknown as { app: EventEmitter & { quit(): void } }
    await import('../../electron/main/index')
    await vi.waitFor(() => expect(fake.handlers.size).toBeGreaterThan(DESKTOP_CALL_NAMES.length))
    for (const name of DESKTOP_CALL_NAMES) expect(fake.handlers.has(`desktop:${name}`)).toBe(true)

    const invoke = (channel: string, input: unknown) => fake.handlers.get(channel)!(ours, input) as Promise<Envelope<unknown>>
    expect((await invoke('api:app.loadSample', {})).ok).toBe(true)

    // A generated document in the data folder opens; a file outside does not.
    const doc = path.join(dataDir, 'documents', 'thu.docx')
    fs.mkdirSync(path.dirname(doc), { recursive: true })
    fs.writeFileSync(doc, 'docx')
    expect(await invoke('desktop:openFile', { path: doc })).toEqual({ ok: true, data: null })
    expect((await invoke('desktop:openFile', { path: path.join(makeTempDir(), 'x.docx') })).ok).toBe(false)
    expect(fake.state.opened).toEqual([doc])

    // A data call may write only where a dialog pointed (or in the data folder).
    const usb = makeTempDir('antt-usb-')
    const refused = await invoke('api:backup.create', { folder: usb })
    expect(refused).toEqual({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/không được chọn qua hộp thoại/) } })
    expect(fs.readdirSync(usb)).toEqual([])
    fake.state.chooseAnswer = usb
    expect(await invoke('desktop:chooseFolder', { purpose: 'backup' })).toEqual({ ok: true, data: usb })
    expect((await invoke('api:backup.create', { folder: usb })).ok).toBe(true)
    expect(fs.readdirSync(usb).some((name) => name.endsWith('.sqlite'))).toBe(true)
    expect((await invoke('api:backup.create', {})).ok).toBe(true)

    // The window is closed: quit is held, the quit backup runs, then the app quits for real.
    fake.state.windowDestroyed = true
    app.emit('window-all-closed')
    expect(fake.state.exited).toBe(false)
    // Started again while the backup runs: no window to focus, no crash.
    app.emit('second-instance')
    expect(fake.state.focused).toBe(0)
    await vi.waitFor(() => expect(fake.state.exited).toBe(true), { timeout: 10_000 })
    expect(fake.state.quitCalls).toBe(2)
    const backups = fs.readdirSync(path.join(dataDir, 'backups')).filter((name) => name.endsWith('.sqlite'))
    expect(backups.length).toBeGreaterThan(0)
    // The database was closed: the data lock is released.
    expect(fs.readdirSync(dataDir).some((name) => name.endsWith('.lock'))).toBe(false)
    delete process.env.ANTT_DATA_DIR
  })
})
