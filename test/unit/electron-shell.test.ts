import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import type { IpcMainInvokeEvent } from 'electron'
import type { Envelope } from '../../shared/api/errors'
import { CALL_NAMES } from '../../shared/api/contract'
import { isTrustedSender, registerIpc } from '../../electron/main/ipc'
import { isAppUrl } from '../../electron/main/app-origin'
import { openCoreHost, type CoreHost } from '../../electron/core/host'
import { makeTempDir } from '../helpers/temp-core'

// A fake of the parts of Electron the window module touches, to check the security baseline without the binary.
const created: Array<{ options: Record<string, unknown>; handlers: Record<string, (...args: unknown[]) => unknown>; openHandler?: () => unknown; loaded?: string }> = []
vi.mock('electron', () => {
  class BrowserWindow {
    record: (typeof created)[number]
    webContents: Record<string, unknown>
    constructor(options: Record<string, unknown>) {
      this.record = { options, handlers: {} }
      created.push(this.record)
      const record = this.record
      this.webContents = {
        setWindowOpenHandler: (handler: () => unknown) => (record.openHandler = handler),
        on: (event: string, handler: (...args: unknown[]) => unknown) => (record.handlers[event] = handler)
      }
    }
    once() {}
    loadURL(url: string) {
      this.record.loaded = url
      return Promise.resolve()
    }
  }
  return { BrowserWindow }
})

describe('the main window (architecture.md security baseline)', () => {
  test('isolated, sandboxed, no Node; new windows and foreign navigation denied; served from app://', async () => {
    const { createMainWindow } = await import('../../electron/main/window')
    createMainWindow('/app/out/preload')
    const window = created[0]
    expect(window?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true })
    expect(window?.openHandler?.()).toEqual({ action: 'deny' })
    const prevented: string[] = []
    const navigate = window?.handlers['will-navigate'] as (event: { preventDefault(): void }, url: string) => void
    navigate({ preventDefault: () => prevented.push('https://example.com') }, 'https://example.com/')
    navigate({ preventDefault: () => prevented.push('app') }, 'app://antt-desk/index.html#/don-vi')
    expect(prevented).toEqual(['https://example.com'])
    expect(window?.loaded).toBe('app://antt-desk/index.html')
  })

  test('navigation and redirects are judged by origin, not by a text prefix', () => {
    const window = created[0]
    for (const event of ['will-navigate', 'will-redirect']) {
      const handler = window?.handlers[event] as (event: { preventDefault(): void }, url: string) => void
      const refused = (url: string) => {
        let prevented = false
        handler({ preventDefault: () => (prevented = true) }, url)
        return prevented
      }
      expect(refused('app://antt-desk.evil/index.html'), event).toBe(true)
      expect(refused('app://antt-desk.evil.com/'), event).toBe(true)
      expect(refused('app://antt-deskx/'), event).toBe(true)
      expect(refused('app://antt-desk/index.html#/nhat-ky'), event).toBe(false)
    }
  })
})

describe('our own origin', () => {
  test('only app://antt-desk itself is ours: look-alike hosts, ports, credentials and other schemes are not', () => {
    expect(isAppUrl('app://antt-desk/index.html')).toBe(true)
    expect(isAppUrl('app://ANTT-DESK/index.html')).toBe(true)
    for (const url of [
      'app://antt-desk.evil/',
      'app://antt-desk.evil.com/index.html',
      'app://antt-deskx/',
      'app://antt-desk:8080/',
      'app://user@antt-desk/',
      'app://antt-desk@evil/',
      'https://antt-desk/',
      'http://127.0.0.1:5173.evil.com/',
      'file:///C:/antt-desk/index.html',
      'app:antt-desk',
      'không phải địa chỉ',
      '',
      undefined
    ]) {
      expect(isAppUrl(url), String(url)).toBe(false)
    }
  })

  test('the IPC sender check uses the same judgement', () => {
    expect(isTrustedSender({ senderFrame: { url: 'app://antt-desk/index.html' } } as never)).toBe(true)
    expect(isTrustedSender({ senderFrame: { url: 'app://antt-desk.evil/index.html' } } as never)).toBe(false)
    expect(isTrustedSender({ senderFrame: null } as never)).toBe(false)
  })
})

describe('the content security policy', () => {
  test('forbids form submissions, plugins, base rewriting and framing; index.html carries the same policy', async () => {
    const { CONTENT_SECURITY_POLICY } = await import('../../electron/main/protocol')
    const directives = (policy: string) => policy.split(';').map((part) => part.trim()).filter(Boolean)
    expect(directives(CONTENT_SECURITY_POLICY)).toEqual(expect.arrayContaining(["form-action 'none'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]))
    const html = fs.readFileSync(path.resolve(import.meta.dirname, '../../renderer/index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? ''
    expect(directives(meta)).toEqual(directives(CONTENT_SECURITY_POLICY).filter((part) => !part.startsWith('frame-ancestors')))
  })
})

describe('IPC wiring', () => {
  let host: CoreHost
  const handlers = new Map<string, (event: IpcMainInvokeEvent, input: unknown) => Promise<Envelope<unknown>>>()
  beforeAll(() => {
    host = openCoreHost({ dataDir: makeTempDir(), appVersion: 'test' })
    registerIpc({ handle: (channel, listener) => handlers.set(channel, listener) }, host)
  })
  afterAll(() => host.close())

  const from = (url: string) => ({ senderFrame: { url } }) as unknown as IpcMainInvokeEvent

  test('one channel per contract call, nothing else', () => {
    expect([...handlers.keys()].sort()).toEqual(CALL_NAMES.map((name) => `api:${name}`).sort())
  })

  test('our own page is served; any other sender is refused before core is touched', async () => {
    const status = await handlers.get('api:app.status')?.(from('app://antt-desk/index.html'), {})
    expect(status?.ok).toBe(true)
    for (const url of ['https://evil.example/', 'file:///C:/x.html', 'app://other/index.html', '']) {
      const refused = await handlers.get('api:app.loadSample')?.(from(url), {})
      expect(refused).toEqual({ ok: false, error: { code: 'UNKNOWN_CALL', message: 'Nguồn yêu cầu không được phép.' } })
    }
    const after = await host.dispatch('app.status', {})
    expect(after.ok && (after.data as { hasSampleData: boolean }).hasSampleData).toBe(false)
  })

  test('input is validated by the same schemas as the browser mode', async () => {
    const answer = await handlers.get('api:units.create')?.(from('app://antt-desk/'), { values: { type: 'KDC' } })
    expect(answer?.ok).toBe(false)
    expect(isTrustedSender({ senderFrame: null } as unknown as IpcMainInvokeEvent)).toBe(false)
  })
})
