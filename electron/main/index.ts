import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, dialog, ipcMain, session } from 'electron'
import { openCoreHost, type CoreHost } from '../core/host'
import { startBackupSchedule, type BackupSchedule } from '../core/backup/schedule'
import { registerIpc } from './ipc'
import { registerAppScheme, serveRenderer } from './protocol'
import { createMainWindow } from './window'

const here = path.dirname(fileURLToPath(import.meta.url))

/** The data folder: %APPDATA%\ANTT Desk on Windows, or --data-dir / ANTT_DATA_DIR for tests and hand-over checks. */
function dataDir(): string {
  const flag = process.argv.find((arg) => arg.startsWith('--data-dir='))
  if (flag) return path.resolve(flag.slice('--data-dir='.length))
  if (process.env.ANTT_DATA_DIR) return path.resolve(process.env.ANTT_DATA_DIR)
  return app.getPath('userData')
}

app.setName('ANTT Desk')
registerAppScheme()

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  let host: CoreHost | null = null
  let backups: BackupSchedule | null = null
  app.whenReady().then(() => {
    host = openCoreHost({ dataDir: dataDir(), appVersion: app.getVersion() })
    // A damaged file gets the recovery screen in the window; other refusals (in use, newer version) a dialog too.
    const error = host.startupError
    if (error && error.code !== 'DB_CORRUPT' && error.code !== 'DB_NOT_SQLITE') dialog.showErrorBox('ANTT Desk', error.message)
    backups = startBackupSchedule(host)
    // No page of ours asks for camera, location or notifications: refuse them all.
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
    session.defaultSession.setPermissionCheckHandler(() => false)
    serveRenderer(path.join(here, '../renderer'))
    registerIpc(ipcMain, host)
    const window = createMainWindow(path.join(here, '../preload'))
    app.on('second-instance', () => {
      if (window.isMinimized()) window.restore()
      window.focus()
    })
  })
  app.on('window-all-closed', () => {
    void (backups?.stop() ?? Promise.resolve())
      .then(() => host?.close())
      .finally(() => app.quit())
  })
}
