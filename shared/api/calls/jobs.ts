import { z } from 'zod'

export const JOB_STATES = ['RUNNING', 'DONE', 'FAILED', 'CANCELLED'] as const
export type JobState = (typeof JOB_STATES)[number]

/** Where a long job is (sample load, an import); the page polls it while the core works. */
export interface JobStatus<Result = null> {
  jobId: number
  state: JobState
  /** Steps (or rows) finished, and how many there are. */
  done: number
  total: number
  /** The step under way ("Năm 2020"), empty once stopped. */
  current: string
  /** The closing summary, or why it failed or stopped. */
  message: string | null
  /** What the work returned (an import's counts), once DONE. */
  result: Result | null
}

export const jobIdInput = z.object({ jobId: z.number({ error: 'Mã không hợp lệ.' }).int().positive() }).strict()
