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
  /** Sets the count outright, for work that counts itself: an import's rows (known once its file is read), a backup's pages. */
  count(done: number, total: number, label: string): void
  /** True once the user asked to stop; the work throws `JobCancelled` at its next turn. */
  readonly cancelled: boolean
}

/** Thrown by work that stops because it was asked to (its transaction rolls back); the job ends CANCELLED. */
export class JobCancelled extends Error {
  constructor(readonly summary: string) {
    super(summary)
  }
}

/** What work returns: its closing summary, and what the page shows from it (an import's counts). */
export interface JobOutcome<Result> {
  message: string
  result: Result
}

interface Job {
  status: JobStatus<unknown>
  cancel: boolean
}

const jobs = new Map<number, Job>()
let lastJobId = 0

export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * Between steps: long enough for a call that arrived meanwhile to run all its queries. One turn is not: a call's
 * queries each wait for the connection, and the next step's transaction would take it between them.
 */
const BETWEEN_STEPS_MS = 30
const betweenSteps = () => new Promise<void>((resolve) => setTimeout(resolve, BETWEEN_STEPS_MS))

/** What the page shows of a failure: our own message, never SQLite's or Node's English (that goes to the log). */
function failureMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message
  console.error('[antt-desk] job failed:', error)
  return 'Đã xảy ra lỗi không mong muốn. Vui lòng thử lại.'
}

/** Starts work of `total` steps; `work` returns the closing summary (and a result). A failure's message is kept for the page. */
export function startJob<Result = null>(total: number, work: (steps: JobSteps) => Promise<string | JobOutcome<Result>>): JobStatus<Result> {
  const jobId = ++lastJobId
  const job: Job = { status: { jobId, state: 'RUNNING', done: 0, total, current: '', message: null, result: null }, cancel: false }
  jobs.set(jobId, job)
  const update = (change: Partial<JobStatus<unknown>>) => (job.status = { ...job.status, ...change })
  let started = false
  const steps: JobSteps = {
    async step(label) {
      update({ done: started ? Math.min(job.status.done + 1, job.status.total) : 0, current: label })
      started = true
      await betweenSteps()
    },
    count(done, countTotal, label) {
      update({ done, total: countTotal, current: label })
    },
    get cancelled() {
      return job.cancel
    }
  }
  void work(steps).then(
    (outcome) => {
      const { message, result } = typeof outcome === 'string' ? { message: outcome, result: null } : outcome
      update({ state: 'DONE', done: job.status.total, current: '', message, result })
    },
    (error: unknown) =>
      update(error instanceof JobCancelled ? { state: 'CANCELLED', current: '', message: error.summary } : { state: 'FAILED', current: '', message: failureMessage(error) })
  )
  return { ...job.status } as JobStatus<Result>
}

/** The status of a job; its caller knows what kind of job the id names (an import's call asks for an import's result). */
export function jobStatus<Result = null>(jobId: number): JobStatus<Result> {
  const job = jobs.get(jobId)
  if (!job) throw notFound('Không tìm thấy công việc này (ứng dụng đã khởi động lại?).')
  return { ...job.status } as JobStatus<Result>
}

/** Asks a running job to stop; false when it has already stopped. */
export function cancelJob(jobId: number): boolean {
  const job = jobs.get(jobId)
  if (!job) throw notFound('Không tìm thấy công việc này (ứng dụng đã khởi động lại?).')
  if (job.status.state !== 'RUNNING') return false
  job.cancel = true
  return true
}

/** True while a job of this id set is running (the sample load keeps onboarding shown until it ends). */
export function isRunning(jobId: number | null): boolean {
  return jobId !== null && jobs.get(jobId)?.status.state === 'RUNNING'
}
