import type { JobStatus } from '../../../../shared/api/calls/jobs'
import { call } from '../../api/client'
import { useJob } from '../../api/useJob'

/** The confirm step of an import as a job, with its cancel: the summary as the direct commit showed it. */
export function useImportJob<Input, Result>(
  start: (input: Input) => Promise<JobStatus<Result>>,
  poll: (jobId: number) => Promise<JobStatus<Result>>,
  onDone: () => void
) {
  const job = useJob(start, poll, onDone)
  const { running } = job
  return { ...job, cancel: () => running && void call('exchange.importCancel', { jobId: running.jobId }).catch(() => undefined) }
}
