import { EventEmitter } from 'node:events'
import { describe, expect, test, vi } from 'vitest'
import { PRINT_PATH_VARIABLE, PRINT_UNSUPPORTED_MESSAGE, printWithDefaultProgram, type Spawner } from '../../electron/main/print'
import { installQuitSequence } from '../../electron/main/quit'

function fakeSpawn(exitCode: number | null, error?: Error) {
  const seen: Array<{ command: string; args: readonly string[]; options: Parameters<Spawner>[2] }> = []
  const spawn: Spawner = (command, args, options) => {
    seen.push({ command, args, options })
    const child = new EventEmitter()
    setTimeout(() => (error ? child.emit('error', error) : child.emit('exit', exitCode)), 0)
    return child
  }
  return { spawn, seen }
}

describe('printing (the "print" verb on Windows)', () => {
  const file = 'C:\\Users\\Lan\\AppData\\Roaming\\ANTT Desk\\documents\\2025\\QĐ"; Remove-Item C:\\ -Recurse; ".docx'

  test('the path is never part of the command: it travels in an environment variable, no shell', async () => {
    const { spawn, seen } = fakeSpawn(0)
    expect(await printWithDefaultProgram(file, 'win32', spawn, { SystemRoot: 'C:\\Windows' })).toEqual({ ok: true })
    const [run] = seen
    expect(run?.command).toBe('C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe')
    expect(run?.args.join(' ')).not.toContain('Remove-Item')
    expect(run?.args.join(' ')).toContain(`$env:${PRINT_PATH_VARIABLE}`)
    expect(run?.args.join(' ')).toContain('"print"')
    expect(run?.options).toMatchObject({ shell: false, windowsHide: true })
    expect(run?.options.env?.[PRINT_PATH_VARIABLE]).toBe(file)
  })

  test('a failure to start or a non-zero exit is a Vietnamese message', async () => {
    expect((await printWithDefaultProgram(file, 'win32', fakeSpawn(1).spawn, {})).message).toMatch(/Không gửi được tệp tới máy in/)
    expect((await printWithDefaultProgram(file, 'win32', fakeSpawn(null, new Error('ENOENT')).spawn, {})).ok).toBe(false)
  })

  test('elsewhere than Windows: a clear message, nothing started', async () => {
    const { spawn, seen } = fakeSpawn(0)
    expect(await printWithDefaultProgram('/home/lan/a.docx', 'linux', spawn)).toEqual({ ok: false, message: PRINT_UNSUPPORTED_MESSAGE })
    expect(seen).toEqual([])
  })
})

/** A fake of Electron's app: emits before-quit like Electron does, and "exits" when no listener prevents it. */
class FakeApp extends EventEmitter {
  exited = false
  quitRequests = 0
  quit() {
    this.quitRequests++
    let prevented = false
    this.emit('before-quit', { preventDefault: () => (prevented = true) })
    if (!prevented) this.exited = true
  }
}

describe('quit waits for the quit backup', () => {
  test('the first quit is held until the work is done, then the app quits again and exits', async () => {
    const app = new FakeApp()
    const steps: string[] = []
    let finishBackup!: () => void
    installQuitSequence(app, async () => {
      steps.push('backup started')
      await new Promise<void>((resolve) => (finishBackup = resolve))
      steps.push('backup done')
      steps.push('database closed')
    })
    app.quit()
    expect(app.exited).toBe(false)
    app.quit() // the user closes again, impatient: the work is not started twice
    expect(steps).toEqual(['backup started'])
    finishBackup()
    await vi.waitFor(() => expect(app.exited).toBe(true))
    expect(steps).toEqual(['backup started', 'backup done', 'database closed'])
    expect(app.quitRequests).toBe(3)
  })

  test('a failing backup is logged and the app still exits', async () => {
    const app = new FakeApp()
    const logged: string[] = []
    installQuitSequence(app, () => Promise.reject(new Error('disk full')), 1000, (m) => logged.push(m))
    app.quit()
    await vi.waitFor(() => expect(app.exited).toBe(true))
    expect(logged).toEqual(['[antt-desk] quit work failed: disk full'])
  })

  test('a backup that hangs does not keep the process alive for ever', async () => {
    vi.useFakeTimers()
    try {
      const app = new FakeApp()
      const logged: string[] = []
      installQuitSequence(app, () => new Promise<void>(() => {}), 5_000, (m) => logged.push(m))
      app.quit()
      await vi.advanceTimersByTimeAsync(4_999)
      expect(app.exited).toBe(false)
      await vi.advanceTimersByTimeAsync(1)
      expect(app.exited).toBe(true)
      expect(logged).toEqual(['[antt-desk] quit work took too long; quitting anyway'])
    } finally {
      vi.useRealTimers()
    }
  })

  test('with the real backup schedule: the quit backup is written before the exit', async () => {
    const { openCoreHost } = await import('../../electron/core/host')
    const { startBackupSchedule } = await import('../../electron/core/backup/schedule')
    const { listBackupFolder, backupsDirOf } = await import('../../electron/core/backup/backup-files')
    const { makeTempDir } = await import('../helpers/temp-core')
    const dataDir = makeTempDir()
    const host = openCoreHost({ dataDir, appVersion: 'test' })
    const schedule = startBackupSchedule(host, 10, 60_000)
    const created = await host.dispatch('app.loadSample', {})
    expect(created.ok).toBe(true)
    const app = new FakeApp()
    let closed = false
    installQuitSequence(app, async () => {
      await schedule.stop()
      await host.close()
      closed = true
    })
    app.quit()
    await vi.waitFor(() => expect(app.exited).toBe(true), { timeout: 10_000 })
    expect(closed).toBe(true)
    const backups = listBackupFolder(backupsDirOf(`${dataDir}/antt-desk.sqlite`))
    expect(backups.some((b) => b.kind === 'AUTO' && b.integrity === 'ok')).toBe(true)
  })
})
