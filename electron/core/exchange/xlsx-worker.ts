import { parentPort } from 'node:worker_threads'
import { ApiError } from '../../../shared/api/errors'
import { toGrid } from './sheet-grid'
import { loadWorkbook } from './xlsx-read'
import { checkInflation, readCentralDirectory } from './zip-guard'

/**
 * The parse worker: inflates every part with its declared size as the cap, then lets ExcelJS read the workbook and
 * answers a plain grid — all off the core's thread, so other calls keep answering while a large file is read.
 */
parentPort?.on('message', (content: Uint8Array) => {
  void (async () => {
    const zip = Buffer.from(content.buffer, content.byteOffset, content.byteLength)
    checkInflation(zip, readCentralDirectory(zip))
    return toGrid(await loadWorkbook(zip))
  })().then(
    (grid) => parentPort?.postMessage({ ok: true, grid }),
    (error: unknown) =>
      parentPort?.postMessage(
        error instanceof ApiError ? { ok: false, error: error.body } : { ok: false, error: null, detail: String(error) }
      )
  )
})
