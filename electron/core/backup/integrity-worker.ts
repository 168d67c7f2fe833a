import { parentPort, workerData } from 'node:worker_threads'
import BetterSqlite3 from 'better-sqlite3'

/**
 * integrity_check of a fresh backup, off the core's thread: it reads every page (seconds at province scale), and no
 * call should wait for it. Answers the check's text ("ok" or what it found) or the error's message.
 */
const { file } = workerData as { file: string }
let answer: { ok: true; integrity: string } | { ok: false; detail: string }
try {
  const copy = new BetterSqlite3(file, { readonly: true, fileMustExist: true })
  try {
    answer = { ok: true, integrity: String(copy.pragma('integrity_check', { simple: true })) }
  } finally {
    copy.close()
  }
} catch (error) {
  answer = { ok: false, detail: (error as Error).message }
}
parentPort?.postMessage(answer)
