import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron'
import type { RegisterRow } from '../../shared/api/calls/documents'
import { openCoreHost, type CoreHost } from '../core/host'
import { startBackupSchedule, type BackupSchedule } from '../core/backup/schedule'
import { registerDesktopIpc } from './desktop-ipc'
import { registerIpc } from './ipc'
import { createPathGrants } from './path-grants'
import { printWithDefaultProgram } from './print'
import { registerAppScheme, serveRenderer } from './protocol'
import { installQuitSequence } from './quit'
import { createMainWindow } from './window'

const here = path.dirname(fileURLToPath(import.meta.url))

/** The data folder: %APPDATA%\ANTT Desk on Windows, or --data-dir / ANTT_DATA_DIR for tests and hand-over checks. */
function dataDir(): string {
  const flag = process.argv.find((arg) => arg.startsWith('--data-dir='))
  if (flag) return path.resolve(flag.slice('--data-dir='.length))
  if (process.env.ANTT_DATA_DIR) return path.resolve(process.env.ANTT_DATA_DIR)
  return app.getPath('userData')
}

function realPath(file: string): string | null {
  try {
    return fs.realpathSync.native(file)
  } catch {
    return null
  }
}

/** The files of the document register (the desktop may open them even outside the data folder). */
async function registeredFiles(host: CoreHost): Promise<string[]> {
  const answer = await host.dispatch('documents.list', { year: null })
  if (!answer.ok) return []
  return (answer.data as RegisterRow[]).flatMap((row) => (row.absolutePath ? [row.absolutePath] : []))
}

app.setName('ANTT Desk')
registerAppScheme()

if (!app.requestSingleInstanceLock()) {
  // The same user started it again: the first instance focuses its window (below).
  app.quit()
} else {
  let host: CoreHost | null = null
  let backups: BackupSchedule | null = null
  let window: BrowserWindow | null = null
  // The quit backup and the database close finish before the process exits.
  installQuitSequence(app, async () => {
    await (backups?.stop() ?? Promise.resolve())
    await host?.close()
  })
  app.whenReady().then(() => {
    const folder = dataDir()
    const opened = openCoreHost({ dataDir: folder, appVersion: app.getVersion() })
    host = opened
    // A start-up error (data in use by another process, damaged file, newer version) is shown by the window's own
    // screen (App.tsx), with the recovery choices where there are some.
    backups = startBackupSchedule(opened)
    // No page of ours asks for camera, location or notifications: refuse them all.
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
    session.defaultSession.setPermissionCheckHandler(() => false)
    serveRenderer(path.join(here, '../renderer'))
    const flavour = process.platform === 'win32' ? 'win32' : 'posix'
    const grants = createPathGrants(folder, flavour)
    registerIpc(ipcMain, opened, grants)
    registerDesktopIpc(ipcMain, {
      showOpenDialog: (options) => (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options)),
      showSaveDialog: (options) => (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options)),
      openPath: (file) => shell.openPath(file),
      showItemInFolder: (file) => shell.showItemInFolder(file),
      print: (file) => printWithDefaultProgram(file, process.platform, spawn),
      realPath,
      registeredFiles: () => registeredFiles(opened),
      dataDir: folder,
      flavour,
      onChosen: (chosen) => grants.grant(chosen)
    })
    window = createMainWindow(path.join(here, '../preload'))
    app.on('second-instance', () => {
      // During the quit backup the window is already gone.
      if (!window || window.isDestroyed()) return
      if (window.isMinimized()) window.restore()
      window.focus()
    })
  })
  app.on('window-all-closed', () => app.quit())
}
