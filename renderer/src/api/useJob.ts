import { useEffect, useRef, useState } from 'react'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { App } from 'antd'
import type { JobStatus } from '../../../shared/api/calls/jobs'
import type { ApiError } from '../../../shared/api/errors'
import { usePolled } from './usePolled'

/**
 * Long work the user starts (issue 12 item 5): the start call answers at once (or refuses, shown as a toast), the
 * count is polled while the core works, then its summary, or why it stopped, and every read refreshed once it is done.
 */
export function useJob<Input, Result>(start: (input: Input) => Promise<JobStatus<Result>>, poll: (jobId: number) => Promise<JobStatus<Result>>, onDone: () => void) {
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
      if (status.message) void message.success(status.message)
      done.current()
    } else if (status.state === 'CANCELLED') void message.info(status.message)
    else if (status.message) void message.error(status.message)
  }, [status, message, queryClient])
  const running = status?.state === 'RUNNING' ? status : null
  return {
    begin: (input: Input) => begin.mutate(input),
    /** The job under way, for the progress; null when none runs. */
    running,
    starting: begin.isPending,
    /** What the last start was asked with (which button started it). */
    asked: begin.variables
  }
}
