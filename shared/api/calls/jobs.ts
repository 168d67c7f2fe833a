import { z } from 'zod'

export const JOB_STATES = ['RUNNING', 'DONE', 'FAILED'] as const
export type JobState = (typeof JOB_STATES)[number]

/** Where a long job is (sample load); the page polls it while the core works. */
export interface JobStatus {
  jobId: number
  state: JobState
  /** Steps finished, and how many there are. */
  done: number
  total: number
  /** The step under way ("Năm 2020"), empty once stopped. */
  current: string
  /** The closing summary, or why it failed. */
  message: string | null
}

export const jobIdInput = z.object({ jobId: z.number({ error: 'Mã không hợp lệ.' }).int().positive() }).strict()
