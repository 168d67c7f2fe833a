import { useEffect, useRef, useState } from 'react'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { App } from 'antd'
import type { JobStatus } from '../../../../shared/api/calls/jobs'
import type { ApiError } from '../../../../shared/api/errors'
import { call } from '../../api/client'
import { usePolled } from '../../api/usePolled'

/**
 * The confirm step of an import as a job (issue 12 item 5): the start call answers at once, the count is polled
 * while the core writes, then the summary (or why it stopped) as the direct commit showed it, and every read refreshed.
 */
export function useImportJob<Input, Result>(
  start: (input: Input) => Promise<JobStatus<Result>>,
  poll: (jobId: number) => Promise<JobStatus<Result>>,
  onDone: () => void
) {
  const [started, setStarted] = useState<JobStatus<Result> | null>(null)
  const status = usePolled(started, poll)
  const queryClient = useQueryClient()
  const { message } = App.useApp()
  const done = useRef(onDone)
  const handled = useRef<number | null>(null)
  useEffect(() => {
    done.current = onDone
  })
  const begin = useMutation<JobStatus<Result>, ApiError, Input>({
    mutationFn: start,
    onSuccess: setStarted,
    onError: (error) => void message.error(error.message)
  })
  useEffect(() => {
    if (!status || status.state === 'RUNNING' || handled.current === status.jobId) return
    handled.current = status.jobId
    if (status.state === 'DONE') {
      void queryClient.invalidateQueries()
      void message.success(status.message)
      done.current()
    } else if (status.state === 'CANCELLED') void message.info(status.message)
    else void message.error(status.message)
  }, [status, message, queryClient])
  const running = status?.state === 'RUNNING' ? status : null
  return {
    begin: (input: Input) => begin.mutate(input),
    /** The job under way, for the progress; null when none runs. */
    running,
    starting: begin.isPending,
    cancel: () => running && void call('exchange.importCancel', { jobId: running.jobId }).catch(() => undefined)
  }
}
