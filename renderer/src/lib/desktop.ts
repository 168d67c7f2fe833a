import { App } from 'antd'
import { ApiError, type Envelope } from '../../../shared/api/errors'
import type { DesktopBridge, FolderPurpose, OpenFilePurpose, SaveFilePurpose } from '../../../shared/desktop/contract'
import { downloadBase64 } from './download'

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

declare global {
  interface Window {
    desktop?: DesktopBridge
  }
}

/**
 * Actions only the Electron shell can do (dialogs, open in Word, show in folder, print). The browser mode has no
 * `window.desktop`, so `desktopShell()` is null there and the pages keep their browser behaviour (typed paths,
 * uploads, downloads). Each function throws ApiError with the shell's Vietnamese message when it refuses.
 */
export interface DesktopShell {
  /** null when the dialog was cancelled. */
  chooseFolder(purpose: FolderPurpose): Promise<string | null>
  chooseFile(purpose: OpenFilePurpose): Promise<string | null>
  chooseSavePath(purpose: SaveFilePurpose, suggestedName?: string): Promise<string | null>
  openFile(path: string): Promise<void>
  showInFolder(path: string): Promise<void>
  printFile(path: string): Promise<void>
}

async function unwrap<T>(answer: Promise<Envelope<T>>): Promise<T> {
  const envelope = await answer
  if (!envelope.ok) throw new ApiError(envelope.error)
  return envelope.data
}

export function desktopShell(): DesktopShell | null {
  const bridge = window.desktop
  if (!bridge) return null
  return {
    chooseFolder: (purpose) => unwrap(bridge.chooseFolder({ purpose })),
    chooseFile: (purpose) => unwrap(bridge.chooseFile({ purpose })),
    chooseSavePath: (purpose, suggestedName) => unwrap(bridge.chooseSavePath({ purpose, ...(suggestedName ? { suggestedName } : {}) })),
    openFile: async (path) => void (await unwrap(bridge.openFile({ path }))),
    showInFolder: async (path) => void (await unwrap(bridge.showInFolder({ path }))),
    printFile: async (path) => void (await unwrap(bridge.printFile({ path })))
  }
}

/** The shell (or null in the browser) and a runner that shows a refusal or failure as a toast instead of throwing. */
export function useDesktop(): { shell: DesktopShell | null; run: (action: () => Promise<unknown>, success?: string) => void } {
  const { message } = App.useApp()
  const run = (action: () => Promise<unknown>, success?: string) =>
    void action()
      .then(() => success && void message.success(success))
      .catch((error: unknown) => void message.error(error instanceof ApiError ? error.message : 'Thao tác không thực hiện được.'))
  return { shell: desktopShell(), run }
}

/** Browser mode: hands a generated Word file to the browser as a download. */
export function downloadDocx(fileName: string, base64: string): void {
  downloadBase64(fileName, base64, DOCX_TYPE)
}
