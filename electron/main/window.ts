import path from 'node:path'
import { BrowserWindow } from 'electron'
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
  window.webContents.on('will-attach-webview', (event) => event.preventDefault())
  void window.loadURL(`${APP_ORIGIN}/index.html`)
  return window
}
