import { Worker } from 'node:worker_threads'
import { ApiError, type ApiErrorBody } from '../../../shared/api/errors'
import type { WorkbookGrid } from './sheet-grid'
import { checkSignature } from './xlsx-read'
import { checkCentralDirectory } from './zip-guard'
import { bundleDirOf, workerEntry } from '../worker-entry'

/**
 * The one way the core reads an .xlsx it was given: the first bytes and the zip's central directory are checked
 * here (cheap, refuses a zip bomb before anything inflates), then a worker thread inflates and parses it with a
 * memory cap, so a hostile or merely large file never blocks the core's thread or takes the process's memory.
 */
const WORKER_MEMORY_MB = 1024
const PARSE_TIMEOUT_MS = 120_000

const refuse = (message: string) => new ApiError({ code: 'VALIDATION', message, fields: { file: message } })
const TOO_LARGE = 'Tệp Excel quá lớn hoặc có cấu trúc bất thường để nhập an toàn; tệp không được đọc. Vui lòng chia nhỏ tệp rồi chọn lại.'

/**
 * The worker of a clean read is kept for the next file a minute: a fresh worker runs its parser cold (not yet
 * compiled by the JIT), which doubles the read of a 10,000-row sheet, and an import reads its file twice (the
 * preview, then the confirm). A read that fails, times out or runs out of memory ends its worker.
 */
const KEPT_IDLE_MS = 60_000
let kept: { worker: Worker; idle: NodeJS.Timeout } | null = null

function takeWorker(): Worker {
  const taken = kept
  kept = null
  if (!taken) {
    const here = bundleDirOf(import.meta.url)
    const entry = workerEntry(here, here, 'xlsx-worker')
    return new Worker(entry.file, { execArgv: entry.execArgv, resourceLimits: { maxOldGenerationSizeMb: WORKER_MEMORY_MB } })
  }
  clearTimeout(taken.idle)
  taken.worker.removeAllListeners('error')
  taken.worker.ref()
  return taken.worker
}

/** Keeps a worker that read cleanly, idle and never holding the process open; one is enough. */
function keepWorker(worker: Worker): void {
  worker.removeAllListeners('message')
  worker.removeAllListeners('error')
  if (kept) {
    void worker.terminate()
    return
  }
  worker.on('error', () => undefined)
  worker.unref()
  const idle = setTimeout(() => {
    if (kept?.worker === worker) kept = null
    void worker.terminate()
  }, KEPT_IDLE_MS)
  idle.unref()
  kept = { worker, idle }
}

type WorkerAnswer = { ok: true; grid: WorkbookGrid } | { ok: false; error: ApiErrorBody | null; detail?: string }

export async function parseWorkbook(content: Buffer): Promise<WorkbookGrid> {
  checkSignature(content)
  checkCentralDirectory(content)
  const worker = takeWorker()
  let clean = false
  try {
    const answer = await new Promise<WorkerAnswer>((resolve, reject) => {
      const timer = setTimeout(() => reject(refuse(TOO_LARGE)), PARSE_TIMEOUT_MS)
      worker.once('message', (message: WorkerAnswer) => {
        clearTimeout(timer)
        resolve(message)
      })
      worker.once('error', (error: Error & { code?: string }) => {
        clearTimeout(timer)
        // Out of the worker's memory: the file is too much for an import, the core is untouched.
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') reject(refuse(TOO_LARGE))
        else reject(error)
      })
      worker.postMessage(content)
    })
    clean = answer.ok
    if (answer.ok) return answer.grid
    if (answer.error) throw new ApiError(answer.error)
    throw new Error(`xlsx worker: ${answer.detail ?? 'failed'}`)
  } finally {
    if (clean) keepWorker(worker)
    else void worker.terminate()
  }
}
