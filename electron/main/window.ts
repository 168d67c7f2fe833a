import path from 'node:path'
import { BrowserWindow, dialog } from 'electron'
import { APP_ORIGIN, isAppUrl } from './app-origin'

/** The main window with the security baseline of architecture.md: isolated, sandboxed, no Node, no navigation. */
export function createMainWindow(preloadDir: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1100,
    minHeight: 640,
    show: false,
    title: 'ANTT Desk',
    backgroundColor: '#f5f5f5',
    webPreferences: {
      preload: path.join(preloadDir, 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false
    }
  })
  window.once('ready-to-show', () => window.show())
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  const stayHome = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url)) event.preventDefault()
  }
  window.webContents.on('will-navigate', stayHome)
  window.webContents.on('will-redirect', stayHome)
  // A page with unsaved edits asks before a reload or close (its “beforeunload”); Electron leaves the asking to us.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: ['Rời trang, bỏ thay đổi', 'Ở lại trang'],
      defaultId: 1,
      cancelId: 1,
      title: 'Có thay đổi chưa lưu',
      message: 'Các thay đổi trên trang chưa được lưu. Rời trang sẽ bỏ các thay đổi này.'
    })
    if (choice === 0) event.preventDefault()
  })
  window.webContents.on('will-attach-webview', (event) => event.preventDefault())
  void window.loadURL(`${APP_ORIGIN}/index.html`)
  return window
}
