import { parentPort } from 'node:worker_threads'
import { ApiError } from '../../../shared/api/errors'
import { readZipGrid } from './xlsx-zip-grid'

/**
 * The parse worker: checks every part's inflation, then streams the sheets into a plain grid — all off the core's
 * thread, so other calls keep answering while a large file is read.
 */
parentPort?.on('message', (content: Uint8Array) => {
  readZipGrid(Buffer.from(content.buffer, content.byteOffset, content.byteLength)).then(
    (grid) => parentPort?.postMessage({ ok: true, grid }),
    (error: unknown) =>
      parentPort?.postMessage(
        error instanceof ApiError ? { ok: false, error: error.body } : { ok: false, error: null, detail: String(error) }
      )
  )
})
