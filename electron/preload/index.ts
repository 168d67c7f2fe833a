import { contextBridge, ipcRenderer } from 'electron'
import { CALL_NAMES, type ApiBridge } from '../../shared/api/contract'

/**
 * `window.api`: exactly the calls of the contract, each a named function over its own IPC channel.
 * No generic ipcRenderer reaches the page.
 */
const api = Object.fromEntries(
  CALL_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(`api:${name}`, input)])
) as ApiBridge

contextBridge.exposeInMainWorld('api', api)
