import { ApiError, notFound } from '../../../shared/api/errors'
import type { JobStatus } from '../../../shared/api/calls/jobs'

/**
 * Long work the page polls (issue 12 item 5), the pattern of the year-end pack: the start call returns at once with
 * a job id, the work runs step by step in the core, yielding a turn between steps so other calls are answered, and
 * a status call reads the count from memory.
 */
export interface JobSteps {
  /** Marks the start of the next step (its label is shown) and lets waiting calls in first. */
  step(label: string): Promise<void>
}

/** What a running job is handed: its steps, or for work that counts itself (a backup's pages) a count to set. */
export interface JobProgress extends JobSteps {
  /** Sets the count and the label as they are, without a pause (the work yields on its own). */
  report(done: number, label: string): void
}

const jobs = new Map<number, JobStatus>()
let lastJobId = 0

export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * Between steps: long enough for a call that arrived meanwhile to run all its queries. One turn is not: a call's
 * queries each wait for the connection, and the next step's transaction would take it between them.
 */
const BETWEEN_STEPS_MS = 30
const betweenSteps = () => new Promise<void>((resolve) => setTimeout(resolve, BETWEEN_STEPS_MS))

/** Starts work of `total` steps; `work` returns the closing summary. A failure's message is kept for the page. */
export function startJob(total: number, work: (steps: JobProgress) => Promise<string>): JobStatus {
  const jobId = ++lastJobId
  jobs.set(jobId, { jobId, state: 'RUNNING', done: 0, total, current: '', message: null })
  const update = (change: Partial<JobStatus>) => jobs.set(jobId, { ...jobs.get(jobId)!, ...change })
  let started = false
  const steps: JobProgress = {
    async step(label) {
      const status = jobs.get(jobId)!
      update({ done: started ? Math.min(status.done + 1, total) : 0, current: label })
      started = true
      await betweenSteps()
    },
    report(done, label) {
      started = true
      update({ done: Math.max(0, Math.min(done, total)), current: label })
    }
  }
  void work(steps).then(
    (message) => update({ state: 'DONE', done: total, current: '', message }),
    (error: unknown) => update({ state: 'FAILED', current: '', message: error instanceof ApiError ? error.message : `Lỗi: ${(error as Error).message}` })
  )
  return { ...jobs.get(jobId)! }
}

export function jobStatus(jobId: number): JobStatus {
  const status = jobs.get(jobId)
  if (!status) throw notFound('Không tìm thấy công việc này (ứng dụng đã khởi động lại?).')
  return { ...status }
}

/** True while a job of this id set is running (the sample load keeps onboarding shown until it ends). */
export function isRunning(jobId: number | null): boolean {
  return jobId !== null && jobs.get(jobId)?.state === 'RUNNING'
}
