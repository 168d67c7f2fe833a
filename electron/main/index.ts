import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, dialog, ipcMain, session } from 'electron'
import { ApiError, type ApiErrorBody } from '../../shared/api/errors'
import { createCore, type Core } from '../core'
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
  let core: Core | { startupError: ApiErrorBody }
  app.whenReady().then(() => {
    try {
      core = createCore({ dataDir: dataDir(), appVersion: app.getVersion() })
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      core = { startupError: error.body }
      dialog.showErrorBox('ANTT Desk', error.message)
    }
    // No page of ours asks for camera, location or notifications: refuse them all.
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
    session.defaultSession.setPermissionCheckHandler(() => false)
    serveRenderer(path.join(here, '../renderer'))
    registerIpc(ipcMain, core)
    const window = createMainWindow(path.join(here, '../preload'))
    app.on('second-instance', () => {
      if (window.isMinimized()) window.restore()
      window.focus()
    })
  })
  app.on('window-all-closed', () => {
    void ('close' in core ? core.close() : Promise.resolve()).finally(() => app.quit())
  })
}
