import { Worker } from 'node:worker_threads'
import { bundleDirOf, workerEntry } from '../worker-entry'

type WorkerAnswer = { ok: true; integrity: string } | { ok: false; detail: string }

/** integrity_check of `file` on a worker thread (integrity-worker.ts): the core keeps answering calls meanwhile. */
export async function integrityCheckOffThread(file: string): Promise<string> {
  const here = bundleDirOf(import.meta.url)
  const entry = workerEntry(here, here, 'integrity-worker')
  const worker = new Worker(entry.file, { execArgv: entry.execArgv, workerData: { file } })
  try {
    const answer = await new Promise<WorkerAnswer>((resolve, reject) => {
      worker.once('message', resolve)
      worker.once('error', reject)
      worker.once('exit', (code) => reject(new Error(`integrity worker stopped (${code})`)))
    })
    if (!answer.ok) throw new Error(answer.detail)
    return answer.integrity
  } finally {
    void worker.terminate()
  }
}
