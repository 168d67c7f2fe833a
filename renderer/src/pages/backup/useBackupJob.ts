import { useEffect, useState } from 'react'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { App } from 'antd'
import type { JobStatus } from '../../../../shared/api/calls/jobs'
import type { ApiError } from '../../../../shared/api/errors'
import { call } from '../../api/client'
import { usePolled } from '../../api/usePolled'

const pollBackup = (jobId: number) => call('backup.status', { jobId })

/**
 * A backup the user starts: the call returns at once (a folder that cannot take it is refused right there), then the
 * page polls the count while the core copies and checks, and the rest of the app keeps answering (issue 12 item 5).
 */
export function useBackupJob(onDone: () => void) {
  const [started, setStarted] = useState<JobStatus | null>(null)
  const status = usePolled(started, pollBackup)
  const queryClient = useQueryClient()
  const { message } = App.useApp()
  const start = useMutation<JobStatus, ApiError, { folder?: string }>({
    mutationFn: (input) => call('backup.start', input),
    onSuccess: setStarted,
    onError: (error) => void message.error(error.message)
  })
  useEffect(() => {
    if (!status || status.state === 'RUNNING') return
    if (status.state === 'DONE') {
      if (status.message) void message.success(status.message)
      onDone()
      void queryClient.invalidateQueries()
    } else if (status.message) {
      void message.error(status.message)
    }
    // onDone is the page's own closer; only a finished job runs this.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [status, message, queryClient])
  const running = start.isPending || status?.state === 'RUNNING'
  return { start, status: running ? status : null, running }
}
