import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { ApiError, type ApiErrorBody } from '../../../shared/api/errors'
import type { WorkbookGrid } from './sheet-grid'
import { checkSignature } from './xlsx-read'
import { checkCentralDirectory } from './zip-guard'

/**
 * The one way the core reads an .xlsx it was given: the first bytes and the zip's central directory are checked
 * here (cheap, refuses a zip bomb before anything inflates), then a worker thread inflates and parses it with a
 * memory cap, so a hostile or merely large file never blocks the core's thread or takes the process's memory.
 */
const WORKER_MEMORY_MB = 1024
const PARSE_TIMEOUT_MS = 120_000

const refuse = (message: string) => new ApiError({ code: 'VALIDATION', message, fields: { file: message } })
const TOO_LARGE = 'Tệp Excel quá lớn hoặc có cấu trúc bất thường để nhập an toàn; tệp không được đọc. Vui lòng chia nhỏ tệp rồi chọn lại.'

/** The built worker sits beside the main bundle (out/main); from the sources (tests, bench) tsx runs the .ts file. */
function workerEntry(): { file: string; execArgv: string[] } {
  const here = path.dirname(fileURLToPath(import.meta.url))
  for (const candidate of [path.join(here, 'xlsx-worker.js'), path.join(here, '..', 'xlsx-worker.js')]) {
    if (fs.existsSync(candidate)) return { file: candidate, execArgv: [] }
  }
  return { file: path.join(here, 'xlsx-worker.ts'), execArgv: ['--import', 'tsx'] }
}

type WorkerAnswer = { ok: true; grid: WorkbookGrid } | { ok: false; error: ApiErrorBody | null; detail?: string }

export async function parseWorkbook(content: Buffer): Promise<WorkbookGrid> {
  checkSignature(content)
  checkCentralDirectory(content)
  const entry = workerEntry()
  const worker = new Worker(entry.file, { execArgv: entry.execArgv, resourceLimits: { maxOldGenerationSizeMb: WORKER_MEMORY_MB } })
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
    if (answer.ok) return answer.grid
    if (answer.error) throw new ApiError(answer.error)
    throw new Error(`xlsx worker: ${answer.detail ?? 'failed'}`)
  } finally {
    void worker.terminate()
  }
}
