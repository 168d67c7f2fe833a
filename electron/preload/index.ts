import { contextBridge, ipcRenderer } from 'electron'
import { CALL_NAMES, type ApiBridge } from '../../shared/api/contract'
import { desktopChannel, type DesktopBridge } from '../../shared/desktop/contract'

/**
 * `window.api`: exactly the calls of the contract, each a named function over its own IPC channel.
 * No generic ipcRenderer reaches the page.
 */
const api = Object.fromEntries(
  CALL_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(`api:${name}`, input)])
) as ApiBridge

contextBridge.exposeInMainWorld('api', api)

/** `window.desktop`: the native actions (dialogs, Word, Explorer, printing), written out one by one. */
const desktop = {
  chooseFolder: (input) => ipcRenderer.invoke(desktopChannel('chooseFolder'), input),
  chooseFile: (input) => ipcRenderer.invoke(desktopChannel('chooseFile'), input),
  chooseSavePath: (input) => ipcRenderer.invoke(desktopChannel('chooseSavePath'), input),
  openFile: (input) => ipcRenderer.invoke(desktopChannel('openFile'), input),
  showInFolder: (input) => ipcRenderer.invoke(desktopChannel('showInFolder'), input),
  printFile: (input) => ipcRenderer.invoke(desktopChannel('printFile'), input)
} satisfies DesktopBridge

contextBridge.exposeInMainWorld('desktop', desktop)
